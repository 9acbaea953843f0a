/**
 * `npm start`: builds what is missing, starts Neo4j (embedded unless NEO4J_URI is set), applies
 * the schema, seeds if the graph is empty, and serves the UI and the API. Ctrl-C stops everything,
 * the embedded Neo4j included; a second start reuses the data.
 */
import 'reflect-metadata';
import { formatCounts, seed } from '../seed/src/seed.js';
import { fillStrengths } from '../seed/src/load/strength.fill.js';
import { runCli } from '../seed/src/cli.js';
import { loadConfig } from '../server/src/config.js';
import { startServer } from '../server/src/index.js';
import { connect } from './connect.js';
import { ensureClientBuilt } from './client-build.js';
import { assertPortFree } from './neo4j.js';
import { keepPrepared, type GraphSize } from './prepare.js';

const formatSize = (size: GraphSize | null) => (size ? `${size.nodes.toLocaleString('en')} nodes and ${size.relationships.toLocaleString('en')} relationships` : 'an unknown size');

await runCli(async () => {
  const started = Date.now();
  const config = loadConfig();
  await assertPortFree(config.port, 'HTTP server', 'PORT');
  ensureClientBuilt();
  const connection = await connect();
  let stopping = false;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let stopPreparing: (() => Promise<void>) | undefined;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    // Not awaited: a preparation under way fails quietly once the server has closed.
    void stopPreparing?.();
    await server?.app.close().catch(() => {});
    await connection.close();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  // `kill <npm pid>` ends npm's shell but not this process: stop when we are orphaned.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void stop(), 1000).unref();

  try {
    const [row] = await connection.db.read('count-instruments', { kind: null, bodies: null, adoptedFrom: null, adoptedTo: null });
    if (Number(row?.total ?? 0) === 0) {
      console.log('The graph is empty: seeding…');
      // seed() applies the schema first.
      console.log(formatCounts(await seed(connection.db, (line) => console.log(`  ${line}`))));
    } else {
      await connection.db.applySchema();
    }
  } catch (error) {
    // Neo4j not reachable (e.g. a remote NEO4J_URI that is down): serve anyway; /healthz says 503
    // and GraphQL answers SERVICE_UNAVAILABLE until it comes back.
    if (!connection.embedded) console.error(`warning: Neo4j at ${config.neo4j.uri} is not reachable yet (${(error as Error).message.split('\n')[0]}); serving anyway.`);
    else throw error;
  }
  server = await startServer(connection.db, config);
  const where = connection.embedded ? `embedded Neo4j ${connection.version} at ${connection.embedded.uri}` : `Neo4j at ${config.neo4j.uri}`;
  console.log(`ig-atlas is ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${where})`);
  console.log(`  UI:       ${server.url}`);
  console.log(`  GraphQL:  ${server.url}graphql`);
  console.log(`  Health:   ${server.url}healthz`);
  console.log('Ctrl-C stops everything.');
  // A store an older ig-atlas loaded has edges without their strength: filled in the background
  // (one scan when there is nothing to fill).
  fillStrengths(connection.db)
    .then((filled) => filled > 0 && console.log(`Filled the strength of ${filled.toLocaleString('en')} edges an older ig-atlas loaded without one.`))
    .catch((error: Error) => console.error(`warning: could not fill the strength of older edges (${error.message.split('\n')[0]}); \`npm run seed\` and \`npm run ingest\` of their documents write it.`));
  // In the background, now and after each change of the graph's size: a failure here costs only
  // the first requests their planning time. The first line says when the UI answers at full speed
  // (the bench waits for it).
  stopPreparing = keepPrepared(connection.db, `${server.url}graphql`, {
    prepared: (seconds, again, size) =>
      console.log(again ? `First requests prepared again in ${seconds.toFixed(1)} s (the graph now has ${formatSize(size)}).` : `First requests prepared in ${seconds.toFixed(1)} s.`),
    failed: (error, again) =>
      console.error(`warning: could not prepare the first requests${again ? ' again' : ''} (${error.message.split('\n')[0]}); the first of each kind will wait for Neo4j to plan it.`),
  });
});

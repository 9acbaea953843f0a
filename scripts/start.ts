/**
 * `npm start`: builds what is missing, starts Neo4j (embedded unless NEO4J_URI is set), applies
 * the schema, seeds if the graph is empty, and serves the UI and the API. Ctrl-C stops everything,
 * the embedded Neo4j included; a second start reuses the data.
 */
import 'reflect-metadata';
import { formatCounts, seed } from '../seed/src/seed.js';
import { runCli } from '../seed/src/cli.js';
import { loadConfig } from '../server/src/config.js';
import { startServer } from '../server/src/index.js';
import { connect } from './connect.js';
import { ensureClientBuilt } from './client-build.js';
import { assertPortFree } from './neo4j.js';
import { prepareReads } from './prepare.js';

await runCli(async () => {
  const started = Date.now();
  const config = loadConfig();
  await assertPortFree(config.port, 'HTTP server', 'PORT');
  ensureClientBuilt();
  const connection = await connect();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
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

  let server: Awaited<ReturnType<typeof startServer>> | undefined;
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
  // In the background: a failure here costs only the first requests their planning time. The
  // line it prints says when the UI answers at full speed (the bench waits for it).
  const preparing = Date.now();
  prepareReads(connection.db, `${server.url}graphql`).then(
    () => console.log(`First requests prepared in ${((Date.now() - preparing) / 1000).toFixed(1)} s.`),
    (error: Error) => !stopping && console.error(`warning: could not prepare the first requests (${error.message.split('\n')[0]}); the first of each kind will wait for Neo4j to plan it.`),
  );
});

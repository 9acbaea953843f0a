/**
 * UI development server: its own embedded Neo4j (data in .data/neo4j-ui-dev, so it never shares
 * the store of `npm start`), seeded, and the real HTTP server serving dist/client.
 *   npx tsx client/bench/dev-server.ts            (PORT=4100, NEO4J_BOLT_PORT=7787 by default)
 */
import 'reflect-metadata';
import { startEmbeddedNeo4j } from '../../scripts/neo4j.js';
import { ensureClientBuilt } from '../../scripts/client-build.js';
import { loadConfig } from '../../server/src/config.js';
import { createDriver, Database } from '../../server/src/db/database.js';
import { startServer } from '../../server/src/index.js';
import { seed } from '../../seed/src/seed.js';

const port = Number(process.env.PORT ?? 4100);
const bolt = Number(process.env.NEO4J_BOLT_PORT ?? 7787);
const config = loadConfig();
const neo4j = await startEmbeddedNeo4j({ home: '.data/neo4j-ui-dev', port: bolt, heap: '768m', pageCacheMiB: 128 });
const db = new Database(createDriver({ ...config.neo4j, uri: neo4j.uri }), config.neo4j.database);
await db.applySchema();
const [row] = await db.read('count-instruments', { kind: null, bodies: null, adoptedFrom: null, adoptedTo: null });
if (Number(row?.total ?? 0) === 0) await seed(db);
ensureClientBuilt();
const server = await startServer(db, { port, host: '127.0.0.1', corsOrigins: [] });
console.log(`UI dev server ready: ${server.url}`);
const stop = async () => {
  await server.app.close().catch(() => {});
  await db.driver.close();
  await neo4j.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

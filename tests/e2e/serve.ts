/**
 * Runs the real server in a child process under tsx (type-graphql needs decorator metadata, which
 * vitest's transform does not emit), on a free port, against the Neo4j given in the environment.
 * Prints "listening <url>" once ready.
 */
import 'reflect-metadata';
import { createDriver, Database } from '../../server/src/db/database.js';
import { startServer } from '../../server/src/index.js';

const driver = createDriver({ uri: process.env.E2E_NEO4J_URI!, user: process.env.E2E_NEO4J_USER!, password: process.env.E2E_NEO4J_PASSWORD!, database: process.env.E2E_NEO4J_DATABASE || undefined });
const db = new Database(driver, process.env.E2E_NEO4J_DATABASE || undefined);
const server = await startServer(db, { port: 0, host: '127.0.0.1', corsOrigins: [] });
console.log(`listening ${server.url}`);
const stop = async () => {
  await server.app.close().catch(() => {});
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());

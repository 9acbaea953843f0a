/**
 * Bench: one GraphQL server in its own process, so its RSS and CPU are its own. Started by
 * bench.ts with fork(); BENCH_MODE=atlas runs our server (startServer), BENCH_MODE=neo4j-graphql
 * runs @neo4j/graphql v7 behind Apollo's standalone server. Talks to its parent over IPC:
 * sends {ready, url} (or {error}), answers 'rss' with process.memoryUsage(), exits on 'stop'.
 */
import 'reflect-metadata';
import { createDriver, Database } from '../server/src/db/database.js';
import { startServer } from '../server/src/index.js';

const mode = process.env.BENCH_MODE ?? 'atlas';
const uri = process.env.BENCH_URI!;
const port = Number(process.env.BENCH_PORT);
const send = (message: unknown) => process.send?.(message);

let stop: () => Promise<void> = async () => {};

try {
  if (mode === 'atlas') {
    const db = new Database(createDriver({ uri, user: 'neo4j', password: '', database: undefined }), undefined);
    const server = await startServer(db, { port, host: '127.0.0.1', corsOrigins: [] });
    stop = async () => {
      await server.app.close();
      await db.driver.close();
    };
    send({ ready: true, url: `${server.url}graphql` });
  } else {
    const started = Date.now();
    const { Neo4jGraphQL } = await import('@neo4j/graphql');
    const { ApolloServer } = await import('@apollo/server');
    const { startStandaloneServer } = await import('@apollo/server/standalone');
    const neo4j = (await import('neo4j-driver')).default;
    const { typeDefs } = await import('./neo4j-graphql.js');
    const driver = neo4j.driver(uri, undefined, { userAgent: 'ig-atlas-bench/neo4j-graphql' });
    const neoSchema = new Neo4jGraphQL({ typeDefs: typeDefs(JSON.parse(process.env.BENCH_RELATIONS ?? '[]')), driver });
    const schema = await neoSchema.getSchema();
    const schemaMs = Date.now() - started;
    const apollo = new ApolloServer({ schema, introspection: false });
    const { url } = await startStandaloneServer(apollo, { listen: { port, host: '127.0.0.1' }, context: async () => ({}) });
    stop = async () => {
      await apollo.stop();
      await driver.close();
    };
    send({ ready: true, url, schemaMs });
  }
} catch (error) {
  send({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  setTimeout(() => process.exit(1), 100);
}

process.on('message', (message) => {
  if (message === 'rss') send({ memory: process.memoryUsage() });
  if (message === 'stop') void stop().finally(() => process.exit(0));
});
process.on('disconnect', () => void stop().finally(() => process.exit(0)));

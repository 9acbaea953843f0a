/**
 * Test support: a Database on the Neo4j of the global setup, and the real HTTP server on a free
 * port. Nothing is mocked.
 */
import 'reflect-metadata';
import { inject } from 'vitest';
import { createDriver, Database } from '../../server/src/db/database.js';
import { startServer, type RunningServer } from '../../server/src/index.js';

/**
 * A Neo4j version as `dbms.components()` reports it: 5.x (the embedded default is 5.26) or a
 * calendar version (2025.01 onward, what Aura and current servers run; the suite passes on
 * 2026.08.1, BENCHMARKS.md), with Aura's suffix ("-aura") allowed.
 */
export const NEO4J_VERSION_PATTERN = /^(5\.\d+|20\d\d\.\d\d)(\.\d+)?(-[\w.]+)?$/;

export function testDatabase(): Database {
  const driver = createDriver({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword'), database: inject('neo4jDatabase') || undefined });
  return new Database(driver, inject('neo4jDatabase') || undefined);
}

export interface TestApp extends RunningServer {
  db: Database;
  /** POSTs a GraphQL operation; returns the HTTP status, JSON body and Cypher round trips. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: any; roundTrips: number }>;
  close(): Promise<void>;
}

export async function startTestApp(): Promise<TestApp> {
  const db = testDatabase();
  const server = await startServer(db, { port: 0, host: '127.0.0.1', corsOrigins: [] });
  return {
    ...server,
    db,
    async gql(query, variables) {
      const res = await fetch(`${server.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return { status: res.status, body: (await res.json()) as any, roundTrips: Number(res.headers.get('x-cypher-round-trips')) };
    },
    async close() {
      await server.app.close();
      await db.driver.close();
    },
  };
}

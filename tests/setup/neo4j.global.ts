/**
 * Vitest global setup for the integration and e2e layers: a real Neo4j, seeded by the real seed
 * pipeline. Without NEO4J_URI it starts the embedded Neo4j on a free port with a fresh data folder
 * (deleted afterwards), so tests never touch the data of `npm start`. With NEO4J_URI it seeds that
 * server (use a scratch database). Tests that write use their own id prefix and clean up.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, ROOT, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../scripts/neo4j.js';
import { loadConfig } from '../../server/src/config.js';
import { createDriver, Database } from '../../server/src/db/database.js';
import { seed } from '../../seed/src/seed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    neo4jDatabase: string;
    /** Whether the tests run on the embedded Neo4j (scripts/neo4j.ts), with its settings. */
    neo4jEmbedded: boolean;
  }
}

export default async function setup(project: TestProject) {
  const config = loadConfig();
  let embedded: EmbeddedNeo4j | null = null;
  let home: string | null = null;
  let uri = config.neo4j.uri;
  if (!uri) {
    home = path.join(ROOT, '.data', `neo4j-test-${process.pid}-${project.name}`);
    rmSync(home, { recursive: true, force: true });
    embedded = await startEmbeddedNeo4j({ home, port: await freePort(), heap: '768m', pageCacheMiB: 128 });
    uri = embedded.uri;
  }
  const db = new Database(createDriver({ ...config.neo4j, uri }), config.neo4j.database);
  await seed(db);
  await db.driver.close();

  project.provide('neo4jUri', uri);
  project.provide('neo4jUser', config.neo4j.user);
  project.provide('neo4jPassword', config.neo4j.password);
  project.provide('neo4jDatabase', config.neo4j.database ?? '');
  project.provide('neo4jEmbedded', embedded !== null);

  return async () => {
    await embedded?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  };
}

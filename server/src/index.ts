/**
 * Public entry for embedding the server: `startServer` builds the schema, wires the HTTP app to a
 * Database and listens. `npm start` (scripts/start.ts) calls it after Neo4j is up and seeded.
 */
import 'reflect-metadata';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { createApp, type App } from './http/app.js';
import { buildAtlasSchema } from './schema/build.js';

export interface RunningServer {
  app: App;
  url: string;
}

export async function startServer(db: Database, config: Pick<Config, 'port' | 'host' | 'corsOrigins'>): Promise<RunningServer> {
  // Build the schema from the resolver classes (fails fast on a schema error).
  const schema = await buildAtlasSchema();
  // Wire Apollo and the static routes to the database.
  const app = await createApp(schema, db, config);
  // Listen; EADDRINUSE surfaces to the caller, which prints one line.
  const url = await app.listen(config.port, config.host);
  return { app, url };
}

/**
 * Internal: gets a Database for the commands (start, seed, ingest, bench). With NEO4J_URI it uses
 * that server and starts nothing. Without it, it uses the embedded Neo4j: one already running on
 * NEO4J_BOLT_PORT (e.g. started by `npm start`), or a new one it starts and later stops.
 */
import { loadConfig, type Config } from '../server/src/config.js';
import { createDriver, Database } from '../server/src/db/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './neo4j.js';

export interface Connection {
  db: Database;
  config: Config;
  /** The embedded Neo4j this connection started, if any. */
  embedded: EmbeddedNeo4j | null;
  version: string | null;
  close(): Promise<void>;
}

async function reachable(db: Database): Promise<boolean> {
  try {
    await db.verify();
    return true;
  } catch {
    return false;
  }
}

export async function connect(options: { reuseRunning?: boolean; config?: Config } = {}): Promise<Connection> {
  const config = options.config ?? loadConfig();
  let embedded: EmbeddedNeo4j | null = null;
  let uri = config.neo4j.uri;
  if (!uri) {
    const port = Number(process.env.NEO4J_BOLT_PORT ?? 7687);
    const running = `bolt://127.0.0.1:${port}`;
    if (options.reuseRunning) {
      const probe = new Database(createDriver({ ...config.neo4j, uri: running }), undefined);
      const ok = await reachable(probe);
      await probe.driver.close();
      if (ok) uri = running;
    }
    if (!uri) {
      embedded = await startEmbeddedNeo4j({ port });
      uri = embedded.uri;
    }
  }
  const db = new Database(createDriver({ ...config.neo4j, uri }), config.neo4j.database);
  return {
    db,
    config,
    embedded,
    version: embedded?.version ?? null,
    async close() {
      await db.driver.close();
      await embedded?.stop();
    },
  };
}

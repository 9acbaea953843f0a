/**
 * Internal: the single chokepoint for Cypher. One-statement reads run as auto-commit queries in
 * READ sessions and several-statement reads in `executeRead` (either way a cluster or Aura can
 * route them to a reader), writes in `executeWrite`; sessions close in `finally`; every
 * transaction carries metadata naming its query; driver errors become typed errors here, so
 * resolvers never see the driver.
 */
import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type QueryResult, type Session } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';
import { enlargeBoltChunks } from './bolt-chunks.js';
import { ServiceUnavailableError } from '../errors/errors.js';
import { toPlain } from './plain.js';
import { loadQueries, schemaStatements, type QueryName } from './queries.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** Counts Cypher round trips, per request (context) or per process. */
export interface RoundTripCounter {
  roundTrips: number;
}

/** How long a read keeps retrying transient failures (the driver's default for transactions is 30 s). */
const READ_RETRY_MS = 5_000;

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function isUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && (UNAVAILABLE_CODES.has(error.code) || error.retriable === true && /connect|unavailable/i.test(error.message));
}

/**
 * Runs `start` (which must start a driver query synchronously) with stack traces switched off. The
 * driver records the caller's stack for every query it starts, by formatting a new Error's stack:
 * with source maps on (tsx) that was 10 to 15% of the server's CPU for a small query (health:
 * 0.84 -> 0.55 ms per request). A Neo4j error still carries its code and message, and runOn adds
 * the name of its query.
 */
function withoutCallSite<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export function createDriver(config: Neo4jConfig & { uri: string }): Driver {
  // One socket write per Bolt message instead of one per 1,400 bytes (bolt-chunks.ts).
  enlargeBoltChunks();
  const auth = config.password ? neo4j.auth.basic(config.user, config.password) : undefined;
  return neo4j.driver(config.uri, auth, {
    disableLosslessIntegers: false,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    userAgent: 'ig-atlas/0.1',
  });
}

/** A transaction in which several named statements run and commit (or roll back) together. */
export interface WriteTx {
  run(query: QueryName, params?: Params): Promise<Row[]>;
}

export class Database {
  private readonly queries: ReadonlyMap<QueryName, string>;

  constructor(
    readonly driver: Driver,
    readonly databaseName: string | undefined,
    readonly counter: RoundTripCounter = { roundTrips: 0 },
    queries?: ReadonlyMap<QueryName, string>,
  ) {
    this.queries = queries ?? loadQueries();
  }

  /** The same database with its own round-trip counter (one per GraphQL request). */
  scoped(counter: RoundTripCounter = { roundTrips: 0 }): Database {
    return new Database(this.driver, this.databaseName, counter, this.queries);
  }

  /**
   * Runs a named read query and returns plain rows. One statement needs no explicit transaction:
   * an auto-commit query in a READ session (routed to a reader in a cluster) is one Bolt round
   * trip instead of BEGIN, RUN and COMMIT, which measured 35% less CPU on both sides (BENCHMARKS.md).
   * Like executeRead, it retries transient failures (a leader switch, a dropped connection) with
   * backoff for up to READ_RETRY_MS before giving up.
   */
  async read(query: QueryName, params: Params = {}): Promise<Row[]> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.withSession('READ', (session) => this.runOn((text) => session.run(text, params, this.txConfig(query)), query));
      } catch (error) {
        const retry = error instanceof Neo4jError && neo4j.isRetryableError(error);
        const wait = Math.min(1000, 100 * 2 ** attempt);
        if (!retry || Date.now() - started + wait > READ_RETRY_MS) throw this.mapError(error);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  /** Runs a named write query in its own write transaction. */
  async write(query: QueryName, params: Params = {}): Promise<Row[]> {
    return this.withSession('WRITE', (session) => session.executeWrite((tx: ManagedTransaction) => this.runIn(tx, query, params), this.txConfig(query)));
  }

  /**
   * Runs `work` in one write transaction: all its statements commit together or none does. The
   * driver may retry `work` on transient errors, so `work` must only issue statements.
   */
  async transaction<T>(name: string, work: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.withSession('WRITE', (session) =>
      session.executeWrite((tx: ManagedTransaction) => work({ run: (query, params = {}) => this.runIn(tx, query, params) }), { metadata: { app: 'ig-atlas', work: name } }),
    );
  }

  /**
   * Applies cypher/schema/*.cypher (every statement idempotent: IF NOT EXISTS, IF EXISTS) and waits
   * up to `awaitSeconds` for the indexes to be online.
   */
  async applySchema(awaitSeconds = 300): Promise<number> {
    const statements = schemaStatements();
    // The full-text indexes are created in one transaction, so that on a populated store (a bulk
    // import) they fill from one scan of the nodes instead of three: 35.6 to 36.5 s → 29.4 to
    // 31.2 s for the indexes of 1.1 M nodes. The others are faster one by one (they then fill in
    // parallel). On a store that has them, every statement is a no-op (IF NOT EXISTS, IF EXISTS).
    const fulltext = statements.filter((s) => /^CREATE FULLTEXT INDEX/i.test(s));
    const write = (batch: string[]) =>
      this.withSession('WRITE', (session) =>
        session.executeWrite(async (tx: ManagedTransaction) => {
          for (const statement of batch) await tx.run(statement);
        }),
      );
    for (const statement of statements) if (!fulltext.includes(statement)) await write([statement]);
    if (fulltext.length) await write(fulltext);
    await this.withSession('READ', (session) => session.run('CALL db.awaitIndexes($seconds)', { seconds: neo4j.int(awaitSeconds) }));
    return statements.length;
  }

  async verify(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.databaseName });
  }

  private txConfig(query: QueryName) {
    return { metadata: { app: 'ig-atlas', query } };
  }

  private runIn(tx: ManagedTransaction, query: QueryName, params: Params): Promise<Row[]> {
    return this.runOn((text) => tx.run(text, params), query);
  }

  /** Runs a named statement with `run` (a session's or a transaction's), counting the round trip. */
  private async runOn(run: (text: string) => Promise<QueryResult>, query: QueryName): Promise<Row[]> {
    const text = this.queries.get(query);
    if (!text) throw new Error(`Unknown query "${query}"`);
    this.counter.roundTrips += 1;
    let result: QueryResult;
    try {
      result = await withoutCallSite(() => run(text));
    } catch (error) {
      // Without the call site, the logged error names its query instead.
      if (error instanceof Neo4jError) Object.assign(error, { query });
      throw error;
    }
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }

  private mapError(error: unknown): unknown {
    return isUnavailable(error) ? new ServiceUnavailableError() : error;
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.databaseName,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await work(session);
    } catch (error) {
      throw this.mapError(error);
    } finally {
      await session.close();
    }
  }
}

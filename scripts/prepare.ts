/**
 * Internal: what `npm start` does in the background once it listens, so that the first person to
 * use the UI does not wait for Neo4j to plan each statement (BENCHMARKS.md, twenty-third session),
 * and does again whenever the graph's size has changed (keepPrepared).
 *
 * Neo4j plans a statement the first time it runs it (the trace's in 1.5 to 6 s, a neighbourhood's,
 * an instrument panel's or a search's in 0.5 to 1.7 s), and graphql-jit compiles a document the
 * second time it arrives (server/src/http/executor.ts). So this sends the UI's own requests (the
 * client's Api, the same documents and variables the page sends), twice, for one of the first
 * instruments of the graph that has provisions and a body, its first provision and its body.
 * Reads only: nothing changes.
 */
import { Api } from '../client/src/api.js';
import type { Database } from '../server/src/db/database.js';
import { prepareTrace } from '../server/src/trace/trace.service.js';

/**
 * Runs the UI's requests against `endpoint` (the server's /graphql) and returns the names of those
 * that ran. Every step runs even when one fails; then the first failure is thrown. On an empty
 * graph only the trace's walk is planned (it needs no node).
 */
export async function prepareReads(db: Database, endpoint: string): Promise<string[]> {
  await prepareTrace(db);
  const ran = ['trace walk'];
  const api = new Api({ endpoint, attempts: 1 });
  // The first instrument with provisions and a body, so every panel gets prepared (the oldest ones,
  // first in the list, are often bare: a 1998 resolution cited by title only).
  type Candidate = { symbol: string; body: { id: string } | null; provisions: Array<{ id: string }> };
  const first = await api.request<{ instruments: { edges: Array<{ node: Candidate }> } }>('{ instruments(first: 20) { edges { node { symbol body { id } provisions { id } } } } }');
  const candidates = first.instruments.edges.map((e) => e.node);
  const symbol = (candidates.find((c) => c.body && c.provisions.length > 0) ?? candidates[0])?.symbol;
  if (!symbol) return ran;
  const errors: unknown[] = [];
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T | null> => {
    try {
      const result = await run();
      ran.push(name);
      return result;
    } catch (error) {
      errors.push(error);
      return null;
    }
  };
  for (let pass = 0; pass < 2; pass++) {
    await step('search', () => api.search(symbol));
    await step('neighbourhood', () => api.neighbourhood(symbol));
    const detail = await step('instrument panel', () => api.instrument(symbol));
    const direction = detail?.in.length ? 'in' : 'out';
    const last = detail?.[direction][0];
    if (last) await step('next citations', () => api.citations('Instrument', symbol, direction, last.cursor));
    await step('instrument mandate', () => api.mandate('Instrument', symbol, null));
    await step('text mandates', () => api.textMandates(symbol, null));
    await step('instrument history', () => api.history('Instrument', symbol));
    const provision = detail?.provisions[0];
    if (provision) await step('provision panel', () => api.provision(provision.id));
    if (provision) await step('provision mandate', () => api.mandate('Provision', provision.id, null));
    if (provision) await step('provision history', () => api.history('Provision', provision.id));
    const body = detail?.body;
    if (body) await step('body panel', () => api.body(body.id));
    if (body) await step('body mandates', () => api.bodyMandates(body.id, null));
    await step('trace upstream', () => api.trace(symbol, 'UPSTREAM'));
    await step('trace downstream', () => api.trace(symbol, 'DOWNSTREAM'));
  }
  if (errors.length) throw errors[0];
  return ran;
}

/** The graph's size from Neo4j's count store (constant time): what its planner's statistics follow. */
export interface GraphSize {
  nodes: number;
  relationships: number;
}

async function graphSize(db: Database): Promise<GraphSize> {
  const [row] = await db.read('health');
  return { nodes: Number(row.nodes), relationships: Number(row.relationships) };
}

const sameSize = (a: GraphSize | null, b: GraphSize | null) => a !== null && b !== null && a.nodes === b.nodes && a.relationships === b.relationships;

export interface KeepPreparedOptions {
  /** How often the graph's size is read, in ms. */
  every?: number;
  /**
   * How old the last preparation's plans must be before preparing again, in ms: Neo4j compares a
   * cached plan's statistics with the graph's only once the plan is older than
   * `dbms.cypher.min_replan_interval` (10 s by default), so preparing sooner would replan nothing.
   */
  planAge?: number;
  /** After each preparation that ran: `again` is false for the first. */
  prepared: (seconds: number, again: boolean, size: GraphSize | null) => void;
  /** After each preparation that failed. */
  failed: (error: Error, again: boolean) => void;
}

/**
 * Prepares the first requests now (prepareReads), then again each time the graph's size has
 * changed since the last preparation (an `npm run ingest` from another shell, say) and has then
 * held for one interval, so that a preparation does not run beside a long ingest. Why: Neo4j
 * replans a statement once the counts it was planned on have moved enough, and the first request
 * of each kind pays for it again (measured: after 150 documents ingested into the seed corpus, the
 * first trace took 1 to 1.1 s and the first neighbourhood 0.38 to 0.46 s; BENCHMARKS.md,
 * twenty-fourth session).
 * A failed preparation is not retried until the size changes again; when Neo4j cannot be reached,
 * the size is unknown and the next one read counts as a change, so a preparation follows an
 * outage. Returns a function that stops it and resolves once a preparation under way has ended.
 */
export function keepPrepared(db: Database, endpoint: string, options: KeepPreparedOptions): () => Promise<void> {
  const { every = 2000, planAge = 11_000 } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  /** The size when the last preparation started: undefined before the first, null when unknown. */
  let prepared: GraphSize | null | undefined;
  /** When the last preparation ended. */
  let preparedAt = 0;
  /** The size the tick before read. */
  let last: GraphSize | null = null;

  const prepare = async (size: GraphSize | null) => {
    const again = prepared !== undefined;
    prepared = size;
    const started = Date.now();
    try {
      await prepareReads(db, endpoint);
      if (!stopped) options.prepared((Date.now() - started) / 1000, again, size);
    } catch (error) {
      if (!stopped) options.failed(error as Error, again);
    }
    preparedAt = Date.now();
  };
  const tick = async () => {
    let size: GraphSize | null = null;
    try {
      size = await graphSize(db);
    } catch {
      // Neo4j unreachable: /healthz says so; the size is read again next time.
    }
    // sameSize is false when either size is unknown: an unreadable size is never a change.
    const changed = prepared === undefined || (!sameSize(size, prepared) && sameSize(size, last) && Date.now() - preparedAt >= planAge);
    last = size;
    if (changed && !stopped) await prepare(size);
    if (!stopped) timer = setTimeout(() => (running = tick()), every).unref();
  };
  running = tick();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}

/**
 * Internal: what `npm start` does in the background once it listens, so that the first person to
 * use the UI does not wait for Neo4j to plan each statement (BENCHMARKS.md, twenty-third session).
 *
 * Neo4j plans a statement the first time it runs it (the trace's in 1.5 to 6 s, a neighbourhood's,
 * an instrument panel's or a search's in 0.5 to 1.7 s), and graphql-jit compiles a document the
 * second time it arrives (server/src/http/executor.ts). So this sends the UI's own requests (the
 * client's Api, the same documents and variables the page sends), twice, for the first
 * instrument of the graph, its first provision and its body. Reads only: nothing changes.
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
  const first = await api.request<{ instruments: { edges: Array<{ node: { symbol: string } }> } }>('{ instruments(first: 1) { edges { node { symbol } } } }');
  const symbol = first.instruments.edges[0]?.node.symbol;
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
    const provision = detail?.provisions[0];
    if (provision) await step('provision panel', () => api.provision(provision.id));
    const body = detail?.body;
    if (body) await step('body panel', () => api.body(body.id));
    await step('trace upstream', () => api.trace(symbol, 'UPSTREAM'));
    await step('trace downstream', () => api.trace(symbol, 'DOWNSTREAM'));
  }
  if (errors.length) throw errors[0];
  return ran;
}

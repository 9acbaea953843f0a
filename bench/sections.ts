/**
 * `node --import tsx bench/sections.ts [--uri bolt://127.0.0.1:7795] [--runs 30]`: how long the
 * requests of the panel's own sections (mandates, a text's history) take on a store that is already loaded (by default the 100k synthetic store that
 * `bench/dev-corpus.ts --instruments 100000` keeps running). Starts our server in this process on
 * a free loopback port, sends each request once to warm it, then `runs` times one after another,
 * and prints p50/p95 in ms with the round trips and what each page read. Reads only.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createDriver, Database } from '../server/src/db/database.js';
import { startServer } from '../server/src/index.js';

const { values } = parseArgs({ options: { uri: { type: 'string', default: 'bolt://127.0.0.1:7795' }, runs: { type: 'string', default: '30' } } });
const RUNS = Number(values.runs);
const db = new Database(createDriver({ uri: values.uri, user: 'neo4j', password: '', database: undefined }), undefined);
const server = await startServer(db, { port: 0, host: '127.0.0.1', corsOrigins: [] });

async function gql(query: string): Promise<{ ms: number; trips: number; data: any }> {
  const started = performance.now();
  const res = await fetch(`${server.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data?: any; errors?: Array<{ message: string }> };
  if (body.errors) throw new Error(body.errors[0].message);
  return { ms: performance.now() - started, trips: Number(res.headers.get('x-cypher-round-trips') ?? NaN), data: body.data };
}

// A mandate of the store to ask for: the first one the graph lists, and the body most addressed.
const firstMandate = (await gql('{ mandates(first: 1) { edges { node { source { ... on Provision { id } ... on Instrument { id } } } } } }')).data.mandates.edges[0]?.node.source.id;
if (!firstMandate) throw new Error('No mandate in this store.');
const LIST = 'edges { node { status source { ... on Provision { id } ... on Instrument { id } } } } pageInfo { hasNextPage } scanned';
const cases: Array<[string, string]> = [
  [`mandate of ${firstMandate}`, `{ provision(id: ${JSON.stringify(firstMandate)}) { mandate { status statusNote carriedOutBy { node { ... on Body { id } } } } } }`],
  ['UNGA mandates, 20', `{ body(id: "UNGA") { mandates(first: 20) { ${LIST} } } }`],
  ['UNGA mandates, 20 OVERDUE', `{ body(id: "UNGA") { mandates(first: 20, status: [OVERDUE]) { ${LIST} } } }`],
  ['all mandates, 20', `{ mandates(first: 20) { ${LIST} } }`],
  ['all mandates, 20 FULFILLED', `{ mandates(first: 20, status: [FULFILLED]) { ${LIST} } }`],
  ['UNGA mandates, 20 changed since 2015', `{ body(id: "UNGA") { mandates(first: 20, changedSince: "2015-12-31") { ${LIST} } } }`],
  ['all mandates, 20 changed since 2015', `{ mandates(first: 20, changedSince: "2015-12-31") { ${LIST} } }`],
];

// A history walks only the drafting types of a node (history-of-nodes.cypher): on the most cited
// instrument, thousands of citations cost nothing to it; on a text's every paragraph, one statement.
const HISTORY = 'history { relation from { ... on Instrument { id } ... on Provision { id } } to { ... on Instrument { id } ... on Provision { id } } evidence { note } }';
const hub = await mostCited();
cases.push(
  [`history of ${hub}, the most cited`, `{ instrument(symbol: ${JSON.stringify(hub)}) { ${HISTORY} } }`],
  [`history of each paragraph of ${hub}`, `{ instrument(symbol: ${JSON.stringify(hub)}) { provisions { ${HISTORY} } } }`],
);

/** The instrument with the most relationships (one scan of the store, before the timings). */
async function mostCited(): Promise<string> {
  const session = db.driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.run('MATCH (i:Instrument) RETURN i.id AS id ORDER BY COUNT { (i)<--() } DESC LIMIT 1');
    return result.records[0].get('id') as string;
  } finally {
    await session.close();
  }
}
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
console.log(`| request | p50 ms | p95 ms | round trips | read |\n|---|--:|--:|--:|--:|`);
for (const [name, query] of cases) {
  const warm = await gql(query);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await gql(query)).ms);
  times.sort((a, b) => a - b);
  const page = warm.data.body?.mandates ?? warm.data.mandates;
  // A history reads its text(s), not a page of mandates: "read" is how many steps it gave.
  const steps = warm.data.instrument ? JSON.stringify(warm.data.instrument).split('"relation"').length - 1 : null;
  console.log(`| ${name} | ${pct(times, 50).toFixed(1)} | ${pct(times, 95).toFixed(1)} | ${warm.trips} | ${page ? page.scanned : (steps ?? 1)} |`);
}
await server.app.close();
await db.driver.close();

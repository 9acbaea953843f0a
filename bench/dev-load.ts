/**
 * `node --import tsx bench/dev-load.ts --uri bolt://127.0.0.1:7795 --probes '<JSON from dev-corpus.ts>' [--query citations|neighbourhood|trace|search|period|years|phrase|phrase-best|hub|health|typename] [-c 8] [-d 10] [--prof] [--node-args='--max-semi-space-size=32']`:
 * for profiling by hand. Starts our server (bench/server.child.ts) against a running Neo4j, loads
 * it with autocannon, prints req/s, p50/p95 and the CPU seconds used by the server, Neo4j and this
 * process (from /proc), per request.
 */
import autocannon from 'autocannon';
import { fork, execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cpuSeconds } from './proc.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { uri: { type: 'string' }, probes: { type: 'string' }, query: { type: 'string', default: 'citations' }, c: { type: 'string', default: '8' }, d: { type: 'string', default: '10' }, prof: { type: 'boolean', default: false }, port: { type: 'string', default: '4301' }, 'node-args': { type: 'string', default: '' } } });
const p = JSON.parse(values.probes!);
const NODE = '__typename ... on Instrument { symbol } ... on Provision { id label } ... on Body { id acronym }';
const Q: Record<string, { query: string; variables: object }> = {
  citations: { query: `query($s: String!) { instrument(symbol: $s) { symbol title citations { relation target { ${NODE} } evidence { clause confidence } } } }`, variables: { s: p.citedSymbol } },
  neighbourhood: { query: 'query($id: ID!) { neighborhood(id: $id, depth: 2) { truncated nodes { id label kind parent date forum } edges { id source target relation evidence { clause } } } }', variables: { id: p.citedSymbol } },
  trace: { query: `query($id: ID!) { trace(from: $id, maxDepth: 6) { hops { relation date reversed from { ${NODE} } to { ${NODE} } } } }`, variables: { id: p.chainStart } },
  typename: { query: '{ __typename }', variables: {} },
  health: { query: '{ health { nodes } }', variables: {} },
  search: { query: 'query($q: String!) { search(text: $q, first: 20) { score label node { __typename ... on Instrument { symbol } } } }', variables: { q: p.searchWord } },
  // The explorer's phrase view: the ids of the earliest 100 texts that match; `phrase-best`, the best-scored 100 it drew before.
  phrase: { query: 'query($q: String!) { search(text: $q, first: 100, order: OLDEST) { node { __typename ... on Instrument { id } ... on Provision { id } ... on Body { id } } } }', variables: { q: p.searchWord } },
  // Search within a period (datedFrom/datedTo), best first: each index's window read, filtered and sorted.
  period: { query: 'query($q: String!) { search(text: $q, first: 20, datedFrom: "2005", datedTo: "2010") { score label date node { __typename ... on Instrument { symbol } } } }', variables: { q: p.searchWord } },
  // How many texts match, year by year (the phrase view's count).
  years: { query: 'query($q: String!) { searchYears(text: $q) { texts undated complete years { year texts } } }', variables: { q: p.searchWord } },
  'phrase-best': { query: 'query($q: String!) { search(text: $q, first: 100) { node { __typename ... on Instrument { id } ... on Provision { id } ... on Body { id } } } }', variables: { q: p.searchWord } },
  // The bench's "most cited: first page + count".
  hub: { query: `query($s: String!) { instrument(symbol: $s) { symbol citationCount(direction: IN) citations(direction: IN, first: 20) { relation cursor source { ${NODE} } evidence { clause confidence date } } } }`, variables: { s: p.topSymbol } },
};
const cpu = (pid: number) => cpuSeconds(pid)!;
const jvm = Number(execSync('pgrep -x java', { encoding: 'utf8' }).split('\n').find((pid) => pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`igatlas.port=${values.uri!.split(':').pop()}`)));
const child = fork(path.join(HERE, 'server.child.ts'), [], {
  execArgv: ['--import', 'tsx', ...values['node-args']!.split(' ').filter(Boolean), ...(values.prof ? ['--cpu-prof', '--cpu-prof-dir=/tmp/dev/prof'] : [])],
  env: { ...process.env, BENCH_MODE: 'atlas', BENCH_URI: values.uri, BENCH_PORT: values.port, NODE_ENV: 'production' },
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const url: string = await new Promise((resolve) => child.once('message', (m: any) => resolve(m.url)));
const body = JSON.stringify(Q[values.query!]);
const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
const text = await res.text();
console.log(`${values.query}: ${res.status} ${text.length} bytes, RT ${res.headers.get('x-cypher-round-trips')}, ${text.slice(0, 160)}`);
const run = (duration: number) => autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: Number(values.c), duration });
await run(3);
const before = [cpu(child.pid!), cpu(jvm), process.cpuUsage()];
const r: any = await run(Number(values.d));
const after = [cpu(child.pid!), cpu(jvm), process.cpuUsage()];
const self = ((after[2] as NodeJS.CpuUsage).user + (after[2] as NodeJS.CpuUsage).system - (before[2] as NodeJS.CpuUsage).user - (before[2] as NodeJS.CpuUsage).system) / 1e6;
const n = r.requests.total;
const ms = (s: number) => ((s * 1000) / n).toFixed(2);
console.log(`${values.c}c: ${Math.round(n / r.duration)} req/s p50 ${r.latency.p50} p97.5 ${r.latency.p97_5} p99 ${r.latency.p99} errors ${r.errors + r.non2xx}; CPU ms/request: server ${ms((after[0] as number) - (before[0] as number))}, neo4j ${ms((after[1] as number) - (before[1] as number))}, autocannon ${ms(self)}`);
child.send('stop');

/**
 * `npm run bench [-- --instruments 1000|10000|100000] [--json FILE] [--duration SECONDS]
 * [--warmup SECONDS] [--connections 1,8,32] [--skip-start]`
 *
 * One run: generates a deterministic synthetic corpus (bench/corpus.generate.ts); loads a sample
 * of it with a naive one-MERGE-per-row loader, all of it with the bulk import
 * (seed/src/load/bulk.ts) into one store and with the transactional loader
 * (seed/src/load/loader.ts) into another, fresh embedded Neo4j; measures our queries on the
 * transactional store, then load-tests our server and @neo4j/graphql on the imported store,
 * restarted (as `npm run import` then `npm start` serve a large corpus), with autocannon
 * (loopback, bounded duration); measures memory, the start time of `npm start` and, after its
 * warm start, the UI's first requests (bench/first-requests.ts); prints a Markdown report with
 * met/missed per target, and writes JSON.
 *
 * Own ports and folders, so it never collides with `npm start` or the tests: Bolt 7790, HTTP
 * 4193 (ours) and 4191 (@neo4j/graphql), data .data/bench-neo4j (deleted before each run) and
 * .data/bench-bulk-neo4j (the imported store, deleted after the load tests; Bolt 7794 while it
 * builds its indexes);
 * `npm start` is measured on PORT 4192, Bolt 7792 and .data/bench-start-neo4j.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { execSync, fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDriver, Database } from '../server/src/db/database.js';
import { bulkLoad } from '../seed/src/load/bulk.js';
import { loadRows } from '../seed/src/load/loader.js';
import { countRows } from '../seed/src/load/rows.types.js';
import { graphCounts } from '../seed/src/seed.js';
import { ROOT, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../scripts/neo4j.js';
import { chunkRelationships, forEachChunk, generateCorpus, type CorpusStats } from './corpus.generate.js';
import { emptyDatabase, naiveLoad, type NaiveResult } from './naive.js';
import { timeFirstRequests, type FirstRequest } from './first-requests.js';
import { spawnNpmStart } from './npm-start.js';
import { cpuSeconds, machineTicks, stealPercent } from './proc.js';
import { relationField } from './neo4j-graphql.js';
import type { Relation } from '../cypher/model.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BOLT_PORT = 7790;
const OUR_PORT = 4193; // not 4190: fetch (undici) refuses it as a "bad port" (ManageSieve)
const THEIR_PORT = 4191;
const START_PORT = 4192;
const START_BOLT_PORT = 7792;
const DATA_DIR = path.join(ROOT, '.data', 'bench-neo4j');
const BULK_DIR = path.join(ROOT, '.data', 'bench-bulk-neo4j');
const BULK_BOLT_PORT = 7794;
const START_DATA_DIR = path.join(ROOT, '.data', 'bench-start-neo4j');
const CHUNK_INSTRUMENTS = 2500; // about 53,000 rows per loader transaction
const NAIVE_SAMPLE_INSTRUMENTS = 90; // about 2,000 rows

const { values: flags } = parseArgs({
  options: {
    instruments: { type: 'string', default: '1000' },
    json: { type: 'string' },
    duration: { type: 'string', default: '10' },
    // Unmeasured load at 8 clients before each query's cells, on each server. Neo4j's JIT needs
    // about a minute of load to settle: on a freshly started JVM, Neo4j's CPU per citations
    // request fell from 5.4 to 1.0 ms over the first 60 s (BENCHMARKS.md); the cells measure the
    // steady state a long-running server is in. `--warmup 3` gives the earlier, colder figures.
    warmup: { type: 'string', default: '45' },
    connections: { type: 'string', default: '1,8,32' },
    'skip-start': { type: 'boolean', default: false },
  },
});
const INSTRUMENTS = Number(flags.instruments);
const DURATION = Number(flags.duration);
const WARMUP = Number(flags.warmup);
const CONNECTIONS = flags.connections!.split(',').map(Number);
if (![1000, 10000, 100000].includes(INSTRUMENTS) && !(Number.isInteger(INSTRUMENTS) && INSTRUMENTS >= 100)) throw new Error('--instruments: 1000, 10000 or 100000');
if (!(DURATION > 0 && DURATION <= 120)) throw new Error('--duration: 1 to 120 seconds');
if (!(WARMUP >= 0 && WARMUP <= 300)) throw new Error('--warmup: 0 to 300 seconds');
if (CONNECTIONS.some((c) => !Number.isInteger(c) || c < 1 || c > 64)) throw new Error('--connections: integers from 1 to 64, e.g. 1,8,32');
const HEAP = INSTRUMENTS >= 100_000 ? '4g' : INSTRUMENTS >= 10_000 ? '2g' : '1g';
const PAGE_CACHE = INSTRUMENTS >= 100_000 ? 2048 : INSTRUMENTS >= 10_000 ? 1024 : 512;

const log = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const mib = (bytes: number) => round(bytes / 1048576, 0);
/** Graph counts as JSON with sorted keys, to compare two stores. */
const sortedJson = (counts: { labels: Record<string, number>; relationships: Record<string, number> }) =>
  JSON.stringify([counts.labels, counts.relationships].map((o) => Object.entries(o).sort(([a], [b]) => a.localeCompare(b))));

// ---------------------------------------------------------------------------------------------
// Queries

interface BenchQuery {
  name: string;
  target: number | null; // p95 ms at 8 connections
  maxRoundTrips: number;
  ours: { query: string; variables: Record<string, unknown> };
  /** `nearest`: set when @neo4j/graphql can only approximate the query, saying how. */
  theirs: { query: string; variables: Record<string, unknown>; nearest?: string } | { unsupported: string };
}

const NODE = '__typename ... on Instrument { symbol } ... on Provision { id label } ... on Body { id acronym }';

/** The relation types the synthetic corpus uses: @neo4j/graphql needs one field per type and direction. */
const CORPUS_RELATIONS: Relation[] = ['RECALLS', 'NOTES', 'REAFFIRMS', 'RECOGNIZES', 'WELCOMES', 'EMPHASIZES', 'CONSIDERS', 'CITES', 'ENDORSES', 'QUOTES', 'REQUESTS', 'INVITES', 'CALLS_UPON', 'MANDATES', 'IMPLEMENTS'];

/** The size of the first page of the most cited instrument's citations (the UI's panel asks for 50). */
const HUB_PAGE = 20;

function queries(stats: CorpusStats): BenchQuery[] {
  const p = stats.probes;
  const theirCitations = CORPUS_RELATIONS.map((r) => `${relationField(r, 'OUT')}Connection { edges { properties { clause confidence } node { ${NODE} } } }`).join(' ');
  const theirHubPage = CORPUS_RELATIONS.map((r) => `${relationField(r, 'IN')}Connection(first: ${HUB_PAGE}, sort: [{ edge: { date: ASC } }]) { totalCount edges { properties { clause confidence date } node { ${NODE} } } }`).join(' ');
  return [
    {
      name: 'instrument + citations',
      target: 20,
      maxRoundTrips: 2,
      ours: {
        query: `query($s: String!) { instrument(symbol: $s) { symbol title citations { relation target { ${NODE} } evidence { clause confidence } } } }`,
        variables: { s: p.citedSymbol },
      },
      theirs: {
        // Ours lists citations made by the instrument and by its provisions: the same here.
        query: `query($s: ID!) { instruments(where: { id: { eq: $s } }) { symbol titleEn ${theirCitations} provisions { id ${theirCitations} } } }`,
        variables: { s: p.citedSymbol },
      },
    },
    {
      name: 'neighbourhood depth 2',
      target: 50,
      maxRoundTrips: 1,
      ours: {
        query: 'query($id: ID!) { neighborhood(id: $id, depth: 2) { truncated nodes { id label kind parent date forum } edges { id source target relation evidence { clause } } } }',
        variables: { id: p.citedSymbol },
      },
      theirs: {
        unsupported: 'not expressible: a node cap over any relation type in both directions needs one nested field per type and direction at each level (15 types x 2 directions x 2 levels x 3 node types) and has no global cap',
      },
    },
    {
      name: 'trace depth 6',
      target: 100,
      maxRoundTrips: 1,
      ours: {
        query: `query($id: ID!) { trace(from: $id, maxDepth: 6) { hops { relation date reversed from { ${NODE} } to { ${NODE} } } } }`,
        variables: { id: p.chainStart },
      },
      theirs: { unsupported: 'not expressible: no variable-length or mixed-direction (acting along, citing against) traversal; a fixed 6-level nesting over 9 types x 2 directions is not an equivalent query' },
    },
    {
      name: 'search',
      target: 50,
      maxRoundTrips: 1,
      ours: {
        query: 'query($q: String!) { search(text: $q, first: 20) { score label node { __typename ... on Instrument { symbol } } } }',
        variables: { q: p.searchWord },
      },
      theirs: {
        // @fulltext on Instrument over the existing search_en index (ours also queries search_ar and search_fr).
        query: 'query($q: String!) { searchInstruments(phrase: $q, first: 20) { edges { score node { symbol } } } }',
        variables: { q: p.searchWord },
      },
    },
    {
      // Last, so the four queries of the issue run as in every earlier session. No target: the
      // issue sets none; it shows what the most cited instrument costs (every citation walked).
      name: 'most cited: first page + count',
      target: null,
      maxRoundTrips: 2,
      ours: {
        query: `query($s: String!) { instrument(symbol: $s) { symbol citationCount(direction: IN) citations(direction: IN, first: ${HUB_PAGE}) { relation cursor source { ${NODE} } evidence { clause confidence date } } } }`,
        variables: { s: p.topSymbol },
      },
      theirs: {
        nearest: `no list across relation types: one connection per type on the instrument and on each of its provisions (ours counts both), each with its first ${HUB_PAGE} by date and its totalCount; the client merges the edges into one page and adds the counts, and has no cursor across them`,
        query: `query($s: ID!) { instruments(where: { id: { eq: $s } }) { symbol ${theirHubPage} provisions { id ${theirHubPage} } } }`,
        variables: { s: p.topSymbol },
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Servers in child processes

interface ChildServer {
  url: string;
  child: ChildProcess;
  schemaMs?: number;
  rss(): Promise<number>;
  stop(): Promise<void>;
}

function startChild(mode: 'atlas' | 'neo4j-graphql', uri: string, port: number): Promise<ChildServer> {
  const child = fork(path.join(HERE, 'server.child.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_MODE: mode, BENCH_URI: uri, BENCH_PORT: String(port), BENCH_RELATIONS: JSON.stringify(CORPUS_RELATIONS), NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', (code, signal) => {
    if (code !== 0) log(`${mode} server process exited (code ${code}, signal ${signal})`);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${mode} server did not start in 120 s`)), 120_000);
    child.once('exit', (code) => reject(new Error(`${mode} server exited (${code}) before it was ready`)));
    child.once('message', (message: any) => {
      clearTimeout(timer);
      if (message.error) return reject(new Error(message.error));
      resolve({
        url: message.url,
        child,
        schemaMs: message.schemaMs,
        rss: () =>
          new Promise((res) => {
            if (!child.connected) return res(0);
            const on = (m: any) => {
              if (m.memory) {
                child.off('message', on);
                res(m.memory.rss);
              }
            };
            child.on('message', on);
            child.send('rss');
          }),
        async stop() {
          if (child.connected) child.send('stop');
          const timeout = setTimeout(() => child.kill('SIGKILL'), 15_000);
          await exited;
          clearTimeout(timeout);
        },
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Load tests

interface LoadResult {
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  /** CPU milliseconds per request of the server's process and of Neo4j's JVM, over the cell (from /proc). */
  cpuMs?: { server: number; neo4j: number };
}

function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

async function probe(url: string, body: string): Promise<{ status: number; text: string; roundTrips: number | null }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  const header = res.headers.get('x-cypher-round-trips');
  return { status: res.status, text, roundTrips: header === null ? null : Number(header) };
}

/** Failed requests: autocannon's `errors` already counts its `timeouts` (its README), so they are not added again. */
const errorCount = (r: LoadResult) => r.errors + r.non2xx + r.mismatches;
/** "server + Neo4j" CPU ms per request, or empty when it was not measured. */
const cpuCell = (r: LoadResult) => (r.cpuMs ? `${r.cpuMs.server} + ${r.cpuMs.neo4j}` : '');

/** `pids`: the server's process and Neo4j's JVM, whose CPU per request the result then carries. */
async function loadTest(url: string, body: string, expectBody: string, connections: number, duration: number, pids?: { server?: number; neo4j?: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  const cpuBefore = [cpuSeconds(pids?.server), cpuSeconds(pids?.neo4j)];
  const instance = autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration,
    timeout: 10,
    expectBody,
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    if (latencies.length < 2_000_000) latencies.push(responseTime);
  });
  const result = await instance;
  const cpuAfter = [cpuSeconds(pids?.server), cpuSeconds(pids?.neo4j)];
  const perRequest = (i: number) => round(((cpuAfter[i]! - cpuBefore[i]!) * 1000) / Math.max(1, result.requests.total), 2);
  const cpuMs = cpuBefore.every((x) => x !== null) && cpuAfter.every((x) => x !== null) ? { server: perRequest(0), neo4j: perRequest(1) } : undefined;
  const sorted = Float64Array.from(latencies).sort();
  return {
    ...(cpuMs ? { cpuMs } : {}),
    connections,
    requests: result.requests.total,
    rps: round(result.requests.total / result.duration, 0),
    p50: round(percentile(sorted, 0.5), 2),
    p95: round(percentile(sorted, 0.95), 2),
    p99: round(percentile(sorted, 0.99), 2),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
  };
}

interface QueryResult {
  name: string;
  roundTrips: number | null;
  maxRoundTrips: number;
  responseBytes: number;
  note?: string;
  ours: LoadResult[];
  theirs: LoadResult[] | { unsupported: string } | { error: string };
}

function check(name: string, response: { status: number; text: string }): void {
  const parsed = JSON.parse(response.text);
  if (response.status !== 200 || parsed.errors || !parsed.data) throw new Error(`${name}: probe request failed (${response.status}): ${response.text.slice(0, 500)}`);
}

/**
 * The first answer to `body`, checked (`name` says whose), and the body the load test requires of
 * every answer: the first one's when a second answer is the same, '' (no body check) otherwise.
 */
async function probeTwice(name: string, url: string, body: string): Promise<{ first: Awaited<ReturnType<typeof probe>>; expect: string }> {
  const first = await probe(url, body);
  check(name, first);
  const again = await probe(url, body);
  return { first, expect: again.text === first.text ? first.text : '' };
}

/** A short description of what a query returned, to show the probes hit what they should. */
function describeResponse(name: string, text: string): string {
  const data = JSON.parse(text).data;
  if (data.instrument) return data.instrument.citationCount === undefined ? `${data.instrument.citations.length} citations` : `${data.instrument.citations.length} of ${data.instrument.citationCount} citations`;
  if (data.instruments) {
    // Connections with a totalCount (the most cited query): their edges and counts, added up.
    const connections = data.instruments.flatMap((i: any) => [i, ...(i.provisions ?? [])]).flatMap((n: any) => Object.entries(n).filter(([k, v]) => k.endsWith('Connection') && (v as any).totalCount !== undefined).map(([, v]) => v as any));
    if (connections.length) return `${connections.length} connections, ${connections.reduce((a: number, c: any) => a + c.edges.length, 0)} edges, totalCounts adding up to ${connections.reduce((a: number, c: any) => a + c.totalCount, 0)}`;
    return `${data.instruments.length} instrument`;
  }
  if (data.neighborhood) return `${data.neighborhood.nodes.length} nodes, ${data.neighborhood.edges.length} edges, truncated ${data.neighborhood.truncated}`;
  if (data.trace) return `${data.trace.length} paths, longest ${Math.max(0, ...data.trace.map((p: any) => p.hops.length))} hops`;
  if (data.search) return `${data.search.length} hits`;
  if (data.searchInstruments) return `${data.searchInstruments.edges.length} hits`;
  return name;
}

/** One query at 8 clients on the store the transactional loader built (see readsAfterLoad). */
interface AfterLoadCell extends LoadResult {
  name: string;
  /** Whether it answered as on the imported store: a capped neighbourhood keeps what the store gives first. */
  sameAnswer?: boolean;
}

/**
 * Our server on the store the transactional loader has just built, in the JVM that built it: each
 * query at 8 clients, after the warm-up the load tests get, and the first query also once before
 * it (`cold`: a JVM that has only written so far). For reference: the load tests themselves run on
 * the imported store, restarted, as a large corpus is served. `answers`: each query's response,
 * to compare with the imported store's.
 */
async function readsAfterLoad(uri: string, neo4jPid: number | undefined, stats: CorpusStats, children: ChildServer[]): Promise<{ cold: Record<string, unknown>; cells: AfterLoadCell[]; answers: Map<string, string> }> {
  const server = await startChild('atlas', uri, OUR_PORT);
  children.push(server);
  const cells: AfterLoadCell[] = [];
  const answers = new Map<string, string>();
  let cold: Record<string, unknown> = {};
  try {
    for (const q of queries(stats)) {
      const body = JSON.stringify(q.ours);
      const { first, expect } = await probeTwice(`ours ${q.name} (transactional store)`, server.url, body);
      answers.set(q.name, first.text);
      if (cells.length === 0) {
        const c = await loadTest(server.url, body, expect, 8, DURATION);
        cold = { query: q.name, connections: 8, rps: c.rps, p50: c.p50, p95: c.p95, p99: c.p99 };
        log(`  ${q.name} 8c right after the transactional load (cold JVM): ${c.rps} req/s, p95 ${c.p95} ms`);
      }
      if (WARMUP > 0) await loadTest(server.url, body, expect, 8, WARMUP);
      const cell = await loadTest(server.url, body, expect, 8, DURATION, { server: server.child.pid, neo4j: neo4jPid });
      cells.push({ name: q.name, ...cell });
      log(`  ${q.name} 8c on the transactional store: ${cell.rps} req/s, p50 ${cell.p50} p95 ${cell.p95} p99 ${cell.p99} ms, errors ${errorCount(cell)}, CPU ms/req ${cpuCell(cell)}`);
    }
  } finally {
    children.splice(children.indexOf(server), 1);
    await server.stop();
  }
  return { cold, cells, answers };
}

// ---------------------------------------------------------------------------------------------
// Memory and start time

async function neo4jHeap(db: Database): Promise<{ usedMiB: number; committedMiB: number; maxMiB: number } | { unavailable: string }> {
  const session = db.driver.session();
  try {
    const result = await session.run("CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage AS heap");
    const heap = result.records[0]?.get('heap');
    const contents = heap?.value?.properties ?? heap?.properties ?? heap?.value ?? heap;
    const n = (x: any) => Number(x?.value ?? x);
    return { usedMiB: mib(n(contents.used)), committedMiB: mib(n(contents.committed)), maxMiB: mib(n(contents.max)) };
  } catch (error) {
    return { unavailable: (error as Error).message.split('\n')[0] };
  } finally {
    await session.close();
  }
}

interface StartResult {
  ms?: number;
  error?: string;
  stopMs?: number;
  seeded?: boolean;
  builtUi?: boolean;
  /** Seconds from /healthz 200 until `npm start` said its first requests were prepared. */
  preparedS?: number;
  firstRequests?: FirstRequest[];
  firstRequestsError?: string;
}

/**
 * Spawns `npm start` in its own process group, times it until /healthz answers 200, then SIGINTs
 * the group. With `firstRequests`, it first waits for `npm start` to say it has prepared the
 * first requests and times the UI's first requests (bench/first-requests.ts).
 */
async function timeStart(label: string, firstRequests = false): Promise<StartResult> {
  const started = performance.now();
  const npm = spawnNpmStart({ PORT: String(START_PORT), NEO4J_BOLT_PORT: String(START_BOLT_PORT), NEO4J_DATA_DIR: START_DATA_DIR, NEO4J_URI: '', NEO4J_HEAP: '1g', NEO4J_PAGECACHE_MB: '512' });
  const result: StartResult = {};
  const deadline = started + 300_000;
  while (performance.now() < deadline && npm.exitCode() === undefined) {
    try {
      const res = await fetch(`http://127.0.0.1:${START_PORT}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) {
        result.ms = round(performance.now() - started, 0);
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (result.ms === undefined) result.error = npm.exitCode() !== undefined ? `npm start exited (${npm.exitCode()}): ${npm.output().trim().split('\n').slice(-3).join(' | ')}` : 'no 200 from /healthz within 300 s';
  result.seeded = /graph is empty: seeding/.test(npm.output());
  result.builtUi = /Building the UI/.test(npm.output());
  if (firstRequests && result.ms !== undefined) {
    const ready = performance.now();
    await npm.waitFor(/First requests prepared|could not prepare/, 120_000);
    if (/First requests prepared/.test(npm.output())) result.preparedS = round((performance.now() - ready) / 1000, 1);
    try {
      result.firstRequests = await timeFirstRequests(`http://127.0.0.1:${START_PORT}/graphql`);
    } catch (error) {
      result.firstRequestsError = (error as Error).message;
    }
  }
  result.stopMs = round(await npm.stop(), 0);
  log(`${label}: ${result.ms ?? result.error} ms to /healthz 200, ${result.stopMs} ms to stop`);
  if (firstRequests) log(`  prepared ${result.preparedS ?? 'not reported'} s after; first requests: ${result.firstRequestsError ?? firstRequestsText(result.firstRequests!)}`);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Report

const firstRequestsText = (requests: FirstRequest[]) => requests.map((r) => `${r.name} ${r.firstMs} / ${r.secondMs}`).join('; ');

/**
 * Milliseconds for a fixed single-threaded workload (JSON round trips of a neighbourhood-sized
 * object, SHA-256 of 32 MiB), best of 5; lower is faster. The host under this shared machine
 * changes from session to session (Intel Xeon, then AMD EPYC) and other tenants slow it by up to a
 * third for minutes at a time. Taken before the run and after it, with nothing of ours running, it
 * says how fast the host was at those two instants (not during the run), to read beside the results.
 */
function yardstick(): number {
  const nodes = Array.from({ length: 300 }, (_, i) => ({ id: `SYN/1998/REP/${i}`, label: `SYN/1998/REP/${i} ¶${i % 10}`, kind: 'Provision', parent: 'SYN/1998/REP/1', date: '1998-04-15', forum: 'UNGA' }));
  const data = Buffer.alloc(32 << 20, 7);
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    for (let i = 0; i < 200; i++) JSON.parse(JSON.stringify({ nodes }));
    createHash('sha256').update(data).digest();
    best = Math.min(best, performance.now() - started);
  }
  return round(best, 1);
}

function machine() {
  const sh = (cmd: string) => {
    try {
      return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    } catch (error: any) {
      return String(error.stderr ?? error.message).trim();
    }
  };
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    nproc: sh('nproc'),
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    java: sh('java -version 2>&1').split('\n')[0],
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((x) => round(x, 2)),
    yardstickMs: { atStart: yardstick(), atEnd: null as number | null },
    /** CPU time the hypervisor gave to other guests during the run, % of the machine's: a busy host that the yardstick, taken at the two ends, can miss. */
    stealPercent: null as number | null,
  };
}

interface Target {
  target: string;
  value: string;
  met: boolean | null;
}

function targets(result: any): Target[] {
  const out: Target[] = [];
  const ingest = result.ingest;
  // Two real loaders: the bulk import makes a first load into an empty store; the transactional
  // one adds to a live graph (and is what every document ingest uses). Both are reported.
  if (ingest.bulk) out.push({ target: 'ingest ≥ 20,000 relationships/s: first load into an empty store (`bulkLoad`)', value: `${ingest.bulk.relationshipsPerSecond.toLocaleString('en')} rel/s, same graph counts as the transactional load: ${ingest.bulk.sameCounts ? 'yes' : 'NO'}`, met: ingest.bulk.relationshipsPerSecond >= 20_000 && ingest.bulk.sameCounts });
  out.push({ target: 'ingest ≥ 20,000 relationships/s: transactional loader (`loadRows`, adds to a live graph)', value: `${ingest.real.relationshipsPerSecond.toLocaleString('en')} rel/s`, met: ingest.real.relationshipsPerSecond >= 20_000 });
  out.push({ target: 'transactional loader ≥ 10× naive (rows/s)', value: `${ingest.ratio}×`, met: ingest.ratio >= 10 });
  for (const q of result.queries as QueryResult[]) {
    const at8 = q.ours.find((r) => r.connections === 8);
    const spec = queries(result.corpus).find((x) => x.name === q.name)!;
    if (at8 && spec.target !== null) {
      const failures = errorCount(at8);
      out.push({ target: `${q.name}: p95 < ${spec.target} ms at 8 clients, no errors`, value: `p95 ${at8.p95} ms, ${failures} errors`, met: at8.p95 < spec.target && failures === 0 });
    }
    out.push({ target: `${q.name}: round trips ≤ ${q.maxRoundTrips}`, value: `${q.roundTrips}`, met: q.roundTrips !== null && q.roundTrips <= q.maxRoundTrips });
    if (Array.isArray(q.theirs)) {
      const theirs = q.theirs;
      const slower = q.ours.filter((o) => {
        const t = theirs.find((x) => x.connections === o.connections);
        return t && o.rps < t.rps;
      });
      out.push({
        target: `${q.name}: at least as fast as @neo4j/graphql${spec.theirs && 'nearest' in spec.theirs && spec.theirs.nearest ? ' (its nearest query)' : ''}`,
        value: q.ours.map((o) => `${o.connections}c ${round(o.rps / Math.max(1, theirs.find((t) => t.connections === o.connections)?.rps ?? 1), 2)}×`).join(', '),
        met: slower.length === 0,
      });
    } else {
      out.push({ target: `${q.name}: at least as fast as @neo4j/graphql`, value: 'unsupported' in q.theirs ? q.theirs.unsupported : q.theirs.error, met: null });
    }
  }
  return out;
}

function markdown(result: any): string {
  const lines: string[] = [];
  const m = result.machine;
  lines.push(`## Results: ${result.corpus.instruments.toLocaleString('en')} instruments (${new Date(result.finishedAt).toISOString().slice(0, 16)}Z)`);
  lines.push('');
  lines.push(`Command: \`${result.command}\` — whole run ${round(result.totalSeconds / 60, 1)} min.`);
  lines.push(`Machine: ${m.nproc} cores (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.os}; ${m.java}; Node ${m.node}; load average at start ${m.loadAverageAtStart.join(' / ')} (shared machine); yardstick ${m.yardstickMs.atStart} ms before the run and ${m.yardstickMs.atEnd} ms after it (\`yardstick()\` in bench/bench.ts: a fixed single-threaded workload, lower is faster); CPU steal ${m.stealPercent ?? 'unknown'}% of the run (/proc/stat: time the hypervisor gave this VM's cores to other guests). Neo4j ${result.neo4j.version} embedded, heap ${result.neo4j.heap}, page cache ${result.neo4j.pageCacheMiB} MiB.`);
  const c = result.corpus;
  lines.push(`Corpus: ${c.instruments.toLocaleString('en')} instruments, ${c.provisions.toLocaleString('en')} provisions, ${c.bodies} bodies, ${c.links.toLocaleString('en')} citations (${c.chainLinks} in mandate chains); ${c.relationships.toLocaleString('en')} relationships, ${c.rows.toLocaleString('en')} load rows. Probes: well-cited ${c.probes.citedSymbol} (in-degree ${c.probes.citedInDegree}; the top one has ${c.probes.topInDegree}), chain start ${c.probes.chainStart}, search "${c.probes.searchWord}" (${c.probes.searchMatches} instruments).`);
  lines.push('');
  const i = result.ingest;
  lines.push('| Ingest | rows | relationships | seconds | rows/s | relationships/s |');
  lines.push('|---|--:|--:|--:|--:|--:|');
  lines.push(`| real loader (\`loadRows\`, ${i.real.transactions} transactions of ~${i.real.rowsPerTransaction.toLocaleString('en')} rows, UNWIND batches of ${i.real.batchSize}) | ${i.real.rows.toLocaleString('en')} | ${i.real.relationships.toLocaleString('en')} | ${i.real.seconds} | ${i.real.rowsPerSecond.toLocaleString('en')} | ${i.real.relationshipsPerSecond.toLocaleString('en')} |`);
  lines.push(`| — its first transaction (empty store: a link statement per static relationship type) | ${i.real.first.rows.toLocaleString('en')} | ${i.real.first.relationships.toLocaleString('en')} | ${i.real.first.seconds} | ${i.real.first.rowsPerSecond.toLocaleString('en')} | ${i.real.first.relationshipsPerSecond.toLocaleString('en')} |`);
  if (i.bulk) lines.push(`| bulk import (\`bulkLoad\`, first load into an empty store: CSV ${i.bulk.seconds.csv} s, Neo4j's importer ${i.bulk.seconds.import} s, start ${i.bulk.seconds.start} s, constraints and indexes ${i.bulk.seconds.indexes} s; corpus generation excluded) | ${i.bulk.rows.toLocaleString('en')} | ${i.bulk.relationships.toLocaleString('en')} | ${i.bulk.seconds.total} | ${i.bulk.rowsPerSecond.toLocaleString('en')} | ${i.bulk.relationshipsPerSecond.toLocaleString('en')} |`);
  lines.push(`| naive (one MERGE + auto-commit per row, sample, empty graph) | ${i.naive.rows.toLocaleString('en')} | ${i.naive.relationships.toLocaleString('en')} | ${i.naive.seconds} | ${i.naive.rowsPerSecond.toLocaleString('en')} | ${i.naive.relationshipsPerSecond.toLocaleString('en')} |`);
  lines.push(`| **real / naive** | | | | **${i.ratio}×** | |`);
  lines.push('');
  lines.push(`Load tests: autocannon, POST /graphql on 127.0.0.1, ${result.durationSeconds} s per cell after ${result.warmupSeconds ?? 3} s of unmeasured load at 8 clients (per query and server: the JVM's JIT settles in about a minute); latency in ms; RT = Cypher round trips per request (x-cypher-round-trips); err = failed requests: connection errors (timeouts among them) + non-2xx + bodies that differ from the probe's. Both servers run in their own Node process; client, servers and Neo4j share the ${m.nproc} cores.${result.readsAfterLoad ? ' They run on the store the bulk import built, with Neo4j started on it again: how a corpus of this size is served (`npm run import`, then `npm start`); the same queries on the transactional loader\'s store follow the table.' : ''}`);
  lines.push('');
  lines.push('| Query | clients | ours req/s | p50 | p95 | p99 | RT | err | CPU ms/req | @neo4j/graphql req/s | p50 | p95 | p99 | err | CPU ms/req | ours/theirs req/s |');
  lines.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const q of result.queries as QueryResult[]) {
    for (const o of q.ours) {
      const t = Array.isArray(q.theirs) ? q.theirs.find((x) => x.connections === o.connections) : undefined;
      const theirs = t
        ? `${t.rps} | ${t.p50} | ${t.p95} | ${t.p99} | ${errorCount(t)} | ${cpuCell(t)} | ${round(o.rps / Math.max(1, t.rps), 2)}×`
        : o === q.ours[0]
          ? `${'unsupported' in (q.theirs as any) ? 'n/a' : 'failed'} | | | | | | `
          : ' | | | | | | ';
      lines.push(`| ${o === q.ours[0] ? q.name : ''} | ${o.connections} | ${o.rps} | ${o.p50} | ${o.p95} | ${o.p99} | ${q.roundTrips} | ${errorCount(o)} | ${cpuCell(o)} | ${theirs} |`);
    }
  }
  lines.push('');
  lines.push('CPU ms/req: CPU time per request of the server\'s process + Neo4j\'s JVM over the cell (from /proc; autocannon\'s own is left out). It moves with the host\'s speed as latency does, but not with queueing.');
  lines.push('');
  for (const q of result.queries as QueryResult[]) {
    lines.push(`- ${q.name}: ours returns ${q.note}${Array.isArray(q.theirs) ? '' : `; @neo4j/graphql: ${'unsupported' in q.theirs ? q.theirs.unsupported : `failed: ${q.theirs.error}`}`}.`);
  }
  if (result.neo4jGraphql.note) lines.push(`- @neo4j/graphql ${result.neo4jGraphql.version}: ${result.neo4jGraphql.note}`);
  const cold = result.coldAfterLoad;
  if (cold) lines.push(`- Right after the transactional load, before any warm-up (Neo4j's read paths not yet compiled), ${cold.query} at ${cold.connections} clients: ${cold.rps} req/s, p50 ${cold.p50}, p95 ${cold.p95}, p99 ${cold.p99} ms.`);
  lines.push('');
  if (result.readsAfterLoad) {
    lines.push(`The same queries, ours, on the store the transactional loader built, in the JVM that had just loaded it (a graph grown by transactions; 8 clients, the same warm-up):`);
    lines.push('');
    lines.push('| Query | req/s | p50 | p95 | p99 | err | CPU ms/req | same answer as on the imported store |');
    lines.push('|---|--:|--:|--:|--:|--:|--:|---|');
    for (const r of result.readsAfterLoad as AfterLoadCell[]) lines.push(`| ${r.name} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${errorCount(r)} | ${cpuCell(r)} | ${r.sameAnswer === undefined ? 'not compared' : r.sameAnswer ? 'yes' : 'no'} |`);
    lines.push('');
  }
  const mem = result.memory;
  const heap = 'usedMiB' in mem.neo4jHeapAfterLoad ? `${mem.neo4jHeapAfterLoad.usedMiB} MiB used of ${mem.neo4jHeapAfterLoad.maxMiB} MiB after the load tests (JMX, dbms.queryJmx)` : `unavailable: ${mem.neo4jHeapAfterLoad.unavailable}`;
  lines.push(`Memory: our server RSS ${mem.oursRssIdleMiB} MiB idle, ${mem.oursRssMaxMiB} MiB max under load; @neo4j/graphql server RSS ${mem.theirsRssIdleMiB ?? 'n/a'} MiB idle, ${mem.theirsRssMaxMiB ?? 'n/a'} MiB max; Neo4j heap ${heap}.`);
  const s = result.start;
  if (s) {
    const fmt = (x: StartResult) => (x.ms !== undefined ? `${round(x.ms / 1000, 1)} s` : `failed (${x.error})`);
    lines.push(`\`npm start\` (PORT=${START_PORT} NEO4J_BOLT_PORT=${START_BOLT_PORT} NEO4J_DATA_DIR=.data/bench-start-neo4j) until /healthz answers 200: cold (empty data folder${s.cold.seeded ? ', seeds the real corpus' : ''}${s.cold.builtUi ? ', builds the UI' : ''}) ${fmt(s.cold)}; warm (same folder, already seeded) ${fmt(s.warm)}; SIGINT to exit ${round((s.warm.stopMs ?? 0) / 1000, 1)} s.`);
    if (s.warm.firstRequests || s.warm.firstRequestsError) {
      lines.push(`The UI's first requests after the warm start, once \`npm start\` had prepared them (${s.warm.preparedS !== undefined ? `${s.warm.preparedS} s after /healthz answered` : 'it did not say it had'}), on the seed corpus, each sent twice (first / second, ms): ${s.warm.firstRequestsError ? `failed (${s.warm.firstRequestsError})` : firstRequestsText(s.warm.firstRequests!)}.`);
    }
  } else lines.push('`npm start` timing skipped (--skip-start).');
  lines.push('');
  lines.push('| Target (at 100,000 instruments) | this run | met |');
  lines.push('|---|---|---|');
  for (const t of result.targets as Target[]) lines.push(`| ${t.target} | ${t.value} | ${t.met === null ? 'n/a' : t.met ? 'met' : '**missed**'} |`);
  if (result.corpus.instruments !== 100_000) lines.push(`\n(This run has ${result.corpus.instruments.toLocaleString('en')} instruments; the targets are set for 100,000.)`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  const runStarted = performance.now();
  const ticksAtStart = machineTicks();
  const result: any = {
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine: machine(),
    durationSeconds: DURATION,
    warmupSeconds: WARMUP,
    connections: CONNECTIONS,
  };
  log(`${INSTRUMENTS} instruments, heap ${HEAP}, page cache ${PAGE_CACHE} MiB, Bolt ${BOLT_PORT}, data ${path.relative(ROOT, DATA_DIR)}`);
  rmSync(DATA_DIR, { recursive: true, force: true });
  mkdirSync(DATA_DIR, { recursive: true });

  let neo4j: EmbeddedNeo4j | null = null;
  let db: Database | null = null;
  const children: ChildServer[] = [];
  const cleanup = async () => {
    await db?.driver.close().catch(() => {});
    db = null;
    for (const c of children.splice(0)) await c.stop().catch(() => {});
    await neo4j?.stop().catch(() => {});
    neo4j = null;
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  process.once('SIGTERM', () => void cleanup().finally(() => process.exit(143)));

  try {
    neo4j = await startEmbeddedNeo4j({ home: DATA_DIR, port: BOLT_PORT, heap: HEAP, pageCacheMiB: PAGE_CACHE });
    result.neo4j = { version: neo4j.version, heap: HEAP, pageCacheMiB: PAGE_CACHE };
    log(`Neo4j ${neo4j.version} at ${neo4j.uri}`);
    db = new Database(createDriver({ uri: neo4j.uri, user: 'neo4j', password: '', database: undefined }), undefined);
    await db.applySchema();

    // 1. Naive sample on the empty graph, then empty it again.
    const sampleIt = generateCorpus({ instruments: INSTRUMENTS, chunkInstruments: NAIVE_SAMPLE_INSTRUMENTS });
    const sample = sampleIt.next().value as Exclude<ReturnType<typeof sampleIt.next>['value'], CorpusStats>;
    // Untimed warm-up (JIT, query plans) on a few rows of each kind, so both loaders are timed warm-ish.
    await naiveLoad(db.driver, { sources: [], bodies: sample.bodies.slice(0, 5), instruments: sample.instruments.slice(0, 10), provisions: sample.provisions.slice(0, 30), links: sample.links.slice(0, 30) });
    await emptyDatabase(db.driver);
    const naive: NaiveResult = await naiveLoad(db.driver, sample);
    log(`naive: ${naive.rows} rows in ${round(naive.ms / 1000, 2)} s`);
    await emptyDatabase(db.driver);

    let bulk: any = null;
    let bulkCounts: Awaited<ReturnType<typeof graphCounts>> | null = null;
    // 2a. The corpus through the bulk import, into a second, empty store (its own Neo4j, stopped
    // afterwards; the first one, still empty, stays for the transactional load and the load
    // tests). First, so that neither load shares the cores with the other's after-work (a Neo4j
    // that has just committed 2 M rows checkpoints for a while). Timed from the first row to a
    // store with its constraints and indexes online; the corpus generator's time is left out, as
    // it is for the transactional loader. Its graph counts are compared after the load below.
    rmSync(BULK_DIR, { recursive: true, force: true });
    let generationMs = 0;
    let bulkRows = 0;
    const generator = generateCorpus({ instruments: INSTRUMENTS, chunkInstruments: CHUNK_INSTRUMENTS });
    const timedChunks = (function* () {
      for (;;) {
        const t = performance.now();
        const next = generator.next();
        generationMs += performance.now() - t;
        if (next.done) return;
        bulkRows += countRows(next.value);
        yield next.value;
      }
    })();
    const bulkRun = await bulkLoad(timedChunks, { home: BULK_DIR, port: BULK_BOLT_PORT, heap: HEAP, pageCacheMiB: PAGE_CACHE, log });
    try {
      const generation = round(generationMs / 1000, 1);
      const seconds = { ...bulkRun.seconds, csv: round(bulkRun.seconds.csv - generation, 1), total: round(bulkRun.seconds.total - generation, 1) };
      bulkCounts = await graphCounts(bulkRun.db);
      bulk = {
        rows: bulkRows,
        nodes: bulkRun.nodes,
        relationships: bulkRun.relationships,
        deferred: bulkRun.deferred,
        seconds,
        generationSeconds: generation,
        rowsPerSecond: round(bulkRows / seconds.total, 0),
        relationshipsPerSecond: round(bulkRun.relationships / seconds.total, 0),
        counts: bulkCounts,
      };
      log(`bulk: ${bulkRun.relationships.toLocaleString('en')} relationships in ${seconds.total} s (${JSON.stringify(seconds)}): ${bulk.relationshipsPerSecond} rel/s`);
    } finally {
      // The store stays: the load tests below serve it.
      await bulkRun.db.driver.close();
      await bulkRun.neo4j.stop();
    }

    // 2. The real loader, one transaction per chunk.
    let rows = 0;
    let relationships = 0;
    let transactions = 0;
    let loadMs = 0;
    let first: any = null;
    const chunkRates: number[] = [];
    // The first transaction runs on an empty store, where the loader uses one link statement per
    // static relationship type (see cypher/queries/load-links.cypher); it is reported apart.
    const stats = await forEachChunk({ instruments: INSTRUMENTS, chunkInstruments: CHUNK_INSTRUMENTS }, async (chunk) => {
      const chunkRows = countRows(chunk);
      const chunkRels = chunkRelationships(chunk);
      const t = performance.now();
      await loadRows(db!, chunk, { name: `bench chunk ${transactions}` });
      const ms = performance.now() - t;
      loadMs += ms;
      rows += chunkRows;
      relationships += chunkRels;
      transactions++;
      if (!first) first = { rows: chunkRows, relationships: chunkRels, seconds: round(ms / 1000, 2), rowsPerSecond: round(chunkRows / (ms / 1000), 0), relationshipsPerSecond: round(chunkRels / (ms / 1000), 0) };
      chunkRates.push(round(chunkRels / (ms / 1000), 0));
      if (transactions % 5 === 0 || transactions === 1) log(`loaded ${rows.toLocaleString('en')} rows (${transactions} transactions, ${round(loadMs / 1000, 1)} s; last one ${chunkRates[chunkRates.length - 1]} rel/s)`);
    });
    const awaitStart = performance.now();
    await db.driver.executeQuery('CALL db.awaitIndexes(600)');
    const indexSeconds = round((performance.now() - awaitStart) / 1000, 1);
    const real = {
      rows,
      relationships,
      transactions,
      rowsPerTransaction: Math.round(rows / Math.max(1, transactions)),
      batchSize: 5000,
      seconds: round(loadMs / 1000, 1),
      rowsPerSecond: round(rows / (loadMs / 1000), 0),
      relationshipsPerSecond: round(relationships / (loadMs / 1000), 0),
      awaitIndexesSeconds: indexSeconds,
      relationshipsPerSecondByTransaction: chunkRates,
      first,
    };
    const naiveOut = {
      rows: naive.rows,
      relationships: naive.relationships,
      seconds: round(naive.ms / 1000, 2),
      rowsPerSecond: round(naive.rows / (naive.ms / 1000), 0),
      relationshipsPerSecond: round(naive.relationships / (naive.ms / 1000), 0),
    };
    result.ingest = { real, naive: naiveOut, ratio: round(real.rowsPerSecond / naiveOut.rowsPerSecond, 1) };
    if (bulk) {
      bulk.sameCounts = sortedJson(bulkCounts!) === sortedJson(await graphCounts(db));
      result.ingest.bulk = bulk;
      log(`bulk import and transactional load give the same graph counts: ${bulk.sameCounts}`);
    }
    result.corpus = { ...stats };
    log(`real: ${rows.toLocaleString('en')} rows in ${real.seconds} s: ${real.rowsPerSecond} rows/s, ${real.relationshipsPerSecond} rel/s; ${result.ingest.ratio}× naive`);

    // 3. Our server on the store the transactional loader has just built, in the JVM that built it.
    const afterLoad = await readsAfterLoad(neo4j.uri, neo4j.pid, stats, children);
    result.coldAfterLoad = afterLoad.cold;
    result.readsAfterLoad = afterLoad.cells;

    // 4 and 5. Load tests, ours then @neo4j/graphql, on the imported store, with Neo4j started on it
    // again: how a corpus of this size is served (`npm run import`, then `npm start`: README,
    // *Loading a large corpus*). Same graph counts as the transactional store (checked above).
    await db.driver.close();
    db = null;
    await neo4j.stop();
    neo4j = await startEmbeddedNeo4j({ home: BULK_DIR, port: BOLT_PORT, heap: HEAP, pageCacheMiB: PAGE_CACHE });
    db = new Database(createDriver({ uri: neo4j.uri, user: 'neo4j', password: '', database: undefined }), undefined);
    log(`load tests on the imported store (${path.relative(ROOT, BULK_DIR)}), Neo4j started on it again`);
    const ours = await startChild('atlas', neo4j.uri, OUR_PORT);
    children.push(ours);
    let theirs: ChildServer | null = null;
    const theirVersion = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', '@neo4j', 'graphql', 'package.json'), 'utf8')).version as string;
    result.neo4jGraphql = { version: theirVersion };
    try {
      theirs = await startChild('neo4j-graphql', neo4j.uri, THEIR_PORT);
      children.push(theirs);
      result.neo4jGraphql.schemaMs = theirs.schemaMs;
      result.neo4jGraphql.note = `type definitions in bench/neo4j-graphql.ts (one field per relation type and direction for the ${CORPUS_RELATIONS.length} types the corpus uses), schema built in ${theirs.schemaMs} ms; @fulltext works on v7 over our search_en index.`;
    } catch (error) {
      result.neo4jGraphql.error = (error as Error).message;
      result.neo4jGraphql.note = `failed to start: ${(error as Error).message}`;
      log(`@neo4j/graphql failed to start: ${(error as Error).message}`);
    }
    const rss = { ours: [await ours.rss()], theirs: theirs ? [await theirs.rss()] : [] };
    const sampler = setInterval(() => {
      void ours.rss().then((x) => rss.ours.push(x));
      if (theirs) void theirs.rss().then((x) => rss.theirs.push(x));
    }, 1000);

    result.queries = [];
    for (const q of queries(stats)) {
      const body = JSON.stringify(q.ours);
      const { first, expect } = await probeTwice(`ours ${q.name}`, ours.url, body);
      log(`${q.name}: ${describeResponse(q.name, first.text)}, ${first.roundTrips} round trips, ${first.text.length} bytes${expect ? '' : ' (responses differ between requests: body check off)'}`);
      const onLoaded = afterLoad.cells.find((x) => x.name === q.name);
      if (onLoaded) onLoaded.sameAnswer = afterLoad.answers.get(q.name) === first.text;
      if (WARMUP > 0) await loadTest(ours.url, body, expect, 8, WARMUP);
      const mine: LoadResult[] = [];
      for (const c of CONNECTIONS) {
        const r = await loadTest(ours.url, body, expect, c, DURATION, { server: ours.child.pid, neo4j: neo4j.pid });
        if (!expect) r.mismatches = 0;
        mine.push(r);
        log(`  ours ${c}c: ${r.rps} req/s, p50 ${r.p50} p95 ${r.p95} p99 ${r.p99} ms, errors ${errorCount(r)}, CPU ms/req ${cpuCell(r)}`);
      }
      const entry: QueryResult = { name: q.name, roundTrips: first.roundTrips, maxRoundTrips: q.maxRoundTrips, responseBytes: first.text.length, note: describeResponse(q.name, first.text), ours: mine, theirs: { unsupported: '' } };
      if ('unsupported' in q.theirs) entry.theirs = { unsupported: q.theirs.unsupported };
      else if (!theirs) entry.theirs = { error: result.neo4jGraphql.error };
      else {
        const theirBody = JSON.stringify(q.theirs);
        try {
          const { first: tp, expect: tExpect } = await probeTwice(`@neo4j/graphql ${q.name}`, theirs.url, theirBody);
          entry.note += `; @neo4j/graphql${q.theirs.nearest ? ` (nearest query: ${q.theirs.nearest})` : ''} returns ${describeResponse(q.name, tp.text)}`;
          log(`  theirs: ${describeResponse(q.name, tp.text)}, ${tp.text.length} bytes`);
          if (WARMUP > 0) await loadTest(theirs.url, theirBody, tExpect, 8, WARMUP);
          const theirResults: LoadResult[] = [];
          for (const c of CONNECTIONS) {
            const r = await loadTest(theirs.url, theirBody, tExpect, c, DURATION, { server: theirs.child.pid, neo4j: neo4j.pid });
            theirResults.push(r);
            log(`  theirs ${c}c: ${r.rps} req/s, p50 ${r.p50} p95 ${r.p95} p99 ${r.p99} ms, errors ${errorCount(r)}, CPU ms/req ${cpuCell(r)}`);
          }
          entry.theirs = theirResults;
        } catch (error) {
          entry.theirs = { error: (error as Error).message.slice(0, 300) };
          log(`  theirs failed: ${(error as Error).message.slice(0, 300)}`);
        }
      }
      result.queries.push(entry);
    }
    clearInterval(sampler);
    result.memory = {
      oursRssIdleMiB: mib(rss.ours[0]),
      oursRssMaxMiB: mib(Math.max(...rss.ours)),
      rssSamples: rss.ours.length,
      theirsRssIdleMiB: rss.theirs.length ? mib(rss.theirs[0]) : null,
      theirsRssMaxMiB: rss.theirs.length ? mib(Math.max(...rss.theirs)) : null,
      neo4jHeapAfterLoad: await neo4jHeap(db),
    };
    await cleanup();

    // 6. Start time of `npm start` (after everything else is stopped, so it has the machine).
    if (!flags['skip-start']) {
      rmSync(START_DATA_DIR, { recursive: true, force: true });
      result.start = { cold: await timeStart('npm start, cold'), warm: await timeStart('npm start, warm', true) };
      rmSync(START_DATA_DIR, { recursive: true, force: true });
    }
  } finally {
    await cleanup();
    rmSync(BULK_DIR, { recursive: true, force: true });
  }

  result.machine.stealPercent = stealPercent(ticksAtStart, machineTicks());
  result.machine.yardstickMs.atEnd = yardstick();
  result.finishedAt = Date.now();
  result.totalSeconds = round((performance.now() - runStarted) / 1000, 0);
  result.targets = targets(result);
  const report = markdown(result);
  console.log(report);
  if (flags.json) {
    mkdirSync(path.dirname(path.resolve(flags.json)), { recursive: true });
    writeFileSync(path.resolve(flags.json), `${JSON.stringify({ ...result, markdown: report }, null, 2)}\n`);
    log(`wrote ${flags.json}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

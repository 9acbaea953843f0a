/**
 * `node --import tsx bench/ceiling.ts [--instruments 100000] [--mode core,cypher] [--no-fulltext]
 * [--ids-only]`: the ceiling of a transactional load on this machine. Sends the bench corpus's
 * load statements (loadStatements, one transaction per chunk of 2,500 instruments, as bench.ts
 * loads them through loadRows) to a JVM that writes them into a fresh embedded store in process
 * (bench/ceiling/Ceiling.java): `cypher` runs our statements there, `core` writes the same nodes,
 * relationships and properties through Neo4j's core API, without Cypher. Neither has Bolt, the
 * driver or Node in the way, so what `core` reaches is what any transactional loader could reach
 * with this schema; BENCHMARKS.md, eighteenth session, compares them with loadRows.
 *
 * The next chunk is made while the JVM waits for it, so only the JVM's work is timed (each
 * transaction, from its start to the end of its commit). Store: .data/bench-ceiling (deleted
 * before and after), heap 4g and page cache 2048 MiB as the bench's; classes compiled with javac
 * into .data/ceiling-classes.
 */
import 'reflect-metadata';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadQueries, schemaStatements } from '../server/src/db/queries.js';
import { loadStatements } from '../seed/src/load/loader.js';
import { ensureLauncherBuilt, JVM_FLAGS, LAUNCHER_CLASSPATH, ROOT } from '../scripts/neo4j.js';
import { CARD_FIELDS, SEPARATOR } from '../cypher/card.js';
import { chunkRelationships, forEachChunk } from './corpus.generate.js';

const { values } = parseArgs({
  options: {
    instruments: { type: 'string', default: '100000' },
    mode: { type: 'string', default: 'core,cypher' },
    'no-fulltext': { type: 'boolean', default: false },
    'ids-only': { type: 'boolean', default: false },
  },
});
const INSTRUMENTS = Number(values.instruments);
const MODES = values.mode.split(',');
const HOME = path.join(ROOT, '.data', 'bench-ceiling');
const CLASSES = path.join(ROOT, '.data', 'ceiling-classes');
const options = [...(values['no-fulltext'] ? ['--no-fulltext'] : []), ...(values['ids-only'] ? ['--ids-only'] : [])];
for (const mode of MODES) if (mode !== 'core' && mode !== 'cypher') throw new Error(`--mode takes core and/or cypher, got ${mode}`);
// Our statements write every property; leaving some out is the core writer's option only.
if (values['ids-only'] && MODES.includes('cypher')) throw new Error('--ids-only applies to --mode core only');

ensureLauncherBuilt();
mkdirSync(CLASSES, { recursive: true });
const javac = spawnSync('javac', ['-d', CLASSES, '-cp', LAUNCHER_CLASSPATH, path.join(ROOT, 'bench', 'ceiling', 'Ceiling.java')], { encoding: 'utf8' });
if (javac.status !== 0) throw new Error(`javac failed: ${javac.stderr || javac.error?.message}`);

const queries = loadQueries();
const head = JSON.stringify({ schema: schemaStatements(), queries: Object.fromEntries(queries), cards: CARD_FIELDS, separator: SEPARATOR });

interface Run {
  mode: string;
  relationships: number;
  seconds: number;
  commitSeconds: number;
  /** Nodes per label and relationships per type, each with its properties: "Label=count/properties ...". */
  counts: string;
}

async function run(mode: string): Promise<Run> {
  rmSync(HOME, { recursive: true, force: true });
  const child = spawn('java', ['-Xms4g', '-Xmx4g', ...JVM_FLAGS, '-cp', `${CLASSES}${path.delimiter}${LAUNCHER_CLASSPATH}`, 'Ceiling', mode, HOME, '2048', ...options], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  /** The next line the JVM prints that starts with `mark` (Neo4j may print log lines too). */
  const next = async (mark: string): Promise<string> => {
    for (;;) {
      const line = await lines.next();
      if (line.done) throw new Error(`the JVM stopped before "${mark}" (exit ${await exited})`);
      if (line.value.startsWith(mark)) return line.value;
    }
  };
  const send = (text: string) => new Promise<void>((resolve, reject) => child.stdin.write(`${text}\n`, (error) => (error ? reject(error) : resolve())));
  const result: Run = { mode, relationships: 0, seconds: 0, commitSeconds: 0, counts: '' };
  try {
    await send(head);
    await next('CEILING_READY');
    // The generator's default chunks (2,500 instruments), as bench.ts loads them.
    await forEachChunk({ instruments: INSTRUMENTS }, async (chunk, index) => {
      // As loadRows: static relationship types while the store has no relationships (the first chunk).
      const statements = loadStatements(chunk, index === 0).map(({ query, rows }) => ({ query, rows }));
      await send(JSON.stringify({ statements }));
      const [, seconds, commit] = (await next('CHUNK ')).split(' ');
      result.relationships += chunkRelationships(chunk);
      result.seconds += Number(seconds);
      result.commitSeconds += Number(commit);
      if ((index + 1) % 10 === 0) console.error(`${mode}: ${index + 1} transactions, ${result.relationships.toLocaleString('en')} relationships, ${result.seconds.toFixed(1)} s`);
    });
    child.stdin.end();
    result.counts = (await next('CEILING_COUNTS ')).slice('CEILING_COUNTS '.length);
    await next('CEILING_DONE');
    if ((await exited) !== 0) throw new Error(`the JVM exited with ${child.exitCode}`);
    return result;
  } finally {
    child.kill();
    rmSync(HOME, { recursive: true, force: true });
  }
}

const rows: string[] = [];
const counts = new Set<string>();
for (const mode of MODES) {
  const r = await run(mode);
  counts.add(r.counts);
  rows.push(`| ${r.mode}${options.length ? ` (${options.join(' ')})` : ''} | ${r.relationships.toLocaleString('en')} | ${r.seconds.toFixed(1)} | ${r.commitSeconds.toFixed(1)} | ${Math.round(r.relationships / r.seconds).toLocaleString('en')} |`);
}
console.log(`\n${INSTRUMENTS.toLocaleString('en')} instruments, one transaction per 2,500, in process (no Bolt, driver or Node):\n`);
console.log('| writer | relationships | seconds | of which commits | relationships/s |\n|---|--:|--:|--:|--:|');
for (const row of rows) console.log(row);
// The core writer must build the graph the statements build, or its figure says nothing.
console.log(`\nStores: ${[...counts][0]}${MODES.length > 1 ? `; the same in every mode: ${counts.size === 1 ? 'yes' : `NO (${[...counts].join(' | ')})`}` : ''}`);

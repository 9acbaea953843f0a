/**
 * Bench: the UI's first requests after `npm run ingest` has added documents to a graph `npm start`
 * serves (BENCHMARKS.md, twenty-fourth session). Neo4j replans a statement once the counts it was
 * planned on have moved enough, so without a new preparation the first request of each kind after
 * a large ingest waits for its plan again.
 *
 *   node --import tsx bench/after-ingest.ts [--documents 150] [--right-away]
 *
 * Starts `npm start` on a fresh store of its own (the seed corpus), times the UI's first requests
 * once it has prepared them, ingests `--documents` copies of the test fixture resolution under
 * symbols of their own, then waits for `npm start` to say it has prepared them again and times
 * them again. With `--right-away` it times them as soon as the ingest has ended instead: what a
 * person who opens the UI then gets. Prints the figures; nothing is kept.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../scripts/neo4j.js';
import { timeFirstRequests, type FirstRequest } from './first-requests.js';
import { spawnNpmStart } from './npm-start.js';

const PORT = 4194;
const BOLT_PORT = 7797;
const DATA_DIR = path.join(ROOT, '.data', 'bench-after-ingest-neo4j');
const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'documents', 'sample-resolution.en.txt');
const FIXTURE_SYMBOL = 'A/RES/99/999';

const { values } = parseArgs({ options: { documents: { type: 'string', default: '150' }, 'right-away': { type: 'boolean', default: false } } });
const documents = Number(values.documents);
if (!Number.isInteger(documents) || documents < 1) throw new Error(`--documents takes a whole number of at least 1, not "${values.documents}"`);

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const table = (before: FirstRequest[], after: FirstRequest[]) =>
  ['| request | before the ingest, ms (first / second) | after, ms (first / second) |', '|---|--:|--:|', ...before.map((b, i) => `| ${b.name} | ${b.firstMs} / ${b.secondMs} | ${after[i].firstMs} / ${after[i].secondMs} |`)].join('\n');

rmSync(DATA_DIR, { recursive: true, force: true });
const docs = mkdtempSync(path.join(os.tmpdir(), 'ig-atlas-after-ingest-'));
const npm = spawnNpmStart({ PORT: String(PORT), NEO4J_BOLT_PORT: String(BOLT_PORT), NEO4J_DATA_DIR: DATA_DIR, NEO4J_URI: '' });
try {
  if (!(await npm.waitFor(/First requests prepared in/, 300_000))) throw new Error(`npm start did not prepare its first requests:\n${npm.output().trim().split('\n').slice(-5).join('\n')}`);
  const endpoint = `http://127.0.0.1:${PORT}/graphql`;
  const before = await timeFirstRequests(endpoint);

  const text = readFileSync(FIXTURE, 'utf8');
  for (let i = 1; i <= documents; i++) writeFileSync(path.join(docs, `r${i}.txt`), text.replaceAll(FIXTURE_SYMBOL, `A/RES/98/${i}`));
  const ingestStarted = performance.now();
  const ingest = spawnSync('npm', ['run', 'ingest', '--', docs], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${BOLT_PORT}` } });
  if (ingest.status !== 0) throw new Error(`npm run ingest failed (${ingest.status}):\n${ingest.stderr}`);
  const ingested = performance.now();
  console.log(`Ingested ${documents} documents in ${seconds(ingested - ingestStarted)} s.`);

  if (!values['right-away']) {
    if (await npm.waitFor(/prepared again/, 120_000)) console.log(`npm start prepared them again ${seconds(performance.now() - ingested)} s after the ingest ended: ${npm.output().match(/First requests prepared again[^\n]*/)![0]}`);
    else console.log('npm start did not say it prepared them again within 120 s; timing them anyway.');
  }
  const after = await timeFirstRequests(endpoint);
  console.log(`\nThe UI's first requests, each sent twice, ${values['right-away'] ? 'right after the ingest' : 'once prepared again'}:\n\n${table(before, after)}`);
} finally {
  await npm.stop();
  rmSync(docs, { recursive: true, force: true });
  rmSync(DATA_DIR, { recursive: true, force: true });
}

/**
 * `node --import tsx bench/dev-corpus.ts --instruments N [--port 7795] [--fresh] [--exit] [--heap 2g]`: for profiling by hand. Keeps an embedded
 * Neo4j with the synthetic corpus of N instruments in .data/bench-dev-N (loaded by the real loader
 * the first time or with --fresh, reused afterwards) running until Ctrl-C (or --exit: stop once
 * loaded), and prints its URI, the probes and the load time.
 */
import 'reflect-metadata';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDriver, Database } from '../server/src/db/database.js';
import { loadRows } from '../seed/src/load/loader.js';
import { ROOT, startEmbeddedNeo4j } from '../scripts/neo4j.js';
import { forEachChunk } from './corpus.generate.js';

const { values } = parseArgs({ options: { instruments: { type: 'string', default: '10000' }, port: { type: 'string', default: '7795' }, fresh: { type: 'boolean', default: false }, exit: { type: 'boolean', default: false }, heap: { type: 'string' } } });
const N = Number(values.instruments);
const dir = path.join(ROOT, '.data', `bench-dev-${N}`);
if (values.fresh) rmSync(dir, { recursive: true, force: true });
const fresh = !existsSync(dir);
const neo4j = await startEmbeddedNeo4j({ home: dir, port: Number(values.port), heap: values.heap ?? (N >= 100_000 ? '4g' : '2g'), pageCacheMiB: N >= 100_000 ? 2048 : 1024 });
const db = new Database(createDriver({ uri: neo4j.uri, user: 'neo4j', password: '', database: undefined }), undefined);
const started = performance.now();
if (fresh) await db.applySchema();
// A reused store is not loaded again; the walk still runs, for the probes.
const stats = await forEachChunk({ instruments: N, chunkInstruments: 2500 }, async (chunk, index) => {
  if (fresh) await loadRows(db, chunk, { name: `dev chunk ${index}` });
});
if (fresh) console.error(`loaded in ${Math.round(performance.now() - started) / 1000} s`);
console.log(JSON.stringify({ uri: neo4j.uri, probes: stats.probes }));
const stop = () => void db.driver.close().then(() => neo4j.stop()).then(() => process.exit(0));
if (values.exit) stop();
process.once('SIGINT', stop);

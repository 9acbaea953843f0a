/**
 * `tsx bench/profile.ts [--instruments 1000] [--keep]`: where the time goes. Loads the synthetic
 * corpus into a fresh embedded Neo4j (Bolt 7790, .data/bench-neo4j) timing each loader statement
 * separately (same queries, same batches, one transaction per chunk as loader.ts does), PROFILEs
 * one batch of each load query and the read queries the bench load-tests, and prints the plans'
 * operators with rows and db hits.
 */
import 'reflect-metadata';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4jDriver from 'neo4j-driver';
import { MANDATE_RELATIONS, RELATIONS } from '../cypher/model.js';
import { createDriver, Database } from '../server/src/db/database.js';
import { loadQueries, type QueryName } from '../server/src/db/queries.js';
import { LEVEL_BATCH } from '../server/src/graph/neighborhood.service.js';
import { TIE_WINDOW } from '../server/src/search/search.service.js';
import { walkParams } from '../server/src/trace/trace.service.js';
import { strengthParams } from '../server/src/db/plain.js';
import { ROOT, startEmbeddedNeo4j } from '../scripts/neo4j.js';
import { chunkRelationships, forEachChunk } from './corpus.generate.js';
import { loadStatements } from '../seed/src/load/loader.js';

const { values } = parseArgs({ options: { instruments: { type: 'string', default: '1000' }, batch: { type: 'string', default: '5000' } } });
const N = Number(values.instruments);
const BATCH = Number(values.batch);
const DATA_DIR = path.join(ROOT, '.data', 'bench-neo4j');
const queries = loadQueries();
const int = (n: number) => neo4jDriver.int(n);

function summarize(plan: any, depth = 0, out: string[] = []): string[] {
  const args = plan.arguments ?? {};
  const details = String(args.Details ?? '').slice(0, 140);
  out.push(`${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} dbHits=${plan.dbHits}${details ? `  ${details}` : ''}`);
  for (const child of plan.children ?? []) summarize(child, depth + 1, out);
  return out;
}

function totalHits(plan: any): number {
  return (plan.dbHits ?? 0) + (plan.children ?? []).reduce((s: number, c: any) => s + totalHits(c), 0);
}

rmSync(DATA_DIR, { recursive: true, force: true });
const neo4j = await startEmbeddedNeo4j({ home: DATA_DIR, port: 7790, heap: N >= 100_000 ? '4g' : '1g', pageCacheMiB: N >= 100_000 ? 2048 : 512 });
const db = new Database(createDriver({ uri: neo4j.uri, user: 'neo4j', password: '', database: undefined }), undefined);
try {
  await db.applySchema();
  // DROP_INDEXES=search_en,... measures a load without those indexes (names from cypher/schema).
  for (const index of (process.env.DROP_INDEXES ?? '').split(',').filter(Boolean)) await db.driver.executeQuery(`DROP INDEX ${index}`);
  // Chunks of 2,500 instruments (CHUNK=n to change), one transaction each, as bench.ts loads them.
  let relationships = 0;
  const times: Record<string, number> = {};
  let lastChunk: any;
  const stats = await forEachChunk({ instruments: N, chunkInstruments: Number(process.env.CHUNK ?? 2500) }, async (chunk, index) => {
    lastChunk = chunk;
    const chunkStarted = performance.now();
    let statementsMs = 0;
    await db.transaction('profile', async (tx) => {
      // As loadRows for a large first load: static relationship types while the store is empty.
      for (const { query: name, rows } of loadStatements(chunk, index === 0)) {
        const query = name.startsWith('load-links') ? 'load-links' : name;
        for (let i = 0; i < rows.length; i += BATCH) {
          const t = performance.now();
          await tx.run(name, { rows: rows.slice(i, i + BATCH) });
          times[query] = (times[query] ?? 0) + performance.now() - t;
          statementsMs += performance.now() - t;
        }
      }
    });
    const chunkMs = performance.now() - chunkStarted;
    times['(commit and transaction)'] = (times['(commit and transaction)'] ?? 0) + chunkMs - statementsMs;
    times['(total)'] = (times['(total)'] ?? 0) + chunkMs;
    relationships += chunkRelationships(chunk);
  });
  console.log('load time per statement (ms):', Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(v)])));
  console.log(`${relationships} relationships in ${Math.round(times['(total)'])} ms: ${Math.round(relationships / (times['(total)'] / 1000))} relationships/s`);

  const session = db.driver.session();
  const profile = async (label: string, text: string, params: Record<string, unknown>, write = false) => {
    const tx = session.beginTransaction();
    try {
      const t = performance.now();
      const result = await tx.run(`PROFILE ${text}`, params);
      const ms = performance.now() - t;
      const plan = result.summary.profile;
      console.log(`\n=== ${label}: ${Math.round(ms)} ms, ${totalHits(plan)} db hits, ${result.records.length} records`);
      console.log(summarize(plan).join('\n'));
    } finally {
      if (write) await tx.rollback();
      else await tx.commit();
    }
  };
  // Re-send a batch of the last chunk's rows (they exist: MERGE matches) and of new ones.
  const sample = (rows: object[]) => rows.slice(0, 1000);
  await profile('load-links (1000 existing RECALLS rows, Provision to Instrument)', queries.get('load-links:Provision:Instrument:RECALLS')!, { rows: sample(lastChunk.links.filter((l: any) => l.type === 'RECALLS' && l.from.includes('#') && !l.to.includes('#') && !l.to.startsWith('body:'))) }, true);
  await profile('load-provisions (1000 existing rows)', queries.get('load-provisions')!, { rows: sample(lastChunk.provisions) }, true);
  await profile('load-instruments (1000 existing rows)', queries.get('load-instruments')!, { rows: sample(lastChunk.instruments) }, true);

  const p = stats.probes;
  const read = (name: QueryName) => queries.get(name)!;
  await profile('citations-of-instruments', read('citations-of-instruments'), { ids: [p.citedSymbol], out: true, relations: [...RELATIONS], evidence: ['clause', 'confidence'], withNode: true, first: neo4jDriver.int(100), after: null, ...strengthParams(null) });
  await profile('instruments-by-id', read('instruments-by-id'), { ids: [p.citedSymbol] });
  // As the API asks for a depth-2 neighbourhood capped at 300 nodes (levelLimit(299) rows at level 1).
  await profile('neighborhood-start (start, levels 1 and 2)', read('neighborhood-start'), { id: p.citedSymbol, label: 'Instrument', provisionCap: int(300), relations: [...RELATIONS], limit: int(385), depth: int(2), cap: int(300), evidence: ['clause'], batch: int(LEVEL_BATCH) });
  const provisions = Array.from({ length: 10 }, (_, k) => `${p.citedSymbol}#${k + 1}`);
  await profile('neighborhood level (level 3 on: here around the probe and its provisions)', read('neighborhood'), { instrumentIds: [p.citedSymbol], provisionIds: provisions, bodyIds: [], exclude: [], relations: [...RELATIONS], limit: int(1200), evidence: ['clause'], batch: int(LEVEL_BATCH) });
  await profile('trace (the start and the whole walk, depth 6) from chain start', read('trace'), walkParams(p.chainStart, { downstream: true, relations: [...MANDATE_RELATIONS], maxDepth: 6 }));
  await profile('search', read('search'), { indexes: ['search_en', 'search_ar', 'search_fr'], query: p.searchWord, limit: int(20), tieWindow: int(TIE_WINDOW) });
  await session.close();
} finally {
  await db.driver.close();
  await neo4j.stop();
}

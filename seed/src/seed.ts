/**
 * Internal: the seed pipeline. Applies the schema, loads the curated corpus (one transaction),
 * then each shipped document (one transaction each). Idempotent: every node and edge is MERGEd on
 * its natural key, so running it twice changes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../server/src/db/database.js';
import { assertValidCorpus, loadCorpus } from './corpus/corpus.validate.js';
import type { Corpus } from './corpus/corpus.types.js';
import { corpusRows } from './load/corpus.rows.js';
import { documentRows } from './load/document.rows.js';
import { loadRows } from './load/loader.js';
import type { Rows } from './load/rows.types.js';
import { parseDocument, type ParsedDocument } from './parse/index.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DOCUMENTS_DIR = path.join(ROOT, 'seed', 'documents');

export interface GraphCounts {
  labels: Record<string, number>;
  relationships: Record<string, number>;
}

export function shippedDocuments(dir = DOCUMENTS_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}

/** Reads and parses one document file; throws ParseError (file, line, what was expected). */
export function parseFile(file: string): ParsedDocument {
  const bytes = readFileSync(file);
  const absolute = path.resolve(file);
  // Files of the project are named relative to it (stable evidence); others by absolute path.
  const name = absolute.startsWith(ROOT + path.sep) ? path.relative(ROOT, absolute) : absolute;
  return parseDocument(bytes.toString('utf8'), name);
}

/** Parses and loads one document in its own transaction. */
export async function ingestDocument(db: Database, doc: ParsedDocument): Promise<void> {
  await loadRows(db, documentRows(doc, ROOT), { name: `ingest ${doc.file}` });
}

/** What the seed loads: the curated corpus (validated) and the shipped documents, parsed. */
function seedInputs(): { corpus: Corpus; docs: ParsedDocument[] } {
  const corpus = loadCorpus();
  assertValidCorpus(corpus);
  return { corpus, docs: shippedDocuments().map(parseFile) };
}

export async function seed(db: Database, log: (line: string) => void = () => {}): Promise<GraphCounts> {
  await db.applySchema();
  const { corpus, docs } = seedInputs();
  await loadRows(db, corpusRows(corpus), { name: 'curated corpus' });
  log(`curated corpus: ${corpus.instruments.length} instruments, ${corpus.provisions.length} provisions, ${corpus.bodies.length} bodies, ${corpus.links.length} links`);
  for (const doc of docs) {
    await ingestDocument(db, doc);
    log(`${doc.file}: ${doc.symbol}, ${doc.clauses.length} clauses, ${doc.unresolved.length} unresolved references`);
  }
  return graphCounts(db);
}

/** The seed's rows in the order `seed` loads them: the curated corpus, then each shipped document. */
export function seedChunks(): Rows[] {
  const { corpus, docs } = seedInputs();
  return [corpusRows(corpus), ...docs.map((doc) => documentRows(doc, ROOT))];
}

export async function graphCounts(db: Database): Promise<GraphCounts> {
  const counts: GraphCounts = { labels: {}, relationships: {} };
  for (const row of await db.read('graph-counts')) {
    const bucket = row.kind === 'label' ? counts.labels : counts.relationships;
    bucket[row.name as string] = Number(row.count);
  }
  return counts;
}

export function formatCounts(counts: GraphCounts): string {
  const line = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => `  ${k.padEnd(14)} ${v}`).join('\n');
  return `Nodes by label:\n${line(counts.labels)}\nRelationships by type:\n${line(counts.relationships)}`;
}

/**
 * Internal: the seed pipeline. Applies the schema, loads the curated corpus (one transaction),
 * then each shipped document (one transaction each). Idempotent: every node and edge is MERGEd on
 * its natural key, so running it twice changes nothing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../server/src/db/database.js';
import { assertValidCorpus, loadCorpus } from './corpus/corpus.validate.js';
import type { Corpus } from './corpus/corpus.types.js';
import { corpusRows } from './load/corpus.rows.js';
import { documentRows } from './load/document.rows.js';
import type { Kept } from './load/document.reconcile.js';
import { loadRows, type LoadReport } from './load/loader.js';
import type { Rows } from './load/rows.types.js';
import { parseDocument, ParseError, ParseErrors, type ParsedDocument } from './parse/index.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DOCUMENTS_DIR = path.join(ROOT, 'seed', 'documents');

export interface GraphCounts {
  labels: Record<string, number>;
  relationships: Record<string, number>;
}

/** The `.txt` files directly inside `dir` (the shipped documents by default), sorted by name. */
export function documentsIn(dir = DOCUMENTS_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt') && statSync(path.join(dir, f)).isFile()).sort().map((f) => path.join(dir, f));
}

/**
 * The document files a command line names (`npm run ingest`, `npm run import`): a FILE as given, a
 * folder as the `.txt` files directly inside it (documentsIn; not its subfolders), in the order
 * named; a file named twice is read once. `problems` says what could not be found, one line each.
 */
export function documentFiles(args: readonly string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (!seen.has(key)) files.push(file);
    seen.add(key);
  };
  for (const arg of args) {
    const stat = statSync(arg, { throwIfNoEntry: false });
    if (stat?.isFile()) add(arg);
    else if (!stat?.isDirectory()) problems.push(`${arg}: no such file or folder`);
    else {
      const inside = documentsIn(arg);
      if (inside.length === 0) problems.push(`${arg}: no .txt file in this folder`);
      inside.forEach(add);
    }
  }
  return { files, problems };
}

/** Reads and parses one document file; throws ParseError (file, line, what was expected). */
export function parseFile(file: string): ParsedDocument {
  const bytes = readFileSync(file);
  const absolute = path.resolve(file);
  // Files of the project are named relative to it (stable evidence); others by absolute path.
  const name = absolute.startsWith(ROOT + path.sep) ? path.relative(ROOT, absolute) : absolute;
  return parseDocument(bytes.toString('utf8'), name);
}

/**
 * Parses every file and hands each document to `each`, without keeping them, so that a command can
 * check a whole batch before it loads any of it: held at once, parsed documents take about four
 * times their text (23 KB for DT/6's 6 KB), too much for a corpus of tens of thousands. Throws
 * ParseErrors naming every file that does not parse (not only the first), after trying them all.
 */
export function checkFiles(files: readonly string[], each: (doc: ParsedDocument) => void = () => {}): void {
  const errors: ParseError[] = [];
  for (const file of files) {
    let doc: ParsedDocument;
    try {
      doc = parseFile(file);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      errors.push(error);
      continue;
    }
    each(doc);
  }
  if (errors.length) throw new ParseErrors(errors, files.length);
}

/**
 * Loads one parsed document in its own transaction; reports the curated values it did not
 * overwrite. With `check`, the transaction is rolled back: the same report, nothing written.
 */
export async function ingestDocument(db: Database, doc: ParsedDocument, options: { check?: boolean } = {}): Promise<LoadReport> {
  return loadRows(db, documentRows(doc, ROOT), { name: `${options.check ? 'check' : 'ingest'} ${doc.file}`, rollback: options.check });
}

/** One line for a curated value a document disagreed with: which, what was kept, what the text says. */
export function keptLine(k: Kept): string {
  const shown = (value: unknown) => {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 90 ? `${text.slice(0, 88)}…"` : text;
  };
  return `kept the curated ${k.field} of ${k.id}: ${shown(k.kept)}; the document has ${shown(k.document)}`;
}

/**
 * Loads document files in order, each parsed again (checkFiles does not keep them) and loaded in its
 * own transaction (ingestDocument), and calls `loaded` after each commit. A file that fails (it no
 * longer parses, loadRows refuses it, Neo4j is gone) stops the run: the documents before it stay
 * loaded, whole; it wrote nothing; the ones after it were not tried. The error thrown is the file's
 * own, after `stopped` has said where the run stopped. One transaction per document rather than one
 * for all: a failure costs only that document, and a large batch never holds one huge transaction.
 */
export async function ingestDocuments(
  db: Database,
  files: readonly string[],
  log: { loaded(doc: ParsedDocument, ms: number, report: LoadReport): void; stopped(file: string, index: number): void },
  options: { check?: boolean } = {},
): Promise<void> {
  for (const [index, file] of files.entries()) {
    const started = performance.now();
    let doc: ParsedDocument;
    let report: LoadReport;
    try {
      doc = parseFile(file);
      report = await ingestDocument(db, doc, options);
    } catch (error) {
      log.stopped(file, index);
      throw error;
    }
    log.loaded(doc, performance.now() - started, report);
  }
}

/** What the seed loads: the curated corpus (validated) and the shipped documents, parsed. */
function seedInputs(): { corpus: Corpus; docs: ParsedDocument[] } {
  const corpus = loadCorpus();
  assertValidCorpus(corpus);
  return { corpus, docs: documentsIn().map(parseFile) };
}

export async function seed(db: Database, log: (line: string) => void = () => {}): Promise<GraphCounts> {
  await db.applySchema();
  const { corpus, docs } = seedInputs();
  await loadRows(db, corpusRows(corpus), { name: 'curated corpus' });
  log(`curated corpus: ${corpus.instruments.length} instruments, ${corpus.provisions.length} provisions, ${corpus.bodies.length} bodies, ${corpus.links.length} links`);
  for (const doc of docs) {
    const { kept } = await ingestDocument(db, doc);
    log(`${doc.file}: ${doc.symbol}, ${doc.clauses.length} clauses, ${doc.unresolved.length} unresolved references`);
    for (const k of kept) log(`  ${keptLine(k)}`);
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

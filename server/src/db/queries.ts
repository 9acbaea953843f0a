/**
 * Internal: the runtime Cypher of ig-atlas, one named, parameterised statement per file in
 * `cypher/queries/<name>.cypher`, read once at start into a typed map. No query is assembled per
 * request: values are `$parameters`, and the few labels or types that vary come from the closed
 * lists of cypher/model.ts and are filtered with `type(r) IN $relations` rather than spliced in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LABELS, type Label } from '../../../cypher/model.js';

export const QUERY_NAMES = [
  'health',
  'ping',
  'instruments-by-id',
  'instruments-page',
  'provisions-by-id',
  'provisions-by-instrument',
  'bodies-by-id',
  'body-of-instruments',
  'citations-of-nodes',
  'citations-of-instruments',
  'nodes-by-id',
  'neighborhood',
  'trace-step',
  'search',
  'count-instruments',
  'load-sources',
  'load-bodies',
  'load-instruments',
  'load-provisions',
  'graph-counts',
  'delete-by-prefix',
] as const;
/**
 * Template files: one statement per pair of labels, named `<file>:<FromLabel>:<ToLabel>`, with the
 * labels FromLabel and ToLabel of the file replaced by labels of the closed list LABELS.
 */
export const LABEL_PAIR_TEMPLATES = ['load-links'] as const;
type LabelPairQuery = `${(typeof LABEL_PAIR_TEMPLATES)[number]}:${Label}:${Label}`;
export type QueryName = (typeof QUERY_NAMES)[number] | LabelPairQuery;

/** The statement of a label-pair template for these labels, e.g. load-links:Provision:Instrument. */
export function labelPairQuery(template: (typeof LABEL_PAIR_TEMPLATES)[number], from: Label, to: Label): LabelPairQuery {
  return `${template}:${from}:${to}`;
}

export const QUERIES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../cypher/queries');
export const SCHEMA_DIR = path.resolve(QUERIES_DIR, '../schema');

/** Reads every query file; throws when a name has no file or a file has no name. */
export function loadQueries(dir = QUERIES_DIR): ReadonlyMap<QueryName, string> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cypher'));
  const known = new Set<string>([...QUERY_NAMES, ...LABEL_PAIR_TEMPLATES]);
  const stray = files.map((f) => f.slice(0, -'.cypher'.length)).filter((n) => !known.has(n));
  if (stray.length) throw new Error(`cypher/queries has files no code names: ${stray.join(', ')} (add them to QUERY_NAMES)`);
  const map = new Map<QueryName, string>();
  for (const name of QUERY_NAMES) {
    const file = path.join(dir, `${name}.cypher`);
    map.set(name, stripComments(readFileSync(file, 'utf8')));
  }
  for (const template of LABEL_PAIR_TEMPLATES) {
    const text = stripComments(readFileSync(path.join(dir, `${template}.cypher`), 'utf8'));
    for (const from of LABELS) for (const to of LABELS) map.set(labelPairQuery(template, from, to), text.replaceAll(':FromLabel', `:${from}`).replaceAll(':ToLabel', `:${to}`));
  }
  return map;
}

/** Splits a schema file into statements (Neo4j runs one statement per query). */
export function schemaStatements(dir = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .flatMap((f) => stripComments(readFileSync(path.join(dir, f), 'utf8')).split(/;\s*(?:\n|$)/))
    .map((s) => s.trim())
    .filter(Boolean);
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

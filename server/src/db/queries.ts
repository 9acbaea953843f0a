/**
 * Internal: the runtime Cypher of ig-atlas, one named, parameterised statement per file in
 * `cypher/queries/<name>.cypher`, read once at start into a typed map. No query is assembled per
 * request: values are `$parameters`, and the few labels or types that vary come from the closed
 * lists of cypher/model.ts and are filtered with `type(r) IN $relations` rather than spliced in.
 * A file may write `CARD(v:Label)` for the expression that makes the card of `v`, a node of that
 * label, or `CARD(v)` for what a statement reads of v's card (its stored card or, when it has none,
 * its label and properties: cypher/card.ts), `LEVEL_ROW(r, m, f.id, parent)` for a row of a
 * neighbourhood level (cypher/level-row.ts), `CITATION_DEGREE(x)` for how many citations x makes
 * or receives (cypher/degree.ts) and `CITATION_PAGE(r)` for the clauses that keep one page of
 * citations `r` (cypher/citation-page.ts), `ADOPTED_IN_RANGE(i)` and `ADOPTED_SORT_KEY(i)` for an
 * instrument list's date filter and order (cypher/adopted.ts), `HIT_DATE(n, p)` for the date search reads of a hit (cypher/adopted.ts), `NODE_OF_ID(id)` for the node whose
 * id is `id` (cypher/node-of-id.ts); and may repeat the lines between `EACH_LEVEL` and
 * `END_EACH_LEVEL` MAX_TRACE_DEPTH times (cypher/model.ts; the levels of trace.cypher). They are
 * expanded once, when the files are read.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adoptedInRangeCypher, adoptedSortKeyCypher, hitDateCypher, textDateCypher } from '../../../cypher/adopted.js';
import { cardCypher, storedCard } from '../../../cypher/card.js';
import { citationPageCypher } from '../../../cypher/citation-page.js';
import { citationDegreeCypher } from '../../../cypher/degree.js';
import { levelRowCypher } from '../../../cypher/level-row.js';
import { nodeOfIdCypher } from '../../../cypher/node-of-id.js';
import { DRAFTING_RELATIONS, LABELS, MAX_TRACE_DEPTH, RELATIONS, type Label, type Relation } from '../../../cypher/model.js';

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
  'count-citations',
  'nodes-by-id',
  'neighborhood-start',
  'neighborhood',
  'trace',
  'search',
  'count-instruments',
  'load-sources',
  'load-bodies',
  'load-instruments',
  'load-provisions',
  'graph-counts',
  'count-relationships',
  'delete-by-prefix',
  'cited-by',
  'bump-data-version',
  'search-dated',
  'search-years',
  'among',
  'strength-missing',
  'strength-fill',
  'mandates-of-nodes',
  'mandates-page',
  'history-of-nodes',
  'positions',
] as const;
/**
 * The link statement is a template (cypher/queries/load-links.cypher) with the labels FromLabel and
 * ToLabel and the type RelType, replaced by names from the closed lists LABELS and RELATIONS:
 * `load-links:<From>:<To>` MERGEs the dynamic type $(row.type); `load-links:<From>:<To>:<TYPE>`
 * names the type, for a store with no relationships yet (see load-links.cypher). Nothing else
 * varies, so nothing else is spliced.
 */
const LINK_TEMPLATE = 'load-links';
type LinkQuery = `${typeof LINK_TEMPLATE}:${Label}:${Label}` | `${typeof LINK_TEMPLATE}:${Label}:${Label}:${Relation}`;
export type QueryName = (typeof QUERY_NAMES)[number] | LinkQuery;

/** The statement that loads links from a `from` node to a `to` node, of one static `type` or of any. */
export function linkQuery(from: Label, to: Label, type?: Relation): LinkQuery {
  return type ? `${LINK_TEMPLATE}:${from}:${to}:${type}` : `${LINK_TEMPLATE}:${from}:${to}`;
}

export const QUERIES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../cypher/queries');
export const SCHEMA_DIR = path.resolve(QUERIES_DIR, '../schema');

/** Reads every query file; throws when a name has no file or a file has no name. */
export function loadQueries(dir = QUERIES_DIR): ReadonlyMap<QueryName, string> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cypher'));
  const known = new Set<string>([...QUERY_NAMES, LINK_TEMPLATE]);
  const stray = files.map((f) => f.slice(0, -'.cypher'.length)).filter((n) => !known.has(n));
  if (stray.length) throw new Error(`cypher/queries has files no code names: ${stray.join(', ')} (add them to QUERY_NAMES)`);
  const map = new Map<QueryName, string>();
  for (const name of QUERY_NAMES) {
    const file = path.join(dir, `${name}.cypher`);
    map.set(name, expandMacros(compactCypher(readFileSync(file, 'utf8')), name));
  }
  const template = compactCypher(readFileSync(path.join(dir, `${LINK_TEMPLATE}.cypher`), 'utf8'));
  const link = (from: Label, to: Label, type: string) => template.replaceAll(':FromLabel', `:${from}`).replaceAll(':ToLabel', `:${to}`).replaceAll(':RelType', `:${type}`);
  for (const from of LABELS) {
    for (const to of LABELS) {
      map.set(linkQuery(from, to), link(from, to, '$(row.type)'));
      for (const type of RELATIONS) map.set(linkQuery(from, to, type), link(from, to, type));
    }
  }
  return map;
}

/** Splits a schema file into statements (Neo4j runs one statement per query). */
export function schemaStatements(dir = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .flatMap((f) => compactCypher(readFileSync(path.join(dir, f), 'utf8')).split(/;\s*(?:\n|$)/))
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Repeats each EACH_LEVEL block, and replaces `LEVEL_ROW(r, m, f.id, parent)`, `CITATION_DEGREE(x)`,
 * `CITATION_PAGE(r)`, `ADOPTED_IN_RANGE(i)`, `ADOPTED_SORT_KEY(i)`, `TEXT_DATE(x)`, `HIT_DATE(n, p)`, `NODE_OF_ID(id)`, `CARD(v:Label)`
 * and `CARD(v)` by their expressions, and `:DRAFTING` by the types of DRAFTING_RELATIONS
 * (`:ADOPTS|REVISES`, from the closed list, so a walk expands only those relationships of a
 * node cited thousands of times); a label not in LABELS throws.
 */
export function expandMacros(text: string, name: string): string {
  const levels = text.replace(/^EACH_LEVEL\n([\s\S]*?)\nEND_EACH_LEVEL$/gm, (_, level: string) => Array(MAX_TRACE_DEPTH).fill(level).join('\n'));
  if (levels.includes('EACH_LEVEL')) throw new Error(`cypher/queries/${name}.cypher: EACH_LEVEL and END_EACH_LEVEL stand on lines of their own, in pairs`);
  const citations = levels
    .replace(/CITATION_DEGREE\((\w+)\)/g, (_, x: string) => citationDegreeCypher(x))
    .replace(/CITATION_PAGE\((\w+)\)/g, (_, r: string) => citationPageCypher(r))
    .replace(/ADOPTED_IN_RANGE\((\w+)\)/g, (_, i: string) => adoptedInRangeCypher(i))
    .replace(/ADOPTED_SORT_KEY\((\w+)\)/g, (_, i: string) => adoptedSortKeyCypher(i))
    .replace(/NODE_OF_ID\((\w+)\)/g, (_, id: string) => nodeOfIdCypher(id))
    .replace(/TEXT_DATE\((\w+)\)/g, (_, x: string) => textDateCypher(x))
    .replace(/HIT_DATE\((\w+), (\w+)\)/g, (_, n: string, p: string) => hitDateCypher(n, p))
    .replace(/:DRAFTING\b/g, `:${DRAFTING_RELATIONS.join('|')}`);
  const rows = citations.replace(/LEVEL_ROW\(([\w.[\]]+), ([\w.[\]]+), ([\w.[\]]+), ([\w.[\]]+)\)/g, (_, r: string, m: string, f: string, parent: string) => levelRowCypher(r, m, f, parent));
  if (rows.includes('LEVEL_ROW(')) throw new Error(`cypher/queries/${name}.cypher: LEVEL_ROW takes four expressions without spaces, LEVEL_ROW(r, m, f.id, parent)`);
  return rows.replace(/CARD\((\w+)(?::(\w+))?\)/g, (_, variable: string, label?: string) => {
    if (label === undefined) return storedCard(variable);
    if (!(LABELS as readonly string[]).includes(label)) throw new Error(`cypher/queries/${name}.cypher: CARD(${variable}:${label}) names no label of ${LABELS.join(', ')}`);
    return cardCypher(variable, label as Label);
  });
}

/**
 * Without comment lines and indentation: Bolt sends a statement's text with every run, so every
 * byte is packed and sent again per request (the driver alone wrote a message in 1,400-byte
 * pieces, one system call each; bolt-chunks.ts widens them). (No statement has a string literal
 * that spans lines.)
 */
function compactCypher(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .join('\n');
}

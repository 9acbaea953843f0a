/**
 * Internal, pure: what a parsed document may write on a node the curated corpus already holds.
 *
 * Contract: a curated fact wins over what a parser read. A curated node lists the properties its
 * record sets (`curatedFields`, written by corpus.rows.ts at every seed; the stored marks:
 * cypher/field-provenance.ts). On such a node a document
 * row writes only the other properties, and records for each the file it came from in
 * `extractedFields` (JSON: property → file), so the record's `verified` and `sources` never vouch
 * for a value a parser read. Every curated value that differs from the document's is kept and
 * reported (`Kept`), for the person who runs the ingest to check. On any other node (new, a stub a
 * citation made, a document's earlier load) the document is the record's source: its row is
 * written as it is, and its file joins the node's `sources`.
 *
 * Why: an ingested document used to overwrite the curated title, kind, date and body of the
 * instrument it enriched (adding a second ISSUED_BY edge), while the record still said `verified`
 * with the curated sources. A separate `extractedFields` rather than entries in the curated
 * `provenance`: a seed writes the curated record again, and would erase them.
 */
import { storedObject } from '../../../cypher/field-provenance.js';
import type { NodeRow, Props } from './rows.types.js';

/** A curated value a document disagreed with, which the load kept. */
export interface Kept {
  id: string;
  field: string;
  kept: unknown;
  document: unknown;
}

/**
 * Properties that describe the document's text rather than the instrument (which file, which line
 * and heading, which language it was read in): the latest document's are
 * written, and not counted as facts. (A clause's `position`, which orders citations, is not among
 * them: a curated paragraph keeps its own.)
 */
const TEXT_BOOKKEEPING = new Set(['sourceFile', 'parsedLanguage', 'line', 'section', 'quotedIn']);
/** The record's own provenance, which stays the curated one. */
const RECORD_PROVENANCE = new Set(['origin', 'confidence', 'sources']);

/**
 * Values are compared as text (a date read back from Neo4j is an ISO string) and without case: the
 * curated corpus writes verbs as its sources do ("invites"), the parser as the lexicon ("Invites").
 */
function same(a: unknown, b: unknown): boolean {
  const text = (v: unknown) => (Array.isArray(v) ? v.join('\n') : String(v)).toLowerCase();
  return text(a) === text(b);
}

/**
 * The row a document may write on `node` (the node's properties as stored, or undefined when it
 * does not exist yet), and the curated values it kept. `file` is the document's source path.
 * Instrument rows carry their date and body beside the props: `adopted` and `bodyId` follow the
 * same rule.
 */
export function reconcileDocumentRow<R extends NodeRow & { adopted?: string | null; bodyId?: string | null }>(
  row: R,
  node: Record<string, unknown> | undefined,
  file: string,
): { row: R; kept: Kept[] } {
  if (!node || node.origin !== 'curated') {
    const sources = [...new Set([...(Array.isArray(node?.sources) ? (node.sources as string[]) : []), file])];
    return { row: { ...row, props: { ...row.props, sources } }, kept: [] };
  }
  const extracted = storedObject<string>(node.extractedFields);
  // A curated node from before curatedFields was written: what no document filled is curated.
  const curatedFields = Array.isArray(node.curatedFields) ? new Set(node.curatedFields as string[]) : undefined;
  const curated = (field: string, current: unknown) =>
    current !== undefined && current !== null && (curatedFields ? curatedFields.has(field) : !(field in extracted));
  const kept: Kept[] = [];
  /** Whether the document's value of `field` is written; a curated one that differs is reported. */
  const write = (field: string, current: unknown, value: unknown): boolean => {
    if (!curated(field, current)) {
      extracted[field] = file;
      return true;
    }
    if (!same(current, value)) kept.push({ id: row.id, field, kept: current, document: value });
    return false;
  };

  const props: Props = {};
  for (const [key, value] of Object.entries(row.props)) {
    if (RECORD_PROVENANCE.has(key)) continue;
    if (TEXT_BOOKKEEPING.has(key) || write(key, node[key], value)) props[key] = value;
  }
  const out: R = { ...row, props };
  if (row.adopted && !write('adopted', node.adopted ?? node.adoptedText, row.adopted)) out.adopted = null;
  // Not written, not doubled: the statement adds an ISSUED_BY edge only for a row that names a body.
  if (row.bodyId && !write('bodyId', node.bodyId, row.bodyId)) out.bodyId = null;
  props.extractedFields = JSON.stringify(extracted);
  return { row: out, kept };
}

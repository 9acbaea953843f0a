/**
 * Internal, pure: the edges of a view as a CSV table, one row per edge with its evidence, for a
 * spreadsheet or Gephi (whose edge import reads the `Source` and `Target` columns).
 *
 * Contract: RFC 4180 (comma-separated, CRLF line ends, a field with a comma, a quote or a line
 * break in double quotes, a quote doubled), UTF-8 with a byte-order mark so that a spreadsheet
 * reads Arabic quotes as Arabic. A cell a spreadsheet would run as a formula (one that starts
 * with =, +, -, @, a tab or a carriage return: a quote from a document can) is prefixed with an
 * apostrophe, as OWASP advises for CSV exports.
 */
import type { Evidence, GEdge, GNode } from './types.js';

export const EDGE_TABLE_COLUMNS = [
  'Source', 'Target', 'Source label', 'Target label', 'Relation', 'Strength', 'Clause', 'Quote', 'Language', 'Method', 'Confidence', 'Date', 'Sources', 'Less sure', 'New',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field under the contract above (shared by the other tables the explorer saves). */
export function cell(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Which parts of a curated edge are less sure than the edge: "relation: unconfirmed (inferred from a shared agenda item)"; several joined by "; ". */
export function lessSure(evidence: Evidence): string {
  return (evidence.fieldProvenance ?? []).map((m) => `${m.field}: ${m.confidence}${m.note ? ` (${m.note})` : ''}`).join('; ');
}

/**
 * The table of `edges`, their ends named by the labels of `nodes` (an end not among them: its id).
 * `New` says "yes" for the edges of `fresh`: those the time window marks new (time-window.ts), so
 * the table of a view "new after 2015" filters to what changed since.
 */
export function edgeTable(nodes: readonly GNode[], edges: readonly GEdge[], fresh: ReadonlySet<string> = new Set()): string {
  const labelOf = new Map(nodes.map((n) => [n.id, n.label]));
  const rows = edges.map((e) => {
    const ev = e.evidence ?? {};
    return [
      e.source, e.target, labelOf.get(e.source) ?? e.source, labelOf.get(e.target) ?? e.target, e.relation, ev.strength,
      ev.clause, ev.quote, ev.language, ev.method, ev.confidence, ev.date, ev.sources?.join(' '), lessSure(ev), fresh.has(e.id) ? 'yes' : '',
    ].map(cell).join(',');
  });
  return `\uFEFF${[EDGE_TABLE_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

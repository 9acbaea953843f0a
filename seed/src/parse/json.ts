/**
 * Public API: the JSON shape printed by `npm run ingest -- FILE --json`. Only the fields a curator
 * needs to review a parse; the loader uses the full ParsedDocument.
 */
import type { ParsedDocument } from './types.js';

export function toJson(doc: ParsedDocument): object {
  return {
    symbol: doc.symbol,
    language: doc.language,
    title: doc.title,
    // The header facts the load writes: the date orders citations and chains and picks the ITU
    // revision a bare "Resolution 102" means; the body is the chapeau's.
    date: doc.date,
    body: doc.body,
    place: doc.place,
    clauses: doc.clauses.map((c) => ({
      label: c.label,
      role: c.role,
      verb: c.verb,
      relation: c.relation,
      text: c.text,
      // The bodies it addresses (its edges to them) and when the report it asks of them falls due.
      addressees: c.addressees,
      ...(c.due ? { due: c.due } : {}),
      references: c.references.map((r) => ({ text: r.text, symbol: r.symbol, paragraphs: r.paragraphs })),
    })),
    unresolved: doc.unresolved,
  };
}

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
    clauses: doc.clauses.map((c) => ({
      label: c.label,
      role: c.role,
      verb: c.verb,
      text: c.text,
      references: c.references.map((r) => ({ text: r.text, symbol: r.symbol, paragraphs: r.paragraphs })),
    })),
    unresolved: doc.unresolved,
  };
}

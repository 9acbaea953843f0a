/**
 * Public API: FieldProvenance, how sure we are of one field of a record that has a provenance of its
 * own (its own confidence, sources or note). Two stores feed it, both on the node (see the README, *Provenance*):
 * - `provenance`, the curated corpus's per-field marks (JSON: field → { confidence, sources,
 *   note }), e.g. an English title only recalled on a verified record;
 * - `extractedFields`, the properties a parsed document filled on a curated record (JSON:
 *   property → file; seed/src/load/document.reconcile.ts), unless the curated record has since
 *   taken them over (`curatedFields`).
 */
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How sure we are of one field of a record, with its own confidence, sources or note.' })
export class FieldProvenance {
  @Field(() => String, {
    description:
      'The field, by the name of the property that holds it: titleEn, titleAr, titleFr, summaryEn, adopted, endDate, venue, originalLanguage, body, verb, text, textAr, nameAr, established…',
  })
  field!: string;

  @Field(() => String, { description: 'verified, seed-document, extracted or unconfirmed.' })
  confidence!: string;

  @Field(() => [String], { description: 'Keys of the sources behind this field; for an extracted field, the document file it was read from.' })
  sources!: string[];

  @Field(() => String, { nullable: true })
  note?: string;
}

/** The description of the `fieldProvenance` field of Instrument, Provision and Body. */
export const FIELD_PROVENANCE =
  "The fields with a provenance of their own (their own confidence, sources or note): the curated corpus's marks, e.g. a title only recalled on a verified record, and the fields a parsed document filled on a curated record (extracted). Empty when the record's confidence and sources hold for every field.";

/** The corpus's field names that differ from the API's. */
const FIELD_NAMES: Readonly<Record<string, string>> = { summary: 'summaryEn', issuedBy: 'body', bodyId: 'body' };

function parsed<T>(value: unknown): Record<string, T> {
  if (typeof value !== 'string') return {};
  try {
    const object = JSON.parse(value) as unknown;
    return object && typeof object === 'object' && !Array.isArray(object) ? (object as Record<string, T>) : {};
  } catch {
    // Written by our loaders only; a node edited by hand into bad JSON loses the detail, not the record.
    return {};
  }
}

/** A node's field provenance: the curated marks in the corpus's order, then the extracted fields in the order the document gave them. */
export function fieldProvenance(node: object): FieldProvenance[] {
  const values = node as Record<string, unknown>;
  const curated = parsed<{ confidence?: string; sources?: string[]; note?: string }>(values.provenance);
  const out: FieldProvenance[] = [];
  for (const [field, mark] of Object.entries(curated)) {
    if (typeof mark?.confidence !== 'string') continue;
    out.push({ field: FIELD_NAMES[field] ?? field, confidence: mark.confidence, sources: Array.isArray(mark.sources) ? mark.sources : [], note: mark.note });
  }
  const taken = new Set(Array.isArray(values.curatedFields) ? (values.curatedFields as string[]) : []);
  const extracted = parsed<string>(values.extractedFields);
  for (const property of Object.keys(extracted)) {
    if (taken.has(property) || typeof extracted[property] !== 'string') continue;
    out.push({ field: FIELD_NAMES[property] ?? property, confidence: 'extracted', sources: [extracted[property]] });
  }
  return out;
}

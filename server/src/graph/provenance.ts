/**
 * Public API: FieldProvenance, how sure we are of one field of a record that has a provenance of its
 * own (its own confidence, sources or note), read from the node's stored marks
 * (cypher/field-provenance.ts): the curated corpus's, e.g. an English title only recalled on a
 * verified record, then the properties a parsed document filled, unless the curated record has
 * since taken them over.
 */
import { Field, ObjectType } from 'type-graphql';
import { storedObject } from '../../../cypher/field-provenance.js';

@ObjectType({ description: 'How sure we are of one field of a record, with its own confidence, sources or note.' })
export class FieldProvenance {
  @Field(() => String, {
    description:
      'The field, by the name of the property that holds it: titleEn, titleAr, titleFr, summaryEn, adopted, endDate, venue, originalLanguage, body, verb, due, text, textAr, nameAr, established…',
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

/** A node's field provenance: the curated marks in the corpus's order, then the extracted fields in the order the document gave them. */
export function fieldProvenance(node: object): FieldProvenance[] {
  const values = node as Record<string, unknown>;
  const curated = storedObject<{ confidence?: string; sources?: string[]; note?: string }>(values.provenance);
  const out: FieldProvenance[] = [];
  for (const [field, mark] of Object.entries(curated)) {
    if (typeof mark?.confidence !== 'string') continue;
    out.push({ field: FIELD_NAMES[field] ?? field, confidence: mark.confidence, sources: Array.isArray(mark.sources) ? mark.sources : [], note: mark.note });
  }
  const taken = new Set(Array.isArray(values.curatedFields) ? (values.curatedFields as string[]) : []);
  const extracted = storedObject<string>(values.extractedFields);
  for (const property of Object.keys(extracted)) {
    if (taken.has(property) || typeof extracted[property] !== 'string') continue;
    out.push({ field: FIELD_NAMES[property] ?? property, confidence: 'extracted', sources: [extracted[property]] });
  }
  return out;
}

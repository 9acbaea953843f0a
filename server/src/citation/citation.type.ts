/** Public API: a typed citation or mandate, with the evidence it stands on. */
import type { GraphQLResolveInfo } from 'graphql';
import { Field, ObjectType } from 'type-graphql';
import { Relation, Strength } from '../graph/enums.js';
import { GraphNode, type NodeRow } from '../graph/graph-node.js';
import { selectedFields } from '../graph/lookahead.js';
import { DateScalar } from '../graph/scalars.js';
import type { CitationOrder } from './citation.cursor.js';

/** Relationship properties as loaded by the seed pipeline. */
export interface EvidenceRow {
  key?: string;
  clause?: string;
  quote?: string;
  language?: string;
  method?: string;
  confidence?: string;
  sourceUrl?: string;
  sources?: string[];
  note?: string;
  date?: string;
  strength?: string;
  /** The curated link's per-field marks (JSON), which Evidence.fieldProvenance reads (evidence.resolver.ts). */
  provenance?: string;
}

/**
 * The relationship properties Evidence reads, each named as its field, but for `provenance`, which
 * `fieldProvenance` reads (SELECTED_AS). A closed list: queries read `r[k]` for these names only.
 */
export const EVIDENCE_FIELDS = ['clause', 'quote', 'language', 'method', 'confidence', 'sourceUrl', 'sources', 'note', 'date', 'strength', 'provenance'] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];
const SELECTED_AS: Partial<Record<EvidenceField, string>> = { provenance: 'fieldProvenance' };

/**
 * The Evidence fields selected at `path` below the current field (e.g. ['evidence'] under a
 * citation list), in EVIDENCE_FIELDS order, or null when no evidence is selected there. Queries
 * fetch only these: quotes are most of the bytes of a citation or an edge.
 */
export function selectedEvidence(info: GraphQLResolveInfo, path: readonly string[]): EvidenceField[] | null {
  const selected = selectedFields(info, path);
  return selected ? EVIDENCE_FIELDS.filter((field) => selected.has(SELECTED_AS[field] ?? field)) : null;
}

/** The evidence of one edge, from the values a query returned for `fields`, in that order. */
export function evidenceRow(fields: readonly EvidenceField[], values: readonly unknown[]): EvidenceRow {
  return Object.fromEntries(fields.map((field, i) => [field, values[i]])) as EvidenceRow;
}

export interface CitationRow {
  relation: string;
  evidence: EvidenceRow;
  source: NodeRow;
  target: NodeRow;
  /** Its place in its list's order, which its cursor encodes. */
  order: CitationOrder;
}

@ObjectType({ description: 'Why an edge exists: the citing clause and its text, how the edge was made, how sure we are.', simpleResolvers: true })
export class Evidence {
  @Field(() => String, { nullable: true, description: 'Label of the citing clause, e.g. "Recalling (a)".' })
  clause?: string;

  @Field(() => String, { nullable: true, description: 'The citing clause text, in its source language (or a curated note).' })
  quote?: string;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 code of `quote`.' })
  language?: string;

  @Field(() => String, { nullable: true, description: 'How the edge was made: "rule:<name>" for parser rules, "curated" for hand-written links.' })
  method?: string;

  @Field(() => String, { nullable: true, description: 'verified, seed-document, extracted or unconfirmed.' })
  confidence?: string;

  @Field(() => String, { nullable: true, description: 'Where to read the source.' })
  sourceUrl?: string;

  @Field(() => [String], { nullable: true, description: 'Keys of the sources behind a curated edge.' })
  sources?: string[];

  @Field(() => String, { nullable: true, description: 'A curator\'s note on why the edge holds.' })
  note?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the citing (or acting) text.' })
  date?: string;

  @Field(() => Strength, {
    nullable: true,
    description: 'How strongly the citing clause acts, read from its verb (see Strength). Null for a recital, a body\'s report and a whole instrument\'s plain citation, which act on nothing.',
  })
  strength?: string;
}

@ObjectType({ description: 'A typed edge between two nodes, with its evidence.' })
export class Citation {
  @Field(() => Relation)
  relation!: string;

  @Field(() => GraphNode)
  source!: NodeRow;

  @Field(() => GraphNode)
  target!: NodeRow;

  @Field(() => Evidence, { nullable: true })
  evidence?: EvidenceRow;
}

/**
 * Bench: the same graph served by @neo4j/graphql (v7), for comparison. Type definitions are
 * written for the synthetic corpus: Instrument, Provision and Body with @node, PART_OF and
 * ISSUED_BY, and one pair of fields (outgoing / incoming) per relation type with the evidence as
 * relationship properties. Full-text search goes through @fulltext on the existing search_en index.
 */
import { RELATIONS } from '../cypher/model.js';

/** Field names per relation: RECALLS -> recalls (OUT) and recallsIn (IN). */
export function relationField(relation: string, direction: 'OUT' | 'IN'): string {
  const camel = relation.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return direction === 'OUT' ? camel : `${camel}In`;
}

export function typeDefs(relations: readonly string[] = RELATIONS): string {
  const citationFields = relations
    .flatMap((r) => (['OUT', 'IN'] as const).map((d) => `  ${relationField(r, d)}: [GraphNode!]! @relationship(type: "${r}", direction: ${d}, properties: "Evidence")`))
    .join('\n');
  return `
type Evidence @relationshipProperties {
  key: String
  clause: String
  quote: String
  language: String
  method: String
  confidence: String
  date: Date
}

union GraphNode = Instrument | Provision | Body

type Body @node {
  id: ID!
  acronym: String
  name: String
  kind: String
  instruments: [Instrument!]! @relationship(type: "ISSUED_BY", direction: IN)
${citationFields}
}

type Instrument @node @fulltext(indexes: [{ indexName: "search_en", queryName: "searchInstruments", fields: ["titleEn", "summaryEn"] }]) {
  id: ID!
  symbol: String!
  kind: String
  titleEn: String
  summaryEn: String
  adopted: Date
  bodyId: String
  body: [Body!]! @relationship(type: "ISSUED_BY", direction: OUT)
  provisions: [Provision!]! @relationship(type: "PART_OF", direction: IN)
${citationFields}
}

type Provision @node {
  id: ID!
  number: String
  label: String
  role: String
  verb: String
  text: String
  position: Int
  instrumentId: String
  instrument: [Instrument!]! @relationship(type: "PART_OF", direction: OUT)
${citationFields}
}
`;
}

/**
 * Internal contract: `CITATION_DEGREE(x)` in a statement (expanded when the files are read:
 * server/src/db/queries.ts) is how many relationships of the types in $relations the node `x`
 * starts (when $out) or ends (otherwise): what count-citations.cypher sums.
 *
 * Why not `MATCH (x)-[r]-() WHERE type(r) IN $relations … count(r)`: that walks every relationship
 * of x, 22,647 on the bench corpus's most cited instrument (about 40 ms there). A pattern of one
 * named type, `COUNT { (x)<-[:RECALLS]-() }`, is answered from the node's degree per type and
 * direction (the planner's GetDegree: a few reads, whatever the degree), and neither
 * `type(r) IN $relations` nor a dynamic type (`:$any($relations)`, Neo4j 5.26) gets that plan
 * (PROFILE). So the expression names each type of the closed list RELATIONS and counts it when
 * $relations has it; nothing from a request is spliced.
 */
import { RELATIONS } from './model.js';

export function citationDegreeCypher(x: string): string {
  const sum = (pattern: (type: string) => string) => RELATIONS.map((type) => `CASE WHEN '${type}' IN $relations THEN COUNT { ${pattern(type)} } ELSE 0 END`).join(' + ');
  return `CASE WHEN $out THEN ${sum((t) => `(${x})-[:${t}]->()`)} ELSE ${sum((t) => `(${x})<-[:${t}]-()`)} END`;
}

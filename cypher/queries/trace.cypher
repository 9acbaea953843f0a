// A whole mandate trace, breadth-first, in one statement: from the node $from (and, for an
// instrument, its provisions, at most $provisionCap), up to $maxDepth levels. One round trip instead
// of one per level: a level's own work is small (a few rows), and each statement has a fixed cost in
// our server and in Neo4j (BENCHMARKS.md, twenty-second session).
//
// Walking DOWNSTREAM ($downstream = true) moves forward in time: acting relations ($acting:
// MANDATES, REQUESTS…) are followed along their direction, citing relations (IMPLEMENTS,
// REAFFIRMS…) against it. UPSTREAM is the reverse. The rules (trace.service.ts states them for
// users):
// - a node is reached once, by the first level that reaches it (each chain is a shortest one);
// - time order: a hop never reaches a node dated before the chain's clock (downstream; after it,
//   upstream), a date known to the year or month being equal to any day in it; an undated node
//   passes and the clock carries over it. A node's date is its own, its instrument's (the adoption
//   date, or its text when the sources give only a month or year: adoptedText), or a body's
//   establishment;
// - a body whose kind is not in $passThrough (a standing body) is reached but ends its chains;
// - unless $anyStrength, a hop's edge has a strength in $strengths (an "at least" list,
//   cypher/strength.ts): a chain made only of clauses that act that strongly.
// Each level reads at most $limit relationships; among those that reach the same new node, the
// first in Neo4j's order is its hop.
//
// Returns nothing when there is no node $from. Otherwise one row per seed (`from` null), then one
// per reached node, level by level: the node it was reached from, the hop's relation and evidence,
// the node, whether the walk went along the stored edge, and the node's date.

// The id's shape names the label: one index seek (cypher/node-of-id.ts).
WITH $from AS id
NODE_OF_ID(id)
OPTIONAL MATCH (n)-[:PART_OF]->(owner:Instrument)
WITH n, coalesce(toString(n.adopted), n.adoptedText, toString(owner.adopted), owner.adoptedText, n.established) AS clock
CALL (n) {
  MATCH (p:Provision)-[:PART_OF]->(n)
  RETURN collect(p)[..$provisionCap] AS provisions
}
WITH [n] + provisions AS seeds, clock
// The seeds come first in `found`, as rows without `from`.
WITH [x IN seeds | {node: x, id: x.id, clock: clock}] AS frontier, [x IN seeds | x.id] AS seen,
     [x IN seeds | {node: x {.*, __kind: labels(x)[0]}}] AS found, 0 AS depth
// Repeated MAX_TRACE_DEPTH times (cypher/model.ts) when the file is read; a level past $maxDepth,
// or after the walk has stopped, starts from no node and costs next to nothing.
EACH_LEVEL
CALL (frontier, seen, depth) {
  UNWIND CASE WHEN depth < $maxDepth THEN frontier ELSE [] END AS f
  WITH f, f.node AS n
  MATCH (n)-[r]-(m)
  WHERE type(r) IN $relations
    AND (startNode(r) = n) = ($downstream = (type(r) IN $acting))
    AND ($anyStrength OR r.strength IN $strengths)
  WITH f, n, r, m
  LIMIT $limit
  OPTIONAL MATCH (m)-[:PART_OF]->(owner:Instrument)
  WITH f, n, r, m, coalesce(toString(m.adopted), m.adoptedText, toString(owner.adopted), owner.adoptedText, m.established) AS date
  WHERE NOT m.id IN seen
    AND (f.clock IS NULL OR date IS NULL OR date STARTS WITH f.clock OR f.clock STARTS WITH date
         OR (date > f.clock) = $downstream)
  WITH m, head(collect({from: f.id, relation: type(r), evidence: r {.*}, alongEdge: startNode(r) = n,
                        date: date, clock: coalesce(date, f.clock)})) AS hop
  RETURN collect(hop {.*, id: m.id, node: m {.*, __kind: labels(m)[0]},
                      next: CASE WHEN NOT m:Body OR m.kind IN $passThrough THEN m END}) AS hops
}
WITH depth + 1 AS depth, found + hops AS found, seen + [h IN hops | h.id] AS seen,
     [h IN hops WHERE h.next IS NOT NULL | {node: h.next, id: h.id, clock: h.clock}] AS frontier
END_EACH_LEVEL
UNWIND found AS hop
RETURN hop.from AS from, hop.relation AS relation, hop.evidence AS evidence, hop.node AS node,
       hop.alongEdge AS alongEdge, hop.date AS date

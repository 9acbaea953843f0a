// One level of a neighbourhood: the relationships of types $relations around the frontier nodes,
// except those to the nodes $exclude, with the node at the other end and, when that node is a
// provision, its instrument. At most $limit rows; the caller flags truncation when it gets $limit
// rows back.
// The frontier comes as one list per label ($instrumentIds, $provisionIds, $bodyIds; an id's shape
// names its label), so each id costs one index seek: with one list and a UNION over the three
// labels, the planner sought every id in all three indexes (PROFILE).
CALL () {
  UNWIND $instrumentIds AS id
  MATCH (n:Instrument {id: id})
  RETURN n, id
  UNION ALL
  UNWIND $provisionIds AS id
  MATCH (n:Provision {id: id})
  RETURN n, id
  UNION ALL
  UNWIND $bodyIds AS id
  MATCH (n:Body {id: id})
  RETURN n, id
}
MATCH (n)-[r]-(m)
// $exclude: the level before, whose relationships with this one the caller has already.
WHERE type(r) IN $relations AND NOT m.id IN $exclude
// `id` adds nothing to the distinction (r and m fix the frontier node), it is carried along.
WITH DISTINCT r, m, id
LIMIT $limit
OPTIONAL MATCH (m)-[:PART_OF]->(parent:Instrument)
// Only the properties a subgraph shows, and only those a node of that label has: whole texts would
// make a level ten times heavier. Nodes travel as slim lists (the format and why: nodeFromList in
// server/src/graph/graph-node.ts), without the trailing items a subgraph does not show. Dates
// travel as ISO strings, which the driver decodes several times faster than Date structures.
// Evidence: only the properties the query asks for ($evidence, names from a closed list), as a
// list in the order of $evidence: a graph view that shows clause labels skips the quotes.
// The edge's ends: the frontier node's id and whether the other end is where the edge starts,
// rather than reading both ends' ids again.
RETURN type(r) AS relation, r.key AS key,
       [k IN $evidence | CASE k WHEN 'date' THEN toString(r.date) ELSE r[k] END] AS evidence,
       id AS near, startNode(r) = m AS farIsSource,
       CASE
         WHEN m:Provision THEN ['Provision', m.id, m.instrumentId, m.number, m.label]
         WHEN m:Instrument THEN ['Instrument', m.id, m.symbol, m.kind, m.shortTitle, toString(m.adopted), m.bodyId]
         ELSE ['Body', m.id, m.acronym, m.name, m.nameAr, m.kind, toString(m.established)]
       END AS node,
       CASE WHEN parent IS NOT NULL THEN ['Instrument', parent.id, parent.symbol, parent.kind, parent.shortTitle, toString(parent.adopted), parent.bodyId] END AS parent

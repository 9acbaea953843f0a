// One level of a neighbourhood after the second (neighborhood-start.cypher fetches the first two):
// the relationships of types $relations around the frontier nodes, except those to the nodes
// $exclude, with the node at the other end and, when that node is a provision, its instrument. At
// most $limit of them; the caller flags truncation when it gets $limit back.
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
// Rows of `rows`: lists of up to $batch relationships, each as LEVEL_ROW makes it
// (cypher/level-row.ts; no row when there is none). A few rows of $batch relationships rather than
// one per relationship: each row is a Bolt message for both ends and a Record for our server (why
// not one row: LEVEL_BATCH in neighborhood.service.ts).
WITH collect(LEVEL_ROW(r, m, id, parent)) AS found
UNWIND range(0, size(found) - 1, $batch) AS from
RETURN found[from..from + $batch] AS rows

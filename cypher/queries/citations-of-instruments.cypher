// DataLoader batch: citations made or received by each instrument in $ids and by its provisions,
// so that one call lists everything an instrument cites ($out = true) or is cited by.
UNWIND $ids AS id
MATCH (i:Instrument {id: id})
CALL (i) {
  MATCH (p:Provision)-[:PART_OF]->(i) RETURN p AS n
  UNION
  RETURN i AS n
}
MATCH (n)-[r]-(m)
WHERE type(r) IN $relations AND (($out AND startNode(r) = n) OR (NOT $out AND endNode(r) = n))
WITH id, r, startNode(r) AS s, endNode(r) AS t
RETURN id AS key, type(r) AS relation, r {.*} AS evidence,
       s {.*, __kind: labels(s)[0]} AS source, t {.*, __kind: labels(t)[0]} AS target
ORDER BY key, s.position, r.key

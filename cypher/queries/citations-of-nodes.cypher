// DataLoader batch: citations made ($out = true) or received ($out = false) by each node in $ids,
// restricted to the relation types in $relations (a closed list, checked by the caller).
UNWIND $ids AS id
  CALL (id) {
    MATCH (n:Instrument {id: id}) RETURN n
    UNION
    MATCH (n:Provision {id: id}) RETURN n
    UNION
    MATCH (n:Body {id: id}) RETURN n
  }
MATCH (n)-[r]-(m)
WHERE type(r) IN $relations AND (($out AND startNode(r) = n) OR (NOT $out AND endNode(r) = n))
WITH id, r, startNode(r) AS s, endNode(r) AS t
RETURN id AS key, type(r) AS relation, r {.*} AS evidence,
       s {.*, __kind: labels(s)[0]} AS source, t {.*, __kind: labels(t)[0]} AS target
ORDER BY key, s.position, r.key

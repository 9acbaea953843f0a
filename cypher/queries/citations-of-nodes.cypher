// DataLoader batch: citations made ($out = true) or received ($out = false) by each node in $ids,
// restricted to the relation types in $relations (a closed list, checked by the caller).
UNWIND $ids AS id
  // The id's shape names the label (symbol#number, body:ACRONYM, symbol): one index seek, not three.
  CALL (id) {
    WITH id WHERE id CONTAINS '#'
    MATCH (n:Provision {id: id}) RETURN n
    UNION
    WITH id WHERE id STARTS WITH 'body:'
    MATCH (n:Body {id: id}) RETURN n
    UNION
    WITH id WHERE NOT id CONTAINS '#' AND NOT id STARTS WITH 'body:'
    MATCH (n:Instrument {id: id}) RETURN n
  }
MATCH (n)-[r]-(m)
WHERE type(r) IN $relations AND (($out AND startNode(r) = n) OR (NOT $out AND endNode(r) = n))
WITH id, r, startNode(r) AS s, endNode(r) AS t
RETURN id AS key, type(r) AS relation, r {.*} AS evidence,
       s {.*, __kind: labels(s)[0]} AS source, t {.*, __kind: labels(t)[0]} AS target
ORDER BY key, s.position, r.key

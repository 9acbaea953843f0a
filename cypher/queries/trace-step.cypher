// One step of a mandate trace from the nodes $ids. Walking DOWNSTREAM ($downstream = true) moves
// forward in time: acting relations ($acting: MANDATES, REQUESTS…) are followed along their
// direction, citing relations (IMPLEMENTS, REAFFIRMS…) against it. UPSTREAM is the reverse.
// `date` is the reached node's date (its own, its instrument's, or a body's establishment).
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
WHERE type(r) IN $relations
  AND (startNode(r) = n) = ($downstream = (type(r) IN $acting))
WITH id, r, m
LIMIT $limit
OPTIONAL MATCH (m)-[:PART_OF]->(owner:Instrument)
RETURN id AS from, type(r) AS relation, r {.*} AS evidence, m {.*, __kind: labels(m)[0]} AS node,
       startNode(r).id = id AS alongEdge, toString(coalesce(m.adopted, owner.adopted, m.established)) AS date

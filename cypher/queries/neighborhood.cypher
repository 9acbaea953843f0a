// One level of a neighbourhood: the relationships of types $relations around the nodes $ids,
// with the node at the other end and, when that node is a provision, its instrument. At most
// $limit rows; the caller flags truncation when it gets $limit rows back.
UNWIND $ids AS id
  CALL (id) {
    MATCH (n:Instrument {id: id}) RETURN n
    UNION
    MATCH (n:Provision {id: id}) RETURN n
    UNION
    MATCH (n:Body {id: id}) RETURN n
  }
MATCH (n)-[r]-(m)
WHERE type(r) IN $relations
WITH DISTINCT r, m
LIMIT $limit
OPTIONAL MATCH (m)-[:PART_OF]->(parent:Instrument)
RETURN type(r) AS relation, r {.*} AS evidence, startNode(r).id AS source, endNode(r).id AS target,
       m {.*, __kind: labels(m)[0]} AS node, parent {.*, __kind: 'Instrument'} AS parent

// One level of a neighbourhood: the relationships of types $relations around the nodes $ids,
// with the node at the other end and, when that node is a provision, its instrument. At most
// $limit rows; the caller flags truncation when it gets $limit rows back.
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
WITH DISTINCT r, m
LIMIT $limit
OPTIONAL MATCH (m)-[:PART_OF]->(parent:Instrument)
// Only the properties a subgraph shows, and only those a node of that label has (a map of nulls
// costs as much to decode as a full one): whole texts would make a level ten times heavier. Dates
// travel as ISO strings, which the driver decodes several times faster than Date structures.
// Evidence: only the properties the query asks for ($evidence, names from a closed list), as a
// list in the order of $evidence: a graph view that shows clause labels skips the quotes.
RETURN type(r) AS relation, r.key AS key,
       [k IN $evidence | CASE k WHEN 'date' THEN toString(r.date) ELSE r[k] END] AS evidence,
       startNode(r).id AS source, endNode(r).id AS target,
       CASE
         WHEN m:Provision THEN m {.id, .instrumentId, .number, .label, __kind: 'Provision'}
         WHEN m:Instrument THEN m {.id, .symbol, .kind, .shortTitle, adopted: toString(m.adopted), .bodyId, __kind: 'Instrument'}
         ELSE m {.id, .acronym, .name, established: toString(m.established), __kind: labels(m)[0]}
       END AS node,
       parent {.id, .symbol, .kind, .shortTitle, adopted: toString(parent.adopted), .bodyId, __kind: 'Instrument'} AS parent

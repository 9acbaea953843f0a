// One level of a neighbourhood: the relationships of types $relations around the nodes $ids,
// except those to the nodes $exclude, with the node at the other end and, when that node is a
// provision, its instrument. At most $limit rows; the caller flags truncation when it gets $limit
// rows back.
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
// $exclude: the level before $ids, whose relationships with $ids the caller has already.
WHERE type(r) IN $relations AND NOT m.id IN $exclude
WITH DISTINCT r, m
LIMIT $limit
OPTIONAL MATCH (m)-[:PART_OF]->(parent:Instrument)
// Only the properties a subgraph shows, and only those a node of that label has: whole texts would
// make a level ten times heavier. Nodes travel as slim lists (the format and why: nodeFromList in
// server/src/graph/graph-node.ts), without the trailing items a subgraph does not show. Dates
// travel as ISO strings, which the driver decodes several times faster than Date structures.
// Evidence: only the properties the query asks for ($evidence, names from a closed list), as a
// list in the order of $evidence: a graph view that shows clause labels skips the quotes.
RETURN type(r) AS relation, r.key AS key,
       [k IN $evidence | CASE k WHEN 'date' THEN toString(r.date) ELSE r[k] END] AS evidence,
       startNode(r).id AS source, endNode(r).id AS target,
       CASE
         WHEN m:Provision THEN ['Provision', m.id, m.instrumentId, m.number, m.label]
         WHEN m:Instrument THEN ['Instrument', m.id, m.symbol, m.kind, m.shortTitle, toString(m.adopted), m.bodyId]
         ELSE ['Body', m.id, m.acronym, m.name, m.nameAr, m.kind, toString(m.established)]
       END AS node,
       CASE WHEN parent IS NOT NULL THEN ['Instrument', parent.id, parent.symbol, parent.kind, parent.shortTitle, toString(parent.adopted), parent.bodyId] END AS parent

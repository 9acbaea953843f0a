// The start of a neighbourhood and its first level, in one statement: the node $id (of label
// $label, which its id's shape names) with what comes with it, then the relationships around it.
//   - One row with `start` = [node, owner, body, provisions], as slim lists (nodeFromList in
//     server/src/graph/graph-node.ts): the node; for a provision, its instrument; for an
//     instrument, its issuing body and its provisions (at most $provisionCap).
//   - Then the first level, as neighborhood.cypher returns a level, around the node and those
//     provisions: at most $limit rows; the caller flags truncation when it gets $limit back.
// No row at all when there is no node $id.
CALL () {
  MATCH (n:Instrument {id: $id}) WHERE $label = 'Instrument' RETURN n
  UNION ALL
  MATCH (n:Provision {id: $id}) WHERE $label = 'Provision' RETURN n
  UNION ALL
  MATCH (n:Body {id: $id}) WHERE $label = 'Body' RETURN n
}
CALL (n) {
  MATCH (p:Provision)-[:PART_OF]->(n)
  WITH p LIMIT $provisionCap
  RETURN collect(p) AS provisions
}
OPTIONAL MATCH (n)-[:ISSUED_BY]->(body:Body)
OPTIONAL MATCH (n)-[:PART_OF]->(owner:Instrument)
CALL (n, provisions, body, owner) {
  RETURN [
           CASE
             WHEN n:Provision THEN ['Provision', n.id, n.instrumentId, n.number, n.label]
             WHEN n:Instrument THEN ['Instrument', n.id, n.symbol, n.kind, n.shortTitle, toString(n.adopted), n.bodyId]
             ELSE ['Body', n.id, n.acronym, n.name, n.nameAr, n.kind, toString(n.established)]
           END,
           CASE WHEN owner IS NOT NULL THEN ['Instrument', owner.id, owner.symbol, owner.kind, owner.shortTitle, toString(owner.adopted), owner.bodyId] END,
           CASE WHEN body IS NOT NULL THEN ['Body', body.id, body.acronym, body.name, body.nameAr, body.kind, toString(body.established)] END,
           [p IN provisions | ['Provision', p.id, p.instrumentId, p.number, p.label]]
         ] AS start,
         null AS relation, null AS key, null AS evidence, null AS near, null AS farIsSource, null AS node, null AS parent
  UNION ALL
  UNWIND [n] + provisions AS f
  MATCH (f)-[r]-(m)
  WHERE type(r) IN $relations
  WITH DISTINCT r, m, f
  LIMIT $limit
  OPTIONAL MATCH (m)-[:PART_OF]->(parent:Instrument)
  // The same columns as neighborhood.cypher, which says why they are shaped so.
  RETURN null AS start, type(r) AS relation, r.key AS key,
         [k IN $evidence | CASE k WHEN 'date' THEN toString(r.date) ELSE r[k] END] AS evidence,
         f.id AS near, startNode(r) = m AS farIsSource,
         CASE
           WHEN m:Provision THEN ['Provision', m.id, m.instrumentId, m.number, m.label]
           WHEN m:Instrument THEN ['Instrument', m.id, m.symbol, m.kind, m.shortTitle, toString(m.adopted), m.bodyId]
           ELSE ['Body', m.id, m.acronym, m.name, m.nameAr, m.kind, toString(m.established)]
         END AS node,
         CASE WHEN parent IS NOT NULL THEN ['Instrument', parent.id, parent.symbol, parent.kind, parent.shortTitle, toString(parent.adopted), parent.bodyId] END AS parent
}
RETURN start, relation, key, evidence, near, farIsSource, node, parent

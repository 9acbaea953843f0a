// Query.among (server/src/graph/among.service.ts): the nodes $ids (each id's shape names its
// label: one index seek), the instrument of each provision among them, and every relationship of
// a type in $relations (a closed list, checked by the caller) from one of these nodes to another,
// of a strength in $strengths unless $anyStrength (one with none, a recital's, then goes too),
// with the evidence fields $evidence (names from a closed list), dates as ISO strings. One row:
// the nodes' cards (CARD, cypher/card.ts), the ids that name no node, and the relationships as
// [type, key, evidence, source id, target id].
CALL () {
  UNWIND $ids AS id
  NODE_OF_ID(id)
  OPTIONAL MATCH (n)-[:PART_OF]->(owner:Instrument)
  RETURN collect(DISTINCT n) AS given, collect(DISTINCT owner) AS owners
}
WITH given + [o IN owners WHERE NOT o IN given] AS nodes, [g IN given | g.id] AS found
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b) WHERE type(r) IN $relations AND b IN nodes AND ($anyStrength OR r.strength IN $strengths)
  RETURN collect([type(r), r.key, [k IN $evidence | CASE k WHEN 'date' THEN toString(r.date) ELSE r[k] END], a.id, b.id]) AS edges
}
RETURN [x IN nodes | CARD(x)] AS cards, [id IN $ids WHERE NOT id IN found] AS missing, edges

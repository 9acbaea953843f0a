// The start of a neighbourhood and its first level, in one statement: the node $id (of label
// $label, which its id's shape names) with what comes with it, then the relationships around it.
//   - `start` = [node, owner, body, provisions], as cards (cypher/card.ts), in the first row only:
//     the node; for a provision, its instrument; for an instrument, its issuing body and its
//     provisions (at most $provisionCap).
//   - `rows`: the first level, as neighborhood.cypher returns a level, around the node and those
//     provisions, $batch relationships per row: at most $limit in all; the caller flags truncation
//     when it gets $limit back.
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
CALL (n, provisions) {
  UNWIND [n] + provisions AS f
  MATCH (f)-[r]-(m)
  WHERE type(r) IN $relations
  WITH DISTINCT r, m, f
  LIMIT $limit
  OPTIONAL MATCH (m)-[:PART_OF]->(parent:Instrument)
  // The same list as neighborhood.cypher's, which says why it is shaped so.
  RETURN collect([type(r), r.key,
                  [k IN $evidence | CASE k WHEN 'date' THEN toString(r.date) ELSE r[k] END],
                  f.id, startNode(r) = m, CARD(m), CASE WHEN parent IS NOT NULL THEN CARD(parent) END]) AS found
}
UNWIND CASE size(found) WHEN 0 THEN [0] ELSE range(0, size(found) - 1, $batch) END AS from
RETURN CASE WHEN from = 0 THEN [CARD(n),
                                CASE WHEN owner IS NOT NULL THEN CARD(owner) END,
                                CASE WHEN body IS NOT NULL THEN CARD(body) END,
                                [p IN provisions | CARD(p)]] END AS start,
       found[from..from + $batch] AS rows

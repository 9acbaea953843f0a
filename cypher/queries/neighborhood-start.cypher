// The start of a neighbourhood and its first two levels, in one statement: the node $id (of label
// $label, which its id's shape names) with what comes with it, then the relationships around it,
// then (when $depth >= 2) those around the nodes the first level reached.
//   - `start` = [node, owner, body, provisions, firstCount, secondLimit, secondCut], in the first
//     row only: as cards (cypher/card.ts), the node; for a provision, its instrument; for an
//     instrument, its issuing body and its provisions (at most $provisionCap); then how many
//     relationships level 1 has, the limit level 2 was fetched with and whether its rows were cut
//     at the node cap (below).
//   - `rows`: the relationships of level 1, then those of level 2 (the first firstCount are level
//     1's), as LEVEL_ROW makes them (cypher/level-row.ts), at most $batch per row; each level is
//     made of [r, m, near id, parent] first and read into rows once, at the end.
//   - level 1: around the node and its provisions, at most $limit; the caller flags truncation
//     when it gets $limit back.
//   - level 2: around the nodes level 1 reached that were not already in the subgraph, except
//     relationships back to level 1's frontier (the node and its provisions). Fetched only when
//     level 1 ended the walk neither by its limit nor by the node cap $cap (counting the start,
//     what level 1 reached and the instruments of the provisions it reached); its limit, sent as
//     `secondLimit` (null when level 2 was not fetched), is what the caller's
//     levelLimit gives for the room left under $cap. LIMIT takes no variable, so level 2 is cut
//     at $limit (which is larger) and sliced to secondLimit. Then, before its nodes' cards are
//     read, it ends at the row that brings the room-th node the subgraph did not have (counting a
//     provision's instrument before the provision, in row order, as the caller adds them): later
//     rows could add no node, only an edge between two already in, which a cut neighbourhood
//     goes without. `secondCut` says whether a node was left out so (null when level 2 was not
//     fetched).
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
WITH n, owner, body, provisions, [n] + provisions AS near,
     [n] + provisions + [x IN [owner, body] WHERE x IS NOT NULL] AS start
CALL (near) {
  UNWIND near AS f
  MATCH (f)-[r]-(m)
  WHERE type(r) IN $relations
  WITH DISTINCT r, m, f
  LIMIT $limit
  OPTIONAL MATCH (m)-[:PART_OF]->(parent:Instrument)
  RETURN collect([r, m, f.id, parent]) AS first
}
OPTIONAL CALL (near, start, first) {
  WITH near, start, first WHERE $depth >= 2 AND size(first) < $limit
  CALL (first, start) {
    UNWIND first AS hit
    WITH DISTINCT hit[1] AS x WHERE NOT x IN start
    RETURN collect(x) AS frontier
  }
  CALL (first, start) {
    UNWIND [hit IN first | hit[1]] + [hit IN first WHERE hit[3] IS NOT NULL | hit[3]] AS x
    WITH DISTINCT x WHERE NOT x IN start
    RETURN collect(x) AS reached
  }
  WITH near, start + reached AS known, frontier, $cap - size(start) - size(reached) AS room WHERE room >= 0
  WITH near, known, frontier, room, room + toInteger(ceil(room / 4.0)) + 10 AS secondLimit
  CALL (near, frontier, secondLimit) {
    UNWIND frontier AS f
    MATCH (f)-[r]-(m)
    WHERE type(r) IN $relations AND NOT m IN near
    WITH DISTINCT r, m, f
    LIMIT $limit
    WITH collect([r, m, f]) AS hits
    UNWIND hits[..secondLimit] AS hit
    WITH hit[0] AS r, hit[1] AS m, hit[2] AS f
    OPTIONAL MATCH (m)-[:PART_OF]->(parent:Instrument)
    RETURN collect([r, m, f.id, parent]) AS second
  }
  CALL (known, second) {
    WITH known, second, range(0, size(second) - 1) AS at
    UNWIND [x IN known | [-1, x]] + [i IN at | [i, second[i][1]]] + [i IN at WHERE second[i][3] IS NOT NULL | [i, second[i][3]]] AS seen
    WITH seen[1] AS x, min(seen[0]) AS row
    WITH row WHERE row >= 0
    ORDER BY row
    RETURN collect(row) AS newAt
  }
  WITH second, secondLimit, CASE WHEN size(newAt) <= room THEN null WHEN room = 0 THEN 0 ELSE newAt[room - 1] + 1 END AS cut
  RETURN CASE WHEN cut IS NULL THEN second ELSE second[..cut] END AS second, secondLimit, cut IS NOT NULL AS secondCut
}
WITH n, owner, body, provisions, size(first) AS firstCount, secondLimit, secondCut, first + coalesce(second, []) AS hits
UNWIND CASE size(hits) WHEN 0 THEN [0] ELSE range(0, size(hits) - 1, $batch) END AS from
RETURN CASE WHEN from = 0 THEN [CARD(n),
                                CASE WHEN owner IS NOT NULL THEN CARD(owner) END,
                                CASE WHEN body IS NOT NULL THEN CARD(body) END,
                                [p IN provisions | CARD(p)],
                                firstCount, secondLimit, secondCut] END AS start,
       [hit IN hits[from..from + $batch] | LEVEL_ROW(hit[0], hit[1], hit[2], hit[3])] AS rows

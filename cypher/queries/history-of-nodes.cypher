// DataLoader batch: the history of each text in $ids, as server/src/history/history.repository.ts
// reads it: every edge of the types `:DRAFTING` names (DRAFTING_RELATIONS, cypher/model.ts: ADOPTS,
// REVISES; expanded when the file is read) on the walks from the node to the drafts and earlier
// versions it came from, and from it to the texts that adopted or revised it, at most 10 edges each
// way. Typed, the walk reads only those relationships of a node, however often it is cited. An id
// with no history, or naming no node, returns no row.
// Each edge is one row: the relation, its evidence (the $evidence properties, in order), the later
// text's card and date, the earlier text's card and date (TEXT_DATE, cypher/adopted.ts).
UNWIND $ids AS id
NODE_OF_ID(id)
CALL (n) {
  MATCH (n) (()-[up:DRAFTING]->()){1,10} ()
  UNWIND up AS r
  RETURN r
  UNION
  MATCH () (()-[down:DRAFTING]->()){1,10} (n)
  UNWIND down AS r
  RETURN r
}
WITH id, r, startNode(r) AS later, endNode(r) AS earlier
RETURN id AS key,
       type(r) AS relation,
       [k IN $evidence | CASE k WHEN 'date' THEN toString(r.date) ELSE r[k] END] AS evidence,
       CARD(later) AS laterCard,
       TEXT_DATE(later) AS laterDate,
       CARD(earlier) AS earlierCard,
       TEXT_DATE(earlier) AS earlierDate

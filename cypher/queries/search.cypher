// Full-text search over the indexes named in $indexes (search_en, search_ar, search_fr) with a
// Lucene query built from escaped user input; one row per node, best score first, then by id, each
// with its date as search-dated.cypher reads it (the order and the date range are there).
// Contract: the answer is the first $limit hits of ONE order (score, then id), so it does not
// depend on the order Lucene stored the documents in, and a larger $limit extends a smaller one.
// Asking Lucene for the top $limit alone breaks both when hits tie at the cut: Lucene picks among
// equal scores by its document order. So each index is asked for one hit more than wanted; when
// that one ties with the last wanted, it is asked again for up to $tieWindow hits (TIE_WINDOW in
// search.service.ts), and every hit scoring at least the cut is kept (a node's best score over the
// indexes counts). A body whose acronym is the whole query ($acronym: the text in capitals, or
// null when it cannot be one) comes first, whatever its score: "WGEC" names the working group,
// whose name ("Working Group on Enhanced Cooperation") holds no such word.
CALL () {
UNWIND $indexes AS indexName
CALL (indexName) {
  CALL db.index.fulltext.queryNodes(indexName, $query, {limit: $limit + 1}) YIELD node, score
  RETURN collect({node: node, score: score}) AS top
}
WITH indexName, top, size(top) > $limit AND top[$limit].score = top[$limit - 1].score AS ties
CALL (indexName, top, ties) {
  WITH top WHERE NOT ties
  UNWIND top[..$limit] AS hit
  RETURN hit.node AS node, hit.score AS score
  UNION ALL
  WITH indexName, top WHERE ties
  CALL db.index.fulltext.queryNodes(indexName, $query, {limit: $tieWindow}) YIELD node, score
  WITH node, score WHERE score >= top[$limit - 1].score
  RETURN node, score
}
RETURN node, score, 0 AS exact
UNION ALL
MATCH (node:Body) WHERE $acronym IS NOT NULL AND toUpper(node.acronym) = $acronym
RETURN node, 0.0 AS score, 1 AS exact
}
WITH node, max(score) AS score, max(exact) AS exact
ORDER BY exact DESC, score DESC, node.id
LIMIT $limit
OPTIONAL MATCH (node)-[:PART_OF]->(parent:Instrument)
RETURN node {.*, __kind: labels(node)[0]} AS node, score, parent {.*, __kind: 'Instrument'} AS parent,
  HIT_DATE(node, parent) AS date

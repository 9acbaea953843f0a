// How many texts match the Lucene query $query (escaped user input, server/src/search/lucene.ts)
// in the indexes $indexes, year by year (Query.searchYears): one row per year with texts, and one
// with a null year for the undated, each with `cut`: whether an index had more than its $window
// best hits, which are all it counts (the counts are then of those, not of every match), and
// `datedCut`: whether one had more than $datedWindow, the hits search-dated.cypher orders by date
// (its earliest and latest may then miss some). A node two indexes match counts once; its date
// is HIT_DATE's, as search orders and keeps it.
UNWIND $indexes AS indexName
CALL (indexName) {
  CALL db.index.fulltext.queryNodes(indexName, $query, {limit: $window + 1}) YIELD node
  RETURN collect(node) AS found
}
WITH collect(found) AS founds
WITH founds, any(found IN founds WHERE size(found) > $window) AS cut, any(found IN founds WHERE size(found) > $datedWindow) AS datedCut
UNWIND founds AS found
UNWIND found[..$window] AS node
WITH DISTINCT cut, datedCut, node
OPTIONAL MATCH (node)-[:PART_OF]->(parent:Instrument)
WITH cut, datedCut, left(HIT_DATE(node, parent), 4) AS year
RETURN cut, datedCut, year, count(*) AS texts
ORDER BY year

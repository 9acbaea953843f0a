// Search by date, and search within dates (Query.search's OLDEST and NEWEST orders, any order
// with $from or $to, and the phrase feed in server/src/feed): the nodes that match the Lucene query
// $query (escaped user input, server/src/search/lucene.ts) in the indexes $indexes, ordered by
// $order: 'OLDEST' or 'NEWEST' by the node's date (an instrument's adoption, a paragraph's
// instrument's, a body's founding; undated last), 'RELEVANCE' by its best score over the indexes;
// then by id; the first $first.
// $from and $to (partial dates, YYYY, YYYY-MM or YYYY-MM-DD, or null) keep the texts dated within
// them, compared at the precision both have: a text of "2012" is within $from "2012-06", one of
// "2012-06-30" within $to "2012". With either, undated texts are left out.
// Each index gives at most its $window best hits, so a query that matches more than $window texts
// may leave older, newer or in-range ones out; a quoted phrase matches few.
// With $after (a map {date, key: a node id}, the place of a previous page's last entry in a date
// order), only what comes after it in that order: the next page (server/src/feed/feed.cursor.ts).
UNWIND $indexes AS indexName
CALL (indexName) {
  CALL db.index.fulltext.queryNodes(indexName, $query, {limit: $window}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
OPTIONAL MATCH (node)-[:PART_OF]->(parent:Instrument)
WITH node, score, parent, HIT_DATE(node, parent) AS date
WHERE ($from IS NULL OR (date IS NOT NULL AND left(date, size($from)) >= left($from, size(date))))
  AND ($to IS NULL OR (date IS NOT NULL AND left(date, size($to)) <= left($to, size(date))))
  AND ($after IS NULL
   OR CASE WHEN $after.date IS NULL THEN date IS NULL AND node.id > $after.key
      ELSE date IS NULL
        OR CASE WHEN $order = 'OLDEST' THEN date > $after.date ELSE date < $after.date END
        OR (date = $after.date AND node.id > $after.key) END)
ORDER BY CASE WHEN $order = 'RELEVANCE' THEN null ELSE date IS NULL END,
  CASE WHEN $order = 'OLDEST' THEN date END,
  CASE WHEN $order = 'NEWEST' THEN date END DESC,
  CASE WHEN $order = 'RELEVANCE' THEN score END DESC,
  node.id
LIMIT $first
RETURN node {.*, __kind: labels(node)[0]} AS node, parent {.*, __kind: 'Instrument'} AS parent, date, score

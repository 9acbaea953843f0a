// Search by date (Query.search's OLDEST and NEWEST orders, and the phrase feed in
// server/src/feed): the nodes that match the Lucene query $query (escaped user input,
// server/src/search/lucene.ts) in the indexes $indexes, by the node's date (an instrument's
// adoption, a paragraph's instrument's, a body's founding), oldest first when $oldest, else newest
// first; undated last, then by id; the first $first, each with its best score over the indexes.
// Each index gives at most its $window best hits, so a query that matches more than $window texts
// may leave older or weaker ones out; a quoted phrase matches few.
// With $after (a map {date, key: a node id}, the place of a previous page's last entry), only
// what comes after it in that order: the next page (server/src/feed/feed.cursor.ts).
UNWIND $indexes AS indexName
CALL (indexName) {
  CALL db.index.fulltext.queryNodes(indexName, $query, {limit: $window}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
OPTIONAL MATCH (node)-[:PART_OF]->(parent:Instrument)
WITH node, score, parent, coalesce(toString(node.adopted), node.adoptedText, toString(parent.adopted), parent.adoptedText, toString(node.established)) AS date
WHERE $after IS NULL
   OR CASE WHEN $after.date IS NULL THEN date IS NULL AND node.id > $after.key
      ELSE date IS NULL
        OR CASE WHEN $oldest THEN date > $after.date ELSE date < $after.date END
        OR (date = $after.date AND node.id > $after.key) END
ORDER BY date IS NULL, CASE WHEN $oldest THEN date END, CASE WHEN $oldest THEN null ELSE date END DESC, node.id
LIMIT $first
RETURN node {.*, __kind: labels(node)[0]} AS node, parent {.*, __kind: 'Instrument'} AS parent, date, score

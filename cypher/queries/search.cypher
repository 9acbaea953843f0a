// Full-text search over the indexes named in $indexes (search_en, search_ar, search_fr) with a
// Lucene query built from escaped user input; one row per node, best score first.
UNWIND $indexes AS indexName
CALL db.index.fulltext.queryNodes(indexName, $query, {limit: $limit}) YIELD node, score
WITH node, max(score) AS score
ORDER BY score DESC, node.id
LIMIT $limit
OPTIONAL MATCH (node)-[:PART_OF]->(parent:Instrument)
RETURN node {.*, __kind: labels(node)[0]} AS node, score, parent {.*, __kind: 'Instrument'} AS parent

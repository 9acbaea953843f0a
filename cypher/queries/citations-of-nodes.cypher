// DataLoader batch: citations made ($out = true) or received ($out = false) by each node in $ids,
// restricted to the relation types in $relations (a closed list, checked by the caller).
UNWIND $ids AS id
  // The id's shape names the label (symbol#number, body:ACRONYM, symbol): one index seek, not three.
  CALL (id) {
    WITH id WHERE id CONTAINS '#'
    MATCH (n:Provision {id: id}) RETURN n
    UNION
    WITH id WHERE id STARTS WITH 'body:'
    MATCH (n:Body {id: id}) RETURN n
    UNION
    WITH id WHERE NOT id CONTAINS '#' AND NOT id STARTS WITH 'body:'
    MATCH (n:Instrument {id: id}) RETURN n
  }
MATCH (n)-[r]-(m)
WHERE type(r) IN $relations AND (($out AND startNode(r) = n) OR (NOT $out AND endNode(r) = n))
WITH id, r, startNode(r) AS s, endNode(r) AS t
// Both ends carry the fields the API shows except the long texts (clause texts, summaries), and
// are flagged __partial: the server loads the whole node only when a client asks for one of those
// (graph-node.ts). A third of the map keys, and dates as ISO strings: the driver's decoding was
// most of a citation request's CPU (BENCHMARKS.md). Same projection as citations-of-instruments;
// the API test "gives the ends of a citation every field the node has" holds them to the schema.
RETURN id AS key, type(r) AS relation, r {.*, date: toString(r.date)} AS evidence,
       CASE
         WHEN s:Provision THEN s {.id, .instrumentId, .number, .label, .role, .verb, .language, .position, .confidence, .sources, __kind: 'Provision', __partial: true}
         WHEN s:Instrument THEN s {.id, .symbol, .kind, .shortTitle, .titleEn, .titleAr, .titleFr, adopted: toString(s.adopted), endDate: toString(s.endDate), .venue, .url, .originalLanguage, .bodyId, .confidence, .sources, .note, __kind: 'Instrument', __partial: true}
         ELSE s {.id, .acronym, .name, .nameAr, .kind, .established, .ended, .confidence, .sources, __kind: labels(s)[0], __partial: true}
       END AS source,
       CASE
         WHEN t:Provision THEN t {.id, .instrumentId, .number, .label, .role, .verb, .language, .position, .confidence, .sources, __kind: 'Provision', __partial: true}
         WHEN t:Instrument THEN t {.id, .symbol, .kind, .shortTitle, .titleEn, .titleAr, .titleFr, adopted: toString(t.adopted), endDate: toString(t.endDate), .venue, .url, .originalLanguage, .bodyId, .confidence, .sources, .note, __kind: 'Instrument', __partial: true}
         ELSE t {.id, .acronym, .name, .nameAr, .kind, .established, .ended, .confidence, .sources, __kind: labels(t)[0], __partial: true}
       END AS target
ORDER BY key, s.position, r.key

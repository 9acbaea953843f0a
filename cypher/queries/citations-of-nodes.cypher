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
// Both ends carry only the fields a citation list shows, flagged __partial: the server reads any
// other field from the whole node, loaded when a client asks for it (server/src/graph/partial.ts).
// Evidence is a list of only the properties the query selects ($evidence, names from a closed
// list), in that order: quotes are most of a citation's bytes. Projecting and decoding whole nodes
// and evidence maps was most of a citation request's CPU (BENCHMARKS.md); dates travel as ISO
// strings. Same projection as citations-of-instruments; the API test "gives the ends of a citation
// every field the node has" holds both to the schema.
RETURN id AS key, type(r) AS relation, [k IN $evidence | CASE k WHEN 'date' THEN toString(r.date) ELSE r[k] END] AS evidence,
       CASE
         WHEN s:Provision THEN s {.id, .instrumentId, .number, .label, .position, __kind: 'Provision', __partial: true}
         WHEN s:Instrument THEN s {.id, .symbol, .kind, .shortTitle, .titleEn, adopted: toString(s.adopted), .bodyId, __kind: 'Instrument', __partial: true}
         ELSE s {.id, .acronym, .name, .nameAr, .kind, .established, .ended, .confidence, .sources, __kind: labels(s)[0], __partial: true}
       END AS source,
       CASE
         WHEN t:Provision THEN t {.id, .instrumentId, .number, .label, .position, __kind: 'Provision', __partial: true}
         WHEN t:Instrument THEN t {.id, .symbol, .kind, .shortTitle, .titleEn, adopted: toString(t.adopted), .bodyId, __kind: 'Instrument', __partial: true}
         ELSE t {.id, .acronym, .name, .nameAr, .kind, .established, .ended, .confidence, .sources, __kind: labels(t)[0], __partial: true}
       END AS target
ORDER BY key, s.position, r.key

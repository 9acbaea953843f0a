// DataLoader batch: citations made ($out = true) or received ($out = false) by each node in $ids,
// restricted to the relation types in $relations (a closed list, checked by the caller). A page per
// node, as in citations-of-instruments: the first $first in time order after the cursor $after.
UNWIND $ids AS id
  // The id's shape names the label: one index seek (cypher/node-of-id.ts).
  NODE_OF_ID(id)
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE type(r) IN $relations AND (($out AND startNode(r) = n) OR (NOT $out AND endNode(r) = n))
    AND ($anyStrength OR r.strength IN $strengths)
  // One page in time order, after the cursor: see cypher/citation-page.ts.
  CITATION_PAGE(r)
  RETURN r, s, day, position, rkey
}
// Both ends carry only the fields a citation list shows, as slim lists (the format: nodeFromList
// in server/src/graph/graph-node.ts): the server reads any other field from the whole node, loaded
// when a client asks for it (server/src/graph/partial.ts).
// Evidence is a list of only the properties the query selects ($evidence, names from a closed
// list), in that order: quotes are most of a citation's bytes. Projecting and decoding whole nodes
// and evidence maps was most of a citation request's CPU (BENCHMARKS.md); dates travel as ISO
// strings. The projection is written once for both ends, and is the same in
// citations-of-instruments; the API test "gives the ends of a citation every field the node has"
// holds both to the schema.
WITH id, r, day, position, rkey, [e IN [s, endNode(r)] | CASE
    WHEN e:Provision THEN ['Provision', e.id, e.instrumentId, e.number, e.label, e.position]
    WHEN e:Instrument THEN ['Instrument', e.id, e.symbol, e.kind, e.shortTitle, coalesce(toString(e.adopted), e.adoptedText), e.bodyId, e.titleEn]
    ELSE ['Body', e.id, e.acronym, e.name, e.nameAr, e.kind, toString(e.established), toString(e.ended), e.confidence, e.sources]
  END] AS ends
RETURN id AS key, type(r) AS relation, [k IN $evidence | CASE k WHEN 'date' THEN toString(r.date) ELSE r[k] END] AS evidence,
       ends[0] AS source, ends[1] AS target, [day, position, rkey] AS order
ORDER BY key, day, position, rkey

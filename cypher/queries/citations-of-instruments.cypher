// DataLoader batch: citations made or received by each instrument in $ids and by its provisions,
// so that one call lists everything an instrument cites ($out = true) or is cited by. One row per
// instrument found, with one page of its citations and, when $withNode, the instrument itself:
// Query.instrument then costs one round trip with its citations instead of two.
// A page: the first $first citations in time order after the cursor $after ([day, position, key]
// of the previous page's last citation, or null). A hub cited 20,000 times costs a walk over its
// relationships' dates (cypher/citation-page.ts), but projects and sends one page.
UNWIND $ids AS id
MATCH (i:Instrument {id: id})
CALL (i) {
  CALL (i) {
    MATCH (p:Provision)-[:PART_OF]->(i) RETURN p AS n
    UNION
    RETURN i AS n
  }
  MATCH (n)-[r]-(m)
  WHERE type(r) IN $relations AND (($out AND startNode(r) = n) OR (NOT $out AND endNode(r) = n))
    AND ($anyStrength OR r.strength IN $strengths)
  // One page in time order, after the cursor: see cypher/citation-page.ts.
  CITATION_PAGE(r)
  // Both ends carry only the fields a citation list shows, as slim lists, and evidence only the
  // properties the query selects ($evidence): same projection as citations-of-nodes; see there why.
  WITH r, day, position, rkey, [e IN [s, endNode(r)] | CASE
      WHEN e:Provision THEN ['Provision', e.id, e.instrumentId, e.number, e.label, e.position]
      WHEN e:Instrument THEN ['Instrument', e.id, e.symbol, e.kind, e.shortTitle, coalesce(toString(e.adopted), e.adoptedText), e.bodyId, e.titleEn]
      ELSE ['Body', e.id, e.acronym, e.name, e.nameAr, e.kind, toString(e.established), toString(e.ended), e.confidence, e.sources]
    END] AS ends
  // A citation is a list too: [relation, evidence, source, target, [day, position, key]] (the last
  // is its place in the order, which its cursor encodes).
  RETURN collect([type(r), [k IN $evidence | CASE k WHEN 'date' THEN toString(r.date) ELSE r[k] END], ends[0], ends[1], [day, position, rkey]]) AS citations
}
RETURN id AS key, citations,
       CASE WHEN $withNode THEN i {.*, adopted: toString(i.adopted), endDate: toString(i.endDate), __kind: 'Instrument'} END AS node

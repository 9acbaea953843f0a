// DataLoader batch: citations made or received by each instrument in $ids and by its provisions,
// so that one call lists everything an instrument cites ($out = true) or is cited by. One row per
// instrument found, with its citations in document order and, when $withNode, the instrument
// itself: Query.instrument then costs one round trip with its citations instead of two.
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
  WITH r, startNode(r) AS s
  ORDER BY s.position, r.key
  // Both ends carry only the fields a citation list shows, flagged __partial, and evidence only the
  // properties the query selects ($evidence): same projection as citations-of-nodes; see there why.
  WITH r, [e IN [s, endNode(r)] | CASE
      WHEN e:Provision THEN e {.id, .instrumentId, .number, .label, .position, __kind: 'Provision', __partial: true}
      WHEN e:Instrument THEN e {.id, .symbol, .kind, .shortTitle, .titleEn, adopted: toString(e.adopted), .bodyId, __kind: 'Instrument', __partial: true}
      ELSE e {.id, .acronym, .name, .nameAr, .kind, .established, .ended, .confidence, .sources, __kind: labels(e)[0], __partial: true}
    END] AS ends
  RETURN collect({
    relation: type(r),
    evidence: [k IN $evidence | CASE k WHEN 'date' THEN toString(r.date) ELSE r[k] END],
    source: ends[0],
    target: ends[1]
  }) AS citations
}
RETURN id AS key, citations,
       CASE WHEN $withNode THEN i {.*, adopted: toString(i.adopted), endDate: toString(i.endDate), __kind: 'Instrument'} END AS node

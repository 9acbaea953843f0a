// DataLoader batch: citations made or received by each instrument in $ids and by its provisions,
// so that one call lists everything an instrument cites ($out = true) or is cited by. One row per
// instrument found, with one page of its citations and, when $withNode, the instrument itself:
// Query.instrument then costs one round trip with its citations instead of two.
// A page: the first $first citations in time order (below) after the cursor $after ([day, position,
// key] of the previous page's last citation, or null). ORDER BY with LIMIT keeps only $first rows while it reads, so a hub cited
// 20,000 times costs a walk over its relationships but projects and sends one page.
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
  // The order: the citing text's date (YYYYMMDD, undated last), the citing clause's position in its
  // document (none, for a citation by a whole instrument or body: last), the edge's key. A hub's
  // page walks all its relationships, so the walk reads as little as it can: first each one's date
  // alone (once, as `d`), keeping those after the cursor (its position and key are read only on
  // the cursor's own day); `cut` is the day of the $first-th of them by day; only the relationships
  // up to that day can be on the page, and only theirs have their position and key read and are
  // sorted. On the bench corpus's most cited instrument (22,647 citations) a page took 94 to 100 ms
  // instead of 139 to 141 (medians), and a list of 12 about 0.07 ms more of Neo4j's CPU
  // (BENCHMARKS.md, twentieth session).
  WITH r, r.date AS d
  WITH r, CASE WHEN d IS :: DATE NOT NULL THEN d.year * 10000 + d.month * 100 + d.day ELSE 99999999 END AS day
  WHERE $after IS NULL OR day > $after[0] OR (day = $after[0] AND (coalesce(startNode(r).position, 2147483647) > $after[1] OR (coalesce(startNode(r).position, 2147483647) = $after[1] AND coalesce(r.key, elementId(r)) > $after[2])))
  WITH collect([r, day]) AS found
  CALL (found) {
    UNWIND found AS x
    WITH x[1] AS day ORDER BY day LIMIT $first
    RETURN max(day) AS cut
  }
  UNWIND found AS x
  WITH x[0] AS r, x[1] AS day, cut
  WHERE day <= cut
  WITH r, day, startNode(r) AS s
  WITH r, s, day, coalesce(s.position, 2147483647) AS position, coalesce(r.key, elementId(r)) AS rkey
  WHERE $after IS NULL OR day > $after[0] OR (day = $after[0] AND (position > $after[1] OR (position = $after[1] AND rkey > $after[2])))
  ORDER BY day, position, rkey
  LIMIT $first
  // Both ends carry only the fields a citation list shows, as slim lists, and evidence only the
  // properties the query selects ($evidence): same projection as citations-of-nodes; see there why.
  WITH r, day, position, rkey, [e IN [s, endNode(r)] | CASE
      WHEN e:Provision THEN ['Provision', e.id, e.instrumentId, e.number, e.label, e.position]
      WHEN e:Instrument THEN ['Instrument', e.id, e.symbol, e.kind, e.shortTitle, toString(e.adopted), e.bodyId, e.titleEn]
      ELSE ['Body', e.id, e.acronym, e.name, e.nameAr, e.kind, toString(e.established), toString(e.ended), e.confidence, e.sources]
    END] AS ends
  // A citation is a list too: [relation, evidence, source, target, [day, position, key]] (the last
  // is its place in the order, which its cursor encodes).
  RETURN collect([type(r), [k IN $evidence | CASE k WHEN 'date' THEN toString(r.date) ELSE r[k] END], ends[0], ends[1], [day, position, rkey]]) AS citations
}
RETURN id AS key, citations,
       CASE WHEN $withNode THEN i {.*, adopted: toString(i.adopted), endDate: toString(i.endDate), __kind: 'Instrument'} END AS node

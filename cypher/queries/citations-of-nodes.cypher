// DataLoader batch: citations made ($out = true) or received ($out = false) by each node in $ids,
// restricted to the relation types in $relations (a closed list, checked by the caller). A page per
// node, as in citations-of-instruments: the first $first in time order after the cursor $after.
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
CALL (n) {
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
    WHEN e:Instrument THEN ['Instrument', e.id, e.symbol, e.kind, e.shortTitle, toString(e.adopted), e.bodyId, e.titleEn]
    ELSE ['Body', e.id, e.acronym, e.name, e.nameAr, e.kind, toString(e.established), toString(e.ended), e.confidence, e.sources]
  END] AS ends
RETURN id AS key, type(r) AS relation, [k IN $evidence | CASE k WHEN 'date' THEN toString(r.date) ELSE r[k] END] AS evidence,
       ends[0] AS source, ends[1] AS target, [day, position, rkey] AS order
ORDER BY key, day, position, rkey

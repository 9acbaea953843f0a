// The number of instruments matching the same filters as instruments-page (ADOPTED_IN_RANGE:
// cypher/adopted.ts).
MATCH (i:Instrument)
WHERE ($kind IS NULL OR i.kind = $kind)
  AND ($bodies IS NULL OR i.bodyId IN $bodies)
  AND ADOPTED_IN_RANGE(i)
RETURN count(i) AS total

// A page of instruments ordered by adoption date then symbol (undated last), after the keyset
// cursor $after; returns $first + 1 rows so the caller knows whether a next page exists. An
// adoption known only to the month or year matches a date range when all of it lies inside, and
// sorts before the days of its month or year (ADOPTED_IN_RANGE, ADOPTED_SORT_KEY: cypher/adopted.ts).
MATCH (i:Instrument)
WHERE ($kind IS NULL OR i.kind = $kind)
  AND ($bodies IS NULL OR i.bodyId IN $bodies)
  AND ADOPTED_IN_RANGE(i)
WITH i, ADOPTED_SORT_KEY(i) + '|' + i.id AS sortKey
WHERE $after IS NULL OR sortKey > $after
RETURN i {.*, __kind: 'Instrument'} AS node, sortKey
ORDER BY sortKey
LIMIT $limit

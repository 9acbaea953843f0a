// A page of instruments ordered by adoption date then symbol (undated last), after the keyset
// cursor $after; returns $first + 1 rows so the caller knows whether a next page exists.
MATCH (i:Instrument)
WHERE ($kind IS NULL OR i.kind = $kind)
  AND ($bodies IS NULL OR i.bodyId IN $bodies)
  AND ($adoptedFrom IS NULL OR i.adopted >= date($adoptedFrom))
  AND ($adoptedTo IS NULL OR i.adopted <= date($adoptedTo))
WITH i, coalesce(toString(i.adopted), '9999-12-31') + '|' + i.id AS sortKey
WHERE $after IS NULL OR sortKey > $after
RETURN i {.*, __kind: 'Instrument'} AS node, sortKey
ORDER BY sortKey
LIMIT $limit

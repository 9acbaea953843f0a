// A page of instruments ordered by adoption date then symbol (undated last), after the keyset
// cursor $after; returns $first + 1 rows so the caller knows whether a next page exists.
// An adoption the sources give only to the month or year (adoptedText "2010-10", "2006") spans
// that month or year: it matches a date range only when all of it lies inside, and sorts as day
// 00 of it ("2010-10-00"), before the dated instruments of the same month or year.
MATCH (i:Instrument)
WHERE ($kind IS NULL OR i.kind = $kind)
  AND ($bodies IS NULL OR i.bodyId IN $bodies)
WITH i, CASE WHEN i.adopted IS NULL AND i.adoptedText =~ '[0-9]{4}(-(0[1-9]|1[0-2]))?' THEN date(i.adoptedText) END AS spanStart
WITH i, spanStart, coalesce(i.adopted, spanStart) AS earliest,
     coalesce(i.adopted, spanStart + CASE size(i.adoptedText) WHEN 4 THEN duration({years: 1}) ELSE duration({months: 1}) END - duration({days: 1})) AS latest
WHERE ($adoptedFrom IS NULL OR earliest >= date($adoptedFrom))
  AND ($adoptedTo IS NULL OR latest <= date($adoptedTo))
WITH i, coalesce(toString(i.adopted), CASE WHEN spanStart IS NOT NULL THEN left(i.adoptedText + '-00-00', 10) END, '9999-12-31') + '|' + i.id AS sortKey
WHERE $after IS NULL OR sortKey > $after
RETURN i {.*, __kind: 'Instrument'} AS node, sortKey
ORDER BY sortKey
LIMIT $limit

// The number of instruments matching the same filters as instruments-page (an adoption known only
// to the month or year matches when all of that month or year lies in the range).
MATCH (i:Instrument)
WHERE ($kind IS NULL OR i.kind = $kind)
  AND ($bodies IS NULL OR i.bodyId IN $bodies)
WITH i, CASE WHEN i.adopted IS NULL AND i.adoptedText =~ '[0-9]{4}(-(0[1-9]|1[0-2]))?' THEN date(i.adoptedText) END AS spanStart
WITH coalesce(i.adopted, spanStart) AS earliest,
     coalesce(i.adopted, spanStart + CASE size(i.adoptedText) WHEN 4 THEN duration({years: 1}) ELSE duration({months: 1}) END - duration({days: 1})) AS latest
WHERE ($adoptedFrom IS NULL OR earliest >= date($adoptedFrom))
  AND ($adoptedTo IS NULL OR latest <= date($adoptedTo))
RETURN count(*) AS total

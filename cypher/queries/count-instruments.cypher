// The number of instruments matching the same filters as instruments-page.
MATCH (i:Instrument)
WHERE ($kind IS NULL OR i.kind = $kind)
  AND ($bodies IS NULL OR i.bodyId IN $bodies)
  AND ($adoptedFrom IS NULL OR i.adopted >= date($adoptedFrom))
  AND ($adoptedTo IS NULL OR i.adopted <= date($adoptedTo))
RETURN count(i) AS total

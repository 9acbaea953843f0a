// Gives up to $batch edges without a strength the strength of their kind. $strengths maps a kind
// to its strength (cypher/strength.ts, computed by the caller for strength-missing's kinds): the
// clause's role, its verb and the edge's type joined by '|', role and verb empty for an edge from
// a whole instrument or a body; a kind whose strength is none is not in it. Returns how many it
// filled: the caller runs it again until none is left. Each run is one scan of the edges, which
// stops at the batch's last edge.
MATCH (s)-[r]->()
WHERE type(r) IN $relations AND r.strength IS NULL
WITH r, $strengths[CASE WHEN s:Provision THEN coalesce(s.role, '') + '|' + coalesce(s.verb, '') ELSE '|' END + '|' + type(r)] AS strength
WHERE strength IS NOT NULL
WITH r, strength LIMIT $batch
SET r.strength = strength
RETURN count(r) AS filled

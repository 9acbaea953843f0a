// Gives up to $batch edges without a strength the strength of their kind: $fills is a list of
// {role, verb, relation, strength} (strength-missing's kinds, each with the strength
// cypher/strength.ts reads from it; role null for an edge from a whole instrument or a body).
// Returns how many it filled: the caller runs it again until none is left.
UNWIND $fills AS f
CALL (f) {
  MATCH (s)-[r]->()
  WHERE type(r) = f.relation AND r.strength IS NULL
    AND CASE WHEN f.role IS NULL THEN NOT s:Provision
             ELSE s:Provision AND s.role = f.role AND coalesce(s.verb, '') = coalesce(f.verb, '') END
  WITH r LIMIT $batch
  SET r.strength = f.strength
  RETURN count(r) AS n
}
RETURN sum(n) AS filled

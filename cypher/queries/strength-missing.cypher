// The kinds of edge that have no strength (cypher/strength.ts), as the strength depends on them:
// the role and verb of the clause it starts at (null for a whole instrument or a body) and its
// type. A store loaded before edges carried a strength has every kind; an up-to-date one only those
// whose strength is none (a recital's, REPORTS_TO). One scan of the relationships of $relations.
MATCH (s)-[r]->()
WHERE type(r) IN $relations AND r.strength IS NULL
RETURN DISTINCT CASE WHEN s:Provision THEN s.role END AS role, CASE WHEN s:Provision THEN s.verb END AS verb, type(r) AS relation

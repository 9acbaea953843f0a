// DataLoader batch: how many citations each node in $ids makes ($out = true) or receives, of the
// relation types in $relations and, unless $anyStrength, the strengths in $strengths: what its
// `citations` field pages through (an instrument's include its provisions'). One row per node found.
UNWIND $ids AS id
  // The id's shape names the label: one index seek (cypher/node-of-id.ts).
  NODE_OF_ID(id)
CALL (n) {
  CALL (n) {
    MATCH (p:Provision)-[:PART_OF]->(n) WHERE n:Instrument RETURN p AS x
    UNION
    RETURN n AS x
  }
  // From each node's degree per type and direction, not by walking its relationships: see
  // cypher/degree.ts. A strength filter (unless $anyStrength: the strengths in $strengths, an
  // "at least" list) reads each relationship's strength, so it walks them.
  RETURN sum(CASE WHEN $anyStrength THEN CITATION_DEGREE(x) ELSE COUNT {
    MATCH (x)-[r]-() WHERE type(r) IN $relations AND r.strength IN $strengths
      AND (($out AND startNode(r) = x) OR (NOT $out AND endNode(r) = x))
  } END) AS total
}
RETURN id AS key, total

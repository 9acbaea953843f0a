// DataLoader batch: how many citations each node in $ids makes ($out = true) or receives, of the
// relation types in $relations: what its `citations` field pages through (an instrument's include
// its provisions'). One row per node found.
UNWIND $ids AS id
  // The id's shape names the label, as in citations-of-nodes.
  CALL (id) {
    WITH id WHERE id CONTAINS '#'
    MATCH (n:Provision {id: id}) RETURN n
    UNION
    WITH id WHERE id STARTS WITH 'body:'
    MATCH (n:Body {id: id}) RETURN n
    UNION
    WITH id WHERE NOT id CONTAINS '#' AND NOT id STARTS WITH 'body:'
    MATCH (n:Instrument {id: id}) RETURN n
  }
CALL (n) {
  CALL (n) {
    MATCH (p:Provision)-[:PART_OF]->(n) WHERE n:Instrument RETURN p AS x
    UNION
    RETURN n AS x
  }
  // From each node's degree per type and direction, not by walking its relationships: see
  // cypher/degree.ts.
  RETURN sum(CITATION_DEGREE(x)) AS total
}
RETURN id AS key, total

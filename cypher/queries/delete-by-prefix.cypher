// Tests only: removes the instruments whose id starts with $prefix, with their provisions, and the
// bodies whose id starts with 'body:' + $prefix.
CALL () {
  MATCH (i:Instrument) WHERE i.id STARTS WITH $prefix
  OPTIONAL MATCH (p:Provision)-[:PART_OF]->(i)
  DETACH DELETE p, i
  RETURN count(*) AS texts
}
CALL () {
  MATCH (b:Body) WHERE b.id STARTS WITH 'body:' + $prefix
  DETACH DELETE b
  RETURN count(*) AS bodies
}
RETURN texts + bodies AS count

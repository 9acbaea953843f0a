// Seed: typed citations and mandates with their evidence. row.type has been checked against the
// closed relation list of cypher/model.ts before it gets here (a dynamic type, never spliced text).
// Keyed on row.key so a re-run updates the evidence instead of adding a second edge. The returned
// count is compared with the row count: a missing endpoint fails the load. Each endpoint is found
// by one index seek on the label its id's shape names (symbol#number, body:ACRONYM, symbol).
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.from CONTAINS '#'
  MATCH (n:Provision {id: row.from}) RETURN n
  UNION
  WITH row WHERE row.from STARTS WITH 'body:'
  MATCH (n:Body {id: row.from}) RETURN n
  UNION
  WITH row WHERE NOT row.from CONTAINS '#' AND NOT row.from STARTS WITH 'body:'
  MATCH (n:Instrument {id: row.from}) RETURN n
}
WITH row, n AS a
CALL (row) {
  WITH row WHERE row.to CONTAINS '#'
  MATCH (n:Provision {id: row.to}) RETURN n
  UNION
  WITH row WHERE row.to STARTS WITH 'body:'
  MATCH (n:Body {id: row.to}) RETURN n
  UNION
  WITH row WHERE NOT row.to CONTAINS '#' AND NOT row.to STARTS WITH 'body:'
  MATCH (n:Instrument {id: row.to}) RETURN n
}
WITH row, a, n AS b
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r += row.props
SET r.date = CASE WHEN row.date IS NULL THEN r.date ELSE date(row.date) END
RETURN count(r) AS count

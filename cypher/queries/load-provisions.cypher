// Seed: provisions, keyed on id (symbol#number), each linked PART_OF its instrument, which must
// exist; the returned count is compared with the row count so a missing instrument fails the load.
// A stub row (a paragraph cited by a parsed document) creates the node only when it does not exist.
UNWIND $rows AS row
MATCH (i:Instrument {id: row.instrumentId})
MERGE (p:Provision {id: row.id})
ON CREATE SET p += row.props
WITH p, i, row
CALL (p, row) {
  WITH p, row WHERE NOT coalesce(row.stub, false)
  SET p += row.props
}
SET p.instrumentId = row.instrumentId
MERGE (p)-[:PART_OF]->(i)
RETURN count(p) AS count

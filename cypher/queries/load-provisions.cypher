// Seed: provisions, keyed on id (symbol#number), each linked PART_OF its instrument, which must
// exist; the returned count is compared with the row count so a missing instrument fails the load.
UNWIND $rows AS row
MATCH (i:Instrument {id: row.instrumentId})
MERGE (p:Provision {id: row.id})
SET p += row.props, p.instrumentId = row.instrumentId
MERGE (p)-[:PART_OF]->(i)
RETURN count(p) AS count

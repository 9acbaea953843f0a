// Seed: provisions, keyed on id (symbol#number), each linked PART_OF its instrument, which must
// exist; the returned count is compared with the row count so a missing instrument fails the load.
// A stub row (a paragraph cited by a parsed document) creates the node only when it does not exist.
// Each property is written once (ON CREATE or ON MATCH), without a subquery: one pass, no Eager.
// The card (cypher/card.ts) is made from the node as it stands after the write.
UNWIND $rows AS row
MATCH (i:Instrument {id: row.instrumentId})
MERGE (p:Provision {id: row.id})
  ON CREATE SET p += row.props, p.instrumentId = row.instrumentId
  ON MATCH SET p += CASE WHEN coalesce(row.stub, false) THEN {} ELSE row.props END, p.instrumentId = row.instrumentId
SET p.card = CARD(p:Provision)
MERGE (p)-[:PART_OF]->(i)
RETURN count(p) AS count

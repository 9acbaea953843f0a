// Seed: instruments, keyed on id (the canonical symbol). An existing instrument is enriched, never
// duplicated: properties the row carries are set, the others kept. A stub row (an instrument cited
// by a parsed document) creates the node only when it does not exist. Dates arrive as ISO strings.
UNWIND $rows AS row
MERGE (i:Instrument {id: row.id})
ON CREATE SET i += row.props
WITH i, row
CALL (i, row) {
  WITH i, row WHERE NOT coalesce(row.stub, false)
  SET i += row.props
  SET i.adopted = CASE WHEN row.adopted IS NULL THEN i.adopted ELSE date(row.adopted) END,
      i.endDate = CASE WHEN row.endDate IS NULL THEN i.endDate ELSE date(row.endDate) END
}
CALL (i, row) {
  WITH i, row WHERE row.bodyId IS NOT NULL
  MATCH (b:Body {id: row.bodyId})
  MERGE (i)-[:ISSUED_BY]->(b)
  SET i.bodyId = row.bodyId
}
RETURN count(i) AS count

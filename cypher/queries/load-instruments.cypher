// Seed: instruments, keyed on id (the canonical symbol). An existing instrument is enriched, never
// duplicated: properties the row carries are set, the others kept. A stub row (an instrument cited
// by a parsed document) creates the node only when it does not exist. Dates arrive as ISO strings.
// Each property is written once (ON CREATE or ON MATCH): one pass over the rows. The card
// (cypher/card.ts) is made last, from the node as it stands with its body.
UNWIND $rows AS row
WITH row, coalesce(row.stub, false) AS stub
MERGE (i:Instrument {id: row.id})
  ON CREATE SET i += row.props, i.adopted = date(row.adopted), i.endDate = date(row.endDate)
  ON MATCH SET i += CASE WHEN stub THEN {} ELSE row.props END,
               i.adopted = CASE WHEN stub OR row.adopted IS NULL THEN i.adopted ELSE date(row.adopted) END,
               i.endDate = CASE WHEN stub OR row.endDate IS NULL THEN i.endDate ELSE date(row.endDate) END
WITH i, row
CALL (i, row) {
  WITH i, row WHERE row.bodyId IS NOT NULL
  MATCH (b:Body {id: row.bodyId})
  MERGE (i)-[:ISSUED_BY]->(b)
  SET i.bodyId = row.bodyId
  // A parsed document's own row (row.document) names its body: loaded again naming another, its
  // old edge goes. A curated body never reaches here from a document (document.reconcile.ts).
  WITH i, row WHERE row.document IS NOT NULL
  MATCH (i)-[old:ISSUED_BY]->(other:Body) WHERE other.id <> row.bodyId
  DELETE old
}
SET i.card = CARD(i:Instrument)
RETURN count(i) AS count

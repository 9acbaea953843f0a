// Seed: bodies, keyed on id. row.props holds no nulls (SET += would delete those properties).
// A stub row (a body named by a parsed clause) creates the node only when it does not exist.
// The card (cypher/card.ts) is made from the node as it stands after the write.
UNWIND $rows AS row
MERGE (b:Body {id: row.id})
ON CREATE SET b += row.props
WITH b, row
CALL (b, row) {
  WITH b, row WHERE NOT coalesce(row.stub, false)
  SET b += row.props
}
SET b.card = CARD(b:Body)
RETURN count(b) AS count

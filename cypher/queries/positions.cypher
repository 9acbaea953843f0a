// Query.positions: every text a position was taken on (Instrument.positionCount or
// Provision.positionCount above 0, found through their indexes), with its card, its date (its own,
// or its instrument's) and its positions as stored (a JSON list, seed/src/load/corpus.rows.ts).
// The server filters by actor and stance and orders: the texts are the curated few.
CALL () {
  MATCH (n:Instrument) WHERE n.positionCount > 0 RETURN n
  UNION
  MATCH (n:Provision) WHERE n.positionCount > 0 RETURN n
}
OPTIONAL MATCH (n)-[:PART_OF]->(i:Instrument)
RETURN CARD(n) AS card,
       coalesce(toString(n.adopted), n.adoptedText, toString(i.adopted), i.adoptedText) AS date,
       n.positions AS positions

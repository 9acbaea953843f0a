// Query.positions: every text a position was taken on (Instrument.positionCount or
// Provision.positionCount above 0, found through their indexes), with its card, its date
// (TEXT_DATE, cypher/adopted.ts) and its positions as stored (a JSON list, seed/src/load/corpus.rows.ts).
// The server filters by actor and stance and orders: the texts are the curated few.
CALL () {
  MATCH (n:Instrument) WHERE n.positionCount > 0 RETURN n
  UNION
  MATCH (n:Provision) WHERE n.positionCount > 0 RETURN n
}
RETURN CARD(n) AS card,
       TEXT_DATE(n) AS date,
       n.positions AS positions

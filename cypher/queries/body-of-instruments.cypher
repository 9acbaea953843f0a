// DataLoader batch: the issuing body of each instrument in $ids.
UNWIND $ids AS id
MATCH (:Instrument {id: id})-[:ISSUED_BY]->(b:Body)
RETURN id AS key, b {.*, __kind: 'Body'} AS node

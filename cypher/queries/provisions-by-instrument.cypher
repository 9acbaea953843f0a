// DataLoader batch: the provisions of each instrument in $ids, in document order.
// Found along PART_OF from the instrument (one seek on instrument_id, then the instrument's PART_OF
// relationships), not through an index on Provision.instrumentId: that index served this query
// alone and took 65 MB for a million provisions, and the traversal is as quick (BENCHMARKS.md,
// thirteenth session).
UNWIND $ids AS id
MATCH (:Instrument {id: id})<-[:PART_OF]-(p:Provision)
RETURN id AS key, p {.*, __kind: 'Provision'} AS node
ORDER BY key, p.position, p.number

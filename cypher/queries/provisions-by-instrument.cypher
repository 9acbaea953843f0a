// DataLoader batch: the provisions of each instrument in $ids, in document order.
UNWIND $ids AS id
MATCH (p:Provision {instrumentId: id})
RETURN id AS key, p {.*, __kind: 'Provision'} AS node
ORDER BY key, p.position, p.number

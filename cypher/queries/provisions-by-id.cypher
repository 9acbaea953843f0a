// DataLoader batch: $ids are provision ids (symbol#number); one row per id found.
UNWIND $ids AS id
MATCH (p:Provision {id: id})
RETURN id AS key, p {.*, __kind: 'Provision'} AS node

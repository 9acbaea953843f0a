// DataLoader batch: $ids are body ids (body:ACRONYM); one row per id found.
UNWIND $ids AS id
MATCH (b:Body {id: id})
RETURN id AS key, b {.*, __kind: 'Body'} AS node

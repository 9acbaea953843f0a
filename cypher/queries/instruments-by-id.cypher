// DataLoader batch: $ids are instrument ids (canonical symbols); one row per id found.
UNWIND $ids AS id
MATCH (i:Instrument {id: id})
RETURN id AS key, i {.*, __kind: 'Instrument'} AS node

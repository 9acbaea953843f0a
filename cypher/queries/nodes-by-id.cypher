// Any node by id (instrument, provision or body), with the provisions of an instrument and the
// issuing body, for the first level of a neighbourhood or the seeds of a trace; `date` is the
// node's own date or its instrument's (for the time order of traces).
UNWIND $ids AS id
  // The id's shape names the label (symbol#number, body:ACRONYM, symbol): one index seek, not three.
  CALL (id) {
    WITH id WHERE id CONTAINS '#'
    MATCH (n:Provision {id: id}) RETURN n
    UNION
    WITH id WHERE id STARTS WITH 'body:'
    MATCH (n:Body {id: id}) RETURN n
    UNION
    WITH id WHERE NOT id CONTAINS '#' AND NOT id STARTS WITH 'body:'
    MATCH (n:Instrument {id: id}) RETURN n
  }
OPTIONAL MATCH (n)-[:ISSUED_BY]->(body:Body)
OPTIONAL MATCH (n)-[:PART_OF]->(owner:Instrument)
CALL (n) {
  MATCH (p:Provision)-[:PART_OF]->(n)
  RETURN collect(p {.*, __kind: 'Provision'})[..$provisionCap] AS provisions
}
RETURN id AS key, n {.*, __kind: labels(n)[0]} AS node, body {.*, __kind: 'Body'} AS body, provisions,
       owner {.*, __kind: 'Instrument'} AS owner,
       toString(coalesce(n.adopted, owner.adopted, n.established)) AS date

// Which of the ids $ids name a node (instrument, provision or body), as `key`: the loader names the
// ids a batch that did not load whole is missing.
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
RETURN id AS key

// Which of the ids $ids name a node (instrument, provision or body), as `key`: the loader names the
// ids a batch that did not load whole is missing.
UNWIND $ids AS id
  // The id's shape names the label: one index seek (cypher/node-of-id.ts).
  NODE_OF_ID(id)
RETURN id AS key

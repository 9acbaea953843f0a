// A page of mandates (provisions and instruments with an edge of $addressing to a body) in the
// order Body.mandates and Query.mandates list them: by their text's day (a partial date as written,
// so "2013" sorts before "2013-01-01"; undated last, as '9999'), then id; after the cursor $after
// ([day, id], or null for the first page); at most $limit. With $bodyId, only those addressed to
// that body or one of its parts two levels down (ECOSOC brings the CSTD's and its Chair's);
// otherwise every mandate in the graph. Those dated after $asOf did not exist yet and are left out
// (the undated are kept, as everywhere: server/src/mandate/mandate.status.ts, existedBy).
CALL () {
  WITH $bodyId AS id WHERE id IS NOT NULL
  MATCH (b:Body {id: id})
  CALL (b) {
    RETURN b AS part
    UNION
    MATCH (part:Body {partOf: b.id}) RETURN part
    UNION
    MATCH (mid:Body {partOf: b.id})
    MATCH (part:Body {partOf: mid.id}) RETURN part
  }
  MATCH (n)-[r]->(part)
  WHERE type(r) IN $addressing AND (n:Provision OR n:Instrument)
  RETURN DISTINCT n
  UNION
  WITH $bodyId AS id WHERE id IS NULL
  MATCH (n)-[r]->(:Body)
  WHERE type(r) IN $addressing AND (n:Provision OR n:Instrument)
  RETURN DISTINCT n
}
OPTIONAL MATCH (n)-[:PART_OF]->(i:Instrument)
WITH n, coalesce(toString(i.adopted), i.adoptedText, toString(n.adopted), n.adoptedText, '9999') AS day
WHERE (day = '9999' OR day <= $asOf)
  AND ($after IS NULL OR day > $after[0] OR (day = $after[0] AND n.id > $after[1]))
RETURN n.id AS id, day
ORDER BY day, id
LIMIT $limit

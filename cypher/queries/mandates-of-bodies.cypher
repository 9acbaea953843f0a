// DataLoader batch: the ids of the provisions and instruments that address each body in $ids, or
// one of its parts two levels down (ECOSOC brings the CSTD's and its Chair's), through an edge of
// $addressing: the mandates Body.mandates lists, each once, by its text's date, undated last.
UNWIND $ids AS id
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
WITH DISTINCT id, n
OPTIONAL MATCH (n)-[:PART_OF]->(i:Instrument)
WITH id, n, coalesce(toString(i.adopted), i.adoptedText, toString(n.adopted), n.adoptedText, '9999') AS day
ORDER BY day, n.id
RETURN id AS key, collect(n.id) AS ids

// Seed: typed citations and mandates with their evidence. A TEMPLATE: queries.ts makes one
// statement per pair of labels by replacing FromLabel and ToLabel with labels of the closed list
// LABELS (cypher/model.ts), and the loader sends each row to the statement its ids' shapes name
// (symbol#number, body:ACRONYM, symbol): two plain index seeks per row.
// row.type has been checked against the closed relation list before it gets here (a dynamic
// type, never spliced text). Keyed on row.key so a re-run updates the evidence instead of adding
// a second edge. The returned count is compared with the row count: a missing endpoint fails the
// load.
UNWIND $rows AS row
MATCH (a:FromLabel {id: row.from})
MATCH (b:ToLabel {id: row.to})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r += row.props
FOREACH (date IN CASE WHEN row.date IS NULL THEN [] ELSE [date(row.date)] END | SET r.date = date)
RETURN count(r) AS count

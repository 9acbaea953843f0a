// Seed: typed citations and mandates with their evidence. A TEMPLATE: queries.ts replaces the
// labels FromLabel and ToLabel and the type RelType with names from the closed lists LABELS and
// RELATIONS (cypher/model.ts), and the loader sends each row to the statement of its ids' shapes
// (symbol#number, body:ACRONYM, symbol): one index seek per endpoint.
// RelType becomes the dynamic type $(row.type) (row.type checked against RELATIONS), except for a
// large load into a store with no relationships: there the planner turns a dynamic-type MERGE into
// a scan of all relationships for every row, which made a large first load quadratic, and a
// statement per static type is used instead (BENCHMARKS.md: on a populated store that is slower, 51 s against 40 s at 10k).
// Keyed on row.key so a re-run updates the evidence instead of adding a second edge. The returned
// count is compared with the row count: a missing endpoint fails the load.
UNWIND $rows AS row
MATCH (a:FromLabel {id: row.from})
MATCH (b:ToLabel {id: row.to})
MERGE (a)-[r:RelType {key: row.key}]->(b)
SET r += row.props
FOREACH (date IN CASE WHEN row.date IS NULL THEN [] ELSE [date(row.date)] END | SET r.date = date)
RETURN count(r) AS count

// Seed: bodies, keyed on id. row.props holds no nulls (SET += would delete those properties).
UNWIND $rows AS row
MERGE (b:Body {id: row.id})
SET b += row.props
RETURN count(b) AS count

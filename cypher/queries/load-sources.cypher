// Seed: the bibliography that facts point to by key (instruments.md "Sources").
UNWIND $rows AS row
MERGE (s:Source {key: row.key})
SET s.title = row.title, s.url = row.url
RETURN count(s) AS count

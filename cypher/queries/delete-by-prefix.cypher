// Tests only: removes the instruments whose id starts with $prefix, with their provisions.
MATCH (i:Instrument) WHERE i.id STARTS WITH $prefix
OPTIONAL MATCH (p:Provision)-[:PART_OF]->(i)
DETACH DELETE p, i
RETURN count(*) AS count

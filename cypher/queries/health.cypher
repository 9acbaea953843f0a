// The Neo4j version and edition, and node and relationship counts (from the count store).
CALL dbms.components() YIELD versions, edition
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN versions[0] AS version, edition, nodes, relationships

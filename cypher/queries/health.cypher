// The Neo4j version and edition, node and relationship counts (from the count store), and the data
// version (bump-data-version.cypher; null on a graph no load of this version of ig-atlas wrote).
CALL dbms.components() YIELD versions, edition
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
OPTIONAL MATCH (v:DataVersion {key: 'graph'})
RETURN versions[0] AS version, edition, nodes, relationships, v.number AS dataVersion, toString(v.loadedAt) AS dataLoadedAt, v.loadedBy AS dataLoadedBy

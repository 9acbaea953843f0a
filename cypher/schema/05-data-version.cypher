// The graph's data version: one node, key 'graph' (cypher/queries/bump-data-version.cypher).
CREATE CONSTRAINT data_version_key IF NOT EXISTS FOR (n:DataVersion) REQUIRE n.key IS UNIQUE;

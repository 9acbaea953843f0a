// Every load that writes the graph (seed, ingest, the bulk import) ends with this statement, the
// last of its transaction: the data version goes up by one and says when and by what load. A link or an
// exported view that names the version it was made on can then tell its reader that the graph has
// changed since (client/src/app.ts). Last, so the one node's lock is held only while the load
// commits.
MERGE (v:DataVersion {key: 'graph'})
SET v.number = coalesce(v.number, 0) + 1, v.loadedAt = datetime(), v.loadedBy = $by
RETURN v.number AS number

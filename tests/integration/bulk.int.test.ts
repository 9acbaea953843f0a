/**
 * The bulk import (seed/src/load/bulk.ts) against real embedded Neo4j stores of its own (it needs
 * an empty store, so not the global setup's): it builds the same graph as the transactional
 * loader, property types included, and bad input leaves no store behind.
 */
import { existsSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedStorePaths, freePort, startEmbeddedNeo4j } from '../../scripts/neo4j.js';
import { createDriver, Database } from '../../server/src/db/database.js';
import { bulkLoad } from '../../seed/src/load/bulk.js';
import { LoadError } from '../../seed/src/load/loader.js';
import { emptyRows, type Rows } from '../../seed/src/load/rows.types.js';
import { seed, seedChunks } from '../../seed/src/seed.js';
import { dataDirs } from '../support/data-dirs.js';

const homes = dataDirs('bulk-test');
const newHome = homes.make;
afterAll(homes.removeAll);

/** Every value with its type, so a float written as an integer (or a date as a string) differs. */
function typed(value: unknown): unknown {
  if (neo4j.isInt(value)) return `int:${value.toString()}`;
  if (typeof value === 'number') return `float:${value}`;
  if (neo4j.isDate(value)) return `date:${value.toString()}`;
  if (Array.isArray(value)) return value.map(typed);
  return value;
}
const typedProps = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, typed(v)]));

/**
 * The whole graph as sorted lines: nodes by labels and properties, edges by ends, type and
 * properties. But the data version, which counts loads (the seed makes several, a bulk import one).
 */
async function dump(db: Database): Promise<{ nodes: string[]; edges: string[] }> {
  const nodes = await db.driver.executeQuery('MATCH (n) WHERE NOT n:DataVersion RETURN labels(n) AS labels, properties(n) AS props');
  const edges = await db.driver.executeQuery('MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.key) AS a, type(r) AS type, coalesce(b.id, b.key) AS b, properties(r) AS props');
  return {
    nodes: nodes.records.map((r) => JSON.stringify([r.get('labels'), typedProps(r.get('props'))])).sort(),
    edges: edges.records.map((r) => JSON.stringify([r.get('a'), r.get('type'), r.get('b'), typedProps(r.get('props'))])).sort(),
  };
}

describe('bulk import of a first load', () => {
  let transactional: { nodes: string[]; edges: string[] };

  beforeAll(async () => {
    const neo = await startEmbeddedNeo4j({ home: newHome(), port: await freePort(), heap: '512m', pageCacheMiB: 64 });
    const db = new Database(createDriver({ uri: neo.uri, user: 'neo4j', password: '', database: undefined }), undefined);
    try {
      await seed(db);
      transactional = await dump(db);
    } finally {
      await db.driver.close();
      await neo.stop();
    }
  }, 120_000);

  it('builds the graph `npm run seed` builds, node by node and edge by edge, with the same property types', async () => {
    const result = await bulkLoad(seedChunks(), { home: newHome(), port: await freePort(), heap: '512m', pageCacheMiB: 64 });
    try {
      const bulk = await dump(result.db);
      // The shipped document enriches instruments of the curated corpus: those rows go through MERGE.
      expect(result.deferred).toBeGreaterThan(0);
      expect(bulk.nodes.length).toBeGreaterThan(100);
      expect(bulk.edges.length).toBeGreaterThan(100);
      expect(bulk.nodes).toEqual(transactional.nodes);
      expect(bulk.edges).toEqual(transactional.edges);
      // The import counts as a load: the graph has a data version.
      expect((await result.db.read('health'))[0].dataVersion).toBeGreaterThanOrEqual(1);
      // The schema is in place: a second node with the same id is refused.
      await expect(result.db.driver.executeQuery("CREATE (:Instrument {id: 'A/RES/67/195'})")).rejects.toThrow(/already exists/);
    } finally {
      await result.db.driver.close();
      await result.neo4j.stop();
    }
  }, 180_000);

  it('refuses a citation to an unknown node before importing anything, and leaves no store', async () => {
    const home = newHome();
    const rows: Rows = { ...emptyRows(), instruments: [{ id: 'TEST/BULK/1', adopted: null, endDate: null, bodyId: null, props: { symbol: 'TEST/BULK/1' } }] };
    rows.links.push({ key: 'k', from: 'TEST/BULK/1', to: 'TEST/BULK/404', type: 'RECALLS', date: null, props: {} });
    const error = await bulkLoad([rows], { home, port: await freePort() }).catch((e) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect(error.message).toMatch(/unknown TEST\/BULK\/404.*Nothing was written/);
    for (const p of embeddedStorePaths(home)) expect(existsSync(p)).toBe(false);
  });

  it('refuses a store that already holds a database', async () => {
    const home = newHome();
    const neo = await startEmbeddedNeo4j({ home, port: await freePort(), heap: '512m', pageCacheMiB: 64 });
    await neo.stop();
    const error = await bulkLoad([emptyRows()], { home }).catch((e) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect(error.message).toMatch(/already holds a database/);
    expect(existsSync(embeddedStorePaths(home)[0])).toBe(true);
  }, 60_000);
});

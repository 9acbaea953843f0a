/**
 * Bench baseline, not product code: the NAIVE way to load the same rows, one MERGE statement per
 * row, each in its own auto-commit transaction (one round trip and one commit per row). Still
 * parameterised, same labels, same natural keys (so the same uniqueness constraints serve its
 * lookups), same endpoint resolution as load-links.cypher (one seek on the label the id's shape names). Compared with seed/src/load/loader.ts,
 * which sends the same rows in UNWIND batches inside one transaction.
 */
import type { Driver } from 'neo4j-driver';
import { cardCypher } from '../cypher/card.js';
import { labelOfId, type Label } from '../cypher/model.js';
import type { Rows } from '../seed/src/load/rows.types.js';

// Each node gets its card as the loader's statements do (cypher/card.ts), so both write the same.
const BODY = `MERGE (b:Body {id: $id}) SET b += $props SET b.card = ${cardCypher('b', 'Body')}`;
const INSTRUMENT = `
MERGE (i:Instrument {id: $id})
SET i += $props, i.adopted = CASE WHEN $adopted IS NULL THEN i.adopted ELSE date($adopted) END, i.bodyId = $bodyId
SET i.card = ${cardCypher('i', 'Instrument')}
WITH i
MATCH (b:Body {id: $bodyId})
MERGE (i)-[:ISSUED_BY]->(b)`;
const PROVISION = `
MATCH (i:Instrument {id: $instrumentId})
MERGE (p:Provision {id: $id})
SET p += $props, p.instrumentId = $instrumentId
SET p.card = ${cardCypher('p', 'Provision')}
MERGE (p)-[:PART_OF]->(i)`;
/** Same endpoint lookup as the loader: the label each id's shape names (labels from the closed list). */
const link = (from: Label, to: Label) => `
MATCH (a:${from} {id: $from})
MATCH (b:${to} {id: $to})
MERGE (a)-[r:$($type) {key: $key}]->(b)
SET r += $props, r.date = date($date)`;

export interface NaiveResult {
  rows: number;
  relationships: number;
  ms: number;
}

/** Loads `rows` one statement and one auto-commit transaction per row. */
export async function naiveLoad(driver: Driver, rows: Rows): Promise<NaiveResult> {
  const session = driver.session();
  const started = performance.now();
  let count = 0;
  let relationships = 0;
  try {
    for (const row of rows.bodies) {
      await session.run(BODY, { id: row.id, props: row.props });
      count++;
    }
    for (const row of rows.instruments) {
      await session.run(INSTRUMENT, { id: row.id, props: row.props, adopted: row.adopted, bodyId: row.bodyId });
      count++;
      if (row.bodyId) relationships++;
    }
    for (const row of rows.provisions) {
      await session.run(PROVISION, { id: row.id, props: row.props, instrumentId: row.instrumentId });
      count++;
      relationships++;
    }
    for (const row of rows.links) {
      await session.run(link(labelOfId(row.from), labelOfId(row.to)), { key: row.key, from: row.from, to: row.to, type: row.type, date: row.date, props: row.props });
      count++;
      relationships++;
    }
  } finally {
    await session.close();
  }
  return { rows: count, relationships, ms: performance.now() - started };
}

/** Empties the database in small transactions (after the naive sample, before the real load). */
export async function emptyDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS');
  } finally {
    await session.close();
  }
}

/**
 * Internal: gives their strength (cypher/strength.ts) to the edges of a store loaded before edges
 * carried one, so an upgraded `npm start` filters and shows them as a fresh load would. The
 * loaders write the strength themselves; this only fills what an older loader left without.
 *
 * Contract: reads the kinds of edge without a strength (strength-missing.cypher), computes each
 * kind's strength with the loaders' own rule, and writes it in batches, each its own transaction,
 * until none is left; an interrupted fill leaves every edge it wrote right, and the next one goes
 * on. Raises the data version once when it wrote anything (the graph's evidence changed), so a
 * link made before says so. On a store whose edges all have theirs it writes nothing: one scan.
 */
import { RELATIONS, isRelation } from '../../../cypher/model.js';
import { strengthOf } from '../../../cypher/strength.js';
import type { Database } from '../../../server/src/db/database.js';
import { int } from '../../../server/src/db/plain.js';

/** Edges per kind per transaction: a store of a million edges fills in a few hundred transactions. */
const BATCH = 2000;

export async function fillStrengths(db: Database): Promise<number> {
  const kinds = await db.read('strength-missing', { relations: [...RELATIONS] });
  const fills = kinds.flatMap((k) => {
    const relation = String(k.relation);
    if (!isRelation(relation)) return [];
    const role = (k.role as string | null) ?? null;
    const strength = strengthOf(role === null ? null : { role, verb: k.verb as string | null }, relation);
    return strength ? [{ role, verb: (k.verb as string | null) ?? null, relation, strength }] : [];
  });
  let total = 0;
  while (fills.length) {
    const [row] = await db.write('strength-fill', { fills, batch: int(BATCH) });
    const filled = Number(row?.filled ?? 0);
    if (filled === 0) break;
    total += filled;
  }
  if (total > 0) await db.write('bump-data-version', { by: `strengths of ${total} edges loaded before edges carried one` });
  return total;
}

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

/**
 * Edges per transaction. Each run scans the edges from the start until its batch is full, so a
 * bigger batch means fewer scans; 50,000 property writes fit a 1 GiB heap.
 */
const BATCH = 50_000;

export async function fillStrengths(db: Database): Promise<number> {
  const kinds = await db.read('strength-missing', { relations: [...RELATIONS] });
  const strengths: Record<string, string> = {};
  for (const k of kinds) {
    const relation = String(k.relation);
    if (!isRelation(relation)) continue;
    const role = (k.role as string | null) ?? null;
    const verb = (k.verb as string | null) ?? null;
    const strength = strengthOf(role === null ? null : { role, verb }, relation);
    if (strength) strengths[`${role ?? ''}|${verb ?? ''}|${relation}`] = strength;
  }
  let total = 0;
  while (Object.keys(strengths).length) {
    const [row] = await db.write('strength-fill', { relations: [...RELATIONS], strengths, batch: int(BATCH) });
    const filled = Number(row?.filled ?? 0);
    if (filled === 0) break;
    total += filled;
  }
  if (total > 0) await db.write('bump-data-version', { by: `strengths of ${total} edges loaded before edges carried one` });
  return total;
}

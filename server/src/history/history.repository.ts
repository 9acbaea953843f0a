/** Internal: a text's history read from Neo4j (history-of-nodes.cypher) into hops, in drafting order. */
import type { StoredCard } from '../../../cypher/card.js';
import { EVIDENCE_FIELDS, evidenceRow } from '../citation/citation.type.js';
import type { Database } from '../db/database.js';
import { nodeFromCard } from '../graph/graph-node.js';
import type { HopRow } from '../trace/path.type.js';
import { historyOrder, type OrderedStep } from './history.order.js';

/** A step as the order reads it, with the hop it becomes. */
interface Step extends OrderedStep {
  hop: HopRow;
}

/** The history of each id, in drafting order (history.order.ts); empty for a text with none. */
export async function historiesByIds(db: Database, ids: readonly string[]): Promise<HopRow[][]> {
  const rows = await db.read('history-of-nodes', { ids, evidence: [...EVIDENCE_FIELDS] });
  const byId = new Map<string, Step[]>();
  for (const row of rows) {
    const from = nodeFromCard(row.laterCard as StoredCard);
    const to = nodeFromCard(row.earlierCard as StoredCard);
    const laterDate = (row.laterDate as string | null) ?? undefined;
    const step: Step = {
      later: { id: from.id, date: laterDate },
      earlier: { id: to.id, date: (row.earlierDate as string | null) ?? undefined },
      hop: { from, to, relation: row.relation as string, evidence: evidenceRow(EVIDENCE_FIELDS, row.evidence as unknown[]), date: laterDate, reversed: false },
    };
    const key = row.key as string;
    byId.set(key, [...(byId.get(key) ?? []), step]);
  }
  return ids.map((id) => historyOrder(byId.get(id) ?? []).map((step) => step.hop));
}

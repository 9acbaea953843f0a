/** Internal: the positions taken on any text (positions.cypher), filtered and ordered for Query.positions. */
import type { StoredCard } from '../../../cypher/card.js';
import type { Database } from '../db/database.js';
import { nodeFromCard, type NodeRow } from '../graph/graph-node.js';
import { positionsOf, type PositionRow } from './position.type.js';

/** The most Query.positions gives: they are curated by hand, and the request cost counts on it. */
export const POSITIONS_MAX = 200;

export interface TextPositionRow {
  position: PositionRow;
  text: NodeRow;
  textDate?: string;
}

/** Lower case without accents, so "cote d'ivoire" finds "Côte d'Ivoire". */
export const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The positions of parties whose name contains `actor` (folded; any when null), of `stances` (any
 * when null), oldest first (a position's own date, else its text's; undated last), at most
 * POSITIONS_MAX. One round trip: the texts with positions are found through their index.
 */
export async function positionsBy(db: Database, actor: string | null, stances: readonly string[] | null): Promise<TextPositionRow[]> {
  const wanted = actor === null ? null : folded(actor);
  const found: TextPositionRow[] = [];
  for (const row of await db.read('positions', {})) {
    const text = nodeFromCard(row.card as StoredCard);
    const textDate = (row.date as string | null) ?? undefined;
    for (const position of positionsOf(row)) {
      if (wanted !== null && !folded(position.actor).includes(wanted)) continue;
      if (stances && !stances.includes(position.stance)) continue;
      found.push({ position, text, textDate });
    }
  }
  const day = (p: TextPositionRow) => p.position.date ?? p.textDate ?? '9999';
  found.sort((a, b) => day(a).localeCompare(day(b)) || a.text.id.localeCompare(b.text.id) || a.position.actor.localeCompare(b.position.actor));
  return found.slice(0, POSITIONS_MAX);
}

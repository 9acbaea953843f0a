/**
 * Internal contract: one relationship of a neighbourhood level, as neighborhood-start.cypher and
 * neighborhood.cypher send it and neighborhood.service.ts reads it. A statement writes
 * `LEVEL_ROW(r, m, f.id, parent)` (expanded when the files are read: server/src/db/queries.ts) for
 *   [relation, key, evidence, near, farIsSource, node, parent]
 *   - relation and key: the relationship's type and key (the edge's id);
 *   - evidence: only the properties the query asks for ($evidence, names from a closed list), in
 *     the order of $evidence, dates as ISO strings: a graph view that shows clause labels skips
 *     the quotes;
 *   - near: the frontier node's id; farIsSource: whether the other end is where the edge starts
 *     (rather than reading both ends' ids again);
 *   - node and parent: the cards (cypher/card.ts) of the node at the other end and, when it is a
 *     provision, of its instrument (null otherwise): one property per node instead of four to six.
 */
import { storedCard, type StoredCard } from './card.js';

export type LevelRow = [relation: string, key: string, evidence: unknown[], near: string, farIsSource: boolean, node: StoredCard, parent: StoredCard | null];

/**
 * The Cypher list expression for the relationship `r` from the frontier node whose id is `nearId`
 * (an expression) to `node`, whose instrument (when it is a provision) is `parent`, possibly null.
 */
export function levelRowCypher(r: string, node: string, nearId: string, parent: string): string {
  const evidence = `[k IN $evidence | CASE k WHEN 'date' THEN toString(${r}.date) ELSE ${r}[k] END]`;
  return `[type(${r}), ${r}.key, ${evidence}, ${nearId}, startNode(${r}) = ${node}, ${storedCard(node)}, CASE WHEN ${parent} IS NOT NULL THEN ${storedCard(parent)} END]`;
}

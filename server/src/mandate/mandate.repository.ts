/** Internal: mandates read from Neo4j (mandates-of-nodes.cypher, mandates-page.cypher) into MandateRows, and their cursors. */
import { MANDATE_ADDRESSING, MANDATE_FOLLOWING } from '../../../cypher/model.js';
import { EVIDENCE_FIELDS, evidenceRow } from '../citation/citation.type.js';
import type { Database } from '../db/database.js';
import { int } from '../db/plain.js';
import { BadUserInputError } from '../errors/errors.js';
import { nodeFromCard } from '../graph/graph-node.js';
import type { StoredCard } from '../../../cypher/card.js';
import type { MandateLinkRow, MandateRow } from './mandate.type.js';

/** [outgoing, relation, evidence, the node's card, date, ended, isMandate]: one edge as the statement sends it. */
type EdgeList = [boolean, string, unknown[], StoredCard, string | null, string | null, boolean];

function link([, relation, evidence, node, date, ended]: EdgeList): MandateLinkRow {
  return { relation, evidence: evidenceRow(EVIDENCE_FIELDS, evidence), node: nodeFromCard(node), date: date ?? undefined, ended: ended ?? undefined };
}

/** [relation, evidence, the body's card]: an addressee, dated by its card (when it was set up, when it ended). */
function addressee([relation, evidence, card]: [string, unknown[], StoredCard]): MandateLinkRow {
  const body = nodeFromCard(card);
  const dates = body.__kind === 'Body' ? { date: body.established, ended: body.ended } : {};
  return { relation, evidence: evidenceRow(EVIDENCE_FIELDS, evidence), node: body, ...dates };
}

const byDate = (a: MandateLinkRow, b: MandateLinkRow) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.node.id.localeCompare(b.node.id);
/** Addressees by body, then relation, then how the edge was made: the same order however the store was written. */
const byBody = (a: MandateLinkRow, b: MandateLinkRow) =>
  a.node.id.localeCompare(b.node.id) || a.relation.localeCompare(b.relation) || (a.evidence.method ?? '').localeCompare(b.evidence.method ?? '');

/** The mandate of each id (a provision or an instrument), null for an id that carries none. */
export async function mandatesByIds(db: Database, ids: readonly string[]): Promise<(MandateRow | null)[]> {
  const rows = await db.read('mandates-of-nodes', { ids, addressing: [...MANDATE_ADDRESSING], following: [...MANDATE_FOLLOWING], evidence: [...EVIDENCE_FIELDS] });
  const byId = new Map(rows.map((row) => [row.key as string, row]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) return null;
    const edges = row.linked as EdgeList[];
    const addressees = (row.addressees as [string, unknown[], StoredCard][]).map(addressee).sort(byBody);
    return {
      id,
      source: nodeFromCard(row.source as StoredCard),
      date: (row.date as string | null) ?? undefined,
      due: (row.due as string | null) ?? undefined,
      addressees,
      outputs: edges.filter(([out, relation, , , , , mandate]) => !out && !mandate && relation === 'IMPLEMENTS').map(link).sort(byDate),
      followUps: edges.filter(([out, , , , , , mandate]) => !out && mandate).map(link).sort(byDate),
      takesUp: edges.filter(([out, , , , , , mandate]) => out && mandate).map(link).sort(byDate),
    };
  });
}

/** Where a mandate stands in the lists' order: its text's day as written ('9999' undated), then its id. */
export type MandateKey = [day: string, id: string];

/**
 * Up to `limit` mandates after `after` in the lists' order that existed on `asOf`: those addressed
 * to `bodyId` or its parts, or every mandate when it is null (mandates-page.cypher).
 */
export async function mandateKeys(db: Database, bodyId: string | null, asOf: string, after: MandateKey | null, limit: number): Promise<MandateKey[]> {
  const rows = await db.read('mandates-page', { bodyId, addressing: [...MANDATE_ADDRESSING], asOf, after, limit: int(limit) });
  return rows.map((r) => [r.day as string, r.id as string]);
}

export function encodeMandateCursor(key: MandateKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeMandateCursor(cursor: string): MandateKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 2 && key.every((k) => typeof k === 'string' && k.length > 0)) return key as MandateKey;
  } catch {
    // refused below
  }
  throw new BadUserInputError(`\`after\` must be an endCursor or cursor returned by a previous mandates page; got "${cursor}".`, 'after');
}

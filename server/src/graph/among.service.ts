/**
 * Internal: the subgraph of a set of nodes (Query.among): the nodes, each provision's instrument
 * (so a paragraph is drawn where its instrument sits), and how they cite each other. One Cypher
 * round trip (cypher/queries/among.cypher), whatever the number of nodes and edges.
 */
import type { StoredCard } from '../../../cypher/card.js';
import type { Relation } from '../../../cypher/model.js';
import { strengthsFrom, type Strength } from '../../../cypher/strength.js';
import { evidenceRow, type EvidenceField } from '../citation/citation.type.js';
import type { Database } from '../db/database.js';
import { relationsParam, strengthParams } from '../db/plain.js';
import { NotFoundError } from '../errors/errors.js';
import type { InstrumentRow } from '../instrument/instrument.type.js';
import { nodeFromCard } from './graph-node.js';
import { SubgraphBuilder } from './neighborhood.service.js';
import type { Subgraph } from './subgraph.type.js';

type AmongEdge = [relation: string, key: string | null, evidence: unknown[], source: string, target: string];

/**
 * `ids`: distinct node ids; NotFoundError names the first that names no node. `evidence`: the
 * Evidence fields to fetch for each edge (the client's selection), or null for none.
 * `minStrength`: only citations whose clause acts at least this strongly (null: all); the
 * structure the builder adds (PART_OF, ISSUED_BY) stays.
 */
export async function buildAmong(db: Database, ids: string[], relations: Relation[], evidence: readonly EvidenceField[] | null, minStrength: Strength | null = null): Promise<Subgraph> {
  const [row] = await db.read('among', { ids, relations: relationsParam(relations), evidence: evidence ?? [], ...strengthParams(minStrength ? strengthsFrom(minStrength) : null) });
  const missing = row.missing as string[];
  if (missing.length) throw new NotFoundError('node', missing[0]);
  const rows = (row.cards as StoredCard[]).map(nodeFromCard);
  const byId = new Map(rows.map((node) => [node.id, node]));
  // Every node and its instrument: at most twice the ids, so no cap cuts them.
  const builder = new SubgraphBuilder(rows.length);
  for (const node of rows) {
    const parent = node.__kind === 'Provision' ? byId.get(node.instrumentId) : undefined;
    builder.addWithParent(node, parent?.__kind === 'Instrument' ? (parent as InstrumentRow) : null);
  }
  // An instrument and its issuing body, both among the nodes: the neighbourhood's ISSUED_BY edge.
  for (const node of rows) if (node.__kind === 'Instrument' && node.bodyId) builder.addEdge(node.id, node.bodyId, 'ISSUED_BY');
  for (const [relation, key, values, source, target] of row.edges as AmongEdge[]) {
    builder.addEdge(source, target, relation, evidence ? evidenceRow(evidence, values) : undefined, key ?? undefined);
  }
  return { nodes: [...builder.nodes.values()], edges: [...builder.edges.values()], truncated: false, nodeCap: rows.length };
}

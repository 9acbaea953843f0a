/**
 * Internal: traces mandate chains breadth-first, one round trip per step (at most `maxDepth`), so
 * each chain found is a shortest one and the cost does not grow with the number of chains.
 *
 * The walk starts from the node and, for an instrument, from each of its provisions. DOWNSTREAM
 * follows acting relations along their direction and citing relations against it (forward in
 * time); UPSTREAM is the reverse (see trace-step.cypher). Without `to`, the result is one path per
 * end of the walk (a node from which the walk went no further); with `to`, one path per node that
 * is `to` or a provision of `to`.
 */
import { ACTING_RELATIONS, type Relation } from '../../../cypher/model.js';
import type { EvidenceRow } from '../citation/citation.type.js';
import type { Database } from '../db/database.js';
import { int } from '../db/plain.js';
import { NotFoundError } from '../errors/errors.js';
import { LIMITS } from '../graph/args.js';
import { asNode, type NodeRow } from '../graph/graph-node.js';
import type { HopRow } from './path.type.js';

export interface TraceRequest {
  from: string;
  to: string | null;
  downstream: boolean;
  relations: Relation[];
  maxDepth: number;
}

interface Reached {
  node: NodeRow;
  via: HopRow | null;
}

function isTarget(node: NodeRow, to: string): boolean {
  return node.id === to || (node.__kind === 'Provision' && node.instrumentId === to);
}

function pathTo(reached: Map<string, Reached>, id: string): HopRow[] {
  const hops: HopRow[] = [];
  for (let step = reached.get(id); step?.via; step = reached.get(step.via.from.id)) hops.unshift(step.via);
  return hops;
}

export async function trace(db: Database, request: TraceRequest): Promise<HopRow[][]> {
  const [seed] = await db.read('nodes-by-id', { ids: [request.from], provisionCap: int(10_000) });
  if (!seed) throw new NotFoundError('instrument, provision or body', request.from);
  if (request.to !== null && request.to === request.from) return [];

  const reached = new Map<string, Reached>();
  const seeds = [asNode(seed.node as NodeRow), ...((seed.provisions as NodeRow[]) ?? []).map(asNode)];
  for (const node of seeds) reached.set(node.id, { node, via: null });

  let frontier = seeds.map((n) => n.id);
  const expanded = new Set<string>();
  for (let depth = 1; depth <= request.maxDepth && frontier.length > 0; depth++) {
    const rows = await db.read('trace-step', {
      ids: frontier,
      relations: request.relations,
      acting: [...ACTING_RELATIONS],
      downstream: request.downstream,
      limit: int(LIMITS.tracePaths * 20),
    });
    frontier.forEach((id) => expanded.add(id));
    const next: string[] = [];
    for (const row of rows) {
      const node = asNode(row.node as NodeRow);
      if (reached.has(node.id)) continue;
      const from = reached.get(row.from as string)!.node;
      const evidence = row.evidence as EvidenceRow;
      reached.set(node.id, {
        node,
        via: { from, to: node, relation: row.relation as string, evidence, date: evidence.date, reversed: !(row.alongEdge as boolean) },
      });
      next.push(node.id);
    }
    frontier = next;
  }

  const parents = new Set([...reached.values()].map((r) => r.via?.from.id).filter(Boolean));
  const ends = [...reached.values()].filter((r) =>
    r.via !== null && (request.to !== null ? isTarget(r.node, request.to) : !parents.has(r.node.id)),
  );
  return ends
    .map((r) => pathTo(reached, r.node.id))
    .sort((a, b) => b.length - a.length || a[a.length - 1].to.id.localeCompare(b[b.length - 1].to.id))
    .slice(0, LIMITS.tracePaths);
}

/**
 * Internal: traces mandate chains breadth-first, one round trip per step (at most `maxDepth`), so
 * each chain found is a shortest one and the cost does not grow with the number of chains.
 *
 * The walk starts from the node and, for an instrument, from each of its provisions. DOWNSTREAM
 * follows acting relations along their direction and citing relations against it (forward in
 * time); UPSTREAM is the reverse (see trace-step.cypher). Without `to`, the result is one path per
 * end of the walk (a node from which the walk went no further); with `to`, one path per node that
 * is `to` or a provision of `to`.
 *
 * Chains keep to time order: walking downstream, a hop never reaches a node dated before the latest
 * date seen so far on its chain (upstream, never after). Undated nodes (most bodies) pass, and the
 * chain's clock carries over them. A date known only to the year compares as equal to any day of
 * that year.
 *
 * Standing bodies (organs, offices, stakeholder groups) end a chain rather than pass it on: the
 * CSTD Chair is asked to do many things, and a chain that entered it through one mandate must not
 * leave through another. Working groups and forums, which exist for one mandate, pass it on.
 */
import { ACTING_RELATIONS, type Relation } from '../../../cypher/model.js';
import type { EvidenceRow } from '../citation/citation.type.js';
import type { Database, WriteTx } from '../db/database.js';
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
  /** Latest (downstream) or earliest (upstream) date seen on the chain up to this node. */
  clock: string | null;
}

/** Compares ISO dates of any precision; a date that is a prefix of the other counts as equal. */
export function compareDates(a: string, b: string): number {
  if (a.startsWith(b) || b.startsWith(a)) return 0;
  return a < b ? -1 : 1;
}

/** Whether a chain whose clock is `clock` may go on to a node dated `date`. */
export function inTimeOrder(clock: string | null, date: string | null, downstream: boolean): boolean {
  if (!clock || !date) return true;
  const order = compareDates(date, clock);
  return downstream ? order >= 0 : order <= 0;
}

function isTarget(node: NodeRow, to: string): boolean {
  return node.id === to || (node.__kind === 'Provision' && node.instrumentId === to);
}

function pathTo(reached: Map<string, Reached>, id: string): HopRow[] {
  const hops: HopRow[] = [];
  for (let step = reached.get(id); step?.via; step = reached.get(step.via.from.id)) hops.unshift(step.via);
  return hops;
}

const PASS_THROUGH_BODY_KINDS = new Set(['working-group', 'forum']);

/** Whether a walk may continue from this node (see the module comment). */
export function passesOn(node: NodeRow): boolean {
  return node.__kind !== 'Body' || PASS_THROUGH_BODY_KINDS.has(node.kind ?? '');
}

export async function trace(db: Database, request: TraceRequest): Promise<HopRow[][]> {
  // All steps read one consistent snapshot, in one transaction.
  return db.readTransaction('trace', (tx) => walk(tx, request));
}

async function walk(tx: WriteTx, request: TraceRequest): Promise<HopRow[][]> {
  const [seed] = await tx.run('nodes-by-id', { ids: [request.from], provisionCap: int(10_000) });
  if (!seed) throw new NotFoundError('instrument, provision or body', request.from);
  if (request.to !== null && request.to === request.from) return [];

  const reached = new Map<string, Reached>();
  const seeds = [asNode(seed.node as NodeRow), ...((seed.provisions as NodeRow[]) ?? []).map(asNode)];
  const seedDate = (seed.date as string | null) ?? null;
  for (const node of seeds) reached.set(node.id, { node, via: null, clock: seedDate });

  let frontier = seeds.map((n) => n.id);
  for (let depth = 1; depth <= request.maxDepth && frontier.length > 0; depth++) {
    const rows = await tx.run('trace-step', {
      ids: frontier,
      relations: request.relations,
      acting: [...ACTING_RELATIONS],
      downstream: request.downstream,
      limit: int(LIMITS.tracePaths * 20),
    });
    const next: string[] = [];
    for (const row of rows) {
      const node = asNode(row.node as NodeRow);
      if (reached.has(node.id)) continue;
      const origin = reached.get(row.from as string)!;
      const date = (row.date as string | null) ?? null;
      if (!inTimeOrder(origin.clock, date, request.downstream)) continue;
      const evidence = row.evidence as EvidenceRow;
      reached.set(node.id, {
        node,
        clock: date ?? origin.clock,
        via: { from: origin.node, to: node, relation: row.relation as string, evidence, date: evidence.date, reversed: !(row.alongEdge as boolean) },
      });
      if (passesOn(node)) next.push(node.id);
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

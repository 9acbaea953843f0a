/**
 * Internal: traces mandate chains breadth-first, so each chain found is a shortest one and the cost
 * does not grow with the number of chains. The whole walk, the start included, is one statement
 * (cypher/queries/trace.cypher, which states its rules): one round trip whatever the depth.
 *
 * The walk starts from the node and, for an instrument, from each of its provisions. DOWNSTREAM
 * follows acting relations along their direction and citing relations against it (forward in
 * time); UPSTREAM is the reverse. Without `to`, the result is one path per end of the walk (a node
 * from which the walk went no further); with `to`, one path per node that is `to` or a provision of
 * `to`.
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
import { ACTING_RELATIONS, MANDATE_RELATIONS, type Relation } from '../../../cypher/model.js';
import { strengthsFrom, type Strength } from '../../../cypher/strength.js';
import type { EvidenceRow } from '../citation/citation.type.js';
import type { Database } from '../db/database.js';
import { int, relationsParam, strengthParams } from '../db/plain.js';
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
  /** Only hops whose clause acts at least this strongly (cypher/strength.ts); absent or null: any hop. */
  minStrength?: Strength | null;
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

/** Body kinds that pass a chain on (see the module comment); every other body ends it. */
const PASS_THROUGH_BODY_KINDS = ['working-group', 'forum'];

/** The parameters of the walk (trace.cypher) from `from`; bench/profile.ts profiles it with them. */
export function walkParams(from: string, request: Omit<TraceRequest, 'from' | 'to'>) {
  return {
    from,
    provisionCap: int(10_000),
    maxDepth: int(request.maxDepth),
    relations: relationsParam(request.relations),
    ...strengthParams(request.minStrength ? strengthsFrom(request.minStrength) : null),
    acting: [...ACTING_RELATIONS],
    downstream: request.downstream,
    passThrough: PASS_THROUGH_BODY_KINDS,
    limit: int(LIMITS.tracePaths * 20),
  };
}

/**
 * Has Neo4j plan the walk by running it from a start no node has (it finds nothing and reads
 * nothing more). The walk's statement is long (one copy per level): planning it takes Neo4j about
 * 1.5 s on this project's machine, and several seconds in a JVM that has just started, against a
 * few milliseconds to run it (BENCHMARKS.md, twenty-second session). The plan serves a trace over
 * any relations (walkParams sends every filter in one size class). `npm start` calls this first
 * among its preparations (scripts/prepare.ts), so that the first user does not wait. (An EXPLAIN
 * plans it too, but left the first real run 3.6 s of its 6.1.)
 */
export async function prepareTrace(db: Database): Promise<void> {
  await db.read('trace', walkParams('prepare: no node has this id', { downstream: true, relations: [...MANDATE_RELATIONS], maxDepth: 6 }));
}

export async function trace(db: Database, request: TraceRequest): Promise<HopRow[][]> {
  // One statement: the start, its provisions and every level (trace.cypher), one snapshot. A trace
  // to its own start has no path, but an unknown start is still NOT_FOUND: it walks no level.
  const toItself = request.to !== null && request.to === request.from;
  const rows = await db.read('trace', walkParams(request.from, toItself ? { ...request, maxDepth: 0 } : request));
  if (rows.length === 0) throw new NotFoundError('instrument, provision or body', request.from);
  if (toItself) return [];

  // The seeds (no `from`), then level by level each node once, its origin reached before it.
  const reached = new Map<string, Reached>();
  for (const row of rows) {
    const node = asNode(row.node as NodeRow);
    if (row.from === null) {
      reached.set(node.id, { node, via: null });
      continue;
    }
    const evidence = row.evidence as EvidenceRow;
    const from = reached.get(row.from as string)!.node;
    reached.set(node.id, { node, via: { from, to: node, relation: row.relation as string, evidence, date: evidence.date, reversed: !(row.alongEdge as boolean) } });
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

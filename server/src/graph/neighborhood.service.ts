/**
 * Internal: builds a capped neighbourhood level by level: the start node and the first two levels
 * in one round trip, then one per level (so at most max(1, depth - 1), whatever the graph's size). An
 * instrument counts with its provisions and its issuing body at level 0, so depth 1 around an
 * instrument shows everything it cites and everything that cites it.
 */
import type { StoredCard } from '../../../cypher/card.js';
import type { LevelRow } from '../../../cypher/level-row.js';
import { labelOfId, type Relation } from '../../../cypher/model.js';
import { evidenceRow, type EvidenceField, type EvidenceRow } from '../citation/citation.type.js';
import type { Database } from '../db/database.js';
import { int, relationsParam } from '../db/plain.js';
import { NotFoundError } from '../errors/errors.js';
import type { InstrumentRow } from '../instrument/instrument.type.js';
import { displayLabel, nodeFromCard, type NodeRow } from './graph-node.js';
import type { Subgraph, SubgraphEdge, SubgraphNode } from './subgraph.type.js';

export function forumOf(row: NodeRow, parent?: InstrumentRow | null): string | undefined {
  if (row.__kind === 'Body') return row.acronym;
  const bodyId = row.__kind === 'Instrument' ? row.bodyId : parent?.bodyId;
  return bodyId?.replace(/^body:/, '');
}

export function toSubgraphNode(row: NodeRow, parent?: InstrumentRow | null): SubgraphNode {
  return {
    id: row.id,
    label: displayLabel(row, parent),
    kind: row.__kind,
    instrumentKind: row.__kind === 'Instrument' ? row.kind : undefined,
    parent: row.__kind === 'Provision' ? row.instrumentId : undefined,
    date: row.__kind === 'Instrument' ? row.adopted : row.__kind === 'Body' ? row.established : parent?.adopted,
    forum: forumOf(row, parent),
    ended: row.__kind === 'Body' ? row.ended : undefined,
  };
}

/** A subgraph under a node cap, made node by node and edge by edge (an edge only between two of its nodes). */
export class SubgraphBuilder {
  readonly nodes = new Map<string, SubgraphNode>();
  readonly edges = new Map<string, SubgraphEdge>();
  truncated = false;

  constructor(readonly cap: number) {}

  /** Adds a node unless the cap is reached; returns whether the node is (now) in the subgraph. */
  addNode(row: NodeRow, parent?: InstrumentRow | null): boolean {
    if (this.nodes.has(row.id)) return true;
    if (this.nodes.size >= this.cap) {
      this.truncated = true;
      return false;
    }
    this.nodes.set(row.id, toSubgraphNode(row, parent));
    return true;
  }

  addEdge(source: string, target: string, relation: string, evidence?: EvidenceRow, key?: string): void {
    if (!this.nodes.has(source) || !this.nodes.has(target)) return;
    const id = key ?? `${source}|${relation}|${target}`;
    this.edges.set(id, { id, source, target, relation, evidence });
  }

  /** Adds a provision together with its instrument and the PART_OF edge between them. */
  addWithParent(row: NodeRow, parent: InstrumentRow | null): boolean {
    if (parent && this.addNode(parent)) {
      if (!this.addNode(row, parent)) return false;
      this.addEdge(row.id, parent.id, 'PART_OF');
      return true;
    }
    return this.addNode(row, parent);
  }
}

/**
 * Relationships per Bolt record. A level comes as a few records of up to LEVEL_BATCH relationships
 * each, not one per relationship: each record costs both ends a message and our server a Record.
 * Not all in one either: the driver decodes a record larger than a Bolt chunk (at most 64 KiB), or split
 * between two socket reads, through a slow path that makes a StringDecoder per string.
 */
export const LEVEL_BATCH = 100;

const levelRows = (records: Record<string, unknown>[]): LevelRow[] => records.flatMap((record) => record.rows as LevelRow[]);

/** The frontier as neighborhood.cypher takes it: one list per label, each in frontier order. */
function idsByLabel(ids: string[]): { instrumentIds: string[]; provisionIds: string[]; bodyIds: string[] } {
  const lists = { instrumentIds: [] as string[], provisionIds: [] as string[], bodyIds: [] as string[] };
  for (const id of ids) {
    const label = labelOfId(id);
    (label === 'Instrument' ? lists.instrumentIds : label === 'Provision' ? lists.provisionIds : lists.bodyIds).push(id);
  }
  return lists;
}

/**
 * The rows a level asks for when `room` nodes are left under the cap. Every row then brings a node
 * not yet in the subgraph, or an edge between two that are: the room, plus a quarter for those
 * edges, fills the cap; more rows would be dropped. neighborhood-start.cypher writes the same
 * formula for level 2 (and then ends level 2 at the row that fills the cap); the walk uses its
 * level 2 only when the two limits agree.
 */
const levelLimit = (room: number) => room + Math.ceil(room / 4) + 10;

/**
 * `evidence`: the Evidence fields to fetch for each citation edge (the client's selection), or
 * null when the query does not ask for evidence at all.
 */
export async function buildNeighborhood(db: Database, id: string, depth: number, relations: Relation[], nodeCap: number, evidence: readonly EvidenceField[] | null): Promise<Subgraph> {
  const builder = new SubgraphBuilder(nodeCap);
  // The node, what comes with it and the first two levels arrive in one statement, so the first
  // level's limit is set before the start's size is known: it counts the node alone, which can only
  // ask for a few rows more than needed. The statement sets the second level's limit itself, from
  // the nodes the first level brought, as this function does for the levels after.
  let limit = levelLimit(nodeCap - 1);
  const firstRows = await db.read('neighborhood-start', { id, label: labelOfId(id), provisionCap: int(nodeCap), relations: relationsParam(relations), limit: int(limit), depth: int(depth), cap: int(nodeCap), evidence: evidence ?? [], batch: int(LEVEL_BATCH) });
  const first = firstRows[0];
  if (!first) throw new NotFoundError('node', id);

  const [nodeCard, ownerCard, bodyCard, provisionCards, firstCount, secondLimit, secondCut] = first.start as [StoredCard, StoredCard | null, StoredCard | null, StoredCard[], number, number | null, boolean | null];
  const startRows = levelRows(firstRows);
  const root = nodeFromCard(nodeCard);
  // A provision comes with its instrument, so it gets its label, date and forum lane.
  builder.addWithParent(root, ownerCard ? (nodeFromCard(ownerCard) as InstrumentRow) : null);
  let frontier = [root.id];
  if (root.__kind === 'Instrument') {
    for (const card of provisionCards) {
      const p = nodeFromCard(card);
      if (builder.addNode(p, root)) {
        builder.addEdge(p.id, root.id, 'PART_OF');
        frontier.push(p.id);
      }
    }
    const body = bodyCard ? nodeFromCard(bodyCard) : null;
    if (body && builder.addNode(body)) builder.addEdge(root.id, body.id, 'ISSUED_BY');
  }

  // The level before the frontier: every relationship between it and the frontier came back with
  // that level's rows already (a level that hit its limit ends the walk), so the next query skips
  // those instead of fetching each frontier node's edge back to where it was found.
  let previous: string[] = [];
  for (let level = 1; level <= depth && frontier.length > 0 && !builder.truncated; level++) {
    let rows: LevelRow[];
    if (level === 1) rows = startRows.slice(0, firstCount);
    else {
      limit = levelLimit(nodeCap - builder.nodes.size);
      // Level 2 as the start statement fetched it, when it did so with this limit (it skips a
      // level 2 this walk would not reach); otherwise, and for level 3, one statement for the
      // level. The tests' round-trip counts fail if the statement's limit drifts from levelLimit.
      if (level === 2 && secondLimit === limit) {
        rows = startRows.slice(firstCount);
        // The statement ended level 2 at the row that filled the cap, so no row here is refused.
        if (secondCut) builder.truncated = true;
      } else rows = levelRows(await db.read('neighborhood', { ...idsByLabel(frontier), exclude: previous, relations: relationsParam(relations), limit: int(limit), evidence: evidence ?? [], batch: int(LEVEL_BATCH) }));
    }
    if (rows.length >= limit) builder.truncated = true;
    previous = frontier;
    // The next frontier: every node this level reached that was not in the subgraph before it
    // (also one that came earlier in this level as a provision's instrument), as the start
    // statement computes level 2's.
    const before = new Set(builder.nodes.keys());
    const next = new Set<string>();
    for (const [relation, key, values, near, farIsSource, nodeCard, parentCard] of rows) {
      const node = nodeFromCard(nodeCard);
      const parent = parentCard ? (nodeFromCard(parentCard) as InstrumentRow) : null;
      if (!builder.addWithParent(node, parent)) continue;
      if (!before.has(node.id)) next.add(node.id);
      const proof = evidence ? evidenceRow(evidence, values) : undefined;
      const [source, target] = farIsSource ? [node.id, near] : [near, node.id];
      builder.addEdge(source, target, relation, proof, key);
    }
    frontier = [...next];
  }
  return { nodes: [...builder.nodes.values()], edges: [...builder.edges.values()], truncated: builder.truncated, nodeCap };
}

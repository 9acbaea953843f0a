/**
 * Internal: builds a capped neighbourhood level by level, one round trip per level, the first
 * together with the start node (so at most `depth` round trips, whatever the graph's size). An
 * instrument counts with its provisions and its issuing body at level 0, so depth 1 around an
 * instrument shows everything it cites and everything that cites it.
 */
import { labelOfId, type Relation } from '../../../cypher/model.js';
import { evidenceRow, type EvidenceField, type EvidenceRow } from '../citation/citation.type.js';
import type { Database } from '../db/database.js';
import { int } from '../db/plain.js';
import { NotFoundError } from '../errors/errors.js';
import type { InstrumentRow } from '../instrument/instrument.type.js';
import { asNode, displayLabel, nodeFromList, type NodeRow } from './graph-node.js';
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
  };
}

class SubgraphBuilder {
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
    if (parent && this.addNode(asNode(parent))) {
      if (!this.addNode(row, parent)) return false;
      this.addEdge(row.id, parent.id, 'PART_OF');
      return true;
    }
    return this.addNode(row, parent);
  }
}

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
 * edges, fills the cap; more rows would be dropped.
 */
const levelLimit = (room: number) => room + Math.ceil(room / 4) + 10;

/**
 * `evidence`: the Evidence fields to fetch for each citation edge (the client's selection), or
 * null when the query does not ask for evidence at all.
 */
export async function buildNeighborhood(db: Database, id: string, depth: number, relations: Relation[], nodeCap: number, evidence: readonly EvidenceField[] | null): Promise<Subgraph> {
  const builder = new SubgraphBuilder(nodeCap);
  // The node, what comes with it and the first level arrive in one statement, so the first level's
  // limit is set before the start's size is known: it counts the node alone, which can only ask
  // for a few rows more than needed.
  let limit = levelLimit(nodeCap - 1);
  const first = await db.read('neighborhood-start', { id, label: labelOfId(id), provisionCap: int(nodeCap), relations, limit: int(limit), evidence: evidence ?? [] });
  const start = first.find((row) => row.start)?.start as [unknown[], unknown[] | null, unknown[] | null, unknown[][]] | undefined;
  if (!start) throw new NotFoundError('node', id);

  const [nodeList, ownerList, bodyList, provisionLists] = start;
  const root = nodeFromList(nodeList);
  // A provision comes with its instrument, so it gets its label, date and forum lane.
  builder.addWithParent(root, ownerList ? (nodeFromList(ownerList) as InstrumentRow) : null);
  let frontier = [root.id];
  if (root.__kind === 'Instrument') {
    for (const list of provisionLists) {
      const p = nodeFromList(list);
      if (builder.addNode(p, root)) {
        builder.addEdge(p.id, root.id, 'PART_OF');
        frontier.push(p.id);
      }
    }
    const body = bodyList ? nodeFromList(bodyList) : null;
    if (body && builder.addNode(body)) builder.addEdge(root.id, body.id, 'ISSUED_BY');
  }

  // The level before the frontier: every relationship between it and the frontier came back with
  // that level's rows already (a level that hit its limit ends the walk), so the next query skips
  // those instead of fetching each frontier node's edge back to where it was found.
  let previous: string[] = [];
  let rows = first.filter((row) => !row.start);
  for (let level = 1; level <= depth && frontier.length > 0 && !builder.truncated; level++) {
    if (level > 1) {
      limit = levelLimit(nodeCap - builder.nodes.size);
      rows = await db.read('neighborhood', { ...idsByLabel(frontier), exclude: previous, relations, limit: int(limit), evidence: evidence ?? [] });
    }
    if (rows.length >= limit) builder.truncated = true;
    previous = frontier;
    const next: string[] = [];
    for (const row of rows) {
      const node = nodeFromList(row.node as unknown[]);
      const isNew = !builder.nodes.has(node.id);
      const parent = row.parent ? (nodeFromList(row.parent as unknown[]) as InstrumentRow) : null;
      if (!builder.addWithParent(node, parent)) continue;
      if (isNew) next.push(node.id);
      const values = row.evidence as unknown[];
      const proof = evidence ? evidenceRow(evidence, values) : undefined;
      const [source, target] = row.farIsSource ? [node.id, row.near as string] : [row.near as string, node.id];
      builder.addEdge(source, target, row.relation as string, proof, row.key as string);
    }
    frontier = next;
  }
  return { nodes: [...builder.nodes.values()], edges: [...builder.edges.values()], truncated: builder.truncated, nodeCap };
}

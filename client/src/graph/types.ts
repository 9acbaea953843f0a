/** The client's graph model: what the API's Subgraph and Path types become before Cytoscape. */
import { RELATIONS } from '../../../cypher/model.js';
import type { Strength } from '../../../cypher/strength.js';

export type NodeKind = 'Instrument' | 'Provision' | 'Body';
export const NODE_KINDS: readonly NodeKind[] = ['Instrument', 'Provision', 'Body'];

/** How sure we are of one field, where it has a provenance of its own (the API's FieldProvenance). */
export interface FieldMark {
  field: string;
  confidence: string;
  sources: string[];
  note: string | null;
}

export interface Evidence {
  clause?: string | null;
  quote?: string | null;
  language?: string | null;
  method?: string | null;
  confidence?: string | null;
  sourceUrl?: string | null;
  sources?: string[] | null;
  note?: string | null;
  date?: string | null;
  /** How strongly the citing clause acts (cypher/strength.ts); null for a recital. */
  strength?: Strength | null;
  /** The parts of a curated edge (from, to, relation) that are less sure than the edge. */
  fieldProvenance?: FieldMark[] | null;
}

export interface GNode {
  id: string;
  label: string;
  kind: NodeKind;
  instrumentKind?: string | null;
  parent?: string | null;
  date?: string | null;
  forum?: string | null;
  /** When a body ended (YYYY, YYYY-MM or YYYY-MM-DD): a time window shows it ended after that. */
  ended?: string | null;
}

export interface GEdge {
  id: string;
  source: string;
  target: string;
  /** A Relation value, or PART_OF / ISSUED_BY for structure. */
  relation: string;
  evidence?: Evidence | null;
}

export interface Subgraph {
  nodes: GNode[];
  edges: GEdge[];
  truncated?: boolean;
  nodeCap?: number;
}

/** A chain as the client draws it: its edges in walking order (stored direction kept). */
export interface TracePath {
  nodes: GNode[];
  edges: GEdge[];
}

export type TraceDirection = 'UPSTREAM' | 'DOWNSTREAM';

/**
 * What a drawn chain is: a trace walked UPSTREAM or DOWNSTREAM, or a text's HISTORY (its drafts
 * and revisions, both ways: Instrument.history, Provision.history).
 */
export type TraceWalk = TraceDirection | 'HISTORY';
export const TRACE_WALKS: readonly TraceWalk[] = ['UPSTREAM', 'DOWNSTREAM', 'HISTORY'];

/**
 * An edge's id by its ends: source|RELATION|target. A trace's hops carry no key, so their edges
 * take this id; a neighbourhood's edges take their stored key (the server's SubgraphEdge.id) when
 * they have one, which is another shape ("WTPF-13/DT/6|recalling.a|RECALLS|…").
 */
export function edgeId(source: string, relation: string, target: string): string {
  return `${source}|${relation}|${target}`;
}

/**
 * The ends of an edge id of edgeId's shape, or null when `id` has no |RELATION| in it. The first
 * relation of RELATIONS found splits it: node ids hold no "|", relation names only capitals and _.
 */
export function edgeEnds(id: string): { source: string; relation: string; target: string } | null {
  for (const relation of RELATIONS) {
    const at = id.indexOf(`|${relation}|`);
    if (at > 0 && at + relation.length + 2 < id.length) return { source: id.slice(0, at), relation, target: id.slice(at + relation.length + 2) };
  }
  return null;
}

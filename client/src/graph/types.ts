/** The client's graph model: what the API's Subgraph and Path types become before Cytoscape. */
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

/** The stable edge id the server uses: source|RELATION|target. */
export function edgeId(source: string, relation: string, target: string): string {
  return `${source}|${relation}|${target}`;
}

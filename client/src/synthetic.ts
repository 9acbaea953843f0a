/** A deterministic synthetic graph for performance checks (?synthetic=2000): ~2.5 edges per node. */
import { RELATIONS } from '../../cypher/model.js';
import type { GEdge, GNode, NodeKind, Subgraph } from './graph/types.js';

export function syntheticGraph(nodeCount: number, edgeCount = Math.round(nodeCount * 2.5), seed = 42): Subgraph {
  let state = seed >>> 0;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const forums = ['WSIS', 'UNGA', 'ECOSOC', 'CSTD', 'ITU-PP', 'WTPF-13', 'IGF'];
  const kinds: NodeKind[] = ['Instrument', 'Provision', 'Provision', 'Body'];
  const nodes: GNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const kind = kinds[Math.floor(random() * kinds.length)];
    const year = 2003 + Math.floor(random() * 20);
    nodes.push({ id: `syn:${i}`, label: `${kind === 'Body' ? 'Body' : kind === 'Provision' ? '¶' : 'Doc'} ${i}`, kind, instrumentKind: kind === 'Instrument' ? 'RESOLUTION' : null, date: `${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`, forum: forums[Math.floor(random() * forums.length)] });
  }
  const edges: GEdge[] = [];
  const seen = new Set<string>();
  while (edges.length < edgeCount) {
    // mostly local edges, so the graph has structure rather than a hairball
    const a = Math.floor(random() * nodeCount);
    const b = random() < 0.8 ? (a + 1 + Math.floor(random() * 20)) % nodeCount : Math.floor(random() * nodeCount);
    if (a === b) continue;
    const relation = RELATIONS[Math.floor(random() * RELATIONS.length)];
    const id = `syn:${a}|${relation}|syn:${b}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({ id, source: `syn:${a}`, target: `syn:${b}`, relation, evidence: null });
  }
  return { nodes, edges, truncated: false, nodeCap: nodeCount };
}

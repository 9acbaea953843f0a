import type { GEdge, GNode, Subgraph } from '../../../client/src/graph/types.js';

export const TUNIS = 'WSIS-05/TUNIS/DOC/6(Rev.1)';
export const OP6 = 'WTPF-13/DT/6';

export function node(id: string, kind: GNode['kind'], extra: Partial<GNode> = {}): GNode {
  return { id, label: extra.label ?? id, kind, ...extra };
}
export function edge(source: string, relation: string, target: string, extra: Partial<GEdge> = {}): GEdge {
  return { id: `${source}|${relation}|${target}`, source, target, relation, ...extra };
}

/** A small Opinion 6 neighbourhood in the shape the API returns. */
export function opinion6(): Subgraph {
  return {
    nodes: [
      node(OP6, 'Instrument', { label: 'WTPF-13 Opinion 6 (DT/6)', instrumentKind: 'OPINION', date: '2013-05-15', forum: 'WTPF-13' }),
      node(`${OP6}#recalling.a`, 'Provision', { label: 'WTPF-13 Opinion 6 (DT/6) Recalling (a)', parent: OP6, date: '2013-05-15', forum: 'WTPF-13' }),
      node(`${OP6}#view.1`, 'Provision', { label: 'WTPF-13 Opinion 6 (DT/6) Is of the view', parent: OP6, date: '2013-05-15', forum: 'WTPF-13' }),
      node(`${TUNIS}#69`, 'Provision', { label: 'Tunis Agenda ¶69', parent: TUNIS, date: '2005-11-18', forum: 'WSIS' }),
      node(`${TUNIS}#71`, 'Provision', { label: 'Tunis Agenda ¶71', parent: TUNIS, date: '2005-11-18', forum: 'WSIS' }),
      node('body:WTPF-13', 'Body', { label: 'WTPF-13', date: '2013-05-14', forum: 'WTPF-13' }),
    ],
    edges: [
      edge(`${OP6}#recalling.a`, 'PART_OF', OP6),
      edge(`${OP6}#view.1`, 'PART_OF', OP6),
      edge(OP6, 'ISSUED_BY', 'body:WTPF-13'),
      edge(`${OP6}#recalling.a`, 'RECALLS', `${TUNIS}#69`, { evidence: { clause: 'Recalling (a)', quote: 'بالفقرات ذات الصلة من برنامج عمل تونس', language: 'ar', method: 'rule:tunis-paragraphs', confidence: 'extracted' } }),
      edge(`${OP6}#recalling.a`, 'RECALLS', `${TUNIS}#71`),
      edge(`${OP6}#view.1`, 'REAFFIRMS', `${TUNIS}#69`, {
        evidence: { method: 'curated', confidence: 'verified', strength: 'DECLARES', fieldProvenance: [{ field: 'to', confidence: 'unconfirmed', sources: [], note: 'Paragraph recalled.' }] },
      }),
    ],
    truncated: false,
    nodeCap: 300,
  };
}

/**
 * A Web Worker that computes the force layout (fcose) of a big graph off the page's thread: at
 * 2,000 nodes fcose takes seconds, during which the page could neither scroll, type nor click.
 *
 * Contract: receives a ForceRequest (each node's id, size and position, the edges, fcose's options) and
 * answers a ForceAnswer with the same `id` and every node's position, or with `error`. Nodes the
 * layout left on top of each other are moved apart (separateNodes) before the answer.
 */
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { separateNodes } from './layouts.js';

export interface ForceRequest {
  id: number;
  /** Each node's size and position (a layout that does not randomize refines the positions). */
  nodes: Array<{ id: string; w: number; h: number; x: number; y: number }>;
  edges: Array<{ id: string; source: string; target: string }>;
  options: Record<string, unknown>;
}

export interface ForceAnswer {
  id: number;
  positions?: Record<string, { x: number; y: number }>;
  error?: string;
}

cytoscape.use(fcose);

/** The worker's scope, typed by hand: the project's lib is the page's (DOM), not WebWorker. */
const scope = self as unknown as { onmessage: ((event: MessageEvent<ForceRequest>) => void) | null; postMessage(message: ForceAnswer): void };

scope.onmessage = ({ data }) => {
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
      // Not the constructor's default grid, which would replace the positions sent.
      layout: { name: 'preset' },
      elements: [...data.nodes.map(({ id, w, h, x, y }) => ({ group: 'nodes' as const, data: { id, w, h }, position: { x, y } })), ...data.edges.map((e) => ({ group: 'edges' as const, data: e }))],
    });
    cy.layout({ ...data.options, name: 'fcose', animate: false, fit: false } as LayoutOptions).run();
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((node) => {
      positions[node.id()] = { ...node.position() };
    });
    // Nodes the layout left on top of each other (draft quality stacks leaves) moved apart, here
    // rather than on the page: at 2,000 crowded nodes this takes a few hundred milliseconds.
    const sizes = new Map(data.nodes.map((n) => [n.id, Math.max(n.w, n.h)]));
    separateNodes(Object.entries(positions).map(([id, p]) => ({ id, ...p, size: sizes.get(id) ?? 30 }))).forEach((p, id) => {
      positions[id] = p;
    });
    cy.destroy();
    scope.postMessage({ id: data.id, positions });
  } catch (error) {
    scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};

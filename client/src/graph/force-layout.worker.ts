/**
 * A Web Worker that computes the force layout (fcose) of a big graph off the page's thread: at
 * 2,000 nodes fcose takes seconds, during which the page could neither scroll, type nor click.
 *
 * Contract: receives a ForceRequest (each node's id and size, the edges, fcose's options) and
 * answers a ForceAnswer with the same `id` and every node's position, or with `error`.
 */
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';

export interface ForceRequest {
  id: number;
  nodes: Array<{ id: string; w: number; h: number }>;
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
      elements: [...data.nodes.map((n) => ({ group: 'nodes' as const, data: n })), ...data.edges.map((e) => ({ group: 'edges' as const, data: e }))],
    });
    cy.layout({ ...data.options, name: 'fcose', animate: false, fit: false } as LayoutOptions).run();
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((node) => {
      positions[node.id()] = { ...node.position() };
    });
    cy.destroy();
    scope.postMessage({ id: data.id, positions });
  } catch (error) {
    scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};

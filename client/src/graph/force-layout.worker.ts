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
  /**
   * Each node's size and position (a layout that does not randomize refines the positions), and
   * the box its label takes with it (`box`: its size and its centre's offset from the node's),
   * measured on the page: a worker has no canvas of the page's fonts to measure labels with, so
   * fcose spaces these boxes, as it spaces a small graph's nodes with their labels on the page.
   */
  nodes: Array<{ id: string; w: number; h: number; x: number; y: number; box?: { w: number; h: number; dx: number; dy: number } }>;
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
      // Each node stands for its box, label included, centred where that box's centre is.
      elements: [
        ...data.nodes.map(({ id, w, h, x, y, box }) => ({ group: 'nodes' as const, data: { id, w: box?.w ?? w, h: box?.h ?? h }, position: { x: x + (box?.dx ?? 0), y: y + (box?.dy ?? 0) } })),
        ...data.edges.map((e) => ({ group: 'edges' as const, data: e })),
      ],
    });
    cy.layout({ ...data.options, name: 'fcose', animate: false, fit: false } as LayoutOptions).run();
    const offsets = new Map(data.nodes.map((n) => [n.id, { dx: n.box?.dx ?? 0, dy: n.box?.dy ?? 0 }]));
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((node) => {
      const { x, y } = node.position();
      const offset = offsets.get(node.id())!;
      positions[node.id()] = { x: x - offset.dx, y: y - offset.dy };
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

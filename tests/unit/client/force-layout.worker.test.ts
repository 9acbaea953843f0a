import { beforeAll, describe, expect, it } from 'vitest';
import type { ForceAnswer, ForceRequest } from '../../../client/src/graph/force-layout.worker.js';

/** The worker's scope, stood in for in Node: what it answers is collected. */
const answers: ForceAnswer[] = [];
const scope: { onmessage: ((event: { data: ForceRequest }) => void) | null; postMessage(message: ForceAnswer): void } = { onmessage: null, postMessage: (m) => answers.push(m) };

beforeAll(async () => {
  (globalThis as { self?: unknown }).self = scope;
  await import('../../../client/src/graph/force-layout.worker.js');
});

function ask(request: ForceRequest): ForceAnswer {
  answers.length = 0;
  scope.onmessage!({ data: request });
  return answers[0]!;
}

describe('force layout worker', () => {
  it('answers every node’s position for the request it was given, spread out', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, w: 30, h: 30, x: 0, y: 0 }));
    const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: `n${Math.floor(i / 3)}`, target: n.id }));
    const answer = ask({ id: 7, nodes, edges, options: { quality: 'default', randomize: true, nodeRepulsion: 6500, idealEdgeLength: 80 } });
    expect(answer.id).toBe(7);
    expect(answer.error).toBeUndefined();
    expect(Object.keys(answer.positions!).sort()).toEqual(nodes.map((n) => n.id).sort());
    const distinct = new Set(Object.values(answer.positions!).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(distinct.size).toBe(nodes.length);
  });

  it('refines the positions it is given when it does not randomize (an expansion keeps its place)', () => {
    const nodes = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, w: 30, h: 30, x: i ? 5000 + 60 * Math.cos(i) : 5000, y: i ? 5000 + 60 * Math.sin(i) : 5000 })); // a hub, its leaves around it
    const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: 'n0', target: n.id }));
    const answer = ask({ id: 9, nodes, edges, options: { quality: 'default', randomize: false } });
    // fcose may move the whole drawing (the view is fitted afterwards); what must hold is the
    // arrangement: each leaf keeps its side of the hub.
    const hub = answer.positions!.n0!;
    const turned = nodes.slice(1).filter((n, i) => {
      const p = answer.positions![n.id]!;
      const was = Math.atan2(Math.sin(i + 1), Math.cos(i + 1));
      const now = Math.atan2(p.y - hub.y, p.x - hub.x);
      const diff = Math.abs(Math.atan2(Math.sin(now - was), Math.cos(now - was)));
      return diff > Math.PI / 4;
    });
    expect(turned).toEqual([]);
  });

  it('moves apart the leaves a draft layout stacks on one point', () => {
    // 60 hubs in a row with 9 leaves each: draft quality puts each hub's leaves on one point.
    const nodes = [];
    const edges = [];
    for (let h = 0; h < 60; h++) {
      nodes.push({ id: `h${h}`, w: 40, h: 40, x: 0, y: 0 });
      if (h) edges.push({ id: `c${h}`, source: `h${h - 1}`, target: `h${h}` });
      for (let l = 0; l < 9; l++) {
        nodes.push({ id: `h${h}l${l}`, w: 30, h: 30, x: 0, y: 0 });
        edges.push({ id: `e${h}l${l}`, source: `h${h}`, target: `h${h}l${l}` });
      }
    }
    const answer = ask({ id: 10, nodes, edges, options: { quality: 'draft', randomize: true, nodeRepulsion: 6500, idealEdgeLength: 80, packComponents: true } });
    const points = nodes.map((n) => ({ ...answer.positions![n.id]!, size: Math.max(n.w, n.h) }));
    const overlapping = points.flatMap((a, i) => points.slice(i + 1).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < (a.size + b.size) / 2));
    expect(overlapping.length).toBe(0);
  });

  it('answers an error, with the request’s id, for a graph it cannot lay out', () => {
    const answer = ask({ id: 8, nodes: [{ id: 'a', w: 30, h: 30, x: 0, y: 0 }], edges: [{ id: 'e', source: 'a', target: 'missing' }], options: {} });
    expect(answer.id).toBe(8);
    expect(answer.positions).toBeUndefined();
    expect(answer.error).toMatch(/missing/);
  });
});

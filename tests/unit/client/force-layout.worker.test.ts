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
    const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, w: 30, h: 30 }));
    const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: `n${Math.floor(i / 3)}`, target: n.id }));
    const answer = ask({ id: 7, nodes, edges, options: { quality: 'default', randomize: true, nodeRepulsion: 6500, idealEdgeLength: 80 } });
    expect(answer.id).toBe(7);
    expect(answer.error).toBeUndefined();
    expect(Object.keys(answer.positions!).sort()).toEqual(nodes.map((n) => n.id).sort());
    const distinct = new Set(Object.values(answer.positions!).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(distinct.size).toBe(nodes.length);
  });

  it('answers an error, with the request’s id, for a graph it cannot lay out', () => {
    const answer = ask({ id: 8, nodes: [{ id: 'a', w: 30, h: 30 }], edges: [{ id: 'e', source: 'a', target: 'missing' }], options: {} });
    expect(answer.id).toBe(8);
    expect(answer.positions).toBeUndefined();
    expect(answer.error).toMatch(/missing/);
  });
});

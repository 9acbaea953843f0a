import { describe, expect, it } from 'vitest';
import { laneOf, separateNodes, timeLaneLayout } from '../../../client/src/graph/layouts.js';
import { node } from './fixtures.js';

describe('time-lane layout', () => {
  it('maps forums to lanes', () => {
    expect(laneOf('WSIS')).toBe('WSIS');
    expect(laneOf('UNGA')).toBe('UNGA');
    expect(['ECOSOC', 'CSTD', 'WGEC', 'CSTD-CHAIR'].map(laneOf)).toEqual(Array(4).fill('ECOSOC/CSTD'));
    expect(['ITU-PP', 'ITU-COUNCIL', 'WTPF-13', 'CWG-INTERNET'].map(laneOf)).toEqual(Array(4).fill('ITU'));
    expect(laneOf('IGF')).toBe('OTHER');
    expect(laneOf(null)).toBe('OTHER');
  });

  const chain = [
    node('wgec', 'Body', { date: '2013-03-22', forum: 'WGEC' }),
    node('t71', 'Provision', { date: '2005-11-18', forum: 'WSIS' }),
    node('op6', 'Instrument', { date: '2013-05-15', forum: 'WTPF-13' }),
    node('r67', 'Provision', { date: '2012-12-21', forum: 'UNGA' }),
    node('undated', 'Body', { forum: 'IGF' }),
    node('r67b', 'Provision', { date: '2012-12-21', forum: 'UNGA' }),
  ];

  it('orders columns by date, undated last, and lanes by forum', () => {
    const { positions, lanes, columns } = timeLaneLayout(chain);
    expect(columns).toEqual(['2005-11-18', '2012-12-21', '2013-03-22', '2013-05-15', '']);
    const x = (id: string) => positions.get(id)!.x;
    const y = (id: string) => positions.get(id)!.y;
    expect(x('t71')).toBeLessThan(x('r67'));
    expect(x('r67')).toBeLessThan(x('wgec'));
    expect(x('wgec')).toBeLessThan(x('op6'));
    expect(x('op6')).toBeLessThan(x('undated'));
    expect(lanes.map((l) => l.lane)).toEqual(['WSIS', 'UNGA', 'ECOSOC/CSTD', 'ITU', 'OTHER']);
    expect(y('t71')).toBeLessThan(y('r67'));
    expect(y('r67')).toBeLessThan(y('wgec'));
    // two nodes in one cell stack inside their lane
    expect(x('r67')).toBe(x('r67b'));
    expect(y('r67')).not.toBe(y('r67b'));
    const unga = lanes.find((l) => l.lane === 'UNGA')!;
    for (const id of ['r67', 'r67b']) expect(Math.abs(y(id) - unga.y)).toBeLessThanOrEqual(unga.height / 2);
  });

  it('builds columns from a traced chain only, placing the rest in the nearest earlier column', () => {
    const traced = timeLaneLayout(chain, { priority: new Set(['t71', 'r67b', 'op6']) });
    expect(traced.columns).toEqual(['2005-11-18', '2012-12-21', '2013-05-15']);
    const p = (id: string) => traced.positions.get(id)!;
    expect(p('r67').x).toBe(p('r67b').x + 14 * -2);
    expect(p('wgec').x).toBeGreaterThanOrEqual(p('r67b').x - 28);
    expect(p('wgec').x).toBeLessThan(p('op6').x);
    expect(p('undated').x).toBeGreaterThan(p('op6').x - 28);
  });

  it('mirrors the time axis for right-to-left', () => {
    const rtl = timeLaneLayout(chain, { rtl: true });
    expect(rtl.positions.get('t71')!.x).toBeGreaterThan(rtl.positions.get('op6')!.x);
  });
});

describe('separateNodes', () => {
  const stack = (count: number, x = 100, y = 50) => Array.from({ length: count }, (_, i) => ({ id: `n${String(i).padStart(3, '0')}`, x, y, size: 30 }));
  const distances = (points: Array<{ x: number; y: number }>) => points.flatMap((a, i) => points.slice(i + 1).map((b) => Math.hypot(a.x - b.x, a.y - b.y)));

  it('spreads a stack around its point, each node its size plus the gap from the others', () => {
    for (const count of [2, 3, 9, 40, 300]) {
      const moved = separateNodes(stack(count));
      expect(moved.size).toBe(count - 1); // the first stays at the centre
      const points = stack(count).map((n) => moved.get(n.id) ?? n);
      expect(Math.min(...distances(points))).toBeGreaterThanOrEqual(38 - 1e-9);
      const radius = Math.max(...points.map((p) => Math.hypot(p.x - 100, p.y - 50)));
      expect(radius).toBeLessThan(40 * Math.sqrt(count) + 1);
    }
  });

  it('pushes apart nodes that overlap without sharing a point, by their sizes, and leaves the others alone', () => {
    const nodes = [
      { id: 'big', x: 0, y: 0, size: 60 },
      { id: 'small', x: 10, y: 0, size: 20 },
      { id: 'alone', x: 500, y: 500, size: 30 },
      { id: 'near', x: 200, y: 0, size: 30 },
      { id: 'near2', x: 205, y: 3, size: 30 },
    ];
    const moved = separateNodes(nodes);
    expect([...moved.keys()].sort()).toEqual(['big', 'near', 'near2', 'small']);
    const at = (id: string) => moved.get(id) ?? nodes.find((n) => n.id === id)!;
    expect(Math.hypot(at('big').x - at('small').x, at('big').y - at('small').y)).toBeCloseTo(48);
    expect(at('big').y).toBeCloseTo(0); // along the line between them
    expect(Math.hypot(at('near').x - at('near2').x, at('near').y - at('near2').y)).toBeCloseTo(38);
    expect((at('near').x + at('near2').x) / 2).toBeCloseTo(202.5); // each moved half the shortfall
  });

  it('gives the same positions whatever order the nodes come in', () => {
    const nodes = [...stack(12), { id: 'x', x: 110, y: 60, size: 30 }];
    expect([...separateNodes([...nodes].reverse())].sort()).toEqual([...separateNodes(nodes)].sort());
  });
});

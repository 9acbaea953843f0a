import { describe, expect, it } from 'vitest';
import { laneOf, timeLaneLayout } from '../../../client/src/graph/layouts.js';
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

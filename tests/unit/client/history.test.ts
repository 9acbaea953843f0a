import { describe, expect, it } from 'vitest';
import type { NodeRef } from '../../../client/src/api.js';
import { historyStages, stageDate, type HistoryHop } from '../../../client/src/views/history.js';

const text = (id: string, adopted: string | null): NodeRef => ({ __typename: 'Instrument', id, symbol: id, shortTitle: id, adopted, kind: 'DRAFT' });
const para = (id: string, adopted: string): NodeRef => ({ __typename: 'Provision', id, label: `¶${id.split('#')[1]}`, instrument: { id: id.split('#')[0], shortTitle: id.split('#')[0], adopted, body: null } });
const hop = (from: NodeRef, to: NodeRef, relation = 'REVISES'): HistoryHop => ({ from, to, relation, date: null, evidence: { note: `${to.id} to ${from.id}`, confidence: 'verified', sources: ['V2'] } });

describe('a text\'s history as stages', () => {
  it('lists each text once, in the order the steps come, each with the steps that made it', () => {
    const zero = text('zero', '2025-08');
    const rev1 = text('Rev.1', '2025-11-07');
    const l41 = text('L.41', null);
    const res = { ...text('80/173', '2025-12-17'), kind: 'RESOLUTION' };
    const stages = historyStages([hop(rev1, zero), hop(l41, rev1), hop(res, l41, 'ADOPTS')]);
    expect(stages.map((s) => s.node.id)).toEqual(['zero', 'Rev.1', 'L.41', '80/173']);
    expect(stages.map((s) => s.from.map((h) => h.to.id))).toEqual([[], ['zero'], ['Rev.1'], ['L.41']]);
    expect(stages[3].from[0].relation).toBe('ADOPTS');
  });

  it('gives a text drafted from two earlier ones both steps, and puts both above it', () => {
    const a = text('a', '2010-10');
    const b = text('b', '2010-11');
    const final = text('final', '2010-12');
    const stages = historyStages([hop(final, a, 'ADOPTS'), hop(final, b, 'ADOPTS')]);
    expect(stages.map((s) => s.node.id)).toEqual(['a', 'b', 'final']);
    expect(stages[2].from.map((h) => h.to.id)).toEqual(['a', 'b']);
  });

  it('is empty for a text with no recorded history', () => {
    expect(historyStages([])).toEqual([]);
  });

  it('dates a paragraph by its instrument, and leaves an undated draft undated', () => {
    expect(stageDate(para('WSIS-II/PC-3/DT/15(Rev.5)#63', '2005-11-15'))).toBe('2005-11-15');
    expect(stageDate(text('A/80/L.41', null))).toBeNull();
    expect(stageDate(text('zero', '2025-08'))).toBe('2025-08');
  });
});

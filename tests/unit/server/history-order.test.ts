import { describe, expect, it } from 'vitest';
import { historyOrder, type OrderedStep } from '../../../server/src/history/history.order.js';

const step = (later: string, laterDate: string | undefined, earlier: string, earlierDate: string | undefined): OrderedStep => ({
  later: { id: later, date: laterDate },
  earlier: { id: earlier, date: earlierDate },
});
const names = (steps: OrderedStep[]) => steps.map((s) => `${s.earlier.id}>${s.later.id}`);

describe('a text\'s history, in drafting order', () => {
  it('follows the links, not the dates, so an undated draft takes its place in the chain', () => {
    // WSIS+20: zero draft (2025-08) -> Rev.1 (2025-11-07) -> L.41 (undated) -> 80/173 (2025-12-17), given in any order.
    const steps = [
      step('80/173', '2025-12-17', 'L.41', undefined),
      step('L.41', undefined, 'Rev.1', '2025-11-07'),
      step('Rev.1', '2025-11-07', 'zero', '2025-08'),
    ];
    expect(names(historyOrder(steps))).toEqual(['zero>Rev.1', 'Rev.1>L.41', 'L.41>80/173']);
    expect(names(historyOrder([...steps].reverse()))).toEqual(['zero>Rev.1', 'Rev.1>L.41', 'L.41>80/173']);
  });

  it('keeps two stages of one day in the order of their links', () => {
    const steps = [step('Rev.5', '2005-11-15', 'Rev.3', '2005-11-15'), step('Tunis', '2005-11-18', 'Rev.5', '2005-11-15'), step('Rev.3', '2005-11-15', 'DT/15', '2005-09-30')];
    expect(names(historyOrder(steps))).toEqual(['DT/15>Rev.3', 'Rev.3>Rev.5', 'Rev.5>Tunis']);
  });

  it('puts branches by date, and a text drafted from two only after both', () => {
    const steps = [step('final', '2010-12', 'b', '2010-11'), step('final', '2010-12', 'a', '2010-10'), step('b', '2010-11', 'a0', '2010-09')];
    expect(names(historyOrder(steps))).toEqual(['a0>b', 'a>final', 'b>final']);
  });

  it('keeps every step of a cycle a hand-edited store may hold, by date', () => {
    const steps = [step('x', '2001', 'y', '2002'), step('y', '2002', 'x', '2001')];
    expect(historyOrder(steps)).toHaveLength(2);
    expect(names(historyOrder(steps))).toEqual(['y>x', 'x>y']);
  });

  it('gives nothing for nothing', () => {
    expect(historyOrder([])).toEqual([]);
  });
});

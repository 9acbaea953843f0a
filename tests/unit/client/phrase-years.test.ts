import { describe, expect, it } from 'vitest';
import { barYears, yearBars, yearsTable } from '../../../client/src/views/phrase-years.js';

describe('a phrase\'s spread as bars by year', () => {
  it('has a bar for every year from the first to the last, an empty one where none matched', () => {
    const bars = yearBars([{ year: 2003, texts: 7 }, { year: 2005, texts: 46 }, { year: 2006, texts: 5 }]);
    expect(bars.map((b) => [b.from, b.to, b.texts])).toEqual([[2003, 2003, 7], [2004, 2004, 0], [2005, 2005, 46], [2006, 2006, 5]]);
  });

  it('counts the drawn texts in their years, none outside the span and never more than the bar holds', () => {
    const bars = yearBars([{ year: 2003, texts: 2 }, { year: 2005, texts: 3 }], [2003, 2003, 2003, 2005, null, 1990, 2030]);
    expect(bars.map((b) => b.drawn)).toEqual([2, 0, 1]);
  });

  it('groups a span longer than the most bars into spans of equal width, the last cut at the last year', () => {
    const years = Array.from({ length: 81 }, (_, i) => ({ year: 1945 + i, texts: 1 }));
    const bars = yearBars(years, [], 40);
    expect(bars).toHaveLength(27);
    expect(bars[0]).toMatchObject({ from: 1945, to: 1947, texts: 3 });
    expect(bars.at(-1)).toMatchObject({ from: 2023, to: 2025, texts: 3 });
    expect(bars.reduce((sum, b) => sum + b.texts, 0)).toBe(81);
    // Years given out of order land in their own span.
    expect(yearBars([{ year: 2010, texts: 1 }, { year: 1990, texts: 4 }], [], 10).map((b) => [b.from, b.texts])).toEqual([[1990, 4], [1993, 0], [1996, 0], [1999, 0], [2002, 0], [2005, 0], [2008, 1]]);
  });

  it('is empty when no text is dated, and names one year or a span', () => {
    expect(yearBars([])).toEqual([]);
    expect(barYears({ from: 2013, to: 2013 })).toBe('2013');
    expect(barYears({ from: 2010, to: 2014 })).toBe('2010–2014');
  });

  it('saves the counts as a table: a row per year, oldest first, then the undated, each with how many are drawn', () => {
    const counts = { texts: 9, years: [{ year: 2005, texts: 5 }, { year: 2003, texts: 2 }], undated: 2, complete: false, datedComplete: true };
    const table = yearsTable('=cmd "x"', counts, [2003, 2003, 2003, 2005, null]);
    expect(table.startsWith('\uFEFFSearch,Year,Texts,Drawn,All counted\r\n')).toBe(true);
    // A search that starts like a formula is defused; a quote is doubled.
    expect(table.slice(1).split('\r\n')).toEqual(['Search,Year,Texts,Drawn,All counted', `"'=cmd ""x""",2003,2,2,no`, `"'=cmd ""x""",2005,5,1,no`, `"'=cmd ""x""",undated,2,1,no`, '']);
    expect(yearsTable('Internet', { ...counts, undated: 0, complete: true }, []).slice(1).split('\r\n').slice(1, -1)).toEqual(['Internet,2003,2,0,yes', 'Internet,2005,5,0,yes']);
  });
});

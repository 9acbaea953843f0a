import { describe, expect, it } from 'vitest';
import { asOfShowing, distinctYears, edgeYear, endedBy, isActive, NO_WINDOW, parseYear, timeMark, yearOf } from '../../../client/src/graph/time-window.js';

describe('time window', () => {
  it('reads the year of a day, a month or a year, and nothing else', () => {
    expect(yearOf('2013-05-15')).toBe(2013);
    expect(yearOf('2010-10')).toBe(2010);
    expect(yearOf('2006')).toBe(2006);
    for (const bad of [null, undefined, '', '13-05-2013', '20130', 'May 2013']) expect(yearOf(bad)).toBeNull();
  });

  it('dates an edge by its evidence, else by the later of its ends', () => {
    expect(edgeYear('2012-12-21', 2005, 2013)).toBe(2012);
    expect(edgeYear(null, 2005, 2013)).toBe(2013);
    expect(edgeYear(undefined, null, 2013)).toBeNull();
  });

  it('hides what is later than "as of" and marks what is new after "new after", never an undated element', () => {
    const window = { asOf: 2015, newAfter: 2010 };
    expect(timeMark(2016, window)).toBe('later');
    expect(timeMark(2015, window)).toBe('new');
    expect(timeMark(2011, window)).toBe('new');
    expect(timeMark(2010, window)).toBeNull();
    expect(timeMark(null, window)).toBeNull();
    expect(timeMark(2030, NO_WINDOW)).toBeNull();
    expect(timeMark(2030, { asOf: null, newAfter: 2020 })).toBe('new');
    expect(isActive(NO_WINDOW)).toBe(false);
    expect(isActive({ asOf: null, newAfter: 2020 })).toBe(true);
  });

  it('shows a body ended once it had ended by the window\'s end, and only with a window', () => {
    expect(endedBy(2014, { asOf: 2015, newAfter: null })).toBe(true);
    expect(endedBy(2014, { asOf: 2014, newAfter: null })).toBe(true);
    expect(endedBy(2014, { asOf: 2013, newAfter: null })).toBe(false);
    expect(endedBy(2014, { asOf: null, newAfter: 2010 })).toBe(true);
    expect(endedBy(2014, NO_WINDOW)).toBe(false);
    expect(endedBy(null, { asOf: 2020, newAfter: null })).toBe(false);
  });

  it('lists distinct years in order and takes only four-digit years in range', () => {
    expect(distinctYears([2013, null, 2005, 2013, 2010])).toEqual([2005, 2010, 2013]);
    expect(parseYear('2013')).toBe(2013);
    expect(parseYear(2013)).toBe(2013);
    for (const bad of ['13', '2013.5', '1899', '2101', 'x', null, 2013.5, {}]) expect(parseYear(bad)).toBeNull();
  });

  it('shows a year as itself, or with no end when it is the graph\'s last or later', () => {
    expect(asOfShowing(2013, [2005, 2013, 2025])).toBe(2013);
    expect(asOfShowing(2025, [2005, 2013, 2025])).toBeNull();
    expect(asOfShowing(2030, [2005, 2013, 2025])).toBeNull();
    expect(asOfShowing(2013, [])).toBeNull();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { MandateSummary, NodeRef } from '../../../client/src/api.js';
import { setLang } from '../../../client/src/i18n.js';
import { changedSinceDay, mandateDay, mandateWhy } from '../../../client/src/views/mandate.js';

const report: NodeRef = { __typename: 'Instrument', id: 'WGEC-REPORT-2014', symbol: 'WGEC-REPORT-2014', shortTitle: 'WGEC report' };
const wgec: NodeRef = { __typename: 'Body', id: 'body:WGEC', acronym: 'WGEC' };
const base: MandateSummary = { source: { __typename: 'Provision', id: 'A/RES/67/195#20' }, date: '2012-12-21', due: '2014', asOf: '2015-01-01', status: 'ACTIVE', late: false, statusBasis: null };
const I = (s: string) => `\u2068${s}\u2069`;

describe('the mandate section', () => {
  afterEach(() => setLang('en'));

  it("reads the status for the last day of the window's year, or today without one", () => {
    expect(mandateDay({ asOf: 2013, newAfter: null })).toBe('2013-12-31');
    expect(mandateDay({ asOf: null, newAfter: 2005 })).toBeNull();
  });

  it('compares a list of changes with the last day of the window\'s "new after" year, and with nothing without one', () => {
    expect(changedSinceDay({ asOf: 2016, newAfter: 2012 })).toBe('2012-12-31');
    expect(changedSinceDay({ asOf: 2016, newAfter: null })).toBeNull();
  });

  it('says why, from what the status rests on, with titles and dates isolated from the sentence', () => {
    expect(mandateWhy({ ...base, status: 'FULFILLED', statusBasis: { date: '2014-05-14', ended: null, node: report } })).toBe(`Carried out by ${I('WGEC report')} (${I('2014-05-14')}).`);
    expect(mandateWhy({ ...base, status: 'FULFILLED', late: true, statusBasis: { date: '2013-03-22', ended: '2015-02-01', node: wgec } })).toBe(`Carried out by ${I('WGEC')}, which ended its work on ${I('2015-02-01')}. Past its due date (${I('2014')}).`);
    expect(mandateWhy({ ...base, status: 'IN_PROGRESS', statusBasis: { date: '2013-03-22', ended: null, node: wgec } })).toBe(`${I('WGEC')} is at work on it.`);
    expect(mandateWhy({ ...base, status: 'OVERDUE', late: true })).toBe(`Due ${I('2014')}; no output carrying it out is recorded.`);
    expect(mandateWhy({ ...base, status: 'LAPSED' })).toBe('Nothing recorded carried it out, and every body it addressed has ended.');
    expect(mandateWhy(base)).toBe(`Due ${I('2014')}; nothing carries it out yet.`);
    expect(mandateWhy({ ...base, due: null })).toBe('No due date recorded; nothing carries it out yet.');
    setLang('ar');
    expect(mandateWhy({ ...base, status: 'IN_PROGRESS', statusBasis: { date: '2013-03-22', ended: null, node: wgec } })).toBe(`${I('WGEC')} تعمل على تنفيذها.`);
    expect(mandateWhy(base)).toBe(`موعدها ${I('2014')}؛ ولا شيء ينفّذها بعد.`);
  });
});

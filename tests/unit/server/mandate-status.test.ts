import { describe, expect, it } from 'vitest';
import { endedBy, existedBy, firstDay, lastDay, mandateStanding, type MandateEnd } from '../../../server/src/mandate/mandate.status.js';

const chair: MandateEnd = { kind: 'Body', label: 'CSTD-CHAIR' };
const wgec: MandateEnd = { kind: 'Body', label: 'WGEC', date: '2013-03-22', ended: '2014-05-14' };
const report: MandateEnd = { kind: 'Instrument', label: 'WGEC report', date: '2014-05-14' };

describe('partial dates', () => {
  it('spans a year or a month from its first to its last day', () => {
    expect([firstDay('2014'), lastDay('2014')]).toEqual(['2014-01-01', '2014-12-31']);
    expect([firstDay('2006-02'), lastDay('2006-02')]).toEqual(['2006-02-01', '2006-02-28']);
    expect(lastDay('2008-02')).toBe('2008-02-29');
    expect([firstDay('2013-05-15'), lastDay('2013-05-15')]).toEqual(['2013-05-15', '2013-05-15']);
  });

  it('counts what began in a period from its first day, and what ended from its last', () => {
    expect(existedBy('2013', '2013-01-01')).toBe(true);
    expect(existedBy('2013-03-22', '2013-03-21')).toBe(false);
    expect(existedBy(undefined, '1900-01-01')).toBe(true);
    expect(endedBy('2014', '2014-06-01')).toBe(false);
    expect(endedBy('2014', '2015-01-01')).toBe(true);
    expect(endedBy(undefined, '2100-01-01')).toBe(false);
  });
});

describe('mandateStanding', () => {
  it('is ACTIVE before anything carries it out and before it is due', () => {
    expect(mandateStanding({ due: '2014', addressees: [chair], outputs: [] }, '2013-01-01')).toEqual({ status: 'ACTIVE', note: 'Due 2014; nothing carries it out yet.', late: false });
    expect(mandateStanding({ addressees: [chair], outputs: [] }, '2030-01-01').status).toBe('ACTIVE');
  });

  it('is IN_PROGRESS while a body set up for it is at work, and FULFILLED once that body has finished', () => {
    expect(mandateStanding({ due: '2014', addressees: [chair], outputs: [wgec] }, '2013-06-01')).toEqual({ status: 'IN_PROGRESS', note: 'WGEC (2013-03-22) is at work on it; due 2014.', basis: wgec, late: false });
    expect(mandateStanding({ due: '2013', addressees: [chair], outputs: [wgec] }, '2014-01-01')).toMatchObject({ status: 'IN_PROGRESS', late: true });
    expect(mandateStanding({ addressees: [chair], outputs: [wgec] }, '2014-05-14')).toEqual({ status: 'FULFILLED', note: 'Carried out by WGEC, which ended its work on 2014-05-14.', basis: wgec, late: false });
  });

  it('is FULFILLED by a text, which outranks a body still at work, and says when it came after its due date', () => {
    expect(mandateStanding({ due: '2014', addressees: [chair], outputs: [wgec, report] }, '2014-05-14').note).toBe('Carried out by WGEC report (2014-05-14).');
    const igf: MandateEnd = { kind: 'Instrument', label: 'IGF 2006', date: '2006-10-30' };
    expect(mandateStanding({ due: '2006-06', addressees: [chair], outputs: [igf] }, '2007-01-01')).toEqual({
      status: 'FULFILLED',
      note: 'Carried out by IGF 2006 (2006-10-30), after its due date (2006-06).',
      basis: igf,
      late: true,
    });
  });

  it('names the body that finished last when several have', () => {
    const ieg: MandateEnd = { kind: 'Body', label: 'ITU-IEG', date: '2012-06-05', ended: '2013-02-08' };
    const forum: MandateEnd = { kind: 'Body', label: 'WTPF-13', date: '2013-05-14', ended: '2013-05-16' };
    expect(mandateStanding({ addressees: [forum], outputs: [forum, ieg] }, '2014-01-01').note).toBe('Carried out by WTPF-13, which ended its work on 2013-05-16.');
  });

  it('is OVERDUE once its due period is over with nothing recorded, not during it', () => {
    expect(mandateStanding({ due: '2012', addressees: [chair], outputs: [] }, '2012-12-31').status).toBe('ACTIVE');
    expect(mandateStanding({ due: '2012', addressees: [chair], outputs: [] }, '2013-01-01')).toEqual({ status: 'OVERDUE', note: 'Due 2012; no output carrying it out is recorded.', late: true });
  });

  it('is LAPSED when every body it addressed had ended with nothing recorded, whatever its due date', () => {
    const group: MandateEnd = { kind: 'Body', label: 'WGIG', ended: '2005-06-17' };
    expect(mandateStanding({ due: '2030', addressees: [group], outputs: [] }, '2006-01-01')).toEqual({ status: 'LAPSED', note: 'Nothing recorded carried it out, and WGIG (ended 2005-06-17) had ended.', late: false });
    expect(mandateStanding({ addressees: [group, chair], outputs: [] }, '2006-01-01').status).toBe('ACTIVE');
  });

  it('does not count an output dated after the day asked', () => {
    expect(mandateStanding({ due: '2014', addressees: [chair], outputs: [report] }, '2014-05-13').status).toBe('ACTIVE');
  });
});

import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../seed/src/corpus/corpus.validate.js';
import { tracePath, walk } from '../../../seed/src/corpus/corpus.walk.js';

const { links } = loadCorpus();
const TA = 'WSIS-05/TUNIS/DOC/6(Rev.1)';
const reaches = (from: string, to: string, options = {}) => {
  const path = tracePath(links, from, to, options);
  return path === null ? `no path ${from} -> ${to}` : path.map((s) => `${s.link.relation}:${s.id}`);
};
const reachable = (from: string, to: string, options = {}) => tracePath(links, from, to, options) !== null;
const hasLink = (from: string, relation: string, to: string) =>
  links.some((l) => l.from === from && l.relation === relation && l.to === to);

describe('mandate walks over the curated links (default MANDATE_RELATIONS)', () => {
  it.each([69, 70, 71])('Tunis para %i leads downstream to 67/195 para 20, WGEC, WGEC-2 and the CSTD', (n) => {
    const down = walk(links, `${TA}#${n}`);
    for (const id of ['A/RES/67/195#20', 'body:WGEC', 'body:CSTD-CHAIR', 'body:WGEC-2', 'body:CSTD', 'A/RES/70/125#65']) {
      expect(down.has(id), `${TA}#${n} -> ${id}`).toBe(true);
    }
  });

  it('takes the documented hops from Tunis paras 69-71 to WGEC-2', () => {
    for (const n of [69, 70, 71]) {
      expect(hasLink('A/RES/67/195#20', 'IMPLEMENTS', `${TA}#${n}`)).toBe(true);
      expect(hasLink('A/RES/70/125#65', 'IMPLEMENTS', `${TA}#${n}`)).toBe(true);
    }
    expect(hasLink('A/RES/67/195#20', 'MANDATES', 'body:WGEC')).toBe(true);
    expect(hasLink('A/RES/67/195#20', 'INVITES', 'body:CSTD-CHAIR')).toBe(true);
    expect(hasLink('body:WGEC-2', 'SUCCEEDS', 'body:WGEC')).toBe(true);
    expect(hasLink('body:WGEC', 'REPORTS_TO', 'body:CSTD')).toBe(true);
    expect(hasLink('A/RES/70/125#65', 'MANDATES', 'body:WGEC-2')).toBe(true);
    expect(reaches(`${TA}#71`, 'A/RES/67/195#20')).toEqual(['IMPLEMENTS:A/RES/67/195#20']);
    expect(reaches('A/RES/67/195#20', 'body:CSTD-CHAIR')).toEqual(['INVITES:body:CSTD-CHAIR']);
    expect(reaches('body:WGEC', 'body:WGEC-2')).toEqual(['SUCCEEDS:body:WGEC-2']);
    expect(reaches('body:WGEC', 'body:CSTD')).toEqual(['REPORTS_TO:body:CSTD']);
    expect(reaches(`${TA}#69`, 'A/RES/70/125#65')).toEqual(['IMPLEMENTS:A/RES/70/125#65']);
  });

  it('walks the ECOSOC 2010/2 branch: para 24, the 2010 consultation, A/66/77', () => {
    expect(reaches('E/RES/2010/2#24', 'EC-CONSULTATION-2010')).toEqual(['IMPLEMENTS:EC-CONSULTATION-2010']);
    expect(reaches('EC-CONSULTATION-2010', 'A/66/77-E/2011/103')).toEqual(['IMPLEMENTS:A/66/77-E/2011/103']);
    expect(walk(links, `${TA}#71`).has('A/66/77-E/2011/103')).toBe(true);
    expect(walk(links, 'A/66/77-E/2011/103', { direction: 'upstream' }).has(`${TA}#71`)).toBe(true);
  });

  it('has 65/141 para 22 welcome ECOSOC para 24 (a citing link, outside the default trace)', () => {
    expect(reaches('E/RES/2010/2#24', 'A/RES/65/141#22', { relations: ['WELCOMES'] })).toEqual(['WELCOMES:A/RES/65/141#22']);
  });

  it('walks 66/184 to the CSTD open meeting of May 2012', () => {
    expect(reaches('A/RES/66/184', 'CSTD-EC-MEETING-2012')).toEqual(['IMPLEMENTS:CSTD-EC-MEETING-2012']);
    expect(walk(links, 'A/RES/66/184').has('body:CSTD-CHAIR')).toBe(true);
  });

  it('walks Tunis para 71 to the Secretary-General and the 2006 Desai consultations', () => {
    expect(reaches(`${TA}#71`, 'body:UNSG')).toEqual(['MANDATES:body:UNSG']);
    expect(reaches(`${TA}#71`, 'DESAI-CONSULTATIONS-2006')).toEqual(['IMPLEMENTS:DESAI-CONSULTATIONS-2006']);
  });

  it('walks the ITU side: Decision 562 to WTPF-13; Res. 102 to CWG-Internet', () => {
    expect(reaches('ITU Council Decision 562', 'body:WTPF-13')).toEqual(['MANDATES:body:WTPF-13']);
    for (const r of [101, 102, 133]) {
      expect(hasLink('ITU Council Decision 562', 'CITES', `ITU PP Res. ${r} (Rev. Guadalajara, 2010)`)).toBe(true);
    }
    expect(reaches('ITU PP Res. 102 (Rev. Guadalajara, 2010)', 'body:CWG-INTERNET')).toEqual([
      'IMPLEMENTS:ITU Council Res. 1336',
      'ESTABLISHES:body:CWG-INTERNET',
    ]);
    const upstream = walk(links, 'body:WTPF-13', { direction: 'upstream' });
    expect(upstream.has('ITU Council Decision 562')).toBe(true);
    expect(upstream.has('ITU-PP-10')).toBe(true);
  });

  it('follows the revision history of Res. 101, 102 and 133 (REVISES, newer to older)', () => {
    const older = walk(links, 'ITU PP Res. 102 (Rev. Bucharest, 2022)', { direction: 'upstream', relations: ['REVISES'] });
    expect([...older.keys()]).toEqual([
      'ITU PP Res. 102 (Rev. Bucharest, 2022)',
      'ITU PP Res. 102 (Rev. Dubai, 2018)',
      'ITU PP Res. 102 (Rev. Busan, 2014)',
      'ITU PP Res. 102 (Rev. Guadalajara, 2010)',
      'ITU PP Res. 102 (Rev. Antalya, 2006)',
      'ITU PP Res. 102 (Rev. Marrakesh, 2002)',
      'ITU PP Res. 102 (Minneapolis, 1998)',
    ]);
    for (const r of [101, 133]) {
      const old = `ITU PP Res. ${r} (Rev. Antalya, 2006)`;
      expect(reachable(old, `ITU PP Res. ${r} (Rev. Guadalajara, 2010)`, { relations: ['REVISES'] })).toBe(true);
    }
  });

  it('reaches the later texts: GDC para 27, WSIS+10 paras 58-59 and 64, WSIS+20', () => {
    expect(reaches(`${TA}#69`, 'A/RES/79/1#27')).toEqual(['REAFFIRMS:A/RES/79/1#27']);
    expect(reaches(`${TA}#34`, 'A/RES/70/125#58')).toEqual(['REAFFIRMS:A/RES/70/125#58']);
    expect(reaches(`${TA}#35`, 'A/RES/70/125#59')).toEqual(['REAFFIRMS:A/RES/70/125#59']);
    expect(reaches(`${TA}#29`, 'A/RES/70/125#57', { relations: ['NOTES'] })).toEqual(['NOTES:A/RES/70/125#57']);
    expect(reaches(`${TA}#60`, 'A/RES/70/125#56', { relations: ['CITES'] })).toEqual(['CITES:A/RES/70/125#56']);
    for (const n of [69, 70, 71]) {
      expect(reaches(`${TA}#${n}`, 'A/RES/70/125#64', { relations: ['RECOGNIZES'] })).toEqual(['RECOGNIZES:A/RES/70/125#64']);
    }
    expect(reaches('A/RES/79/277', 'A/RES/80/173')).toEqual(['IMPLEMENTS:A/RES/80/173']);
    expect(reaches('A/RES/79/277', 'WSIS20-HLM-2025')).toEqual(['DECIDES:WSIS20-HLM-2025']);
  });

  it('walks upstream from WGEC-2 back to the Tunis Agenda and from the WGIG to Geneva', () => {
    const up = walk(links, 'body:WGEC-2', { direction: 'upstream' });
    for (const id of ['A/RES/70/125#65', 'body:WGEC', `${TA}#69`, `${TA}#71`]) expect(up.has(id), id).toBe(true);
    expect(walk(links, 'body:WGIG', { direction: 'upstream' }).has('WSIS-03/GENEVA/DOC/5#13(b)')).toBe(true);
  });

  it('respects maxDepth', () => {
    const one = walk(links, `${TA}#71`, { maxDepth: 1 });
    expect(one.has('A/RES/67/195#20')).toBe(true);
    expect(one.has('body:WGEC')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { provisionId } from '../../../cypher/model.js';
import { loadCorpus } from '../../../seed/src/corpus/corpus.validate.js';
import { inferKind } from '../../../seed/src/load/document.rows.js';
import { corpusRows } from '../../../seed/src/load/corpus.rows.js';

const corpus = loadCorpus();
const instruments = new Map(corpus.instruments.map((i) => [i.symbol, i]));
const provisions = new Set(corpus.provisions.map((p) => provisionId(p.instrument, p.number)));
const bodies = new Set(corpus.bodies.map((b) => b.id));
const TA = 'WSIS-05/TUNIS/DOC/6(Rev.1)';

describe('the corpus covers the issue minimum', () => {
  it('has the canonical instruments', () => {
    const symbols = [
      'WTPF-13/DT/6', TA, 'A/RES/65/141', 'A/RES/67/195', 'E/RES/2010/2',
      'ITU PP Res. 101 (Rev. Guadalajara, 2010)', 'ITU PP Res. 102 (Rev. Guadalajara, 2010)', 'ITU PP Res. 133 (Rev. Guadalajara, 2010)',
      'ITU PP Res. 102 (Rev. Antalya, 2006)', 'A/66/77-E/2011/103', 'A/RES/66/184', 'A/RES/70/125', 'A/RES/79/1', 'A/RES/79/277',
      'A/RES/80/173', 'A/RES/60/252', 'ITU Council Decision 562', 'ITU Council Res. 1336', 'WSIS-II/PC-3/DOC/5',
      'WSIS-03/GENEVA/DOC/4', 'WSIS-03/GENEVA/DOC/5', 'WTPF-13/3', 'WTPF-13/16(Rev.1)', 'E/CN.16/2015/CRP.2', 'E/RES/2016/22',
      'EC-CONSULTATION-2010', 'CSTD-EC-MEETING-2012', 'DESAI-CONSULTATIONS-2006', 'WGEC-REPORT-2014',
      ...[1, 2, 3, 4, 5].map((n) => `WTPF-13 Opinion ${n}`),
    ];
    expect(symbols.filter((s) => !instruments.has(s))).toEqual([]);
  });

  it('describes the opinion as the binding contract says', () => {
    const dt6 = instruments.get('WTPF-13/DT/6')!;
    expect(dt6).toMatchObject({
      kind: 'OPINION',
      issuedBy: 'body:WTPF-13',
      adopted: '2013-05-15',
      originalLanguage: 'en',
      titleEn: 'Supporting operationalizing the enhanced cooperation process',
      titleAr: 'دعم تفعيل عملية التعاون المعزز',
    });
    const opinions = corpus.instruments.filter((i) => i.kind === 'OPINION' && i.issuedBy === 'body:WTPF-13');
    expect(opinions).toHaveLength(6);
  });

  it('has every Tunis Agenda paragraph from 29 to 83', () => {
    const missing = [];
    for (let n = 29; n <= 83; n += 1) if (!provisions.has(`${TA}#${n}`)) missing.push(n);
    expect(missing).toEqual([]);
  });

  it('has the required resolution paragraphs', () => {
    const ids = [
      ...[16, 17, 18, 20, 22, 'pre-emphasizing'].map((n) => `A/RES/65/141#${n}`),
      'E/RES/2010/2#24', 'E/RES/2010/2#30', 'A/RES/67/195#20', 'A/RES/67/195#21',
      ...[56, 57, 58, 59, 60, 63, 64, 65].map((n) => `A/RES/70/125#${n}`),
      ...[27, 28, 29].map((n) => `A/RES/79/1#${n}`),
    ];
    expect(ids.filter((id) => !provisions.has(id))).toEqual([]);
  });

  it('has the bodies the API refers to', () => {
    const ids = [
      'UNGA', 'ECOSOC', 'CSTD', 'CSTD-CHAIR', 'WGEC', 'WGEC-2', 'ITU-PP', 'ITU-COUNCIL', 'CWG-INTERNET', 'WSIS', 'WTPF-13',
      'UNSG', 'DESA', 'IGF', 'WGIG', 'ALL-STAKEHOLDERS', 'ITU-SG', 'ITU-IEG',
    ].map((a) => `body:${a}`);
    expect(ids.filter((id) => !bodies.has(id))).toEqual([]);
  });

  it('dates the working groups on enhanced cooperation', () => {
    const wgec = corpus.bodies.find((b) => b.id === 'body:WGEC')!;
    const wgec2 = corpus.bodies.find((b) => b.id === 'body:WGEC-2')!;
    expect([wgec.established, wgec.summary]).toEqual(['2013-03-22', expect.stringContaining('Peter Major')]);
    expect([wgec2.established, wgec2.ended, wgec2.summary]).toEqual(['2016-05-03', '2018-01-31', expect.stringContaining('Fonseca')]);
  });

  it('keeps recalled facts unconfirmed', () => {
    const tunis = instruments.get(TA)!;
    expect(tunis.fields?.titleAr?.confidence).toBe('unconfirmed');
    for (const s of ['WSIS-03/GENEVA/DOC/4', 'WSIS-03/GENEVA/DOC/5']) {
      expect(instruments.get(s)!.fields?.symbol?.confidence).toBe('unconfirmed');
    }
    const p37 = corpus.provisions.find((p) => p.instrument === TA && p.number === '37')!;
    expect(p37.confidence).toBe('unconfirmed');
    expect(p37.sources).toEqual([]);
  });

  it('meets the minimum counts per kind', () => {
    const count = (kind: string) => corpus.instruments.filter((i) => i.kind === kind).length;
    expect(count('OPINION')).toBeGreaterThanOrEqual(6);
    expect(count('RESOLUTION')).toBeGreaterThanOrEqual(30);
    expect(count('EVENT')).toBeGreaterThanOrEqual(3);
    expect(count('REPORT')).toBeGreaterThanOrEqual(5);
    expect(count('DECISION')).toBeGreaterThanOrEqual(1);
    expect(count('OUTCOME_DOCUMENT')).toBeGreaterThanOrEqual(3);
    expect(corpus.provisions.filter((p) => p.instrument === TA).length).toBeGreaterThanOrEqual(55);
  });
});

describe('the drafting layer', () => {
  const drafting = corpus.links.filter((l) => l.relation === 'ADOPTS' || l.relation === 'REVISES');
  const drafts = corpus.instruments.filter((i) => i.kind === 'DRAFT');

  it('ties every draft to the text made from it, or to the draft it revises, or says it was not adopted', () => {
    const tied = new Set([...drafting.flatMap((l) => [l.from.split('#')[0], l.to.split('#')[0]]), ...corpus.positions.filter((p) => p.stance === 'NOT_ADOPTED').map((p) => p.on)]);
    expect(drafts.length).toBeGreaterThanOrEqual(12);
    expect(drafts.map((d) => d.symbol).filter((s) => !tied.has(s))).toEqual([]);
  });

  it('traces the Internet-governance chapter of the Tunis Agenda to its PrepCom-3 drafts', () => {
    const adopted = drafting.filter((l) => l.relation === 'ADOPTS' && l.from.startsWith(`${TA}#`)).map((l) => Number(l.from.split('#')[1]));
    expect(adopted.sort((a, b) => a - b)).toEqual([29, 30, 31, 32, 33, 55, 56, 57, 58, 59, 60, 61]);
    // A final number inferred from the sequence says so on the link.
    const fifty = drafting.find((l) => l.from === `${TA}#55`);
    expect(fifty?.fields?.from).toMatchObject({ confidence: 'unconfirmed' });
  });

  it('says what changed at each step, and where that is read', () => {
    for (const link of drafting) {
      expect(link.note, `${link.from} -> ${link.to}`).toBeTruthy();
      if (link.confidence === 'verified') expect(link.sources.length, `${link.from} -> ${link.to}`).toBeGreaterThan(0);
    }
  });
});

describe('positions', () => {
  it('says how the Forum and the Assembly took their texts, and who did what in Working Group 3', () => {
    const on = (id: string) => corpus.positions.filter((p) => p.on === id).map((p) => `${p.actor} ${p.stance}`);
    expect(on('WTPF-13/DT/6')).toEqual(['WTPF-13 CONSENSUS']);
    expect(on('WTPF-13 IEG draft Opinion 6')).toEqual(['United States SUPPORTED', 'RIPE NCC SUPPORTED', 'Internet Society (ISOC) SUPPORTED', 'Australia WITHDREW', 'India PROPOSED', 'Turkey STATED']);
    expect(on('A/RES/60/252')).toEqual(['General Assembly WITHOUT_VOTE']);
    expect(on('WTPF-13 Brazil draft opinion')).toEqual(['Brazil PROPOSED', 'WTPF-13 NOT_ADOPTED']);
  });

  it('are stored on their text as one JSON list, and as an empty one on a text with none', () => {
    const rows = corpusRows(corpus);
    const ieg = rows.instruments.find((i) => i.id === 'WTPF-13 IEG draft Opinion 6')!;
    expect(JSON.parse(ieg.props.positions as string)[4]).toMatchObject({ actor: 'India', actorKind: 'state', stance: 'PROPOSED', date: '2013-05-15', confidence: 'verified', sources: ['S8'] });
    expect(rows.instruments.find((i) => i.id === 'A/RES/67/195')!.props.positions).toBe('[]');
    expect(rows.provisions.find((p) => p.id === 'A/RES/67/195#20')!.props.positions).toBe('[]');
  });
});

describe('an ingested document\'s kind', () => {
  it('is DRAFT for a UN "L." document, whatever its title', () => {
    expect(inferKind('A/80/L.41', 'Outcome document of the high-level meeting')).toBe('DRAFT');
    expect(inferKind('A/C.2/65/L.12', 'Information and communications technologies for development')).toBe('DRAFT');
    expect(inferKind('A/RES/80/173', 'Outcome document')).toBe('RESOLUTION');
    expect(inferKind('WTPF-13/DT/6', 'Opinion 6')).toBe('OPINION');
  });
});

import { describe, expect, it } from 'vitest';
import { parseDocument, toJson } from '../../../seed/src/parse/index.js';
import type { ParsedClause, ParsedDocument } from '../../../seed/src/parse/index.js';
import { DT6_FILE, read } from './helpers.js';

const TUNIS = 'WSIS-05/TUNIS/DOC/6(Rev.1)';
const doc: ParsedDocument = parseDocument(read(DT6_FILE), DT6_FILE);
const clause = (label: string): ParsedClause => {
  const found = doc.clauses.find((c) => c.label === label);
  if (!found) throw new Error(`no clause "${label}" in ${doc.clauses.map((c) => c.label).join(', ')}`);
  return found;
};
const symbols = (c: ParsedClause) => c.references.map((r) => r.symbol);

describe('WTPF-13/DT/6 (Arabic): header', () => {
  it('reads symbol, languages, title, body, place and dates', () => {
    expect(doc.symbol).toBe('WTPF-13/DT/6');
    expect(doc.language).toBe('ar');
    expect(doc.originalLanguage).toBe('en');
    expect(doc.title).toBe('مشروع الرأي 6: دعم تفعيل عملية التعاون المعزز');
    expect(doc.body).toBe('body:WTPF-13');
    expect(doc.place).toBe('Geneva');
    expect(doc.forumDates).toEqual({ start: '2013-05-14', end: '2013-05-16' });
    expect(doc.date).toBe('2013-05-15');
  });
});

describe('WTPF-13/DT/6: structure', () => {
  it('has four preambular sections with 3, 4, 1 and 3 items', () => {
    const preambular = doc.clauses.filter((c) => c.role === 'preambular');
    const sizes = new Map<string, number>();
    for (const c of preambular) sizes.set(c.section ?? '', (sizes.get(c.section ?? '') ?? 0) + 1);
    expect([...sizes]).toEqual([['Recalling', 3], ['Bearing in mind', 4], ['Recognizing', 1], ['Noting', 3]]);
    expect(preambular.map((c) => c.number)).toEqual([
      'recalling.a', 'recalling.b', 'recalling.c',
      'bearing-in-mind.a', 'bearing-in-mind.b', 'bearing-in-mind.c', 'bearing-in-mind.d',
      'recognizing', 'noting.a', 'noting.b', 'noting.c',
    ]);
  });

  it('lists every clause once, in document order, with its source line', () => {
    expect(doc.clauses.map((c) => [c.label, c.role, c.line])).toEqual([
      ['Recalling (a)', 'preambular', 15], ['Recalling (b)', 'preambular', 16], ['Recalling (c)', 'preambular', 17],
      ['Bearing in mind (a)', 'preambular', 19], ['Bearing in mind (b)', 'preambular', 20],
      ['Bearing in mind (c)', 'preambular', 21], ['Bearing in mind (d)', 'preambular', 22],
      ['Recognizing', 'preambular', 24],
      ['Noting (a)', 'preambular', 26], ['Noting (b)', 'preambular', 27], ['Noting (c)', 'preambular', 28],
      ['A/RES/67/195 ¶20', 'quoted', 29], ['A/RES/67/195 ¶21', 'quoted', 30],
      ['Is of the view', 'view', 32], ['Invites', 'operative', 34],
    ]);
    expect(doc.clauses.map((c) => c.position)).toEqual(doc.clauses.map((_, i) => i));
    expect(new Set(doc.clauses.map((c) => c.number)).size).toBe(doc.clauses.length);
    for (const c of doc.clauses) expect(c.number).toBe(c.number.toLowerCase());
  });

  it('normalises text: no tatweel, no tabs or NBSP, no item letter, no bookmark artefact', () => {
    for (const c of doc.clauses) {
      expect(c.text).not.toMatch(/[\u0640\t\u00A0]|\[bookmark|^\S ?\)| {2}/u);
    }
    expect(clause('Bearing in mind (a)').text.startsWith('أن الإنترنت تطورت')).toBe(true);
    expect(clause('Recalling (a)').text.startsWith('بالفقرات ذات الصلة')).toBe(true);
  });
});

describe('WTPF-13/DT/6: references', () => {
  it('Recalling (a) recalls exactly ten Tunis Agenda paragraphs', () => {
    const c = clause('Recalling (a)');
    expect(c.relation).toBe('RECALLS');
    expect(c.references).toHaveLength(1);
    expect(c.references[0]).toMatchObject({ symbol: TUNIS, rule: 'tunis-paragraphs', relation: 'RECALLS' });
    expect(c.references[0].paragraphs).toEqual(['35', '37', '55', '60', '65', '68', '69', '70', '71', '83']);
  });

  it('Recalling (b) recalls A/RES/65/141 and A/RES/67/195 (year suffix dropped)', () => {
    const c = clause('Recalling (b)');
    expect(symbols(c)).toEqual(['A/RES/65/141', 'A/RES/67/195']);
    expect(c.references.map((r) => r.text)).toEqual(['A/RES/65/141 2011', 'A/RES/67/195 2012']);
    expect(c.references.every((r) => r.relation === 'RECALLS' && r.paragraphs.length === 0)).toBe(true);
  });

  it('Recalling (c) resolves ITU resolutions by number to the revision in force in 2013', () => {
    const c = clause('Recalling (c)');
    expect(symbols(c)).toEqual([
      'ITU PP Res. 101 (Rev. Guadalajara, 2010)',
      'ITU PP Res. 102 (Rev. Guadalajara, 2010)',
      'ITU PP Res. 133 (Rev. Guadalajara, 2010)',
    ]);
    expect(c.references.every((r) => r.rule === 'itu-resolution-by-number' && r.relation === 'RECALLS')).toBe(true);
  });

  it('Bearing in mind items cite nothing and relate as CONSIDERS', () => {
    for (const l of ['a', 'b', 'c', 'd']) {
      const c = clause(`Bearing in mind (${l})`);
      expect(c.references).toEqual([]);
      expect(c.relation).toBe('CONSIDERS');
    }
  });

  it('Recognizing recognizes A/RES/67/195; the Tunis Agenda inside its inline quotation is only cited', () => {
    const c = clause('Recognizing');
    expect(c.relation).toBe('RECOGNIZES');
    expect(c.references.filter((r) => r.relation === 'RECOGNIZES').map((r) => r.symbol)).toEqual(['A/RES/67/195']);
    expect(c.references.filter((r) => r.relation !== 'RECOGNIZES')).toEqual([
      expect.objectContaining({ symbol: TUNIS, relation: 'CITES', paragraphs: [] }),
    ]);
  });

  it('Noting (b) keeps its internal cross-reference ("إذ يلاحظ أ ) أعلاه") out of the references', () => {
    expect(clause('Noting (b)').references).toEqual([]);
  });

  it('Noting (c) notes A/RES/67/195 and quotes its paragraphs 20 and 21', () => {
    const c = clause('Noting (c)');
    expect(c.references.map((r) => [r.symbol, r.paragraphs, r.relation, r.rule])).toEqual([
      ['A/RES/67/195', [], 'NOTES', 'un-symbol'],
      ['A/RES/67/195', ['20'], 'QUOTES', 'quoted-paragraph'],
      ['A/RES/67/195', ['21'], 'QUOTES', 'quoted-paragraph'],
    ]);
  });

  it('the quoted paragraphs are clauses of their own, with the GA verbs and the CSTD Chair as addressee', () => {
    const q20 = clause('A/RES/67/195 ¶20');
    const q21 = clause('A/RES/67/195 ¶21');
    expect(q20).toMatchObject({ role: 'quoted', verb: 'Invites', relation: 'INVITES', quotedFrom: { symbol: 'A/RES/67/195', number: '20' }, addressees: ['body:CSTD-CHAIR'] });
    expect(q21).toMatchObject({ role: 'quoted', verb: 'Requests', relation: 'REQUESTS', quotedFrom: { symbol: 'A/RES/67/195', number: '21' }, addressees: ['body:CSTD-CHAIR'] });
    expect(q20.references).toEqual([expect.objectContaining({ symbol: TUNIS, paragraphs: [], relation: 'CITES' })]);
    expect(q21.references).toEqual([]);
    expect(q20.text.startsWith('تدعو رئيس اللجنة')).toBe(true);
    expect(q21.text.endsWith('والبلدان المتقدمة')).toBe(true);
    // ¶20's report to CSTD-17 "in 2014" («في عام 2014») falls due that year; ¶21 dates nothing.
    expect(q20.due).toBe('2014');
    expect(q21.due).toBeUndefined();
    expect(doc.clauses.filter((c) => c.due).map((c) => c.label)).toEqual(['A/RES/67/195 ¶20']);
  });

  it('the view reaffirms Tunis Agenda paragraph 69', () => {
    const c = clause('Is of the view');
    expect(c).toMatchObject({ role: 'view', verb: 'Is of the view', relation: 'REAFFIRMS', number: 'view.1' });
    expect(c.references).toEqual([expect.objectContaining({ symbol: TUNIS, paragraphs: ['69'], relation: 'REAFFIRMS', rule: 'tunis-paragraphs' })]);
  });

  it('the unnumbered "يدعو" invites all stakeholders', () => {
    const c = clause('Invites');
    expect(c).toMatchObject({ role: 'operative', verb: 'Invites', relation: 'INVITES', number: 'invites.1', addressees: ['body:ALL-STAKEHOLDERS'] });
    expect(c.text).toBe('جميع أصحاب المصلحة إلى العمل على هذه المسائل.');
  });

  it('leaves nothing unresolved', () => {
    expect(doc.unresolved).toEqual([]);
  });

  it('preambular clauses have no addressees', () => {
    for (const c of doc.clauses.filter((x) => x.role === 'preambular' || x.role === 'view')) expect(c.addressees).toEqual([]);
  });
});

describe('toJson', () => {
  it('has the ingest CLI shape', () => {
    const json = toJson(doc) as { symbol: string; language: string; title: string; clauses: Record<string, unknown>[]; unresolved: unknown[] };
    expect(Object.keys(json)).toEqual(['symbol', 'language', 'title', 'date', 'body', 'place', 'clauses', 'unresolved']);
    expect(json).toMatchObject({ date: '2013-05-15', body: 'body:WTPF-13', place: 'Geneva' });
    expect(Object.keys(json.clauses[0])).toEqual(['label', 'role', 'verb', 'relation', 'text', 'addressees', 'references']);
    expect(json.clauses.find((c) => c.label === 'A/RES/67/195 ¶20')).toMatchObject({ addressees: ['body:CSTD-CHAIR'], due: '2014' });
    expect(json.clauses[0]).toMatchObject({ verb: 'Recalling', relation: 'RECALLS' });
    expect(json.clauses[0].references).toEqual([{ text: expect.any(String), symbol: TUNIS, paragraphs: ['35', '37', '55', '60', '65', '68', '69', '70', '71', '83'] }]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

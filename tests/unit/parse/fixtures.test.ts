import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../seed/src/parse/index.js';
import { EN_FIXTURE, FR_FIXTURE, read } from './helpers.js';

const TUNIS = 'WSIS-05/TUNIS/DOC/6(Rev.1)';

describe('synthetic English UNGA-style resolution', () => {
  const doc = parseDocument(read(EN_FIXTURE), EN_FIXTURE);

  it('reads the masthead without mistaking it for the title', () => {
    expect(doc).toMatchObject({
      // The adoption date ("Resolution adopted by the General Assembly on 20 December 2030"), not the issue date.
      symbol: 'A/RES/99/999', language: 'en', originalLanguage: 'en', body: 'body:UNGA', date: '2030-12-20',
      title: 'Information and communications technologies for sustainable development', place: null, forumDates: null,
    });
  });

  it('has the preambular recitals and numbered operative paragraphs with their verbs', () => {
    expect(doc.clauses.map((c) => [c.label, c.number, c.role, c.verb, c.relation])).toEqual([
      ['Recalling', 'recalling', 'preambular', 'Recalling', 'RECALLS'],
      ['Recalling', 'recalling-2', 'preambular', 'Recalling', 'RECALLS'],
      ['Taking note', 'taking-note', 'preambular', 'Taking note', 'NOTES'],
      ['Reaffirming', 'reaffirming', 'preambular', 'Reaffirming', 'REAFFIRMS'],
      ['Operative 1', '1', 'operative', 'Decides', 'DECIDES'],
      ['Operative 2', '2', 'operative', 'Requests', 'REQUESTS'],
      ['Operative 3', '3', 'operative', 'Invites', 'INVITES'],
    ]);
  });

  it('resolves "its resolutions 65/141 of … and 67/195 of …" to GA symbols', () => {
    expect(doc.clauses[0].references.map((r) => [r.symbol, r.rule])).toEqual([
      ['A/RES/65/141', 'ga-resolution-by-number'],
      ['A/RES/67/195', 'ga-resolution-by-number'],
    ]);
  });

  it('resolves ECOSOC resolutions by number, whole and by paragraph', () => {
    expect(doc.clauses[1].references).toEqual([expect.objectContaining({ symbol: 'E/RES/2010/2', paragraphs: [], relation: 'RECALLS' })]);
    expect(doc.clauses[5].references).toEqual([expect.objectContaining({ symbol: 'E/RES/2010/2', paragraphs: ['24'], relation: 'CITES' })]);
  });

  it('expands paragraph ranges written "69 to 71" and "69–71"', () => {
    for (const i of [3, 4]) {
      expect(doc.clauses[i].references).toEqual([expect.objectContaining({ symbol: TUNIS, paragraphs: ['69', '70', '71'], rule: 'tunis-paragraphs' })]);
    }
  });

  it('gives acting clauses their addressees and cites with CITES', () => {
    expect(doc.clauses[5].addressees).toEqual(['body:UNSG']);
    expect(doc.clauses[6].addressees).toEqual(['body:MEMBER-STATES', 'body:ALL-STAKEHOLDERS']);
    expect(doc.clauses[4].references[0].relation).toBe('CITES');
  });

  it('reports the Human Rights Council resolution as unresolved, with line and reason', () => {
    expect(doc.clauses[2].references).toEqual([]);
    expect(doc.unresolved).toEqual([
      { text: 'resolution 12/345', line: 17, clause: 'taking-note', reason: expect.stringContaining('Human Rights Council') },
    ]);
  });
});

describe('synthetic French ITU-style opinion', () => {
  const doc = parseDocument(read(FR_FIXTURE), FR_FIXTURE);

  it('reads the header', () => {
    expect(doc).toMatchObject({
      symbol: 'WTPF-31/DT/2', language: 'fr', originalLanguage: 'en', body: 'body:WTPF-31', place: 'Geneva',
      forumDates: { start: '2031-05-04', end: '2031-05-06' }, date: '2031-05-05',
      title: "Projet d'avis 2 : Favoriser la coopération entre les parties prenantes",
    });
  });

  it('has Rappelant (a)(b), Reconnaissant, the view and the invitation', () => {
    expect(doc.clauses.map((c) => [c.label, c.number, c.role, c.verb, c.relation])).toEqual([
      ['Recalling (a)', 'recalling.a', 'preambular', 'Recalling', 'RECALLS'],
      ['Recalling (b)', 'recalling.b', 'preambular', 'Recalling', 'RECALLS'],
      ['Recognizing', 'recognizing', 'preambular', 'Recognizing', 'RECOGNIZES'],
      ['Is of the view', 'view.1', 'view', 'Is of the view', 'REAFFIRMS'],
      ['Invites', 'invites.1', 'operative', 'Invites', 'INVITES'],
    ]);
  });

  it('extracts French references, with an explicit ITU revision taking precedence over the date', () => {
    expect(doc.clauses[0].references).toEqual([expect.objectContaining({ symbol: TUNIS, paragraphs: ['35', '37', '69'] })]);
    expect(doc.clauses[1].references.map((r) => r.symbol)).toEqual(['ITU PP Res. 102 (Rev. Bucharest, 2022)']);
    expect(doc.clauses[3].references).toEqual([expect.objectContaining({ symbol: TUNIS, paragraphs: [], relation: 'REAFFIRMS' })]);
    expect(doc.clauses[4].addressees).toEqual(['body:ALL-STAKEHOLDERS']);
    expect(doc.unresolved).toEqual([]);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertValidCorpus, isIsoDate, loadCorpus, validateCorpus } from '../../../seed/src/corpus/corpus.validate.js';
import type { Corpus } from '../../../seed/src/corpus/corpus.types.js';

const fresh = (): Corpus => loadCorpus();

describe('the shipped corpus', () => {
  it('is valid', () => {
    const corpus = fresh();
    expect(validateCorpus(corpus)).toEqual([]);
    expect(() => assertValidCorpus(corpus)).not.toThrow();
  });

  it('lists every source of the fact sheet', () => {
    const factSheet = new URL('../../../../shared/reference/instruments.md', import.meta.url);
    if (!existsSync(factSheet)) return; // the shared folder sits beside the project; skip without it
    const text = readFileSync(factSheet, 'utf8');
    const list = text.slice(text.indexOf('## Sources'));
    const keys = [...list.matchAll(/^\* \[([A-Z]\d+)\]/gm)].map((m) => m[1]);
    const shipped = new Set(fresh().sources.map((s) => s.key));
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => !shipped.has(k))).toEqual([]);
  });

  it('never marks a fact verified without a source, nor uses parser-only confidence', () => {
    const corpus = fresh();
    const records = [...corpus.bodies, ...corpus.instruments, ...corpus.provisions, ...corpus.links];
    for (const record of records) {
      expect(record.confidence).not.toBe('extracted');
      if (record.confidence === 'verified') expect(record.sources.length).toBeGreaterThan(0);
    }
  });
});

describe('validateCorpus reports each defect', () => {
  it('a duplicate id', () => {
    const corpus = fresh();
    corpus.instruments.push({ ...corpus.instruments.find((i) => i.symbol === 'A/RES/67/195')! });
    expect(validateCorpus(corpus)).toContainEqual(expect.stringContaining('duplicate id A/RES/67/195'));
  });

  it('a duplicate provision', () => {
    const corpus = fresh();
    corpus.provisions.push({ ...corpus.provisions.find((p) => p.instrument === 'A/RES/67/195' && p.number === '20')! });
    expect(validateCorpus(corpus)).toContainEqual(expect.stringContaining('duplicate id A/RES/67/195#20'));
  });

  it('a dangling link endpoint', () => {
    const corpus = fresh();
    corpus.links.push({ from: 'A/RES/67/195#99', to: 'body:WGEC', relation: 'MANDATES', note: 'x', confidence: 'verified', sources: ['U4'] });
    expect(validateCorpus(corpus)).toContainEqual(expect.stringContaining('unknown endpoint A/RES/67/195#99 (from)'));
  });

  it('an unknown relation', () => {
    const corpus = fresh();
    corpus.links[0] = { ...corpus.links[0], relation: 'AMENDS' as never };
    expect(validateCorpus(corpus)).toContainEqual(expect.stringContaining('unknown relation "AMENDS"'));
  });

  it('an unknown kind, role or confidence', () => {
    const corpus = fresh();
    corpus.instruments[0] = { ...corpus.instruments[0], kind: 'TREATY' as never };
    corpus.provisions[0] = { ...corpus.provisions[0], role: 'annex' as never };
    corpus.bodies[0] = { ...corpus.bodies[0], confidence: 'probable' as never };
    const problems = validateCorpus(corpus);
    expect(problems).toContainEqual(expect.stringContaining('unknown instrument kind "TREATY"'));
    expect(problems).toContainEqual(expect.stringContaining('unknown provision role "annex"'));
    expect(problems).toContainEqual(expect.stringContaining('unknown confidence "probable"'));
  });

  it('a bad date', () => {
    const corpus = fresh();
    const i = corpus.instruments.findIndex((x) => x.symbol === 'A/RES/70/125');
    corpus.instruments[i] = { ...corpus.instruments[i], adopted: '2015-02-30' };
    expect(validateCorpus(corpus)).toContainEqual(expect.stringContaining('adopted "2015-02-30" is not an ISO date'));
  });

  it('a due date that is not a date, or falls before its instrument was adopted', () => {
    const corpus = fresh();
    const i = corpus.provisions.findIndex((p) => p.instrument === 'A/RES/67/195' && p.number === '20');
    const j = corpus.provisions.findIndex((p) => p.instrument === 'A/RES/70/125' && p.number === '65');
    corpus.provisions[i] = { ...corpus.provisions[i], due: 'CSTD-17' };
    corpus.provisions[j] = { ...corpus.provisions[j], due: '2015-06' };
    const problems = validateCorpus(corpus);
    expect(problems).toContainEqual(expect.stringContaining('provision A/RES/67/195#20: due "CSTD-17" is not an ISO date'));
    expect(problems).toContainEqual(expect.stringContaining('provision A/RES/70/125#65: due 2015-06 is before its instrument was adopted (2015-12-16)'));
  });

  it('a drafting link that ends at a body, or runs from a text to a later "draft"', () => {
    const corpus = fresh();
    const i = corpus.links.findIndex((l) => l.from === 'A/RES/80/173' && l.relation === 'ADOPTS');
    corpus.links[i] = { ...corpus.links[i], to: 'body:UNGA' };
    const j = corpus.instruments.findIndex((x) => x.symbol === 'WSIS+20 zero draft');
    corpus.instruments[j] = { ...corpus.instruments[j], adopted: '2025-12' };
    const problems = validateCorpus(corpus);
    expect(problems).toContainEqual(expect.stringContaining('A/RES/80/173 -ADOPTS-> body:UNGA: ADOPTS joins texts (instruments or provisions), not the body body:UNGA'));
    expect(problems).toContainEqual(expect.stringContaining('WSIS+20 zero draft (Rev.1) -REVISES-> WSIS+20 zero draft: the draft or earlier version (2025-12) is dated after the text made from it (2025-11-07)'));
  });

  it('a position on a parsed clause or an unknown text, of no known stance or kind of actor, or saying nothing', () => {
    const corpus = fresh();
    const base = corpus.positions.find((p) => p.actor === 'India')!;
    corpus.positions.push(
      { ...base, on: 'WTPF-13/DT/6#recalling.a' },
      { ...base, on: 'NO/SUCH/TEXT', stance: 'ABSTAINED' as never, actorKind: 'planet' as never },
      { ...base, actor: 'Chile', note: '' },
    );
    const problems = validateCorpus(corpus);
    expect(problems).toContainEqual(expect.stringContaining('position of India on WTPF-13/DT/6#recalling.a: on WTPF-13/DT/6#recalling.a is not a curated instrument or provision'));
    expect(problems).toContainEqual(expect.stringContaining('position of India on NO/SUCH/TEXT: unknown stance "ABSTAINED"; expected one of PROPOSED'));
    expect(problems).toContainEqual(expect.stringContaining('position of India on NO/SUCH/TEXT: unknown actorKind "planet"'));
    expect(problems).toContainEqual(expect.stringContaining('position of Chile on WTPF-13 IEG draft Opinion 6: missing note'));
  });

  it('a verified fact with no source, and an unknown source key', () => {
    const corpus = fresh();
    const i = corpus.instruments.findIndex((x) => x.symbol === 'A/RES/79/1');
    corpus.instruments[i] = { ...corpus.instruments[i], sources: [] };
    const j = corpus.links.findIndex((l) => l.confidence === 'verified');
    corpus.links[j] = { ...corpus.links[j], sources: ['Z99'] };
    const problems = validateCorpus(corpus);
    expect(problems).toContainEqual(expect.stringContaining('instrument A/RES/79/1: marked verified but cites no source'));
    expect(problems).toContainEqual(expect.stringContaining('unknown source key "Z99"'));
  });

  it('a missing summary or note', () => {
    const corpus = fresh();
    corpus.provisions[0] = { ...corpus.provisions[0], summary: ' ' };
    corpus.links[0] = { ...corpus.links[0], note: undefined };
    const problems = validateCorpus(corpus);
    expect(problems).toContainEqual(expect.stringContaining('missing summary'));
    expect(problems).toContainEqual(expect.stringContaining('missing note'));
  });

  it('a provision whose instrument is missing', () => {
    const corpus = fresh();
    corpus.provisions.push({ instrument: 'A/RES/99/1', number: '1', role: 'operative', summary: 's', confidence: 'unconfirmed', sources: [] });
    expect(validateCorpus(corpus)).toContainEqual(expect.stringContaining('instrument A/RES/99/1 is missing'));
  });

  it('a link that starts at a provision of the parsed opinion', () => {
    const corpus = fresh();
    corpus.provisions.push({ instrument: 'WTPF-13/DT/6', number: 'recalling-a', role: 'preambular', summary: 's', confidence: 'seed-document', sources: ['SRC-DOC'] });
    corpus.links.push({ from: 'WTPF-13/DT/6#recalling-a', to: 'WSIS-05/TUNIS/DOC/6(Rev.1)#35', relation: 'RECALLS', note: 'n', confidence: 'seed-document', sources: ['SRC-DOC'] });
    expect(validateCorpus(corpus)).toContainEqual(expect.stringContaining('come from the parser'));
  });

  it('names the file and record when asserting', () => {
    const corpus = fresh();
    const link = corpus.links.find((l) => l.from === 'A/RES/67/195#20' && l.relation === 'MANDATES')!;
    link.to = 'body:NOPE';
    expect(() => assertValidCorpus(corpus)).toThrow(/corpus\/unga\.json: link A\/RES\/67\/195#20 -MANDATES-> body:NOPE: unknown endpoint body:NOPE/);
  });
});

describe('isIsoDate', () => {
  it.each(['2013', '2010-10', '2013-05-15', '2012-02-29'])('accepts %s', (d) => expect(isIsoDate(d)).toBe(true));
  it.each(['2013-5-15', '15 May 2013', '2013-13', '2013-02-29', '2013-05-15T00:00'])('rejects %s', (d) =>
    expect(isIsoDate(d)).toBe(false),
  );
});

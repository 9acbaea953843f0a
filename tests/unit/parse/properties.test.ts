import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseError, parseDocument } from '../../../seed/src/parse/index.js';
import type { ParsedDocument } from '../../../seed/src/parse/index.js';
import { DT6_FILE, EN_FIXTURE, FR_FIXTURE, read } from './helpers.js';

const dt6 = read(DT6_FILE);
const dt6Lines = dt6.split('\n');
const original = parseDocument(dt6, DT6_FILE);

/** Runs the parser; anything thrown other than ParseError fails the property. Returns null on ParseError. */
function parseOrNull(text: string): ParsedDocument | null {
  const started = performance.now();
  try {
    return parseDocument(text, 'prop.txt');
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    expect(error.message).toMatch(/^prop\.txt:\d+: expected .+, found .+/s);
    return null;
  } finally {
    expect(performance.now() - started).toBeLessThan(1000);
  }
}

/** What must not change under mutations that do not matter. */
const shape = (doc: ParsedDocument) =>
  doc.clauses.map((c) => ({ label: c.label, number: c.number, text: c.text, addressees: c.addressees, references: c.references }));

describe('property: any input returns or throws ParseError, quickly', () => {
  const corpusLines = [...dt6Lines, ...read(EN_FIXTURE).split('\n'), ...read(FR_FIXTURE).split('\n')];

  it('random strings (≤ 20 KB)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20_000 }), (s) => void parseOrNull(s)), { numRuns: 200 });
  });

  it('random bytes decoded as UTF-8 (≤ 20 KB)', () => {
    const decoder = new TextDecoder();
    fc.assert(fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => void parseOrNull(decoder.decode(bytes))), { numRuns: 200 });
  });

  it('random documents assembled from real lines and hostile fragments', () => {
    const fragment = fc.oneof(
      fc.constantFrom(...corpusLines),
      fc.constantFrom('"', '"20\t', '21\t', 'أ )', '(a)', 'Recalling', 'يدعو', 'يعرب عن الرأي التالي', 'paragraphs 1, 2, 3 to 9 of the Tunis Agenda',
        'Recalling Resolution 102 (Rev. Guadalajara, 2010), 133 (Kyoto, 1994) and 101', 'ج) القرارات 101 و102 (المراجع في غوادالاخارا، 2010)',
        'paragraph 24 of its resolution 2010/2 of the Economic and Social Council', '"20 تدعو رئيس اللجنة"،'),
      fc.string({ maxLength: 200 }),
    );
    fc.assert(fc.property(fc.array(fragment, { maxLength: 120 }), (parts) => void parseOrNull(parts.join('\n'))), { numRuns: 200 });
  });

  it('long adversarial lines stay linear', () => {
    const hostile = [
      'The General Assembly,\n' + 'paragraphs ' + Array.from({ length: 4000 }, (_, i) => i % 999).join(', '),
      'Recalling resolutions ' + '1/1 and '.repeat(2500) + 'x',
      'وإذ يذكّر ' + 'الفقرات 35 و'.repeat(1500),
      '"' + 'x'.repeat(19_000),
      'إن ' + '(جنيف، '.repeat(2500),
      'A/RES/' + '1/'.repeat(9000),
    ];
    for (const text of hostile) parseOrNull(`Document A/1\nTitle\n${text}`);
  });
});

describe('property: mutations that should not matter leave the parse unchanged', () => {
  const arabicPair = /([\u0621-\u064A])(?=[\u0621-\u064A])/gu;

  it('blank lines, tatweel, NBSP/tab for spaces, trailing spaces, CRLF', () => {
    const lineMutation = fc.record({
      blankAfter: fc.nat({ max: 2 }),
      trailing: fc.constantFrom('', ' ', '\t', '  \u00A0'),
      tatweelEvery: fc.integer({ min: 0, max: 7 }),
      spaceSwap: fc.constantFrom(null, '\u00A0', '\t', '  '),
    });
    const mutated = fc.record({ lines: fc.array(lineMutation, { minLength: dt6Lines.length, maxLength: dt6Lines.length }), crlf: fc.boolean() });
    fc.assert(
      fc.property(mutated, ({ lines, crlf }) => {
        const out: string[] = [];
        dt6Lines.forEach((line, i) => {
          const m = lines[i];
          let counter = 0;
          let text = m.tatweelEvery ? line.replace(arabicPair, (ch) => (++counter % m.tatweelEvery === 0 ? `${ch}\u0640` : ch)) : line;
          if (m.spaceSwap) text = text.replace(/ /g, m.spaceSwap);
          out.push(text + m.trailing, ...Array.from({ length: m.blankAfter }, () => ''));
        });
        const doc = parseDocument(out.join(crlf ? '\r\n' : '\n'), DT6_FILE);
        expect(shape(doc)).toEqual(shape(original));
        expect(doc.title).toBe(original.title);
        expect(doc.unresolved).toEqual(original.unresolved);
      }),
      { numRuns: 200 },
    );
  });
});

describe('property: a random line mutation never loses a clause it did not touch', () => {
  /**
   * The source lines each clause depends on: from its section opener (the line above the first
   * clause of its section; for a quoted paragraph, the quoting clause) to the line before the next
   * clause. A mutation of any other line may add clauses or fail the parse, but must not make a
   * label of the unmutated parse disappear.
   */
  const sorted = [...original.clauses].sort((a, b) => a.line - b.line);
  const regions = original.clauses.map((c) => {
    const next = sorted.find((d) => d.line > c.line);
    const end = next ? next.line - 1 : dt6Lines.length;
    if (c.role === 'quoted') {
      const host = original.clauses.find((h) => h.references.some((r) => r.relation === 'QUOTES' && r.text === c.text));
      return { label: c.label, start: host!.line, end };
    }
    const firstOfSection = original.clauses.find((d) => d.section === c.section && d.role === c.role)!;
    return { label: c.label, start: firstOfSection.line - 1, end };
  });

  it('has regions that are sections, not the whole file', () => {
    expect(regions.find((r) => r.label === 'Bearing in mind (c)')).toEqual({ label: 'Bearing in mind (c)', start: 18, end: 21 });
    expect(regions.find((r) => r.label === 'A/RES/67/195 ¶20')).toEqual({ label: 'A/RES/67/195 ¶20', start: 28, end: 29 });
    for (const r of regions) expect(dt6Lines[r.start - 1].trim()).not.toBe('');
  });

  const words = [...new Set(dt6.split(/\s+/).filter((w) => w && !/["“”]/.test(w)))];
  const noise = fc.array(fc.constantFrom(...words, '1', '2.', 'a)', 'ب)'), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.integer({ min: 1, max: dt6Lines.length }) }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.integer({ min: 1, max: dt6Lines.length }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.integer({ min: 1, max: dt6Lines.length }), line: noise }),
  );

  it('delete, duplicate or insert one line', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const lines = [...dt6Lines];
        if (m.kind === 'delete') lines.splice(m.at - 1, 1);
        else if (m.kind === 'duplicate') lines.splice(m.at - 1, 0, lines[m.at - 1]);
        else lines.splice(m.at - 1, 0, m.line);
        const doc = parseOrNull(lines.join('\n'));
        if (!doc) return;
        const labels = new Set(doc.clauses.map((c) => c.label));
        for (const r of regions) {
          const touched = r.start <= m.at && m.at <= r.end;
          if (!touched) expect(labels, `${m.kind} at line ${m.at} lost "${r.label}"`).toContain(r.label);
        }
      }),
      { numRuns: 300 },
    );
  });
});

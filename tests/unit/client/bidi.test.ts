import { describe, expect, it } from 'vitest';
import { bidiLabel, firstStrongDirection } from '../../../client/src/graph/bidi.js';

const L = '\u200E';
const R = '\u200F';

describe('graph labels with direction marks', () => {
  it('tells a text\'s direction by its first letter, and has none for numbers and signs', () => {
    expect(firstStrongDirection('WTPF-13 Opinion 6')).toBe('ltr');
    expect(firstStrongDirection('20 الفقرة')).toBe('rtl');
    expect(firstStrongDirection('(أ)')).toBe('rtl');
    expect(firstStrongDirection('2013-05-15')).toBeNull();
    expect(firstStrongDirection('¶69')).toBeNull();
  });

  it('wraps each Latin word in left-to-right marks, keeping the spaces where Cytoscape breaks lines', () => {
    const out = bidiLabel('WTPF-13 Opinion 6 (DT/6)');
    expect(out).toBe(`${L}WTPF-13${L} ${L}Opinion${L} ${L}6${L} ${L}(DT/6)${L}`);
    expect(out.replaceAll(L, '')).toBe('WTPF-13 Opinion 6 (DT/6)');
  });

  it('wraps each Arabic word in right-to-left marks, numbers and brackets included', () => {
    expect(bidiLabel('إذ يذكر (أ)')).toBe(`${R}إذ${R} ${R}يذكر${R} ${R}(أ)${R}`);
    // A label that starts with a number takes its first letter's direction.
    expect(bidiLabel('20 الفقرة')).toBe(`${R}20${R} ${R}الفقرة${R}`);
  });

  it('gives each word of a mixed label its own direction, and a word with no letter the one before it', () => {
    expect(bidiLabel('Tunis Agenda ¶69 إذ يرى 2')).toBe(`${L}Tunis${L} ${L}Agenda${L} ${L}¶69${L} ${R}إذ${R} ${R}يرى${R} ${R}2${R}`);
    expect(bidiLabel('الفقرة 20 of A/RES/67/195')).toBe(`${R}الفقرة${R} ${R}20${R} ${L}of${L} ${L}A/RES/67/195${L}`);
  });

  it('keeps line breaks and runs of spaces, and leaves an empty label empty', () => {
    expect(bidiLabel('UN General\nAssembly')).toBe(`${L}UN${L} ${L}General${L}\n${L}Assembly${L}`);
    expect(bidiLabel('a  b')).toBe(`${L}a${L}  ${L}b${L}`);
    expect(bidiLabel('')).toBe('');
    expect(bidiLabel('2013-05-15')).toBe(`${L}2013-05-15${L}`);
  });
});

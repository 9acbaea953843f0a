import { describe, expect, it } from 'vitest';
import { ParseError, parseDocument } from '../../../seed/src/parse/index.js';
import { DT6_FILE, read } from './helpers.js';

const dt6 = read(DT6_FILE).split('\n');
/** DT/6 up to and including 1-based line `n`. */
const cutAfter = (n: number) => dt6.slice(0, n).join('\n');

function parseError(text: string, file = 'bad.txt'): ParseError {
  try {
    parseDocument(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return error as ParseError;
  }
  throw new Error('expected a ParseError, but the text parsed');
}

describe('bad input is a ParseError naming file, line and what was expected', () => {
  it.each([
    ['empty file', '', 1, /empty file/],
    ['whitespace only', ' \n\t\n\u00A0 \r\n', 1, /only whitespace/],
  ])('%s', (_name, text, line, found) => {
    const error = parseError(text);
    expect(error.line).toBe(line);
    expect(error.file).toBe('bad.txt');
    expect(error.message).toMatch(/^bad\.txt:1: expected a document/);
    expect(error.message).toMatch(found);
  });

  it('binary input with NUL bytes', () => {
    const error = parseError('Document A/1\n\u0000\u0001\u0002PK\u0003');
    expect(error.line).toBe(2);
    expect(error.message).toBe('bad.txt:2: expected text (UTF-8 without NUL bytes or replacement characters), found binary data');
  });

  it('bytes that were not UTF-8 (replacement characters after decoding)', () => {
    const bytes = Buffer.from([0x41, 0x0a, 0xff, 0xfe, 0xc3, 0x28]);
    const error = parseError(new TextDecoder().decode(bytes));
    expect(error.line).toBe(2);
    expect(error.expected).toMatch(/UTF-8/);
  });

  it.each([
    ['Lorem ipsum', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.\nUt enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.'],
    ['JSON', JSON.stringify({ symbol: 'A/RES/67/195', clauses: [{ label: 'Recalling', text: 'x' }] }, null, 2)],
    ['Chinese', '大会，\n回顾其关于信息和通信技术促进发展的各项决议，\n1. 决定继续审议加强合作问题。'],
  ])('text in an unknown language or structure: %s', (_name, text) => {
    const error = parseError(text);
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/^bad\.txt:1: expected a text in Arabic, English or French, found "/);
  });

  it('English text that is not an instrument: no chapeau', () => {
    const error = parseError('Minutes of the meeting\nThe meeting opened at 10 a.m. and the chair welcomed the participants to the room.\nIt closed at noon.');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/expected a chapeau naming the body .*found end of file/);
  });

  it('a header without a document symbol', () => {
    const error = parseError(dt6.filter((_, i) => i !== 2).join('\n'));
    expect(error.message).toMatch(/^bad\.txt:1: expected a document symbol line/);
  });
});

describe('truncated DT/6', () => {
  it('cut right after a section opener ("وإذ يلاحظ"): the opener has no items', () => {
    const error = parseError(cutAfter(25), DT6_FILE);
    expect(error.file).toBe(DT6_FILE);
    expect(error.line).toBe(25);
    expect(error.message).toMatch(/^seed\/documents\/WTPF-13-DT-6\.ar\.txt:25: expected lettered items or text after "وإذ يلاحظ" \(line 25\), found end of file$/);
  });

  it('cut inside the preambular part: no operative or view part', () => {
    const error = parseError(cutAfter(21), DT6_FILE);
    expect(error.line).toBe(21);
    expect(error.expected).toMatch(/an operative part/);
  });

  it('cut inside the quotation of A/RES/67/195: unclosed quotation', () => {
    const error = parseError(cutAfter(29), DT6_FILE);
    expect(error.line).toBe(29);
    expect(error.message).toMatch(/expected a closing quotation mark for the quotation opened at line 29, found end of file$/);
  });

  it('cut after the view chapeau: the chapeau has no paragraph', () => {
    const error = parseError(cutAfter(31), DT6_FILE);
    expect(error.line).toBe(31);
    expect(error.expected).toMatch(/text after "يعرب عن الرأي التالي"/);
  });

  it('cut after the header: no chapeau', () => {
    const error = parseError(cutAfter(8), DT6_FILE);
    expect(error.expected).toMatch(/a chapeau/);
  });

  it('two section openers in a row: the first has no items', () => {
    const lines = [...dt6];
    lines.splice(14, 0, 'وإذ يلاحظ');
    const error = parseError(lines.join('\n'), DT6_FILE);
    expect(error.line).toBe(15);
    expect(error.message).toMatch(/expected lettered items or text after "إذ يذكّر" \(line 14\), found "وإذ يلاحظ"/);
  });
});

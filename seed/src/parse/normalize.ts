/**
 * Internal: text normalisation shared by every parsing step.
 *
 * Contract: `toLines` keeps the 1-based source line of every non-empty line, so later errors and
 * clauses can point back into the original file. Normalised text keeps Arabic diacritics (they are
 * part of the text); matching is made diacritic-insensitive by `arabicPattern`, not by deleting them.
 */
import { ParseError } from './parse.error.js';

export interface SourceLine {
  /** Normalised text: no tatweel, no artefacts, single spaces, trimmed. Never empty. */
  text: string;
  /** 1-based line number in the source file. */
  line: number;
}

const TATWEEL = /\u0640/g;
/** NBSP and its narrow/figure variants, tabs and other Unicode spaces become plain spaces. */
const SPACES = /[\t\u00A0\u2000-\u200A\u2007\u202F\u205F\u3000]+/g;
/** Zero-width and bidi control marks carry no text. */
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
/** Word-processor export artefacts such as `[bookmark: _GoBack]`; bounded to stay linear. */
const BOOKMARK = /\[bookmark:[^\]\n]{0,200}\]/gi;
/** A horizontal end rule (`___________`) closes the document body. */
const END_RULE = /^[_\-–—=*]{3,}$/;
/** Bytes that do not belong in a text document (binary input or a broken decode). */
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/;

/** Normalises one line: the rules above, then collapse and trim whitespace. */
export function normalizeLine(raw: string): string {
  return raw
    .replace(BOOKMARK, ' ')
    .replace(TATWEEL, '')
    .replace(INVISIBLES, '')
    .replace(SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * Splits a document into its non-empty normalised lines (LF, CRLF or CR endings).
 * Throws ParseError for binary input, naming the first offending line.
 */
export function toLines(text: string, file: string): SourceLine[] {
  const raw = text.split(/\r\n|\r|\n/);
  const lines: SourceLine[] = [];
  for (let i = 0; i < raw.length; i++) {
    const rawLine = raw[i];
    if (BINARY.test(rawLine)) {
      throw new ParseError(file, i + 1, 'text (UTF-8 without NUL bytes or replacement characters)', 'binary data');
    }
    const normalised = normalizeLine(rawLine);
    if (normalised.length === 0 || END_RULE.test(normalised)) continue;
    lines.push({ text: normalised, line: i + 1 });
  }
  return lines;
}

/** Arabic harakat, superscript alef and Quranic marks: optional wherever a phrase is matched. */
const DIACRITICS = '[\\u064B-\\u065F\\u0670]*';
const ALEF = '[اأإآ]';

/**
 * Regex source that matches an Arabic phrase whatever its diacritics and hamza spelling of alef,
 * e.g. `arabicPattern('إذ يذكر')` matches `إذ يذكّر`. Each letter may be followed by a run of
 * diacritics (a class disjoint from letters), so the pattern stays linear on any input.
 */
export function arabicPattern(phrase: string): string {
  let out = '';
  for (const ch of phrase.normalize('NFC')) {
    if (/[\u064B-\u065F\u0670]/.test(ch)) continue;
    if (ch === ' ') out += ' ';
    else if ('اأإآ'.includes(ch)) out += ALEF + DIACRITICS;
    else if (ch === 'ي' || ch === 'ى') out += '[يى]' + DIACRITICS;
    else if (/[\u0600-\u06FF]/.test(ch)) out += ch + DIACRITICS;
    else out += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return out;
}

/** Arabic item letters in abjad order, mapped to the Latin letters used in labels and numbers. */
const ARABIC_LETTERS: Readonly<Record<string, string>> = {
  أ: 'a', ا: 'a', ب: 'b', ج: 'c', د: 'd', ه: 'e', و: 'f', ز: 'g', ح: 'h', ط: 'i', ي: 'j', ك: 'k', ل: 'l',
};

/** Latin letter for an item letter in any of the three scripts ('ج' → 'c', 'C' → 'c'). */
export function itemLetter(letter: string): string | null {
  if (/^[a-z]$/i.test(letter)) return letter.toLowerCase();
  return ARABIC_LETTERS[letter] ?? null;
}

/** Lower-case slug for clause numbers: 'Bearing in mind' → 'bearing-in-mind'. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

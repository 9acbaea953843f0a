/**
 * Internal: the document header — everything before the chapeau that names the body.
 *
 * Recognised header lines, in any order: place and meeting dates ("جنيف، 16-14 مايو 2013",
 * "Geneva, 14-16 May 2013"), the document symbol ("الوثيقة WTPF-13/DT/6-A", "Document …", or the
 * symbol alone, or after the masthead's "United Nations"), the document date, the adoption date of a
 * resolution ("Resolution adopted by the General Assembly on 16 December 2015"), which wins over
 * the date the document was issued, the original language ("الأصل: بالإنكليزية", "Original:
 * English") and UN masthead lines ("General Assembly Distr.: General", "Agenda item 17",
 * "[without reference to a Main Committee (A/70/L.33)]"). Whatever remains is the title, without
 * a resolution's number ("70/125. Outcome document …" → "Outcome document …").
 */
import { ParseError, describeFound } from './parse.error.js';
import { parseDateRange } from './dates.js';
import type { SourceLine } from './normalize.js';
import { arabicPattern } from './normalize.js';
import { canonicalDocumentSymbol } from './symbols.js';
import type { Language } from './types.js';

export interface Header {
  symbol: string;
  originalLanguage: Language | null;
  title: string;
  place: string | null;
  forumDates: { start: string; end: string } | null;
  date: string | null;
}

const PLACES: Readonly<Record<string, string>> = {
  جنيف: 'Geneva', Genève: 'Geneva', Geneva: 'Geneva', نيويورك: 'New York', 'New York': 'New York',
  تونس: 'Tunis', Tunis: 'Tunis', غوادالاخارا: 'Guadalajara', Guadalajara: 'Guadalajara', بوسان: 'Busan',
  Busan: 'Busan', دبي: 'Dubai', Dubai: 'Dubai', Dubaï: 'Dubai', Lisbon: 'Lisbon', Lisbonne: 'Lisbon',
};

/** English name of a place as written in any of the three languages, or null. */
export function englishPlace(name: string): string | null {
  return PLACES[name.trim()] ?? null;
}

const SYMBOL = '([A-Z][A-Za-z0-9.\\-]{0,30}(?:/[A-Za-z0-9.()\\-]{1,30}){1,8})';
const SYMBOL_LINE = new RegExp(`^(?:${arabicPattern('الوثيقة')}|${arabicPattern('الأمم المتحدة')}|Document|Doc\\.|Symbol:?|Cote:?|United Nations|Nations Unies) ?${SYMBOL}$|^${SYMBOL}$`, 'u');
/** "Resolution adopted by the General Assembly on 16 December 2015" and its French and Arabic forms: the date. */
const ADOPTED_LINE = new RegExp(`^(?:Resolution adopted by .{3,80}? on|Résolution adoptée par .{3,80}? le|${arabicPattern('قرار')} (?:${arabicPattern('اتخذته')}|${arabicPattern('اعتمدته')}) .{3,80}? ${arabicPattern('في')}) (.{6,40}?)\\.?$`, 'iu');
/** A resolution's number before its title: "70/125. " (the General Assembly's), "2010/2. " (ECOSOC's). */
const RESOLUTION_NUMBER = /^\d{1,4}\/\d{1,4}\. /;
const PLACE_LINE = /^([^،,\d]{2,30})[،,] ?(.{6,40})$/u;
const ORIGINAL_LINE = new RegExp(`^(?:${arabicPattern('الأصل')}|Original) ?: ?(.{2,30})$`, 'iu');
const MASTHEAD = /^(?:United Nations\b|Nations Unies\b|Resolution adopted by|Résolution adoptée par|Distr\.?|Agenda item|Point \d|Item \d|General Assembly$|Assemblée générale$|Economic and Social Council$|Conseil économique et social$|Security Council$|Conseil de sécurité$|Human Rights Council$|Conseil des droits de l'homme$|[A-Z][a-z]+-[a-z]+ session$|Soixante|.*\bsession$|.*\bDistr\.? ?:|\[.*\]$)/i;
const DATE_PREFIX = /^(?:Date ?: ?)/i;

function originalLanguage(name: string): Language | null {
  if (/إنكليزية|إنجليزية|انكليزية|انجليزية|english|anglais/iu.test(name)) return 'en';
  if (/فرنسية|french|français/iu.test(name)) return 'fr';
  if (/عربية|arabic|arabe/iu.test(name)) return 'ar';
  return null;
}

/**
 * Reads the header lines (those before the chapeau). Throws ParseError when there is no document
 * symbol or no title, naming the line after the header (`chapeauLine`).
 */
export function parseHeader(lines: readonly SourceLine[], language: Language, file: string, chapeauLine: number): Header {
  let symbol: string | null = null;
  let originalLang: Language | null = null;
  let place: string | null = null;
  let forumDates: Header['forumDates'] = null;
  let date: string | null = null;
  let adopted: string | null = null;
  const title: string[] = [];
  for (const { text } of lines) {
    const sym = SYMBOL_LINE.exec(text);
    if (sym && symbol === null) {
      symbol = canonicalDocumentSymbol(sym[1] ?? sym[2]);
      continue;
    }
    const orig = ORIGINAL_LINE.exec(text);
    if (orig) {
      originalLang = originalLanguage(orig[1]);
      continue;
    }
    const adoption = ADOPTED_LINE.exec(text);
    const adoptedOn = adoption ? parseDateRange(adoption[1], language) : null;
    if (adoptedOn && adoptedOn.start === adoptedOn.end) {
      adopted ??= adoptedOn.start;
      continue;
    }
    const single = parseDateRange(text.replace(DATE_PREFIX, ''), language);
    if (single && single.start === single.end) {
      date ??= single.start;
      continue;
    }
    if (sym && canonicalDocumentSymbol(sym[1] ?? sym[2]) === symbol) continue;
    const at = PLACE_LINE.exec(text);
    const range = at ? parseDateRange(at[2], language) : null;
    if (at && range && forumDates === null) {
      place = englishPlace(at[1]);
      forumDates = range;
      continue;
    }
    if (MASTHEAD.test(text)) continue;
    title.push(title.length === 0 ? text.replace(RESOLUTION_NUMBER, '') : text);
  }
  const firstLine = lines[0]?.line ?? chapeauLine;
  if (symbol === null) {
    throw new ParseError(file, firstLine, 'a document symbol line (e.g. "Document WTPF-13/DT/6-E" or "A/RES/67/195")', describeFound(lines[0]?.text));
  }
  if (title.length === 0) {
    throw new ParseError(file, chapeauLine, 'a title line before the chapeau', 'the chapeau');
  }
  return { symbol, originalLanguage: originalLang, title: title.join(' '), place, forumDates, date: adopted ?? date };
}

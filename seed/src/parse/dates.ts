/**
 * Internal: dates as they are written in Arabic, English and French document headers, to ISO.
 * Arabic headers are laid out right to left, so a range may appear reversed (`16-14 مايو 2013`
 * means 14–16 May); ranges are therefore ordered, not read left to right.
 */
import type { Language } from './types.js';

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** Extra spellings seen in Arabic texts (Levantine names, alef variants). */
const ARABIC_VARIANTS: Readonly<Record<string, number>> = { ابريل: 4, إبريل: 4, اغسطس: 8, اكتوبر: 10, 'كانون الثاني': 1, شباط: 2, آذار: 3, نيسان: 4, أيار: 5, حزيران: 6, تموز: 7, آب: 8, أيلول: 9, 'تشرين الأول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12 };

export function monthNumber(name: string, language: Language): number | null {
  const index = MONTHS[language].findIndex((m) => m.toLowerCase() === name.toLowerCase());
  if (index >= 0) return index + 1;
  return language === 'ar' ? (ARABIC_VARIANTS[name] ?? null) : null;
}

const MONTH_WORD = '([A-Za-zÀ-ÿ\\u0621-\\u064A]{3,12}(?: [\\u0621-\\u064A]{3,7})?)';
/** `14-16 May 2013`, `16-14 مايو 2013`, `15 May 2013`, `1er mai 2013`; anchored on both ends. */
const DATE_OR_RANGE = new RegExp(`^(\\d{1,2})(?:er)?(?: ?[-–] ?(\\d{1,2}))? ${MONTH_WORD},? (\\d{4})$`, 'u');

/** The " Levantine/Egyptian " pair of an Arabic month: keeps the second name. */
const TWO_NAMED_MONTH = / [\u0621-\u064A]{2,7}(?: [\u0621-\u064A]{2,7})?\/([\u0621-\u064A]{3,12}) /u;

function iso(year: number, month: number, day: number): string | null {
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses a date or day range written as the whole of `text`; null when it is not one. */
export function parseDateRange(text: string, language: Language): { start: string; end: string } | null {
  // UN Arabic texts name a month twice, Levantine then Egyptian: "16 كانون الأول/ديسمبر 2015".
  const written = language === 'ar' ? text.replace(TWO_NAMED_MONTH, ' $1 ') : text;
  const m = DATE_OR_RANGE.exec(written.trim());
  if (!m) return null;
  const month = monthNumber(m[3], language);
  if (month === null) return null;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  const start = iso(Number(m[4]), month, Math.min(a, b));
  const end = iso(Number(m[4]), month, Math.max(a, b));
  return start && end ? { start, end } : null;
}

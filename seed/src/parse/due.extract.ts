/**
 * Internal, pure: when what an acting clause asks falls due, read from its text. A clause that asks
 * for a report ("report", "rapport", "تقرير") and dates it ("… to the Commission at its
 * seventeenth session, in 2014", "d'ici à juillet 2016", «في عام 2014») gives that date: a year,
 * or a year and month when the month is named just before it. The latest such date in the clause
 * wins (a report due after a meeting held earlier in the same clause). Session numbers without a
 * year give nothing: which year a session falls in is not in the text.
 *
 * What it returns is `due` on the clause's provision (server/src/mandate, where OVERDUE reads it),
 * marked extracted like every field a document gives.
 */
import { monthNumber } from './dates.js';
import type { Language } from './types.js';

/** A report asked for, in each language. */
const REPORT: Readonly<Record<Language, RegExp>> = {
  en: /\breport/i,
  fr: /\brapport/i,
  ar: /تقرير/u,
};

const YEAR = '((?:19|20)\\d{2})';
const EASTERN_DIGITS = /[٠-٩]/g;

/** "in 2014", "by July 2016", "no later than 2015": the word that makes a date a deadline, an optional month, the year. */
const DEADLINE: Readonly<Record<Language, RegExp>> = {
  en: new RegExp(`\\b(?:in|by|before|no later than|not later than)\\s+(?:the end of\\s+)?(?:([A-Z][a-z]{2,8})\\s+)?${YEAR}\\b`, 'g'),
  fr: new RegExp(`(?:\\ben|\\bd['’]ici (?:à|a)(?: la fin de)?|\\bavant|au plus tard en)\\s+(?:([a-zéû]{3,9})\\s+)?${YEAR}\\b`, 'giu'),
  // A month may be named twice, Levantine then Egyptian ("تموز/يوليو"); the second is read.
  ar: new RegExp(`(?<![\\u0621-\\u064A])(?:في|بحلول|قبل|خلال)\\s+(?:عام|سنة|العام)?\\s*(?:(?:[\\u0621-\\u064A]{3,12}/)?([\\u0621-\\u064A]{3,8})\\s+)?${YEAR}`, 'gu'),
};

/** The due date a clause's text gives ("2014", "2016-07"), or undefined. */
export function dueOf(text: string, language: Language): string | undefined {
  const written = text.replace(EASTERN_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660));
  if (!REPORT[language].test(written)) return undefined;
  let latest: string | undefined;
  for (const m of written.matchAll(DEADLINE[language])) {
    const month = m[1] ? monthNumber(m[1], language) : null;
    const due = month ? `${m[2]}-${String(month).padStart(2, '0')}` : m[2];
    if (!latest || due > latest) latest = due;
  }
  return latest;
}

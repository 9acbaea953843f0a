/**
 * Internal: finds which lexicon phrase opens a line, diacritic- and case-insensitively.
 *
 * Contract: a phrase matches only at the start of the text and only as whole words (followed by the
 * end, a space or punctuation), so 'يقر' never matches 'يقرر' and 'Notes' never matches 'Noteworthy'.
 * Longer phrases win ('Takes note of' over 'Takes note', 'يؤكد من جديد' over 'يؤكد').
 */
import { arabicPattern } from './normalize.js';
import type { VerbEntry } from './lexicon.js';
import type { Language } from './types.js';

export interface LeadingMatch {
  entry: VerbEntry;
  /** The text after the phrase and its punctuation. */
  rest: string;
}

interface Compiled {
  regex: RegExp;
  entry: VerbEntry;
  length: number;
}

type Rows = readonly (VerbEntry & { phrases: Partial<Record<Language, readonly string[]>> })[];

const ADVERBS: Record<Language, { before: string; after: string }> = {
  en: {
    before: '(?:(?:also|further|again|once again|strongly|further also) )?',
    after: '(?: (?:also|further|again|with (?:appreciation|concern|satisfaction|interest)))?',
  },
  fr: {
    before: '',
    after: "(?: (?:également|en outre|aussi|de nouveau|avec (?:satisfaction|préoccupation|intérêt)))?",
  },
  ar: { before: 'و?', after: `(?: (?:${arabicPattern('أيضا')}|${arabicPattern('كذلك')}))?` },
};

/**
 * Arabic puts "also" inside a verb phrase ("تطلب أيضاً إلى", "requests also of"; "وإذ تشير أيضاً
 * إلى"), so the adverb may follow any of its words, not only the last.
 */
function arabicPhrase(phrase: string): string {
  return phrase.replace(/^و(?=[إا])/, '').split(' ').map((word) => arabicPattern(word)).join(`${ADVERBS.ar.after} `);
}

const cache = new WeakMap<Rows, Map<Language, Compiled[]>>();

function compile(rows: Rows, language: Language): Compiled[] {
  let byLanguage = cache.get(rows);
  if (!byLanguage) cache.set(rows, (byLanguage = new Map()));
  const hit = byLanguage.get(language);
  if (hit) return hit;
  const { before, after } = ADVERBS[language];
  const compiled: Compiled[] = [];
  for (const row of rows) {
    for (const phrase of row.phrases[language] ?? []) {
      const body = language === 'ar' ? arabicPhrase(phrase) : escape(phrase);
      const regex = new RegExp(`^${before}(?:${body})${after}(?=$|[\\s,،:;.)])[\\s,،:;.]*`, 'iu');
      compiled.push({ regex, entry: { verb: row.verb, relation: row.relation }, length: phrase.length });
    }
  }
  compiled.sort((a, b) => b.length - a.length);
  byLanguage.set(language, compiled);
  return compiled;
}

function escape(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/'/g, "['’]");
}

/** The lexicon entry whose phrase opens `text`, with the remaining text; null if none does. */
export function matchLeading(text: string, language: Language, rows: Rows): LeadingMatch | null {
  for (const { regex, entry } of compile(rows, language)) {
    const m = regex.exec(text);
    if (m) return { entry, rest: text.slice(m[0].length).trim() };
  }
  return null;
}

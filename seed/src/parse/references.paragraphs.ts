/**
 * Internal: paragraph lists ("paragraphs 35, 37 and 69", "الفقرات 35 و37", "paragraphes 69 à 71",
 * "¶¶69–71") and the instrument each list belongs to.
 *
 * Contract: ranges expand ("69 to 71" → 69, 70, 71; at most 200 numbers). A list belongs to the
 * instrument named right after it ("… of the Tunis Agenda", "… من برنامج عمل تونس") or, failing
 * that, to the nearest instrument named before it in the same sentence ("the Tunis Agenda, including
 * paragraphs 35 …"). A list with no instrument (or followed by "above"/"أعلاه") points into the
 * citing text itself and yields no reference.
 */
import { arabicPattern } from './normalize.js';
import type { Mention } from './references.mentions.js';
import type { Language } from './types.js';

export interface ParagraphList {
  start: number;
  end: number;
  paragraphs: string[];
}

const NUMBER = '\\d{1,3}(?: ?\\([a-z]\\))?';
const JOIN: Record<Language, string> = {
  en: '(?:, and |, | and | to |–|-)',
  fr: '(?:, | et | à |–|-)',
  ar: `(?: ?، ?| و ?| ?و| ${arabicPattern('إلى')} |–|-)`,
};
const WORD: Record<Language, string> = {
  en: '(?:\\b[Pp]aragraphs? |\\b[Pp]aras?\\. ?|¶¶? ?)',
  fr: '(?:\\b[Pp]aragraphes? |\\b[Aa]linéas? |¶¶? ?)',
  ar: `(?:${arabicPattern('الفقرات')}|${arabicPattern('الفقرتين')}|${arabicPattern('الفقرتان')}|${arabicPattern('الفقرة')}|${arabicPattern('فقرات')}|${arabicPattern('فقرة')}) (?:${arabicPattern('من')} )?`,
};
const INTERNAL = new RegExp(`^ ?(?:above|below|ci-dessus|ci-dessous|${arabicPattern('أعلاه')}|${arabicPattern('أدناه')})`, 'u');
const PREPOSITION = new RegExp(`^[ ,]{0,2}(?:of|in|de|du|des|d['’]|${arabicPattern('من')}|${arabicPattern('في')})(?= |$)`, 'u');
const SENTENCE_END = /[.;؛]/;

export function findParagraphLists(text: string, language: Language): ParagraphList[] {
  const regex = new RegExp(`${WORD[language]}(${NUMBER}(?:${JOIN[language]}${NUMBER}){0,60})(?![\\d/])`, 'gu');
  const lists: ParagraphList[] = [];
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    lists.push({ start: m.index, end: m.index + m[0].length, paragraphs: expand(m[1], language) });
  }
  return lists;
}

/** '35, 37 and 69 to 71' → ['35', '37', '69', '70', '71']. */
function expand(list: string, language: Language): string[] {
  const tokens = list.split(new RegExp(`(${JOIN[language]})`, 'u'));
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    const value = tokens[i].replace(/ /g, '');
    const joiner = tokens[i - 1] ?? '';
    const isRange = /to|à|–|-|إ/u.test(joiner) && /^\d+$/.test(value) && /^\d+$/.test(out[out.length - 1] ?? '');
    if (isRange) {
      const from = Number(out[out.length - 1]);
      const to = Number(value);
      if (to > from && to - from <= 200) for (let n = from + 1; n <= to; n++) out.push(String(n));
      else out.push(value);
    } else out.push(value);
  }
  return [...new Set(out)];
}

/** The mention a paragraph list belongs to, or null for an internal cross-reference. */
export function targetOf(list: ParagraphList, mentions: readonly Mention[], text: string): Mention | null {
  const after = text.slice(list.end);
  if (INTERNAL.test(after)) return null;
  const next = mentions.find((m) => m.start >= list.end && m.start - list.end <= 60);
  if (next && PREPOSITION.test(text.slice(list.end, next.start))) return next;
  const previous = [...mentions].reverse().find((m) => m.end <= list.start);
  if (previous && !SENTENCE_END.test(text.slice(previous.end, list.start))) return previous;
  return null;
}

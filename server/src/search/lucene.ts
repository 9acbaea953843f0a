/**
 * Internal: turns what a user typed into a safe Lucene query. Every Lucene operator character is
 * escaped and the words AND/OR/NOT are lower-cased, so user input is matched as text and never
 * interpreted as query syntax.
 */
import { BadUserInputError } from '../errors/errors.js';

const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
export const MAX_SEARCH_LENGTH = 200;

export function searchTerms(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\u0640/g, '') // tatweel never changes an Arabic word
    .split(/\s+/u)
    .map((word) => word.replace(SPECIAL, (c) => `\\${c}`))
    .map((word) => (/^(AND|OR|NOT|TO)$/.test(word) ? word.toLowerCase() : word))
    .filter((word) => word.replace(/\\./g, '').length > 0 || word.length > 1);
}

/** A phrase the user quoted: "…", “…” or «…» (as Arabic writes quotes). */
const QUOTED = /"([^"]*)"|\u201C([^\u201D]*)\u201D|\u00AB([^\u00BB]*)\u00BB/g;

/**
 * The quoted phrases of what the user typed, as escaped terms, and the rest of the text. A quote
 * without its pair is text like any other (escaped by searchTerms).
 */
export function quotedPhrases(text: string): { phrases: string[][]; rest: string } {
  const phrases: string[][] = [];
  const rest = text.replace(QUOTED, (_whole, straight?: string, curly?: string, angle?: string) => {
    const terms = searchTerms(straight ?? curly ?? angle ?? '');
    if (terms.length) phrases.push(terms);
    return ' ';
  });
  return { phrases, rest };
}

/**
 * Words: the exact phrase counts most, then all the words, then any word: a title that says
 * "enhanced cooperation" ranks above a paragraph that says "cooperation". A quoted phrase must be
 * there, as a phrase (agreed language: "on an equal footing"); words beside it rank the hits.
 */
export function luceneQuery(text: string): string {
  if (text.length > MAX_SEARCH_LENGTH) {
    throw new BadUserInputError(`\`text\` is limited to ${MAX_SEARCH_LENGTH} characters; got ${text.length}.`, 'text');
  }
  const { phrases, rest } = quotedPhrases(text);
  const terms = searchTerms(rest);
  if (terms.length === 0 && phrases.length === 0) throw new BadUserInputError('`text` must contain at least one word to search for.', 'text');
  const required = phrases.map((phrase) => `+"${phrase.join(' ')}"`).join(' ');
  if (terms.length === 0) return required;
  const words = terms.length === 1 ? terms[0] : `"${terms.join(' ')}"^4 OR (${terms.join(' AND ')})^2 OR (${terms.join(' OR ')})`;
  return required ? `${required} (${words})` : words;
}

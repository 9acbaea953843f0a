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

/**
 * The exact phrase counts most, then all the words, then any word: a title that says "enhanced
 * cooperation" ranks above a paragraph that says "cooperation".
 */
export function luceneQuery(text: string): string {
  if (text.length > MAX_SEARCH_LENGTH) {
    throw new BadUserInputError(`\`text\` is limited to ${MAX_SEARCH_LENGTH} characters; got ${text.length}.`, 'text');
  }
  const terms = searchTerms(text);
  if (terms.length === 0) throw new BadUserInputError('`text` must contain at least one word to search for.', 'text');
  if (terms.length === 1) return terms[0];
  return `"${terms.join(' ')}"^4 OR (${terms.join(' AND ')})^2 OR (${terms.join(' OR ')})`;
}

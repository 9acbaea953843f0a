/**
 * Internal: which of the three supported languages a document is written in.
 *
 * Contract: returns null unless one script clearly dominates and, for Latin script, the text reads
 * as English or French (by their commonest function words). Lorem ipsum, Chinese or a JSON file
 * therefore come back null, and the parser reports them instead of guessing.
 */
import type { SourceLine } from './normalize.js';
import type { Language } from './types.js';

const EN_WORDS = /\b(?:the|of|and|to|in|on|for|its|with)\b/gi;
const FR_WORDS = /(?:^|[\s(])(?:(?:le|la|les|des|du|de|et|aux?|sur|dans)(?=\s)|[ld]['’](?=\p{L}))/giu;

export function detectLanguage(lines: readonly SourceLine[]): Language | null {
  const text = lines.map((l) => l.text).join('\n');
  let arabic = 0;
  let latin = 0;
  let other = 0;
  for (const ch of text) {
    if (/[\u0621-\u064A]/.test(ch)) arabic++;
    else if (/[A-Za-zÀ-ÿ]/.test(ch)) latin++;
    else if (/\p{L}/u.test(ch)) other++;
  }
  const letters = arabic + latin + other;
  if (letters < 20) return null;
  if (arabic / letters > 0.5) return 'ar';
  if (latin / letters <= 0.5) return null;
  const en = text.match(EN_WORDS)?.length ?? 0;
  const fr = text.match(FR_WORDS)?.length ?? 0;
  const words = text.split(/\s+/).length;
  if (Math.max(en, fr) < Math.max(3, words * 0.04)) return null;
  return fr > en ? 'fr' : 'en';
}

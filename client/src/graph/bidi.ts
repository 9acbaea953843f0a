/**
 * Labels that read the same on a left-to-right and a right-to-left canvas.
 *
 * Why: Cytoscape wraps a long label at spaces and draws each line with `fillText`, which orders the
 * line by the bidi algorithm with the canvas's direction (the page's: right to left in the Arabic
 * interface). A line that starts with a number or a bracket then comes out wrong: "WTPF-13 Opinion
 * 6 (DT/6)" wrapped after "Opinion" showed its second line as "(DT/6) 6". Marks cannot be added
 * per line, since Cytoscape decides where lines break, so every word gets them instead: a
 * zero-width left-to-right mark (U+200E) on each side of a word in Latin script, a right-to-left
 * mark (U+200F) on each side of a word in Arabic script. Any line is then a run of strong
 * characters whose order does not depend on the canvas. A word with no letter of its own ("6",
 * "¶69", "2013-05-15") takes the direction of the word before it, or of the label's first letter.
 */

const LRM = '\u200E';
const RLM = '\u200F';
const LETTER = /\p{L}/u;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** 'rtl' or 'ltr' from a text's first letter; null when it has none. */
export function firstStrongDirection(text: string): 'ltr' | 'rtl' | null {
  const letter = LETTER.exec(text)?.[0];
  if (!letter) return null;
  return RTL_LETTER.test(letter) ? 'rtl' : 'ltr';
}

/**
 * The label with its words wrapped in direction marks (see above). Spaces are kept as they are, so
 * Cytoscape wraps it where it wrapped the bare label; the marks have no width.
 */
export function bidiLabel(text: string): string {
  if (!text) return text;
  let direction = firstStrongDirection(text) ?? 'ltr';
  return text
    .split(/(\s+)/)
    .map((part) => {
      if (part === '' || /^\s+$/.test(part)) return part;
      direction = firstStrongDirection(part) ?? direction;
      const mark = direction === 'rtl' ? RLM : LRM;
      return `${mark}${part}${mark}`;
    })
    .join('');
}

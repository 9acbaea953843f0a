/** Chips more than one view shows: how sure we are of a record, an edge or a step, in words. */
import { h } from '../dom.js';
import { term } from '../i18n.js';

/** "Verified", "Unconfirmed"… as a chip; null without a value. */
export function confidenceChip(value: string | null | undefined): HTMLElement | null {
  return value ? h('span', { class: `chip confidence confidence-${value}`, text: term('confidence', value) }) : null;
}

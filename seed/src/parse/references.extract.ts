/**
 * Internal: the references of one clause, from its mentions and paragraph lists.
 *
 * Contract:
 * - each resolved mention becomes a reference to the whole instrument, unless a paragraph list in the
 *   same clause points at that instrument, in which case only the paragraph-specific reference stays
 *   (so "the relevant paragraphs of the Tunis Agenda, including paragraphs 35 … 83" is one reference
 *   with ten paragraphs, not two);
 * - each unresolved mention is returned with its reason, for `ParsedDocument.unresolved`;
 * - a mention inside an inline quotation (`ينص على "… برنامج عمل تونس …"`) is the quoted text's
 *   citation, not the clause's: it gets plain CITES instead of the clause's verb;
 * - identical references (same symbol, paragraphs and relation) are kept once.
 */
import type { Relation } from '../../../cypher/model.js';
import type { MentionContext } from './references.mentions.js';
import { findMentions } from './references.mentions.js';
import { findParagraphLists, targetOf } from './references.paragraphs.js';
import { TUNIS_AGENDA } from './symbols.js';
import type { ParsedReference } from './types.js';

export interface Extraction {
  references: ParsedReference[];
  unresolved: { text: string; reason: string }[];
}

/** Inline quotations; negated classes keep the scan linear. */
const INLINE_QUOTE = /"[^"]{1,5000}"|“[^”]{1,5000}”|«[^»]{1,5000}»/gu;

function quotedSpans(text: string): [number, number][] {
  return [...text.matchAll(INLINE_QUOTE)].map((m) => [m.index, m.index + m[0].length]);
}

export function extractReferences(text: string, clauseRelation: Relation, ctx: MentionContext): Extraction {
  const mentions = findMentions(text, ctx);
  const spans = quotedSpans(text);
  const relationAt = (at: number): Relation => (spans.some(([a, b]) => at > a && at < b) ? 'CITES' : clauseRelation);
  const specific: (ParsedReference & { at: number })[] = [];
  for (const list of findParagraphLists(text, ctx.language)) {
    const target = targetOf(list, mentions, text);
    if (!target || !target.symbol) continue;
    const start = Math.min(list.start, target.start);
    const end = Math.max(list.end, target.end);
    const rule = target.symbol === TUNIS_AGENDA ? 'tunis-paragraphs' : `${target.rule}-paragraphs`;
    specific.push({ at: list.start, text: text.slice(start, end), symbol: target.symbol, paragraphs: list.paragraphs, rule, relation: relationAt(list.start) });
  }
  const withParagraphs = new Set(specific.map((r) => r.symbol));
  const whole = mentions
    .filter((m) => m.symbol && !withParagraphs.has(m.symbol))
    .map((m) => ({ at: m.start, text: m.text, symbol: m.symbol, paragraphs: [] as string[], rule: m.rule, relation: relationAt(m.start) }));

  const seen = new Set<string>();
  const references: ParsedReference[] = [];
  for (const { at: _at, ...ref } of [...whole, ...specific].sort((a, b) => a.at - b.at)) {
    const key = `${ref.symbol}|${ref.paragraphs.join(',')}|${ref.relation}`;
    if (seen.has(key)) continue;
    seen.add(key);
    references.push(ref);
  }
  const unresolved = mentions.filter((m) => !m.symbol).map((m) => ({ text: m.text, reason: m.reason ?? 'unresolved' }));
  return { references, unresolved };
}

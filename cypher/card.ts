/**
 * Internal contract: a node's card, the fields a graph view shows of it, kept on the node as one
 * string property `card`, so a neighbourhood reads one property per node instead of four to six
 * and our server decodes one string instead of five to seven (what that saved: BENCHMARKS.md,
 * seventh session).
 *
 * Format: the label, then the fields of CARD_FIELDS[label] in order, joined by SEPARATOR; a missing
 * value is empty, and a separator inside a value becomes a space, so splitting is unambiguous.
 *   "Provision␟<id>␟<instrumentId>␟<number>␟<label>"
 *
 * Two writers make the same string: `cardCypher` (every load statement sets the card from the
 * node as it stands after its write, so enriching a stub updates it) and `cardOf` (the bulk
 * importer, which writes each node once from its row). tests/integration/bulk.int.test.ts compares
 * the two stores property by property. The reader is nodeFromCard (server/src/graph/graph-node.ts).
 * A node written by another tool has no card: the statements that read cards fall back to its
 * properties (`storedCard`); one whose fields are edited by hand keeps its old card until a loader
 * writes it again.
 */
import type { Label } from './model.js';

export const SEPARATOR = '\u001f';

export const CARD_FIELDS = {
  Provision: ['id', 'instrumentId', 'number', 'label'],
  Instrument: ['id', 'symbol', 'kind', 'shortTitle', 'adopted', 'bodyId'],
  // `ended` last: a card written before it had it reads as a body with no end (nodeFromCard).
  Body: ['id', 'acronym', 'name', 'nameAr', 'kind', 'established', 'ended'],
} as const satisfies Record<Label, readonly string[]>;

/**
 * A card field whose property may be missing, and the property that stands in for it then: an
 * instrument whose adoption the sources give only to the month or year has no `adopted` date but
 * keeps that text in `adoptedText` ("2010-10"), which the card carries instead.
 */
const CARD_FALLBACKS: Readonly<Record<string, string>> = { adopted: 'adoptedText' };

type CardValue = string | number | boolean | null | undefined;

/**
 * The card of a node of `label` whose properties are `fields`, or `own`'s for the names it has (the
 * bulk importer's rows keep a node's id, dates and body beside its other properties; two objects
 * rather than a merged copy of each, since it makes a million of them).
 */
export function cardOf(label: Label, fields: Record<string, unknown>, own?: Record<string, unknown>): string {
  let card: string = label;
  for (const name of CARD_FIELDS[label]) {
    const fallback = CARD_FALLBACKS[name];
    let value = (own && name in own ? own[name] : fields[name]) as CardValue;
    if ((value === null || value === undefined) && fallback) value = fields[fallback] as CardValue;
    if (value === null || value === undefined) {
      card += SEPARATOR;
      continue;
    }
    const text = typeof value === 'string' ? value : String(value);
    // Tested first: the bulk importer makes a million cards, and replaceAll copies every value.
    card += SEPARATOR + (text.includes(SEPARATOR) ? text.replaceAll(SEPARATOR, ' ') : text);
  }
  return card;
}

/** The Cypher expression that makes the card of `variable`, a node of `label`, from its properties. */
export function cardCypher(variable: string, label: Label): string {
  const escaped = '\\u001f';
  const parts = CARD_FIELDS[label].map((name) => {
    const fallback = CARD_FALLBACKS[name] ? `${variable}.${CARD_FALLBACKS[name]}, ` : '';
    return `replace(coalesce(toString(${variable}.${name}), ${fallback}''), '${escaped}', ' ')`;
  });
  return [`'${label}'`, ...parts].join(` + '${escaped}' + `);
}

/**
 * What a statement reads for `variable`'s card: the stored card or, for a node without one (written
 * by another tool), [label, properties] for `cardFromStored`. Short on purpose: Bolt sends a
 * statement's text with every run, and the driver writes it in 1,400-byte pieces, one system call
 * each; spelling out the fields of three labels made a neighbourhood statement 9 KB.
 */
export function storedCard(variable: string): string {
  return `coalesce(${variable}.card, [head(labels(${variable})), properties(${variable})])`;
}

/** What `storedCard` reads: a card, or [label, properties] for a node without one. */
export type StoredCard = string | [Label, Record<string, unknown>];

/** The card of what `storedCard` read: the card itself, or the one [label, properties] make. */
export function cardFromStored(value: StoredCard): string {
  return typeof value === 'string' ? value : cardOf(value[0], value[1]);
}

/**
 * Public API: the GraphNode union, and the internal mapper that turns a repository row into the
 * object GraphQL resolves (the `__kind` property, set by every query, picks the union member).
 */
import { createUnionType } from 'type-graphql';
import { cardFromStored, SEPARATOR, type StoredCard } from '../../../cypher/card.js';
import { Body, type BodyRow } from '../body/body.type.js';
import { Instrument, type InstrumentRow } from '../instrument/instrument.type.js';
import { Provision, type ProvisionRow } from '../provision/provision.type.js';

export type NodeRow = InstrumentRow | ProvisionRow | BodyRow;

/** The GraphNode member a row resolves to: its `__kind`, which every query sets. */
export const graphNodeType = (value: unknown): string => (value as NodeRow).__kind;

export const GraphNode = createUnionType({
  name: 'GraphNode',
  description: 'Any node of the graph: an instrument, a provision or a body.',
  types: () => [Instrument, Provision, Body] as const,
  resolveType: graphNodeType,
});

/**
 * Normalises a row: list properties are never null, so non-null list fields hold; an instrument
 * whose adoption is known only to the month or year gets that as its `adopted`.
 */
export function asNode<T extends NodeRow>(row: T): T {
  if (row.__kind === 'Instrument' && !row.adopted && row.adoptedText) return { ...row, adopted: row.adoptedText, sources: row.sources ?? [] };
  return { ...row, sources: row.sources ?? [] };
}

/**
 * A slim node as the citation and neighbourhood statements send it: a list whose first item names
 * the label and fixes the order of the rest, the same in every statement:
 *   ['Provision', id, instrumentId, number, label, position]
 *   ['Instrument', id, symbol, kind, shortTitle, adopted (or adoptedText), bodyId, titleEn]
 *   ['Body', id, acronym, name, nameAr, kind, established, ended, confidence, sources]
 * A statement may leave out trailing items it does not need. Lists, not maps: a map repeats its
 * keys in every row, and decoding them was a quarter of the server's CPU on those rows. The row is
 * flagged partial: any field it lacks resolves from the whole node (graph/partial.ts).
 */
export function nodeFromList(list: readonly unknown[]): NodeRow & { __partial: true } {
  // No helper closure: under tsx every closure made costs a call to esbuild's __name, and this
  // runs for every row of a neighbourhood (4% of the server's CPU on one).
  const v = list as readonly (string | undefined)[];
  switch (v[0]) {
    case 'Provision':
      return { __kind: 'Provision', __partial: true, id: v[1]!, instrumentId: v[2]!, number: v[3]!, label: v[4] ?? undefined, position: (list[5] ?? undefined) as number | undefined, sources: [] };
    case 'Instrument':
      return { __kind: 'Instrument', __partial: true, id: v[1]!, symbol: v[2]!, kind: v[3]!, shortTitle: v[4] ?? undefined, adopted: v[5] ?? undefined, bodyId: v[6] ?? undefined, titleEn: v[7] ?? undefined, sources: [] };
    default:
      return { __kind: 'Body', __partial: true, id: v[1]!, acronym: v[2] ?? undefined, name: v[3] ?? undefined, nameAr: v[4] ?? undefined, kind: v[5] ?? undefined, established: v[6] ?? undefined, ended: v[7] ?? undefined, confidence: v[8] ?? undefined, sources: (list[9] as string[] | null) ?? [] };
  }
}

/**
 * A node from its card (cypher/card.ts) as a statement's `CARD(v)` reads it: the label, then that
 * label's card fields, the same order as nodeFromList's first items; an empty field is a missing
 * value. A node without a stored card comes as [label, properties] and gets the card they make.
 */
export function nodeFromCard(stored: StoredCard): NodeRow & { __partial: true } {
  const fields: (string | undefined)[] = cardFromStored(stored).split(SEPARATOR);
  for (let i = 1; i < fields.length; i++) if (fields[i] === '') fields[i] = undefined;
  return nodeFromList(fields);
}

/** The label the UI shows for a node: a short title, "¶69 Tunis Agenda", or a body acronym. */
export function displayLabel(row: NodeRow, parent?: InstrumentRow | null): string {
  switch (row.__kind) {
    case 'Instrument':
      return row.shortTitle ?? row.symbol;
    case 'Provision': {
      const owner = parent?.shortTitle ?? parent?.symbol ?? row.instrumentId;
      const own = /^\d+$/.test(row.number) ? `¶${row.number}` : (row.label ?? row.number);
      return `${owner} ${own}`;
    }
    case 'Body':
      return row.acronym ?? row.name ?? row.id;
  }
}

/**
 * Public API: the GraphNode union, and the internal mapper that turns a repository row into the
 * object GraphQL resolves (the `__kind` property, set by every query, picks the union member).
 */
import { createUnionType } from 'type-graphql';
import { Body, type BodyRow } from '../body/body.type.js';
import { Instrument, type InstrumentRow } from '../instrument/instrument.type.js';
import { Provision, type ProvisionRow } from '../provision/provision.type.js';

export type NodeRow = InstrumentRow | ProvisionRow | BodyRow;

export const GraphNode = createUnionType({
  name: 'GraphNode',
  description: 'Any node of the graph: an instrument, a provision or a body.',
  types: () => [Instrument, Provision, Body] as const,
  resolveType: (value) => (value as unknown as NodeRow).__kind,
});

/** Normalises a row: list properties are never null, so non-null list fields hold. */
export function asNode<T extends NodeRow>(row: T): T {
  return { ...row, sources: row.sources ?? [] };
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

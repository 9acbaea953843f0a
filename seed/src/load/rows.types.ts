/**
 * Internal: the rows the loader sends to Neo4j. Pure stages (corpus.rows.ts, document.rows.ts) build
 * them; loader.ts sends them. `props` never holds null or undefined (SET += would delete the
 * property). A `stub` row only creates a node that does not exist yet and never overwrites one.
 */
import type { Relation } from '../../../cypher/model.js';

export type Props = Record<string, string | number | boolean | string[]>;

export interface NodeRow {
  id: string;
  props: Props;
  stub?: boolean;
  /**
   * The source file of a parsed document's own row (its instrument, its clauses): reconciled with a
   * curated node of the same id before it is written (document.reconcile.ts).
   */
  document?: string;
}
export interface InstrumentLoadRow extends NodeRow {
  adopted: string | null;
  endDate: string | null;
  bodyId: string | null;
}
export interface ProvisionLoadRow extends NodeRow {
  instrumentId: string;
}
export interface LinkRow {
  key: string;
  from: string;
  to: string;
  type: Relation;
  date: string | null;
  props: Props;
}
export interface SourceRow {
  key: string;
  title: string;
  url: string | null;
}

export interface Rows {
  sources: SourceRow[];
  bodies: NodeRow[];
  instruments: InstrumentLoadRow[];
  provisions: ProvisionLoadRow[];
  links: LinkRow[];
}

export function emptyRows(): Rows {
  return { sources: [], bodies: [], instruments: [], provisions: [], links: [] };
}

/** How many rows a set holds, of every kind. */
export function countRows(rows: Rows): number {
  return rows.sources.length + rows.bodies.length + rows.instruments.length + rows.provisions.length + rows.links.length;
}

/** Drops null, undefined and empty-string values so `SET n += props` never deletes a property. */
export function props(values: Record<string, unknown>): Props {
  const out: Props = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === '') continue;
    out[key] = typeof value === 'object' && !Array.isArray(value) ? JSON.stringify(value) : (value as Props[string]);
  }
  return out;
}

/** A full ISO date (YYYY-MM-DD) or null: reduced-precision dates ("2011") stay in the *Text property. */
export function fullDate(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

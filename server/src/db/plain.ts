/**
 * Internal: converts driver values to plain JSON-able values at the repository boundary, so
 * GraphQL types and the client never see driver objects.
 *
 * Integers become numbers when in the safe range, strings otherwise (never silently rounded).
 * Temporal values become ISO strings. Nodes and relationships become their properties.
 */
import neo4j from 'neo4j-driver';
import { STRENGTHS, type Strength } from '../../../cypher/strength.js';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings, numbers or booleans: return them before the driver's type checks,
  // which cost a measurable share of a large response (BENCHMARKS.md).
  if (typeof value !== 'object') return value;
  // Lists next: the slim rows of citations and neighbourhoods are mostly lists.
  if (Array.isArray(value)) {
    // In place: the driver makes a fresh array for every list it decodes, and a copy of each was
    // garbage on the rows of a neighbourhood.
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = toPlain((value as Record<string, unknown>)[k]);
  return out;
}

/** Integers sent to Cypher (LIMIT, SKIP, counts) must be Neo4j integers, not floats. */
export function int(n: number) {
  return neo4j.int(n);
}

/**
 * Neo4j plans a statement again for each size class of a list parameter (1, 2 to 10, 11 or more
 * entries: measured, BENCHMARKS.md), and the trace's plan takes it 1.5 to 4 s to make (a
 * neighbourhood's about 1 s). A relation filter is only ever read as `type(r) IN $relations`, so
 * it is sent repeated up to PLANNED_LIST_SIZE entries: every filter shares the default's plan,
 * and the one `npm start` prepares serves a trace over any relations.
 */
export const PLANNED_LIST_SIZE = 11;

/** `relations` as a statement's parameter: the same set, at least PLANNED_LIST_SIZE entries long. */
export function relationsParam<T>(relations: readonly T[]): T[] {
  const out = [...relations];
  for (let i = 0; out.length > 0 && out.length < PLANNED_LIST_SIZE; i++) out.push(relations[i % relations.length]);
  return out;
}

/**
 * A strength filter as a statement's parameters: `$anyStrength OR r.strength IN $strengths`. The
 * list is always a list of one size class (every strength when any goes), since a null in its place
 * would be another plan to make, 1.5 s for the trace's statement.
 */
export function strengthParams(strengths: readonly Strength[] | null): { anyStrength: boolean; strengths: Strength[] } {
  return { anyStrength: strengths === null, strengths: relationsParam(strengths ?? STRENGTHS) };
}

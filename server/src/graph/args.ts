/**
 * Internal: argument checks shared by resolvers. Each throws BAD_USER_INPUT with the limit or the
 * accepted values in the message.
 */
import type { Relation } from '../../../cypher/model.js';
import { RELATIONS } from '../../../cypher/model.js';
import { BadUserInputError } from '../errors/errors.js';
import { Direction } from './enums.js';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedEvidence } from '../citation/citation.type.js';
import type { CitationKey } from '../loaders.js';

export const LIMITS = {
  pageSize: 100,
  traceDepth: 10,
  neighborhoodDepth: 3,
  neighborhoodNodes: 300,
  searchResults: 100,
  tracePaths: 200,
} as const;

export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`\`${name}\` must be an integer from ${min} to ${max}; got ${value}.`, name);
  }
  return value;
}

/** OUT/IN for citations; the trace directions are refused here. */
export function citationDirection(direction: Direction): boolean {
  if (direction === Direction.OUT) return true;
  if (direction === Direction.IN) return false;
  throw new BadUserInputError(`\`direction\` of citations is OUT or IN; UPSTREAM and DOWNSTREAM are for \`trace\`. Got ${direction}.`, 'direction');
}

/** UPSTREAM/DOWNSTREAM for traces; true when downstream. */
export function traceDirection(direction: Direction): boolean {
  if (direction === Direction.DOWNSTREAM) return true;
  if (direction === Direction.UPSTREAM) return false;
  throw new BadUserInputError(`\`direction\` of a trace is UPSTREAM or DOWNSTREAM; OUT and IN are for citations. Got ${direction}.`, 'direction');
}

/** The relation filter: the given list (GraphQL has already checked each value), or the default. */
export function relationFilter(relations: string[] | null | undefined, fallback: readonly Relation[] = RELATIONS): Relation[] {
  if (relations === null || relations === undefined) return [...fallback];
  if (relations.length === 0) throw new BadUserInputError('`relations` must name at least one relation type, or be left out for the default.', 'relations');
  return [...new Set(relations)] as Relation[];
}

/**
 * The DataLoader key of a citations field: its arguments, checked, and the evidence fields selected
 * at `evidencePath` (below the citations field itself by default; a look-ahead from the field above
 * passes ['citations', 'evidence']).
 */
export function citationKey(id: string, direction: Direction, relations: string[] | null, info: GraphQLResolveInfo, evidencePath: readonly string[] = ['evidence']): CitationKey {
  return { id, out: citationDirection(direction), relations: relationFilter(relations), evidence: selectedEvidence(info, evidencePath) ?? [] };
}

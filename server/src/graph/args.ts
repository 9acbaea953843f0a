/**
 * Internal: argument checks shared by resolvers. Each throws BAD_USER_INPUT with the limit or the
 * accepted values in the message.
 */
import type { Relation } from '../../../cypher/model.js';
import { MAX_TRACE_DEPTH, RELATIONS } from '../../../cypher/model.js';
import { isStrength, strengthsFrom } from '../../../cypher/strength.js';
import { BadUserInputError } from '../errors/errors.js';
import { Direction } from './enums.js';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedEvidence } from '../citation/citation.type.js';
import type { CitationKey, CitationCountKey } from '../loaders.js';
import { decodeCitationCursor } from '../citation/citation.cursor.js';

export const LIMITS = {
  pageSize: 100,
  traceDepth: MAX_TRACE_DEPTH,
  neighborhoodDepth: 3,
  neighborhoodNodes: 300,
  /** Nodes one `among` asks for: as many as a neighbourhood holds. */
  amongIds: 300,
  /** Characters of one id in `among` and in the feeds. */
  idLength: 300,
  searchResults: 100,
  tracePaths: 200,
  /** Citations per page of a `citations` field, and the page size when `first` is left out. */
  citationsPage: 1000,
  citationsDefault: 100,
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

/** The arguments of a `citations` field, as the resolvers receive them. */
export interface CitationArgs {
  direction: Direction;
  relations: string[] | null;
  /** Only edges at least this strong (GraphQL has checked it is a Strength). */
  minStrength?: string | null;
  /** Null or absent: LIMITS.citationsDefault (the schema's default too). */
  first?: number | null;
  after?: string | null;
}

/** The DataLoader key of a `citationCount` field: its arguments, checked. */
export function citationCountKey(id: string, { direction, relations, minStrength }: Pick<CitationArgs, 'direction' | 'relations' | 'minStrength'>): CitationCountKey {
  return { id, out: citationDirection(direction), relations: relationFilter(relations), strengths: isStrength(minStrength) ? strengthsFrom(minStrength) : null };
}

/**
 * The DataLoader key of a citations field: its arguments, checked, and the evidence fields selected
 * at `evidencePath` (below the citations field itself by default; a look-ahead from the field above
 * passes ['citations', 'evidence']).
 */
export function citationKey(id: string, args: CitationArgs, info: GraphQLResolveInfo, evidencePath: readonly string[] = ['evidence']): CitationKey {
  const first = checkRange('first', args.first ?? LIMITS.citationsDefault, 1, LIMITS.citationsPage);
  const after = args.after === null || args.after === undefined ? null : decodeCitationCursor(args.after);
  return { ...citationCountKey(id, args), first, after, evidence: selectedEvidence(info, evidencePath) ?? [] };
}

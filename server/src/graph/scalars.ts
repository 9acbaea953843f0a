/**
 * Public API: the `Date` scalar, a calendar date as an ISO 8601 string (YYYY-MM-DD), and
 * `PartialDate`, which may stop at the month or the year. Full dates in the graph are Neo4j dates;
 * they reach GraphQL already converted to strings (db/plain.ts). A date the sources give only to the
 * month or year is kept as its text (`adoptedText` on instruments, `established` on bodies).
 */
import { GraphQLScalarType, Kind } from 'graphql';
import { BadUserInputError } from '../errors/errors.js';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new BadUserInputError(`Date must be a calendar date written YYYY-MM-DD, e.g. "2013-05-15"; got ${JSON.stringify(value)}.`);
  }
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: (value) => (typeof value === 'string' ? value.slice(0, 10) : null),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * A date as precisely as the sources give it: YYYY-MM-DD, YYYY-MM or YYYY ("2010-10" for a
 * resolution of the October 2010 Plenipotentiary, "2003" for a body set up that year). What an
 * instrument's adoption, a body's dates and a subgraph node's date are; a full date is written as
 * `Date` writes it.
 */
export const PartialDateScalar = new GraphQLScalarType({
  name: 'PartialDate',
  description: 'A date to the precision the sources give, ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY.',
  serialize: (value) => (typeof value === 'string' && PARTIAL_DATE.test(value.slice(0, 10)) ? value.slice(0, 10) : null),
  parseValue: parsePartialDate,
  parseLiteral: (ast) => parsePartialDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parsePartialDate(value: unknown): string {
  if (typeof value !== 'string' || !PARTIAL_DATE.test(value)) {
    throw new BadUserInputError(`PartialDate must be written YYYY-MM-DD, YYYY-MM or YYYY, e.g. "2010-10"; got ${JSON.stringify(value)}.`);
  }
  return value;
}

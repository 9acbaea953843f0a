/**
 * Public API: the `Date` scalar, a calendar date as an ISO 8601 string (YYYY-MM-DD). Dates in the
 * graph are Neo4j dates; they reach GraphQL already converted to strings (db/plain.ts).
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

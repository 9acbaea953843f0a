/**
 * Public API: the typed errors clients can see. Anything else is logged and answered as a generic
 * INTERNAL_SERVER_ERROR by `formatError` (http/format-error.ts), so no Cypher, driver text or stack
 * trace ever reaches a client.
 */
import { GraphQLError } from 'graphql';

/** The input breaks a documented contract; the message states the contract and what was received. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, argumentName?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...(argumentName ? { argumentName } : {}) } });
  }
}

/** The id or symbol names nothing in the graph. */
export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`No ${what} with id "${id}". Search for it with the \`search\` query, or list instruments with \`instruments\`.`, {
      extensions: { code: 'NOT_FOUND', id },
    });
  }
}

/** Neo4j cannot be reached right now; the server keeps running and recovers by itself. */
export class ServiceUnavailableError extends GraphQLError {
  constructor() {
    super('The graph database is not reachable right now. Try again in a few seconds; /healthz shows when it is back.', {
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
    });
  }
}

/** For exhaustive switches: the compiler proves this is never called. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}

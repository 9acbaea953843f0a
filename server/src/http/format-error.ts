/**
 * Internal: error normalisation. Errors with a known, safe code reach the client with their
 * message (which was written for users); anything else is logged here and answered with a generic
 * message, so no Cypher, driver text or stack trace leaves the server.
 */
import type { GraphQLFormattedError } from 'graphql';

const SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (SAFE_CODES.has(code)) {
    const { stacktrace: _stack, exception: _exception, http: _http, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error('[ig-atlas] unexpected error:', (error as { originalError?: unknown })?.originalError ?? error);
  return { message: 'Internal server error: the request failed unexpectedly and has been logged.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

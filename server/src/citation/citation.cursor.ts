/**
 * Public API contract: the cursor of a citation, what `citations(after:)` takes to start the next
 * page. Opaque to clients; inside, the citation's place in the order every citations field uses
 * (cypher/citation-page.ts): the date of the citing text as YYYYMMDD (undated
 * last), then the citing clause's position in its document (none: last), then the edge's key. A
 * place rather than an offset, so a page stays where it was when documents are ingested between two
 * requests.
 */
import { BadUserInputError } from '../errors/errors.js';

/** A citation's place in the order: [day, position, key]. */
export type CitationOrder = [day: number, position: number, key: string];

export function encodeCitationCursor([day, position, key]: CitationOrder): string {
  return Buffer.from(`${day}|${position}|${key}`, 'utf8').toString('base64url');
}

/** The place a cursor names; BAD_USER_INPUT (argument `after`) for anything no page returned. */
export function decodeCitationCursor(cursor: string): CitationOrder {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^(\d{1,8})\|(-?\d{1,10})\|(.+)$/s.exec(text);
  const position = match ? Number(match[2]) : NaN;
  if (!match || Math.abs(position) > 2147483647) {
    throw new BadUserInputError(`\`after\` must be the \`cursor\` of a citation returned by a previous page; got "${cursor}".`, 'after');
  }
  return [Number(match[1]), position, match[3]];
}

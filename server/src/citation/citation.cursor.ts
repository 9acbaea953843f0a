/**
 * Public API contract: the cursor of a citation, what `citations(after:)` takes to start the next
 * page. Opaque to clients; inside, the citation's place in the order every citations field uses:
 * the citing clause's position in its document (instruments, which have none, after every clause)
 * and the relationship's key (cypher/queries/citations-of-nodes.cypher). A place rather than an
 * offset, so a page stays where it was when documents are ingested between two requests.
 */
import { BadUserInputError } from '../errors/errors.js';

/** A citation's place in the order: [position, key]. */
export type CitationOrder = [position: number, key: string];

export function encodeCitationCursor([position, key]: CitationOrder): string {
  return Buffer.from(`${position}|${key}`, 'utf8').toString('base64url');
}

/** The place a cursor names; BAD_USER_INPUT (argument `after`) for anything no page returned. */
export function decodeCitationCursor(cursor: string): CitationOrder {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^(-?\d{1,10})\|(.+)$/s.exec(text);
  const position = match ? Number(match[1]) : NaN;
  if (!match || Math.abs(position) > 2147483647) {
    throw new BadUserInputError(`\`after\` must be the \`cursor\` of a citation returned by a previous page; got "${cursor}".`, 'after');
  }
  return [position, match[2]];
}

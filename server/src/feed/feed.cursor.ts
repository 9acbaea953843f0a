/**
 * Public contract: the cursor of a feed's page, what `after=` takes to give the next (older)
 * entries; the feed's `<link rel="next">` carries it (RFC 5005's paged feeds). Opaque to readers;
 * inside, the last entry's place in the feed's order: its date (none: undated, last) and its key
 * (an edge's key, a node's id). A place rather than an offset, so a page stays where it was when
 * documents are ingested between two requests.
 */
import { BadUserInputError } from '../errors/errors.js';

/** An entry's place in a feed's order: newest date first, undated last, then by key. */
export interface FeedPlace {
  date: string | null;
  key: string;
}

export function encodeFeedCursor({ date, key }: FeedPlace): string {
  return Buffer.from(`${date ?? ''}|${key}`, 'utf8').toString('base64url');
}

/**
 * The place a cursor names; BAD_USER_INPUT (parameter `after`) for anything no page gave, and for
 * a date not of the feed's shape (`dateShape`), which Cypher would otherwise fail on.
 */
export function decodeFeedCursor(cursor: string, dateShape: RegExp): FeedPlace {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^([^|]{0,40})\|(.{1,400})$/s.exec(text);
  if (!match || (match[1] !== '' && !dateShape.test(match[1]))) {
    throw new BadUserInputError(`\`after\` must be the cursor of a feed's next page, as its <link rel="next"> gives it; got ${JSON.stringify(cursor.slice(0, 60))}.`, 'after');
  }
  return { date: match[1] || null, key: match[2] };
}

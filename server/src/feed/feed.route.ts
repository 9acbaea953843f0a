/**
 * Public contract: two Atom feeds (atom.ts), one Cypher round trip each, in pages: a page that is
 * not the last links the next (older) one (`<link rel="next">`, with `after=<cursor>`,
 * feed.cursor.ts), so a reader that fell behind by more than a page reads on.
 * - GET /feeds/cited-by?id=<node id>[&relations=RECALLS,REQUESTS][&strength=REQUESTS][&first=50]:
 *   the latest citations and acts that reach a node (for an instrument, it or any of its
 *   paragraphs), newest citing text first (cypher/queries/cited-by.cypher); `strength` keeps those
 *   whose clause acts at least that strongly (cypher/strength.ts).
 * - GET /feeds/search?text=<words or "a phrase">[&lang=en|ar|fr][&first=50]: the texts that match,
 *   newest first, as search matches them (a quoted phrase must be there): agreed language to
 *   follow (cypher/queries/search-dated.cypher).
 *
 * Errors are JSON, as the API's: 400 BAD_USER_INPUT for a missing or too long id or text, an
 * unknown relation, strength or language, `first` out of 1..100, or an `after` no page gave (the
 * message says which and what is accepted); 404 NOT_FOUND for an id that names nothing; 503
 * SERVICE_UNAVAILABLE when Neo4j cannot be reached.
 */
import type { ServerResponse } from 'node:http';
import type { StoredCard } from '../../../cypher/card.js';
import { labelOfId, RELATIONS, type Relation } from '../../../cypher/model.js';
import { isStrength, STRENGTHS, strengthsFrom, type Strength } from '../../../cypher/strength.js';
import type { Database } from '../db/database.js';
import { int, relationsParam, strengthParams } from '../db/plain.js';
import { BadUserInputError, NotFoundError } from '../errors/errors.js';
import { LIMITS } from '../graph/args.js';
import { nodeFromCard } from '../graph/graph-node.js';
import { toSubgraphNode } from '../graph/neighborhood.service.js';
import type { InstrumentRow } from '../instrument/instrument.type.js';
import { Lang, SearchOrder } from '../graph/enums.js';
import { ANY_DATE, datedMatches } from '../search/search.service.js';
import { atomDocument, atomFeed, explorerLink, feedUrl, type FeedEntry, type FeedNode } from './atom.js';
import { decodeFeedCursor, encodeFeedCursor, type FeedPlace } from './feed.cursor.js';

export const FEED_LIMITS = { entriesDefault: 50, entries: 100, idLength: LIMITS.idLength } as const;

export interface FeedRequest {
  id: string;
  relations: Relation[];
  /** The weakest strength kept, or null: every citation. */
  minStrength: Strength | null;
  first: number;
  /** The place of the previous page's last entry; null: the first page. */
  after: FeedPlace | null;
}

/** A cited-by cursor's date: the citing text's day (a Date in the store, compared as one). */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The feed's parameters from a query string, or BadUserInputError saying what is wrong. */
export function parseFeedRequest(params: URLSearchParams): FeedRequest {
  const id = params.get('id')?.trim() ?? '';
  if (!id) throw new BadUserInputError('`id` is required: the id of an instrument, a paragraph or a body, e.g. ?id=WSIS-05/TUNIS/DOC/6(Rev.1)%2369.', 'id');
  if (id.length > FEED_LIMITS.idLength) throw new BadUserInputError(`\`id\` is at most ${FEED_LIMITS.idLength} characters; got ${id.length}.`, 'id');
  const named = (params.get('relations') ?? '').split(',').map((r) => r.trim()).filter(Boolean);
  const unknown = named.filter((r) => !(RELATIONS as readonly string[]).includes(r));
  if (unknown.length) throw new BadUserInputError(`Unknown relation ${JSON.stringify(unknown[0].slice(0, 40))} in \`relations\`; accepted: ${RELATIONS.join(', ')}.`, 'relations');
  const strength = params.get('strength')?.trim().toUpperCase() || null;
  if (strength !== null && !isStrength(strength)) throw new BadUserInputError(`Unknown strength ${JSON.stringify(strength.slice(0, 40))} in \`strength\`; accepted, strongest first: ${STRENGTHS.join(', ')}.`, 'strength');
  return { id, relations: named.length ? ([...new Set(named)] as Relation[]) : [...RELATIONS], minStrength: strength, first: feedFirst(params), after: feedAfter(params, DAY) };
}

/** A feed's `after`: the place its cursor names, null when absent. */
function feedAfter(params: URLSearchParams, dateShape: RegExp): FeedPlace | null {
  const cursor = params.get('after');
  return cursor === null ? null : decodeFeedCursor(cursor, dateShape);
}

/**
 * The parameters a feed's links keep: what was asked, less the defaults, so the first page's
 * address is the one the explorer links to; `after` only on a later page.
 */
function pageParams(first: number, after: FeedPlace | null): Record<string, string> {
  return { ...(first !== FEED_LIMITS.entriesDefault ? { first: String(first) } : {}), ...(after ? { after: encodeFeedCursor(after) } : {}) };
}

/** A feed's `first`: 1 to FEED_LIMITS.entries, FEED_LIMITS.entriesDefault when absent. */
function feedFirst(params: URLSearchParams): number {
  const text = params.get('first');
  const first = text === null ? FEED_LIMITS.entriesDefault : Number(text);
  if (!Number.isInteger(first) || first < 1 || first > FEED_LIMITS.entries) {
    throw new BadUserInputError(`\`first\` must be an integer from 1 to ${FEED_LIMITS.entries}; got ${JSON.stringify(text?.slice(0, 20))}.`, 'first');
  }
  return first;
}

export interface SearchFeedRequest {
  text: string;
  lang: Lang | null;
  first: number;
  /** The place of the previous page's last entry; null: the first page. */
  after: FeedPlace | null;
}

/** The phrase feed's parameters; the text itself is checked as search checks it (lucene.ts). */
export function parseSearchFeedRequest(params: URLSearchParams): SearchFeedRequest {
  const text = params.get('text')?.trim() ?? '';
  if (!text) throw new BadUserInputError('`text` is required: words, or a phrase in quotes, e.g. ?text=%22enhanced%20cooperation%22.', 'text');
  const lang = params.get('lang');
  const langs = Object.values(Lang) as string[];
  if (lang !== null && !langs.includes(lang)) throw new BadUserInputError(`\`lang\` is one of ${langs.join(', ')}; got ${JSON.stringify(lang.slice(0, 20))}.`, 'lang');
  // The phrase feed's dates are text (an adoption known to the month is "2010-10"), compared as text.
  return { text, lang: lang as Lang | null, first: feedFirst(params), after: feedAfter(params, /^/) };
}

/** The texts that match the request's words or phrase, newest first, as Atom. */
export async function searchFeed(db: Database, request: SearchFeedRequest): Promise<string> {
  // One more than the page, to know whether there is a next one.
  const found = await datedMatches(db, request.text, request.lang, request.first + 1, SearchOrder.NEWEST, ANY_DATE, request.after);
  const hits = found.slice(0, request.first);
  const params = { text: request.text, ...(request.lang ? { lang: request.lang } : {}) };
  const last = hits.at(-1);
  return atomDocument(
    {
      id: `urn:ig-atlas:search:${encodeURIComponent(request.text)}${request.lang ? `:${request.lang}` : ''}`,
      title: `Texts that say ${request.text}`,
      subtitle: `The texts in the ig-atlas graph that match ${request.text}, newest first: titles, summaries and clauses.`,
      self: feedUrl('search', { ...params, ...pageParams(request.first, request.after) }),
      next: found.length > hits.length && last ? feedUrl('search', { ...params, ...pageParams(request.first, { date: last.date, key: last.node.id }) }) : null,
      alternate: '/',
    },
    hits.map((hit) => ({
      id: `urn:ig-atlas:node:${encodeURIComponent(hit.node.id)}`,
      title: hit.label,
      date: hit.date,
      link: explorerLink(hit.node.id),
      category: { term: hit.node.__kind, label: hit.node.__kind.toLowerCase() },
      summary: [hit.node.id, hit.date].filter(Boolean).join(' · '),
      content: hit.snippet ?? null,
      language: hit.language ?? null,
    })),
  );
}

/** A node of the feed from its card and, for a paragraph, its instrument's: labelled and dated as a graph view shows it. */
function feedNode(card: StoredCard, ownerCard: StoredCard | null): FeedNode {
  const row = nodeFromCard(card);
  const node = toSubgraphNode(row, ownerCard ? (nodeFromCard(ownerCard) as InstrumentRow) : null);
  return { id: row.id, kind: row.__kind, label: node.label, date: node.date };
}

/** Reads the feed of `request` and renders it; NotFoundError when the id names nothing. */
export async function citedByFeed(db: Database, request: FeedRequest): Promise<string> {
  // One more than the page, to know whether there is a next one.
  const rows = await db.read('cited-by', { id: request.id, label: labelOfId(request.id), relations: relationsParam(request.relations), ...strengthParams(request.minStrength && strengthsFrom(request.minStrength)), first: int(request.first + 1), after: request.after });
  if (!rows.length) throw new NotFoundError('instrument, paragraph or body', request.id);
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  const found: FeedEntry[] = rows
    .filter((row) => row.relation)
    .map((row) => ({
      key: String(row.key),
      relation: String(row.relation),
      date: text(row.date),
      clause: text(row.clause),
      quote: text(row.quote),
      language: text(row.language),
      method: text(row.method),
      confidence: text(row.confidence),
      strength: text(row.strength),
      source: feedNode(row.source as StoredCard, row.sourceOwner as StoredCard | null),
      target: feedNode(row.target as StoredCard, row.targetOwner as StoredCard | null),
    }));
  const entries = found.slice(0, request.first);
  const node = feedNode(rows[0].node as StoredCard, rows[0].nodeOwner as StoredCard | null);
  // The relations and strength only when named: the first page's address is then the explorer's link.
  const params = {
    id: node.id,
    ...(request.relations.length < RELATIONS.length ? { relations: request.relations.join(',') } : {}),
    ...(request.minStrength ? { strength: request.minStrength } : {}),
  };
  const last = entries.at(-1);
  return atomFeed(node, entries, {
    self: feedUrl('cited-by', { ...params, ...pageParams(request.first, request.after) }),
    next: found.length > entries.length && last ? feedUrl('cited-by', { ...params, ...pageParams(request.first, { date: last.date, key: last.key }) }) : null,
  });
}

export function sendFeed(res: ServerResponse, xml: string, roundTrips: number): void {
  res.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8', 'content-length': Buffer.byteLength(xml), 'x-cypher-round-trips': String(roundTrips) });
  res.end(xml);
}

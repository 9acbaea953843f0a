/**
 * Public contract: GET /feeds/cited-by?id=<node id>[&relations=RECALLS,REQUESTS][&first=50], the
 * latest citations and acts that reach a node (for an instrument, it or any of its paragraphs),
 * newest citing text first, as an Atom feed (atom.ts). One Cypher round trip
 * (cypher/queries/cited-by.cypher).
 *
 * Errors are JSON, as the API's: 400 BAD_USER_INPUT for a missing or too long id, an unknown
 * relation or `first` out of 1..100 (the message says which and what is accepted); 404 NOT_FOUND
 * for an id that names nothing; 503 SERVICE_UNAVAILABLE when Neo4j cannot be reached.
 */
import type { ServerResponse } from 'node:http';
import type { StoredCard } from '../../../cypher/card.js';
import { labelOfId, RELATIONS, type Relation } from '../../../cypher/model.js';
import type { Database } from '../db/database.js';
import { int, relationsParam } from '../db/plain.js';
import { BadUserInputError, NotFoundError } from '../errors/errors.js';
import { displayLabel, nodeFromCard } from '../graph/graph-node.js';
import { toSubgraphNode } from '../graph/neighborhood.service.js';
import type { InstrumentRow } from '../instrument/instrument.type.js';
import { atomFeed, type FeedEntry, type FeedNode } from './atom.js';

export const FEED_LIMITS = { entriesDefault: 50, entries: 100, idLength: 300 } as const;

export interface FeedRequest {
  id: string;
  relations: Relation[];
  first: number;
}

/** The feed's parameters from a query string, or BadUserInputError saying what is wrong. */
export function parseFeedRequest(params: URLSearchParams): FeedRequest {
  const id = params.get('id')?.trim() ?? '';
  if (!id) throw new BadUserInputError('`id` is required: the id of an instrument, a paragraph or a body, e.g. ?id=WSIS-05/TUNIS/DOC/6(Rev.1)%2369.', 'id');
  if (id.length > FEED_LIMITS.idLength) throw new BadUserInputError(`\`id\` is at most ${FEED_LIMITS.idLength} characters; got ${id.length}.`, 'id');
  const named = (params.get('relations') ?? '').split(',').map((r) => r.trim()).filter(Boolean);
  const unknown = named.filter((r) => !(RELATIONS as readonly string[]).includes(r));
  if (unknown.length) throw new BadUserInputError(`Unknown relation ${JSON.stringify(unknown[0].slice(0, 40))} in \`relations\`; accepted: ${RELATIONS.join(', ')}.`, 'relations');
  const firstText = params.get('first');
  const first = firstText === null ? FEED_LIMITS.entriesDefault : Number(firstText);
  if (!Number.isInteger(first) || first < 1 || first > FEED_LIMITS.entries) {
    throw new BadUserInputError(`\`first\` must be an integer from 1 to ${FEED_LIMITS.entries}; got ${JSON.stringify(firstText?.slice(0, 20))}.`, 'first');
  }
  return { id, relations: named.length ? ([...new Set(named)] as Relation[]) : [...RELATIONS], first };
}

/** A node of the feed from its card and, for a paragraph, its instrument's: labelled as the explorer labels it. */
function feedNode(card: StoredCard, ownerCard: StoredCard | null): FeedNode {
  const owner = ownerCard ? (nodeFromCard(ownerCard) as InstrumentRow) : null;
  const row = nodeFromCard(card);
  return { id: row.id, kind: row.__kind, label: displayLabel(row, owner), date: toSubgraphNode(row, owner).date };
}

/** Reads the feed of `request` and renders it; NotFoundError when the id names nothing. */
export async function citedByFeed(db: Database, request: FeedRequest): Promise<string> {
  const rows = await db.read('cited-by', { id: request.id, label: labelOfId(request.id), relations: relationsParam(request.relations), first: int(request.first) });
  if (!rows.length) throw new NotFoundError('instrument, paragraph or body', request.id);
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  const entries: FeedEntry[] = rows
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
      source: feedNode(row.source as StoredCard, row.sourceOwner as StoredCard | null),
      target: feedNode(row.target as StoredCard, row.targetOwner as StoredCard | null),
    }));
  return atomFeed(feedNode(rows[0].node as StoredCard, rows[0].nodeOwner as StoredCard | null), entries);
}

export function sendFeed(res: ServerResponse, xml: string, roundTrips: number): void {
  res.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8', 'content-length': Buffer.byteLength(xml), 'x-cypher-round-trips': String(roundTrips) });
  res.end(xml);
}

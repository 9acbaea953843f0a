/**
 * The GraphQL client: typed queries against /graphql, errors with their extension code, and
 * retries with exponential backoff when the server cannot be reached (network error, 502–504,
 * SERVICE_UNAVAILABLE). Other errors (NOT_FOUND, BAD_USER_INPUT) are not retried.
 */
import type { MandateStatus } from '../../cypher/model.js';
import type { Strength } from '../../cypher/strength.js';
import type { ActorPosition, HistoryHop, PositionRef, TextRecord } from './views/history.js';
import type { Evidence, FieldMark, GEdge, GNode, NodeKind, Subgraph, TraceDirection, TracePath } from './graph/types.js';
import { edgeId } from './graph/types.js';
import { isInstrumentId } from './url-state.js';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** What the graph's data version is, and when its last load committed (ISO 8601). */
export interface DataVersion {
  version: number;
  loadedAt: string;
}

export interface RetryNotice {
  attempt: number;
  delayMs: number;
  error: ApiError;
}

export interface ApiOptions {
  endpoint?: string;
  /** Attempts before giving up on a retryable error (default 6). */
  attempts?: number;
  /** First backoff delay; doubles each time up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Told before each wait, so the page can say "retrying in N s". */
  onRetry?: (notice: RetryNotice) => void;
  /** Told when a request succeeds after failures. */
  onRecovered?: () => void;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    }
    signal?.addEventListener('abort', abort, { once: true });
  });
}

export class Api {
  private readonly endpoint: string;
  private failing = false;
  /** Resolves the current backoff wait early ("Retry now"). */
  private wake: (() => void) | null = null;

  constructor(private readonly options: ApiOptions = {}) {
    this.endpoint = options.endpoint ?? '/graphql';
  }

  retryNow(): void {
    this.wake?.();
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}, init: { signal?: AbortSignal; attempts?: number } = {}): Promise<T> {
    const attempts = init.attempts ?? this.options.attempts ?? 6;
    let delay = this.options.baseDelayMs ?? 500;
    for (let attempt = 1; ; attempt++) {
      try {
        const data = await this.once<T>(query, variables, init.signal);
        if (this.failing) {
          this.failing = false;
          this.options.onRecovered?.();
        }
        return data;
      } catch (error) {
        if ((error as Error).name === 'AbortError') throw error;
        const apiError = error instanceof ApiError ? error : new ApiError((error as Error).message, 'NETWORK', true);
        if (!apiError.retryable || attempt >= attempts) throw apiError;
        this.failing = true;
        this.options.onRetry?.({ attempt, delayMs: delay, error: apiError });
        await Promise.race([sleep(delay, init.signal), new Promise<void>((resolve) => (this.wake = resolve))]);
        this.wake = null;
        delay = Math.min(delay * 2, this.options.maxDelayMs ?? 16_000);
      }
    }
  }

  private async once<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
        signal,
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError('The server cannot be reached.', 'NETWORK', true);
    }
    let body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> } | null = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    const first = body?.errors?.[0];
    if (first) {
      const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
      throw new ApiError(first.message, code, code === 'SERVICE_UNAVAILABLE');
    }
    if (!response.ok || !body?.data) throw new ApiError(`HTTP ${response.status}`, `HTTP_${response.status}`, response.status >= 502 || response.status === 0);
    return body.data;
  }

  // ----- typed queries -----

  async search(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
    const data = await this.request<{ search: RawSearchHit[] }>(SEARCH, { text, first: 12 }, { signal, attempts: 2 });
    return data.search.map((hit) => ({ ...hit, id: hit.node.id, kind: hit.node.__typename }));
  }

  /** The graph's data version (Health.dataVersion): null on a graph no load of this ig-atlas wrote. */
  async dataVersion(): Promise<DataVersion | null> {
    const { health } = await this.request<{ health: { dataVersion: number | null; dataLoadedAt: string | null } }>(DATA_VERSION, {}, { attempts: 2 });
    return health.dataVersion === null ? null : { version: health.dataVersion, loadedAt: health.dataLoadedAt ?? '' };
  }

  /** The ids of up to `first` nodes that match `text`, the earliest first (a phrase view's texts: where the language first appears). */
  async searchIds(text: string, first: number): Promise<string[]> {
    const data = await this.request<{ search: Array<{ node: { id: string } }> }>(SEARCH_IDS, { text, first });
    return [...new Set(data.search.map((hit) => hit.node.id))];
  }

  /**
   * How many texts match `text`, year by year (Query.searchYears): `complete` false when the server
   * counted only the best-matching ones, so `texts` is a lower bound; `datedComplete` false when more
   * match than its date orders read, so the earliest found may not be the earliest.
   */
  async searchYears(text: string): Promise<SearchYears> {
    return (await this.request<{ searchYears: SearchYears }>(SEARCH_YEARS, { text })).searchYears;
  }

  /** The nodes `ids`, each provision's instrument, and the edges between them (Query.among). */
  async among(ids: string[]): Promise<Subgraph> {
    return (await this.request<{ among: Subgraph }>(AMONG, { ids })).among;
  }

  async neighbourhood(id: string, limit = 300, depth = 1): Promise<Subgraph> {
    const data = await this.request<{ neighborhood: Subgraph }>(NEIGHBOURHOOD, { id, limit, depth });
    return data.neighborhood;
  }

  /** An instrument's details with its first citations each way; with `minStrength`, only citations at least that strong. */
  async instrument(symbol: string, minStrength: Strength | null = null): Promise<InstrumentDetail | null> {
    return (await this.request<{ instrument: InstrumentDetail | null }>(INSTRUMENT, { symbol, minStrength })).instrument;
  }

  /**
   * The next page of a node's citations, after the citation whose cursor is `after` (the panel's
   * "show more"); the first page comes with the node's details.
   */
  async citations(kind: NodeKind, id: string, direction: 'out' | 'in', after: string, minStrength: Strength | null = null): Promise<Citation[]> {
    const data = await this.request<{ node: { citations: Citation[] } | null }>(CITATION_PAGE_QUERY[kind], { id, direction: direction === 'out' ? 'OUT' : 'IN', after, first: CITATION_PAGE, minStrength });
    return data.node?.citations ?? [];
  }

  async provision(id: string, minStrength: Strength | null = null): Promise<ProvisionDetail | null> {
    return (await this.request<{ provision: ProvisionDetail | null }>(PROVISION, { id, minStrength })).provision;
  }

  async body(id: string, minStrength: Strength | null = null): Promise<BodyDetail | null> {
    return (await this.request<{ body: BodyDetail | null }>(BODY, { id, minStrength })).body;
  }

  /**
   * A text's record (views/history.ts): the positions taken on it, and its drafting history (its
   * ADOPTS and REVISES steps, earliest first, each stage with the positions taken on it); empty
   * when none is recorded. Its own request, so the panel's text costs no more to ask.
   */
  async record(kind: 'Instrument' | 'Provision', id: string): Promise<TextRecord> {
    return (await this.request<{ node: TextRecord | null }>(RECORD_QUERY[kind], { id })).node ?? { positions: [], history: [] };
  }

  /** The positions of parties whose name contains `actor`, each with its text, oldest first (Query.positions). */
  async positionsOf(actor: string): Promise<ActorPosition[]> {
    return (await this.request<{ positions: ActorPosition[] }>(ACTOR_POSITIONS, { actor })).positions;
  }

  async history(kind: 'Instrument' | 'Provision', id: string): Promise<HistoryHop[]> {
    return (await this.record(kind, id)).history;
  }

  /** A text's history as one chain to draw in time lanes (empty when none is recorded). */
  async historyPaths(id: string): Promise<TracePath[]> {
    const hops = await this.history(isInstrumentId(id) ? 'Instrument' : 'Provision', id);
    return hops.length ? [toTracePath(hops.map((hop) => ({ ...hop, reversed: false })))] : [];
  }

  /**
   * The mandate a provision or instrument gives, as it stood on `asOf` (YYYY-MM-DD; null: today),
   * or null when it gives none then.
   */
  async mandate(kind: 'Instrument' | 'Provision', id: string, asOf: string | null): Promise<MandateDetail | null> {
    return (await this.request<{ node: { mandate: MandateDetail | null } | null }>(MANDATE_QUERY[kind], { id, asOf })).node?.mandate ?? null;
  }

  /**
   * A page of the mandates addressed to a body or its parts, oldest first, as they stood on `asOf`
   * (null: today), after the `endCursor` of the page before.
   */
  async bodyMandates(id: string, asOf: string | null, after: string | null = null): Promise<MandatePage> {
    const data = await this.request<{ body: { mandates: MandateConnection } | null }>(BODY_MANDATES, { id, asOf, after, first: MANDATE_PAGE });
    return fromConnection(data.body?.mandates ?? null);
  }

  /**
   * A page of every mandate in the graph, oldest first, as it stood on `asOf` (null: today), of one
   * status (null: any), after the `endCursor` of the page before. A filtered page may hold fewer
   * than asked and still have more after it (the API reads at most 2,000 mandates a page).
   */
  async mandates(status: MandateStatus | null, asOf: string | null, after: string | null = null, changedSince: string | null = null): Promise<MandatePage> {
    const data = await this.request<{ mandates: MandateConnection }>(ALL_MANDATES, { status: status ? [status] : null, asOf, after, first: MANDATE_PAGE, changedSince });
    return fromConnection(data.mandates);
  }

  /** The mandates an instrument's paragraphs give, in document order, as they stood on `asOf` (null: today). */
  async textMandates(symbol: string, asOf: string | null): Promise<MandateSummary[]> {
    const data = await this.request<{ instrument: { provisions: Array<{ mandate: MandateSummary | null }> } | null }>(TEXT_MANDATES, { symbol, asOf });
    return (data.instrument?.provisions ?? []).flatMap((p) => (p.mandate ? [p.mandate] : []));
  }

  /** The chains from `from`; with `minStrength`, only through clauses that act at least that strongly. */
  async trace(from: string, direction: TraceDirection, minStrength: Strength | null = null): Promise<TracePath[]> {
    const data = await this.request<{ trace: Array<{ hops: RawHop[] }> }>(TRACE, { from, direction, minStrength });
    return data.trace.map((path) => toTracePath(path.hops));
  }
}

// ----- GraphQL documents and their result types -----

const NODE_REF = `__typename
  ... on Instrument { id symbol shortTitle adopted kind body { acronym } }
  ... on Provision { id label instrument { id shortTitle adopted body { acronym } } }
  ... on Body { id acronym established ended }`;

/** A field's own provenance (see the API's FieldProvenance). */
const FIELD_PROVENANCE = 'fieldProvenance { field confidence sources note }';
const EVIDENCE = `evidence { clause quote language method confidence sourceUrl sources note date strength ${FIELD_PROVENANCE} }`;

const DATA_VERSION = 'query DataVersion { health { dataVersion dataLoadedAt } }';

const SEARCH = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) { label score date snippet language node { ${NODE_REF} } }
}`;

const SEARCH_YEARS = `query SearchYears($text: String!) { searchYears(text: $text) { texts years { year texts } undated complete datedComplete } }`;

const SEARCH_IDS = `query SearchIds($text: String!, $first: Int) {
  search(text: $text, first: $first, order: OLDEST) { node { ... on Instrument { id } ... on Provision { id } ... on Body { id } } }
}`;

/** What the explorer draws of a Subgraph (a neighbourhood, or `among`'s nodes). */
const SUBGRAPH = `nodes { id label kind instrumentKind parent date forum ended }
    edges { id source target relation ${EVIDENCE} }
    truncated nodeCap`;

const AMONG = `query Among($ids: [ID!]!) {
  among(ids: $ids) {
    ${SUBGRAPH}
  }
}`;

const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $limit: Int, $depth: Int) {
  neighborhood(id: $id, limit: $limit, depth: $depth) {
    ${SUBGRAPH}
  }
}`;

/** Citations per page in the panel: a node cited thousands of times shows the first, then more on demand. */
export const CITATION_PAGE = 50;

const CITATION = `cursor relation source { ${NODE_REF} } target { ${NODE_REF} } ${EVIDENCE}`;

/** A node's first citations each way, with their counts; `$minStrength` (null: all) is the legend's strength choice. */
const CITATIONS = `outCount: citationCount(direction: OUT, minStrength: $minStrength) out: citations(direction: OUT, minStrength: $minStrength, first: ${CITATION_PAGE}) { ${CITATION} }
    inCount: citationCount(direction: IN, minStrength: $minStrength) in: citations(direction: IN, minStrength: $minStrength, first: ${CITATION_PAGE}) { ${CITATION} }`;

/** The next page of one node's citations: the same query for each kind but for its root field. */
const citationPageQuery = (field: string, arg: string, idType: string) =>
  `query Citations($id: ${idType}!, $direction: Direction, $first: Int, $after: String, $minStrength: Strength) { node: ${field}(${arg}: $id) { citations(direction: $direction, first: $first, after: $after, minStrength: $minStrength) { ${CITATION} } } }`;

const CITATION_PAGE_QUERY: Record<NodeKind, string> = {
  Instrument: citationPageQuery('instrument', 'symbol', 'String'),
  Provision: citationPageQuery('provision', 'id', 'ID'),
  Body: citationPageQuery('body', 'id', 'ID'),
};

const INSTRUMENT = `query Instrument($symbol: String!, $minStrength: Strength) {
  instrument(symbol: $symbol) {
    id symbol kind shortTitle adopted endDate venue url originalLanguage confidence sources note ${FIELD_PROVENANCE}
    titleEn: title(lang: EN) titleAr: title(lang: AR)
    summaryEn: summary(lang: EN) summaryAr: summary(lang: AR)
    body { id acronym nameEn: name(lang: EN) nameAr: name(lang: AR) }
    provisions { id number label role verb text language summaryEn: summary(lang: EN) summaryAr: summary(lang: AR) confidence }
    ${CITATIONS}
  }
}`;

const PROVISION = `query Provision($id: ID!, $minStrength: Strength) {
  provision(id: $id) {
    id number label role verb text language confidence sources ${FIELD_PROVENANCE}
    summaryEn: summary(lang: EN) summaryAr: summary(lang: AR)
    instrument { id symbol shortTitle adopted url titleEn: title(lang: EN) titleAr: title(lang: AR) body { id acronym } }
    ${CITATIONS}
  }
}`;

const BODY = `query Body($id: ID!, $minStrength: Strength) {
  body(id: $id) {
    id acronym kind established ended confidence sources summary ${FIELD_PROVENANCE}
    nameEn: name(lang: EN) nameAr: name(lang: AR)
    ${CITATIONS}
  }
}`;

const TRACE = `query Trace($from: ID!, $direction: Direction, $minStrength: Strength) {
  trace(from: $from, direction: $direction, minStrength: $minStrength) {
    hops { from { ${NODE_REF} } to { ${NODE_REF} } relation reversed date ${EVIDENCE} }
  }
}`;

/** A position in full (a text's own), and as a history stage lists it (who, and what they did). */
const POSITION = 'actor actorKind stance date note confidence sources';
const STAGE = `${NODE_REF} ... on Instrument { positions { actor stance } } ... on Provision { positions { actor stance } }`;
const recordQuery = (field: string, arg: string, idType: string) =>
  `query Record($id: ${idType}!) { node: ${field}(${arg}: $id) { positions { ${POSITION} } history { from { ${STAGE} } to { ${STAGE} } relation date ${EVIDENCE} } } }`;

const ACTOR_POSITIONS = `query ActorPositions($actor: String) { positions(actor: $actor) { position { ${POSITION} } text { ${NODE_REF} } textDate } }`;

const RECORD_QUERY: Record<'Instrument' | 'Provision', string> = {
  Instrument: recordQuery('instrument', 'symbol', 'String'),
  Provision: recordQuery('provision', 'id', 'ID'),
};

/** A mandate's status and what it rests on: what the body panel lists. */
const MANDATE_SUMMARY = `source { ${NODE_REF} } date due asOf status late statusBasis { date ended node { ${NODE_REF} } } changedSince statusBefore`;
const MANDATE_LINK = `relation date ended node { ${NODE_REF} }`;

const mandateQuery = (field: string, arg: string, idType: string) =>
  `query Mandate($id: ${idType}!, $asOf: Date) { node: ${field}(${arg}: $id) { mandate(asOf: $asOf) {
    ${MANDATE_SUMMARY} addressees { ${MANDATE_LINK} } carriedOutBy { ${MANDATE_LINK} } followedUpBy { ${MANDATE_LINK} } takesUp { ${MANDATE_LINK} } } } }`;

const MANDATE_QUERY: Record<'Instrument' | 'Provision', string> = {
  Instrument: mandateQuery('instrument', 'symbol', 'String'),
  Provision: mandateQuery('provision', 'id', 'ID'),
};

const TEXT_MANDATES = `query TextMandates($symbol: String!, $asOf: Date) { instrument(symbol: $symbol) { provisions { mandate(asOf: $asOf) { ${MANDATE_SUMMARY} } } } }`;

/** Mandates per page in a body's panel. */
export const MANDATE_PAGE = 50;

const BODY_MANDATES = `query BodyMandates($id: ID!, $asOf: Date, $first: Int, $after: String) {
  body(id: $id) { mandates(asOf: $asOf, first: $first, after: $after) { edges { node { ${MANDATE_SUMMARY} } } pageInfo { hasNextPage endCursor } } }
}`;

const ALL_MANDATES = `query Mandates($status: [MandateStatus!], $asOf: Date, $first: Int, $after: String, $changedSince: Date) {
  mandates(status: $status, asOf: $asOf, first: $first, after: $after, changedSince: $changedSince) { edges { node { ${MANDATE_SUMMARY} } } pageInfo { hasNextPage endCursor } scanned }
}`;

interface MandateConnection {
  edges: Array<{ node: MandateSummary }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  scanned?: number;
}

export interface MandatePage {
  mandates: MandateSummary[];
  hasNextPage: boolean;
  endCursor: string | null;
  /** How many mandates the page read to find these (a filtered page reads past those it leaves out). */
  scanned: number;
}

function fromConnection(page: MandateConnection | null): MandatePage {
  const mandates = page?.edges.map((e) => e.node) ?? [];
  return { mandates, hasNextPage: page?.pageInfo.hasNextPage ?? false, endCursor: page?.pageInfo.endCursor ?? null, scanned: page?.scanned ?? mandates.length };
}

export interface MandateLinkRef {
  relation?: string;
  date: string | null;
  ended: string | null;
  node: NodeRef;
}

export interface MandateSummary {
  source: NodeRef;
  date: string | null;
  due: string | null;
  asOf: string;
  status: MandateStatus;
  late: boolean;
  statusBasis: MandateLinkRef | null;
  /** In a list of changes: the day compared with, and the status then (null: it did not exist yet). */
  changedSince?: string | null;
  statusBefore?: MandateStatus | null;
}

export interface MandateDetail extends MandateSummary {
  addressees: MandateLinkRef[];
  carriedOutBy: MandateLinkRef[];
  followedUpBy: MandateLinkRef[];
  takesUp: MandateLinkRef[];
}

export interface NodeRef {
  __typename: NodeKind;
  id: string;
  symbol?: string;
  shortTitle?: string | null;
  adopted?: string | null;
  kind?: string;
  label?: string | null;
  acronym?: string | null;
  established?: string | null;
  ended?: string | null;
  body?: { acronym: string | null } | null;
  instrument?: { id: string; shortTitle: string | null; adopted: string | null; body: { acronym: string | null } | null };
}

interface RawSearchHit {
  label: string;
  score: number;
  /** The date the server orders and keeps it by (SearchHit.date): a paragraph's is its instrument's. */
  date: string | null;
  snippet: string | null;
  language: string | null;
  node: NodeRef;
}
/** How many texts match a search, year by year (Query.searchYears). */
export interface SearchYears {
  texts: number;
  years: Array<{ year: number; texts: number }>;
  undated: number;
  complete: boolean;
  datedComplete: boolean;
}

export interface SearchHit extends RawSearchHit {
  id: string;
  kind: NodeKind;
}

export interface Citation {
  /** Where it stands in its list: the `after` of the next page. */
  cursor: string;
  relation: string;
  source: NodeRef;
  target: NodeRef;
  evidence: (Evidence & { sources?: string[] | null }) | null;
}

export interface InstrumentDetail {
  id: string;
  symbol: string;
  kind: string;
  shortTitle: string | null;
  adopted: string | null;
  endDate: string | null;
  venue: string | null;
  url: string | null;
  originalLanguage: string | null;
  confidence: string | null;
  sources: string[];
  fieldProvenance: FieldMark[];
  note: string | null;
  titleEn: string | null;
  titleAr: string | null;
  summaryEn: string | null;
  summaryAr: string | null;
  body: { id: string; acronym: string | null; nameEn: string; nameAr: string } | null;
  provisions: Array<{ id: string; number: string; label: string | null; role: string | null; verb: string | null; text: string | null; language: string | null; summaryEn: string | null; summaryAr: string | null; confidence: string | null }>;
  out: Citation[];
  in: Citation[];
  /** How many citations `out` and `in` are the first page of. */
  outCount: number;
  inCount: number;
}

export interface ProvisionDetail {
  id: string;
  number: string;
  label: string | null;
  role: string | null;
  verb: string | null;
  text: string | null;
  language: string | null;
  confidence: string | null;
  sources: string[];
  fieldProvenance: FieldMark[];
  summaryEn: string | null;
  summaryAr: string | null;
  instrument: { id: string; symbol: string; shortTitle: string | null; adopted: string | null; url: string | null; titleEn: string | null; titleAr: string | null; body: { id: string; acronym: string | null } | null };
  out: Citation[];
  in: Citation[];
  /** How many citations `out` and `in` are the first page of. */
  outCount: number;
  inCount: number;
}

export interface BodyDetail {
  id: string;
  acronym: string | null;
  kind: string | null;
  established: string | null;
  ended: string | null;
  confidence: string | null;
  sources: string[];
  fieldProvenance: FieldMark[];
  summary: string | null;
  nameEn: string;
  nameAr: string;
  out: Citation[];
  in: Citation[];
  /** How many citations `out` and `in` are the first page of. */
  outCount: number;
  inCount: number;
}

interface RawHop {
  from: NodeRef;
  to: NodeRef;
  relation: string;
  reversed: boolean;
  date: string | null;
  evidence: Evidence | null;
}

/** A readable label for a node reference: "Tunis Agenda ¶69", "UNGA res. 67/195", "WGEC". */
export function refLabel(ref: NodeRef): string {
  if (ref.__typename === 'Provision') return `${ref.instrument?.shortTitle ?? ref.instrument?.id ?? ''} ${ref.label ?? ref.id}`.trim();
  if (ref.__typename === 'Body') return ref.acronym ?? ref.id;
  return ref.shortTitle ?? ref.symbol ?? ref.id;
}

/** A trace hop's node as a graph node, dated by the node or, failing that, by the hop. */
export function refToNode(ref: NodeRef, fallbackDate: string | null): GNode {
  if (ref.__typename === 'Provision') {
    return { id: ref.id, label: refLabel(ref), kind: 'Provision', parent: ref.instrument?.id ?? null, date: ref.instrument?.adopted ?? fallbackDate, forum: ref.instrument?.body?.acronym ?? null };
  }
  if (ref.__typename === 'Body') return { id: ref.id, label: refLabel(ref), kind: 'Body', date: ref.established ?? fallbackDate, forum: ref.acronym ?? null, ended: ref.ended ?? null };
  return { id: ref.id, label: refLabel(ref), kind: 'Instrument', instrumentKind: ref.kind ?? null, date: ref.adopted ?? fallbackDate, forum: ref.body?.acronym ?? null };
}

/** Hops (walking order) → nodes and edges in their stored direction (a reversed hop flips back). */
export function toTracePath(hops: readonly RawHop[]): TracePath {
  const nodes = new Map<string, GNode>();
  const edges: GEdge[] = [];
  for (const hop of hops) {
    if (!nodes.has(hop.from.id)) nodes.set(hop.from.id, refToNode(hop.from, hop.date));
    if (!nodes.has(hop.to.id)) nodes.set(hop.to.id, refToNode(hop.to, hop.date));
    const [source, target] = hop.reversed ? [hop.to.id, hop.from.id] : [hop.from.id, hop.to.id];
    edges.push({ id: edgeId(source, hop.relation, target), source, target, relation: hop.relation, evidence: hop.evidence });
  }
  return { nodes: [...nodes.values()], edges };
}

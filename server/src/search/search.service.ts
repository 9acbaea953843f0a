/** Internal: full-text search over the three analyzers' indexes, one round trip. */
import type { Database, Row } from '../db/database.js';
import { int } from '../db/plain.js';
import { Lang, SearchOrder } from '../graph/enums.js';
import { asNode, displayLabel, type NodeRow } from '../graph/graph-node.js';
import type { InstrumentRow } from '../instrument/instrument.type.js';
import { luceneQuery, quotedPhrases, searchTerms } from './lucene.js';
import type { SearchHit } from './search-hit.type.js';
import type { SearchYears } from './search-years.type.js';

const INDEXES: Record<Lang, string> = { [Lang.EN]: 'search_en', [Lang.AR]: 'search_ar', [Lang.FR]: 'search_fr' };
const ARABIC = /[\u0600-\u06FF]/;
/**
 * How many hits search.cypher takes from an index when hits tie at the cut, to order them by id.
 * Up to this many, the answer is the same on every store with the same data and a larger `first`
 * extends a smaller one; beyond it, the ties past the window are left to Lucene's document order.
 * Each hit in the window costs Neo4j work (fetched from Lucene and filtered), tie or not: on the
 * bench's tied probe, a window of 1,000 added 1.3 to 2.2 ms of Neo4j's CPU per request, 250 about
 * 0.6 (BENCHMARKS.md, seventeenth session).
 */
export const TIE_WINDOW = 250;

/**
 * A short excerpt around the first quoted phrase or word of the query found in the node's texts: from about 60
 * characters before it to about 100 after, cut at spaces so that no word or number is cut in two
 * ("…0 و71 و83" was "70" cut), with "…" where the text goes on.
 */
export function snippet(node: NodeRow, text: string): { snippet?: string; language?: string } {
  const values = node as unknown as Record<string, unknown>;
  const fields = ['textAr', 'textEn', 'textFr', 'text', 'titleEn', 'titleAr', 'summaryEn', 'summaryAr', 'name', 'nameAr'];
  const { phrases, rest } = quotedPhrases(text);
  const unescape = (term: string) => term.replace(/\\(.)/g, '$1');
  // A phrase's words may be apart by any run of spaces or punctuation ("enhanced-cooperation
  // process" matches "enhanced cooperation", as the analyzers read it).
  const patterns = [...phrases, ...searchTerms(rest).map((w) => [w])]
    .map((terms) => terms.map(unescape))
    .filter((terms) => terms.join(' ').length > 1)
    .map((terms) => new RegExp(terms.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+'), 'iu'));
  for (const field of fields) {
    const value = values[field];
    if (typeof value !== 'string') continue;
    const at = patterns.map((p) => value.search(p)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
    if (at === undefined) continue;
    const start = wordStart(value, Math.max(0, at - 60), at);
    const end = wordEnd(value, Math.min(value.length, at + 100), at);
    const excerpt = `${start > 0 ? '…' : ''}${value.slice(start, end).trim()}${end < value.length ? '…' : ''}`;
    return { snippet: excerpt, language: ARABIC.test(excerpt) ? 'ar' : (values.language as string | undefined) ?? 'en' };
  }
  return {};
}

/** `from`, or the start of the first word after it when `from` falls inside a word (never past `limit`). */
function wordStart(text: string, from: number, limit: number): number {
  if (from === 0 || /\s/.test(text[from - 1]!)) return from;
  const space = text.slice(from, limit).search(/\s/);
  return space < 0 ? from : from + space + 1;
}

/** `to`, or the end of the last word before it when `to` falls inside a word (never before `limit`). */
function wordEnd(text: string, to: number, limit: number): number {
  if (to >= text.length || /\s/.test(text[to]!)) return to;
  const space = text.slice(limit, to).search(/\s\S*$/);
  return space < 0 ? to : limit + space;
}

/** The indexes a search reads: `lang`'s, or without one, as the script decides (Arabic text can only match the Arabic index). */
function searchIndexes(text: string, lang: Lang | null): string[] {
  return lang ? [INDEXES[lang]] : ARABIC.test(text) ? [INDEXES[Lang.AR]] : [INDEXES[Lang.EN], INDEXES[Lang.FR]];
}

/**
 * The text as a body's acronym, in capitals ("wgec" → "WGEC", "ITU-T"), or null when it cannot be
 * one (spaces, quotes, other scripts, over 16 characters): search.cypher puts that body first.
 */
export function acronymOf(text: string): string | null {
  const word = text.trim();
  return /^[A-Za-z][A-Za-z0-9&-]{1,15}$/.test(word) ? word.toUpperCase() : null;
}

/**
 * How many best hits per index a listing by date sorts (search-dated.cypher): up to this many
 * matches, OLDEST is the true earliest use. On the 100k bench store's 3,034 matches of one word
 * (`bench/dev-load.ts --query phrase`, 1 client), 1,000 missed the earliest text and took 13 to
 * 17 ms at p50; 5,000 found it and took 25 to 29 (BENCHMARKS.md, thirty-second session).
 */
export const DATED_WINDOW = 5000;

/** Dates a search keeps its texts within, inclusive, each at its own precision (null: open). */
export interface DateRange {
  from: string | null;
  to: string | null;
}

export const ANY_DATE: DateRange = { from: null, to: null };

/**
 * Whether `range` holds no date at all: `from` after `to` at the precision both have ("2013" to
 * "2012-06" is empty; "2012-06" to "2012" is not: June to December 2012).
 */
export function isEmptyRange({ from, to }: DateRange): boolean {
  if (from === null || to === null) return false;
  const precision = Math.min(from.length, to.length);
  return from.slice(0, precision) > to.slice(0, precision);
}

/**
 * The nodes that match `text` from each index's DATED_WINDOW best hits: by their date (an
 * instrument's, a paragraph's instrument's, a body's founding; undated last), oldest or newest
 * first, or best first (RELEVANCE, for a search within dates); only those dated within `range`
 * when it is given (search-dated.cypher says how partial dates compare). For search's date orders
 * and date ranges, and the phrase feed; with `after` (a date and a node id), only those after that
 * place in a date order: a feed's next page.
 */
export async function datedMatches(db: Database, text: string, lang: Lang | null, first: number, order: SearchOrder, range: DateRange = ANY_DATE, after: { date: string | null; key: string } | null = null): Promise<SearchHit[]> {
  const rows = await db.read('search-dated', { indexes: searchIndexes(text, lang), query: luceneQuery(text), window: int(DATED_WINDOW), first: int(first), order, from: range.from, to: range.to, after });
  return rows.map((row) => hit(row, text));
}

/**
 * The first `first` nodes that match `text`, in `order`, within `range`. Best first over all
 * matches is search.cypher (ties ordered by id, a body named by its acronym first); a date order
 * or a date range reads each index's DATED_WINDOW best hits (datedMatches).
 */
export async function search(db: Database, text: string, lang: Lang | null, first: number, order: SearchOrder = SearchOrder.RELEVANCE, range: DateRange = ANY_DATE): Promise<SearchHit[]> {
  if (order !== SearchOrder.RELEVANCE || range.from !== null || range.to !== null) return datedMatches(db, text, lang, first, order, range);
  const query = luceneQuery(text);
  const indexes = searchIndexes(text, lang);
  // search.cypher keeps only the window's hits when ties cross the cut, so it must hold more than
  // `first` (LIMITS.searchResults is below TIE_WINDOW today; this keeps a raised limit correct).
  const rows = await db.read('search', { indexes, query, limit: int(first), tieWindow: int(Math.max(TIE_WINDOW, first + 1)), acronym: acronymOf(text) });
  return rows.map((row) => hit(row, text));
}

/** A row of search.cypher or search-dated.cypher (node, parent, score, date) as a SearchHit for `text`. */
function hit(row: Row, text: string): SearchHit {
  const node = asNode(row.node as NodeRow);
  return { node, score: row.score as number, date: (row.date as string | null) ?? null, label: displayLabel(node, row.parent as InstrumentRow | null), ...snippet(node, text) };
}

/**
 * How many best hits per index searchYears counts: up to this many matches in each language, its
 * counts are of every text that matches. On the 100k bench store (`bench/dev-load.ts --query
 * years`, 1 client; BENCHMARKS.md, thirty-third session), counting a word's 3,034 matches took 19
 * to 35 ms at p50, and a word with more than 20,000 (counted: 20,000, incomplete) 109 to 121.
 */
export const SEARCH_YEARS_WINDOW = 20000;

/**
 * How many texts match `text`, year by year, from each index's `window` best hits, and whether the
 * date orders, which read `datedWindow` (search-years.cypher).
 */
export async function searchYears(db: Database, text: string, lang: Lang | null, window = SEARCH_YEARS_WINDOW, datedWindow = DATED_WINDOW): Promise<SearchYears> {
  const rows = await db.read('search-years', { indexes: searchIndexes(text, lang), query: luceneQuery(text), window: int(window), datedWindow: int(datedWindow) });
  const years = rows.filter((row) => row.year !== null).map((row) => ({ year: Number(row.year), texts: row.texts as number }));
  const undated = (rows.find((row) => row.year === null)?.texts as number | undefined) ?? 0;
  return { texts: undated + years.reduce((sum, y) => sum + y.texts, 0), years, undated, complete: !rows.some((row) => row.cut === true), datedComplete: !rows.some((row) => row.datedCut === true) };
}

/**
 * Internal contract: an instrument's adoption as the instrument list filters and orders it
 * (instruments-page.cypher, count-instruments.cypher), through two macros expanded when the files
 * are read (server/src/db/queries.ts):
 * - `ADOPTED_IN_RANGE(i)`: i's adoption lies within [$adoptedFrom, $adoptedTo], either bound null
 *   for none. An adoption the sources give only to the month or year (`adoptedText` "2010-10",
 *   "2006", with no `adopted` date) spans that month or year and matches only when all of it lies
 *   inside.
 * - `ADOPTED_SORT_KEY(i)`: the date part of the list's sort key; such a month or year sorts as its
 *   day 00 ("2010-10-00"), before the dated instruments in it, and the undated last.
 * Each bound's test is behind `$bound IS NULL OR`, so a list without date filters, and the count
 * `npm start` reads at every start, compute no span: computing one per instrument in a WITH
 * tripled the unfiltered count at 100,000 instruments (108 ms against 37; this form, 47 against
 * 45). The pattern keeps a malformed `adoptedText` from failing the statement: it then counts as
 * undated.
 */

/** `i` has a month or year for its adoption: "YYYY" or "YYYY-MM". */
const partial = (i: string) => `${i}.adoptedText =~ '[0-9]{4}(-(0[1-9]|1[0-2]))?'`;

export function adoptedInRangeCypher(i: string): string {
  const start = `CASE WHEN ${partial(i)} THEN date(${i}.adoptedText) END`;
  const end = `CASE WHEN ${partial(i)} THEN date(${i}.adoptedText) + CASE size(${i}.adoptedText) WHEN 4 THEN duration({years: 1}) ELSE duration({months: 1}) END - duration({days: 1}) END`;
  return `($adoptedFrom IS NULL OR coalesce(${i}.adopted, ${start}) >= date($adoptedFrom)) AND ($adoptedTo IS NULL OR coalesce(${i}.adopted, ${end}) <= date($adoptedTo))`;
}

/**
 * `TEXT_DATE(x)`: the date of the text `x` is, as written: an instrument's adoption (its
 * `adoptedText` when the sources give only the month or year), or a provision's instrument's. A
 * string, of any precision, or null for an undated text (history-of-nodes, positions,
 * mandates-of-nodes).
 */
export function textDateCypher(x: string): string {
  return `coalesce(toString(${x}.adopted), ${x}.adoptedText, head([(${x})-[:PART_OF]->(owner:Instrument) | coalesce(toString(owner.adopted), owner.adoptedText)]))`;
}

/**
 * `HIT_DATE(n, p)`: the date search orders, keeps and counts a hit `n` by, `p` being its
 * instrument when `n` is a paragraph (else null): an instrument's adoption as written, a
 * paragraph's instrument's, or a body's founding. A string of any precision, or null
 * (search, search-dated, search-years).
 */
export function hitDateCypher(n: string, p: string): string {
  return `coalesce(toString(${n}.adopted), ${n}.adoptedText, toString(${p}.adopted), ${p}.adoptedText, toString(${n}.established))`;
}

export function adoptedSortKeyCypher(i: string): string {
  return `coalesce(toString(${i}.adopted), CASE WHEN ${partial(i)} THEN left(${i}.adoptedText + '-00-00', 10) END, '9999-12-31')`;
}

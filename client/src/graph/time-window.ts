/**
 * The time window of a view: the graph as it stood at the end of a year ("as of"), with what came
 * after an earlier year marked as new ("new after"), so a researcher sees the network at WTPF-13
 * (as of 2013) or what changed between WSIS+10 and WSIS+20 (new after 2015, as of 2025). Pure: the
 * controller applies it as Cytoscape classes.
 *
 * Contract:
 * - An element's year is its node's date (YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources),
 *   or an edge's evidence date (the citing text's), else the later of its ends' years: an edge
 *   exists only once both its ends do.
 * - A year after `asOf` is `later` (hidden); one after `newAfter` (and not later) is `new`.
 * - An undated element is neither: we do not know when it came, so it stays and is never new.
 * - A body that ended (a working group that reported, a summit that closed) by the end of `asOf`
 *   (at any time, with no `asOf`) is `ended` once a window is set: still shown, as what the graph
 *   held then, but marked; "new after 2015, as of 2025" then shows what began and what ended.
 * - Years count whole: as of 2013 keeps everything dated in 2013, to the day or only to the year.
 */

export interface TimeWindow {
  /** The last year shown; null: no end. */
  asOf: number | null;
  /** Elements dated after this year (up to `asOf`) are marked new; null: nothing marked. */
  newAfter: number | null;
}

export const NO_WINDOW: TimeWindow = { asOf: null, newAfter: null };

export type TimeMark = 'later' | 'new' | null;

/** Years a window accepts: what the corpus's dates can hold, four digits. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** The year of a PartialDate ("2010-10" → 2010), or null for none or a malformed one. */
export function yearOf(date: string | null | undefined): number | null {
  const match = typeof date === 'string' ? /^(\d{4})(?:-|$)/.exec(date) : null;
  return match ? Number(match[1]) : null;
}

/** An edge's year: its evidence date's, else the later of its ends' years (null if either is unknown). */
export function edgeYear(evidenceDate: string | null | undefined, sourceYear: number | null, targetYear: number | null): number | null {
  const own = yearOf(evidenceDate);
  if (own !== null) return own;
  return sourceYear !== null && targetYear !== null ? Math.max(sourceYear, targetYear) : null;
}

export function timeMark(year: number | null, window: TimeWindow): TimeMark {
  if (year === null) return null;
  if (window.asOf !== null && year > window.asOf) return 'later';
  if (window.newAfter !== null && year > window.newAfter) return 'new';
  return null;
}

/** Whether a body that ended in `endedYear` had ended by the window's end (only once a window is set). */
export function endedBy(endedYear: number | null, window: TimeWindow): boolean {
  return endedYear !== null && isActive(window) && (window.asOf === null || endedYear <= window.asOf);
}

export function isActive(window: TimeWindow): boolean {
  return window.asOf !== null || window.newAfter !== null;
}

/** The distinct years among `years`, oldest first. */
export function distinctYears(years: Iterable<number | null>): number[] {
  return [...new Set([...years].filter((y): y is number => y !== null))].sort((a, b) => a - b);
}

/**
 * The "as of" that shows `year`: the year itself, or no end when it is the last of `years` (or
 * later), so that what an expansion adds after it is shown too (the slider's rule).
 */
export function asOfShowing(year: number, years: readonly number[]): number | null {
  return years.length && year < years[years.length - 1] ? year : null;
}

/** A year parameter (URL, file) as a window holds it: four digits in range, else null. */
export function parseYear(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/**
 * Internal: where a mandate stands on a given day, read from what the graph records of it. A pure
 * function of the facts mandates-of-nodes.cypher returns, so the rule is tested without a database
 * and is the same for the API and every day asked.
 *
 * The rule, first match wins:
 * - FULFILLED: a text (a report, an event, an outcome) carried it out by that day, or a body set
 *   up to carry it out had finished its work by then.
 * - IN_PROGRESS: a body set up to carry it out was at work that day.
 * - LAPSED: nothing carried it out, and every body it addressed had ended by then.
 * - OVERDUE: nothing carried it out, and its due date had passed.
 * - ACTIVE: nothing carried it out yet, and it was not due (or has no due date).
 * "Carried out" means an IMPLEMENTS edge in the graph, so a status is as complete as the graph:
 * OVERDUE says no output is recorded, not that none exists. Dates known only to the month or year
 * count from that period's first day for what began, and to its last day for what ended or fell due.
 */

import type { MandateStatus } from '../../../cypher/model.js';

/** Something linked to a mandate: its kind, label for the note, and dates (ISO, any precision). */
export interface MandateEnd {
  kind: 'Instrument' | 'Provision' | 'Body';
  label: string;
  /** When it was adopted, held or set up; undefined when unknown (it then counts as already there). */
  date?: string;
  /** When it ended (a body, an event's last day). */
  ended?: string;
}

export interface MandateFacts {
  due?: string;
  addressees: MandateEnd[];
  /** What carried it out (IMPLEMENTS from a node that is not a mandate itself). */
  outputs: MandateEnd[];
}

export interface MandateStanding {
  status: MandateStatus;
  /** The reason, in English, naming the output, body or date it rests on. */
  note: string;
  /** The output the status rests on (FULFILLED: the text, or the body that finished; IN_PROGRESS: the first body at work). */
  basis?: MandateEnd;
  /** Carried out after its due date, or not carried out and past it. */
  late: boolean;
}

/** The first day of a period "YYYY", "YYYY-MM" or a full date. */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10);
}

/** The last day of a period "YYYY", "YYYY-MM" or a full date. */
export function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number);
    return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  }
  return date.slice(0, 10);
}

/** Whether something dated `date` was there on `asOf` (an undated one always is). */
export function existedBy(date: string | undefined, asOf: string): boolean {
  return date === undefined || firstDay(date) <= asOf;
}

/** Whether something that ends on `ended` had ended by `asOf`. */
export function endedBy(ended: string | undefined, asOf: string): boolean {
  return ended !== undefined && lastDay(ended) <= asOf;
}

const named = (end: MandateEnd) => (end.date ? `${end.label} (${end.date})` : end.label);

/** Where the mandate stands on `asOf` (YYYY-MM-DD); outputs later than `asOf` do not count. */
export function mandateStanding(facts: MandateFacts, asOf: string): MandateStanding {
  const outputs = facts.outputs.filter((o) => existedBy(o.date, asOf));
  const after = (end: MandateEnd) => Boolean(facts.due && end.date && firstDay(end.date) > lastDay(facts.due));
  const late = (end: MandateEnd) => (after(end) ? `, after its due date (${facts.due})` : '');
  const text = outputs.find((o) => o.kind !== 'Body');
  if (text) return { status: 'FULFILLED', note: `Carried out by ${named(text)}${late(text)}.`, basis: text, late: after(text) };
  const bodies = outputs.filter((o) => o.kind === 'Body');
  // The body that finished last: the ITU's expert group prepared WTPF-13, the forum itself ended the work.
  const finished = bodies.filter((b) => endedBy(b.ended, asOf)).sort((a, b) => lastDay(a.ended!).localeCompare(lastDay(b.ended!))).at(-1);
  if (finished) return { status: 'FULFILLED', note: `Carried out by ${finished.label}, which ended its work on ${finished.ended}${late(finished)}.`, basis: finished, late: after(finished) };
  const overdue = Boolean(facts.due && lastDay(facts.due) < asOf);
  if (bodies.length > 0) return { status: 'IN_PROGRESS', note: `${bodies.map(named).join(', ')} ${bodies.length === 1 ? 'is' : 'are'} at work on it${facts.due ? `; due ${facts.due}` : ''}.`, basis: bodies[0], late: overdue };
  if (facts.addressees.length > 0 && facts.addressees.every((a) => endedBy(a.ended, asOf))) {
    return { status: 'LAPSED', note: `Nothing recorded carried it out, and ${facts.addressees.map((a) => `${a.label} (ended ${a.ended})`).join(', ')} had ended.`, late: overdue };
  }
  if (overdue) return { status: 'OVERDUE', note: `Due ${facts.due}; no output carrying it out is recorded.`, late: true };
  return { status: 'ACTIVE', note: facts.due ? `Due ${facts.due}; nothing carries it out yet.` : 'No due date recorded; nothing carries it out yet.', late: false };
}

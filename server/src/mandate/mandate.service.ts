/** Internal: a mandate as it stood on a day, and pages of them: Provision.mandate, Instrument.mandate, Body.mandates, Query.mandates. */
import type { Context } from '../context.type.js';
import { displayLabel, type NodeRow } from '../graph/graph-node.js';
import type { MandateStatus } from '../../../cypher/model.js';
import { existedBy, mandateStanding, type MandateEnd } from './mandate.status.js';
import { encodeMandateCursor, mandateKeys, type MandateKey } from './mandate.repository.js';
import type { MandateLinkRow, MandateRow } from './mandate.type.js';

/** What the Mandate type resolves from. */
export interface MandateView {
  source: NodeRow;
  date?: string;
  due?: string;
  asOf: string;
  status: MandateStatus;
  statusNote: string;
  statusBasis?: MandateLinkRow;
  late: boolean;
  /** In a list asked with `changedSince`: the day, and the status then (null: it did not exist yet). */
  changedSince?: string;
  statusBefore?: MandateStatus | null;
  addressees: MandateLinkRow[];
  carriedOutBy: MandateLinkRow[];
  followedUpBy: MandateLinkRow[];
  takesUp: MandateLinkRow[];
}

/** Today, UTC: the day a status is read for when none is asked. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const end = (l: MandateLinkRow): MandateEnd => ({ kind: l.node.__kind, label: displayLabel(l.node), date: l.date, ended: l.ended });

/**
 * The mandate `row` as it stood on `asOf`: what carried it out or took it up by then, and its
 * status. Null when its text is dated after `asOf`: it did not exist yet. `source` is the node the
 * field was asked on, when there is one (a whole row rather than the statement's slim one).
 */
export function mandateOn(row: MandateRow, asOf: string, source: NodeRow = row.source): MandateView | null {
  if (!existedBy(row.date, asOf)) return null;
  const carriedOutBy = row.outputs.filter((o) => existedBy(o.date, asOf));
  const outputs = carriedOutBy.map(end);
  const { status, note, basis, late } = mandateStanding({ due: row.due, addressees: row.addressees.map(end), outputs }, asOf);
  return {
    source,
    date: row.date,
    due: row.due,
    asOf,
    status,
    statusNote: note,
    statusBasis: basis ? carriedOutBy[outputs.indexOf(basis)] : undefined,
    late,
    addressees: row.addressees,
    carriedOutBy,
    followedUpBy: row.followUps.filter((f) => existedBy(f.date, asOf)),
    takesUp: row.takesUp,
  };
}

/** The mandate a provision or instrument gives, on `asOf`; null when it gives none or did not exist yet. */
export async function mandateOf(source: NodeRow, asOf: string, ctx: Context): Promise<MandateView | null> {
  const row = await ctx.loaders.mandate.load(source.id);
  return row ? mandateOn(row, asOf, source) : null;
}

/** How many mandates one page reads at most to find those of the statuses asked for. */
export const MANDATE_SCAN = 2000;
/** How many it reads per round trip when a status filter may leave most of them out. */
const SCAN_BATCH = 500;

export interface MandatePage {
  edges: { cursor: string; node: MandateView }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  scanned: number;
}

/** Which mandates a page keeps: of `statuses` on its day (any when null), and changed since `since` (when given). */
export interface MandateFilter {
  statuses: readonly string[] | null;
  since: string | null;
}

/**
 * A page of the mandates addressed to `bodyId` or its parts (every mandate when null) that existed
 * on `asOf`, in the lists' order, after `after`: the first `first` that `filter` keeps (of its
 * statuses, and whose status changed since its day, each then with `statusBefore`).
 * A status is known only once read, so a filtered page takes the next MANDATE_SCAN mandates in one
 * round trip (one sort) and reads them SCAN_BATCH at a time until it has `first`. It may then hold
 * fewer, with `hasNextPage` and an `endCursor` after the last one read, from which the next page
 * goes on. Round trips: one, then one per batch read (at most MANDATE_SCAN / SCAN_BATCH); without
 * a filter, two.
 */
export async function mandatePage(bodyId: string | null, asOf: string, filter: MandateFilter, first: number, after: MandateKey | null, ctx: Context): Promise<MandatePage> {
  const { statuses, since } = filter;
  const limit = statuses || since ? MANDATE_SCAN : first;
  const keys = await mandateKeys(ctx.db, bodyId, asOf, after, limit + 1);
  const edges: MandatePage['edges'] = [];
  let read = 0;
  while (read < Math.min(keys.length, limit) && edges.length < first) {
    const batch = keys.slice(read, Math.min(read + SCAN_BATCH, limit));
    const rows = await ctx.loaders.mandate.loadMany(batch.map(([, id]) => id));
    for (let i = 0; i < batch.length && edges.length < first; i++, read++) {
      const row = rows[i];
      if (row instanceof Error) throw row;
      const view = row ? mandateOn(row, asOf) : null;
      if (!view || (statuses && !statuses.includes(view.status))) continue;
      if (since) {
        const before = mandateOn(row!, since)?.status ?? null;
        if (before === view.status) continue;
        Object.assign(view, { changedSince: since, statusBefore: before });
      }
      edges.push({ cursor: encodeMandateCursor(batch[i]), node: view });
    }
  }
  const last = read > 0 ? keys[read - 1] : after;
  return { edges, pageInfo: { hasNextPage: keys.length > read, endCursor: last ? encodeMandateCursor(last) : null }, scanned: read };
}

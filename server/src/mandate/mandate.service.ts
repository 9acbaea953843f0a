/** Internal: a mandate as it stood on a day, for Provision.mandate, Instrument.mandate and Body.mandates. */
import type { Context } from '../context.type.js';
import { displayLabel, type NodeRow } from '../graph/graph-node.js';
import type { MandateStatus } from '../../../cypher/model.js';
import { existedBy, mandateStanding, type MandateEnd } from './mandate.status.js';
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
    statusBasis: basis ? carriedOutBy[outputs.indexOf(basis)] : undefined,
    late,
    source,
    date: row.date,
    due: row.due,
    asOf,
    status,
    statusNote: note,
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

/**
 * The mandates addressed to a body or its parts that existed on `asOf`, oldest first, those of
 * `statuses` only (all when null), at most `first`.
 */
export async function mandatesOfBody(bodyId: string, asOf: string, statuses: readonly string[] | null, first: number, ctx: Context): Promise<MandateView[]> {
  const rows = await ctx.loaders.mandate.loadMany(await ctx.loaders.mandateIdsOfBody.load(bodyId));
  const views: MandateView[] = [];
  for (const row of rows) {
    if (row instanceof Error) throw row;
    const view = row ? mandateOn(row, asOf) : null;
    if (view && (!statuses || statuses.includes(view.status))) views.push(view);
    if (views.length === first) break;
  }
  return views;
}

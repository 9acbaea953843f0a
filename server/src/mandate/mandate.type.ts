/** Public API: a mandate, where it stands on a day, and what it is linked to. */
import { Extensions, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../instrument/instrument-connection.type.js';
import { MANDATE_SCAN } from './mandate.service.js';
import { Evidence, type EvidenceRow } from '../citation/citation.type.js';
import { Relation } from '../graph/enums.js';
import { GraphNode, type NodeRow } from '../graph/graph-node.js';
import { DateScalar, PartialDateScalar } from '../graph/scalars.js';
import { MANDATE_STATUSES, type MandateStatus as Status } from '../../../cypher/model.js';

export const MandateStatus = Object.fromEntries(MANDATE_STATUSES.map((s) => [s, s])) as { [K in Status]: K };
registerEnumType(MandateStatus, {
  name: 'MandateStatus',
  description:
    'Where a mandate stands on a day, read from what the graph records: FULFILLED (a report, event or outcome carried it out, or a body set up for it finished its work), IN_PROGRESS (a body set up for it is at work), LAPSED (nothing carried it out and every body it addressed has ended), OVERDUE (nothing carried it out and its due date has passed; no output is recorded, which is not proof that none exists), ACTIVE (nothing carried it out yet, not due or no due date).',
});

/**
 * What query costing (http/limits.ts) counts for each list of a mandate's edges: a few, typically
 * (the seed corpus has at most five), not the default ten, so a body's mandates with all their
 * edges fit in one request.
 */
const MANDATE_LINKS = 3;

/** One edge of a mandate, seen from the mandate: the node at its other end and when that node is dated. */
export interface MandateLinkRow {
  relation: string;
  node: NodeRow;
  date?: string;
  ended?: string;
  evidence: EvidenceRow;
}

/** A mandate as mandates-of-nodes.cypher returns it, before a day is applied (mandate.service.ts). */
export interface MandateRow {
  id: string;
  /** The provision or instrument, as a slim row (graph-node.ts). */
  source: NodeRow;
  date?: string;
  due?: string;
  addressees: MandateLinkRow[];
  /** IMPLEMENTS from nodes that are not mandates. */
  outputs: MandateLinkRow[];
  /** Edges from later mandates that take this one up. */
  followUps: MandateLinkRow[];
  /** Edges to earlier mandates this one takes up. */
  takesUp: MandateLinkRow[];
}

@ObjectType({ description: 'An edge of a mandate: the node at its other end, when it is dated, and the evidence.' })
export class MandateLink {
  @Field(() => Relation)
  relation!: string;

  @Field(() => GraphNode)
  node!: NodeRow;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the node was adopted, held or set up.' })
  date?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it ended: a body\'s end, an event\'s last day.' })
  ended?: string;

  @Field(() => Evidence, { nullable: true })
  evidence?: EvidenceRow;
}

@ObjectType({ description: 'A mandate: a provision or instrument that asks a body to act, sets it up or decides on its work, with what carried it out and where it stands on `asOf`.' })
export class Mandate {
  @Field(() => GraphNode, { description: 'The provision or instrument that gives the mandate.' })
  source!: NodeRow;

  @Field(() => PartialDateScalar, { nullable: true, description: 'The date of its text.' })
  date?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it falls due, as the text says it (often a year or a session\'s year); see fieldProvenance of the provision for the source.' })
  due?: string;

  @Field(() => DateScalar, { description: 'The day its status is read for.' })
  asOf!: string;

  @Field(() => MandateStatus)
  status!: string;

  @Field(() => String, { description: 'Why, in English: the output, body or date the status rests on.' })
  statusNote!: string;

  @Field(() => MandateLink, { nullable: true, description: 'What the status rests on: for FULFILLED the text that carried it out (or the body that finished its work), for IN_PROGRESS the body at work; null otherwise.' })
  statusBasis?: MandateLinkRow;

  @Field(() => Boolean, { description: 'Carried out after its due date, or due and not carried out by `asOf`.' })
  late!: boolean;

  @Field(() => MandateStatus, { nullable: true, description: 'In a list asked with `changedSince`: its status on that day; null when it did not exist yet (or the list was asked without it).' })
  statusBefore?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The `changedSince` day `statusBefore` is read for; null without it.' })
  changedSince?: string | null;

  @Extensions({ listSize: MANDATE_LINKS })
  @Field(() => [MandateLink], { description: 'The bodies it addresses (MANDATES, REQUESTS, INVITES, INSTRUCTS, CALLS_UPON, DECIDES, ESTABLISHES).' })
  addressees!: MandateLinkRow[];

  @Extensions({ listSize: MANDATE_LINKS })
  @Field(() => [MandateLink], { description: 'What carried it out by `asOf` (IMPLEMENTS from a report, an event, a body), oldest first.' })
  carriedOutBy!: MandateLinkRow[];

  @Extensions({ listSize: MANDATE_LINKS })
  @Field(() => [MandateLink], { description: 'Later mandates that took it up by `asOf` (IMPLEMENTS, REAFFIRMS, SUCCEEDS, REVISES from a mandate), oldest first.' })
  followedUpBy!: MandateLinkRow[];

  @Extensions({ listSize: MANDATE_LINKS })
  @Field(() => [MandateLink], { description: 'Earlier mandates it takes up, oldest first.' })
  takesUp!: MandateLinkRow[];
}

@ObjectType({ description: 'A mandate in a list, with its place in the list.' })
export class MandateEdge {
  @Field(() => String, { description: 'Pass as `after` for the mandates that follow this one.' })
  cursor!: string;

  @Field(() => Mandate)
  node!: object;
}

@ObjectType({
  description:
    `A page of mandates, oldest text first. A status filter is applied as each mandate is read; a page reads at most ${MANDATE_SCAN.toLocaleString('en')}, so it may hold fewer than asked while \`pageInfo.hasNextPage\` is true: its \`endCursor\` goes on after the last one read.`,
})
export class MandateConnection {
  @Field(() => [MandateEdge])
  edges!: object[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many mandates this page read to find these.' })
  scanned!: number;
}

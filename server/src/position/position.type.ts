/**
 * Public API: Position, what a party did about a text (proposed it or an amendment, supported it,
 * withdrew a proposal, opposed it, reserved its position, stated a view) or how its forum took it
 * (adopted by consensus, without a vote, by a vote, or not), from the curated corpus (peers.md
 * feature 8). Stored on the text's node as one JSON property (seed/src/load/corpus.rows.ts).
 */
import { Field, ObjectType } from 'type-graphql';
import { ActorKind, PositionStance } from '../graph/enums.js';
import { GraphNode, type NodeRow } from '../graph/graph-node.js';
import { PartialDateScalar } from '../graph/scalars.js';

export interface PositionRow {
  actor: string;
  actorKind: string;
  stance: string;
  date?: string;
  note: string;
  confidence: string;
  sources: string[];
}

@ObjectType({ description: 'What a party did about a text, or how its forum took it, with where that is read.' })
export class Position {
  @Field(() => String, { description: 'Who: "India", "Group of 77 and China", "RIPE NCC", "General Assembly".' })
  actor!: string;

  @Field(() => ActorKind)
  actorKind!: string;

  @Field(() => PositionStance)
  stance!: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When, as precisely as the source says.' })
  date?: string;

  @Field(() => String, { description: 'What the party did and what came of it, in our words.' })
  note!: string;

  @Field(() => String, { description: 'verified or unconfirmed.' })
  confidence!: string;

  @Field(() => [String], { description: 'Keys of the sources it is read in.' })
  sources!: string[];
}

/** The positions stored on a node (its `positions` property), in the corpus's order; none when it has none. */
export function positionsOf(node: object): PositionRow[] {
  const stored = (node as { positions?: unknown }).positions;
  if (typeof stored !== 'string') return [];
  try {
    const list = JSON.parse(stored) as unknown;
    return Array.isArray(list) ? (list as PositionRow[]).filter((p) => p && typeof p.actor === 'string' && typeof p.stance === 'string') : [];
  } catch {
    return [];
  }
}

/** The description of the `positions` field of Instrument and Provision. */
export const POSITIONS =
  'What parties did about this text (proposed it or an amendment, supported it, withdrew a proposal, opposed it, reserved their position, stated a view) and how its forum took it (adopted by consensus, without a vote, by a vote, or not), from the curated corpus; a draft\'s positions are on the draft (see `history`). Empty when none is recorded.';

@ObjectType({ description: 'A position with the text it was taken on: what Query.positions lists.' })
export class TextPosition {
  @Field(() => Position)
  position!: PositionRow;

  @Field(() => GraphNode, { description: 'The instrument or provision it concerns (often a draft: see its `history`).' })
  text!: NodeRow;

  @Field(() => PartialDateScalar, { nullable: true, description: 'The date of that text.' })
  textDate?: string;
}

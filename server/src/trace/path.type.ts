/** Public API: a mandate chain as an ordered list of hops, each with its evidence and date. */
import { Field, ObjectType } from 'type-graphql';
import { Evidence, type EvidenceRow } from '../citation/citation.type.js';
import { Relation } from '../graph/enums.js';
import { GraphNode, type NodeRow } from '../graph/graph-node.js';
import { DateScalar } from '../graph/scalars.js';

export interface HopRow {
  from: NodeRow;
  to: NodeRow;
  relation: string;
  evidence: EvidenceRow;
  date?: string;
  reversed: boolean;
}

@ObjectType({ description: 'One step of a chain, in walking order.' })
export class Hop {
  @Field(() => GraphNode)
  from!: NodeRow;

  @Field(() => GraphNode)
  to!: NodeRow;

  @Field(() => Relation)
  relation!: string;

  @Field(() => Evidence, { nullable: true })
  evidence?: EvidenceRow;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the text that makes the edge.' })
  date?: string;

  @Field(() => Boolean, { description: 'True when the walk goes against the stored edge (e.g. downstream over an IMPLEMENTS citation).' })
  reversed!: boolean;
}

@ObjectType({ description: 'A chain between instruments, provisions and bodies.' })
export class Path {
  @Field(() => [Hop])
  hops!: HopRow[];
}

/** Public API: a neighbourhood, shaped for Cytoscape (nodes with id/label/kind, edges with source/target/relation). */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Evidence, type EvidenceRow } from '../citation/citation.type.js';
import { PartialDateScalar } from './scalars.js';

@ObjectType({ description: 'A node of a subgraph, ready for Cytoscape.', simpleResolvers: true })
export class SubgraphNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'What to draw: a short title, "Tunis Agenda ¶69", a body acronym.' })
  label!: string;

  @Field(() => String, { description: 'Instrument, Provision or Body.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'The instrument kind, for instruments.' })
  instrumentKind?: string;

  @Field(() => ID, { nullable: true, description: 'For a provision, the id of its instrument.' })
  parent?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'An instrument\'s adoption (a provision\'s instrument\'s), a body\'s establishment: for time lanes.' })
  date?: string;

  @Field(() => String, { nullable: true, description: 'The issuing body or forum, for lanes: WSIS, UNGA, ECOSOC, CSTD, ITU…' })
  forum?: string;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'When a body ended (a working group that reported, a summit that closed), for a time window to show it ended. Null for other nodes, a body still at work, or one whose card predates this field (until `npm run seed` or an ingest writes it again).',
  })
  ended?: string;
}

@ObjectType({ description: 'An edge of a subgraph, ready for Cytoscape.', simpleResolvers: true })
export class SubgraphEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => String, { description: 'A Relation value, or PART_OF / ISSUED_BY for structure.' })
  relation!: string;

  @Field(() => Evidence, { nullable: true })
  evidence?: EvidenceRow;
}

@ObjectType({ description: 'The nodes and edges around a node, capped.', simpleResolvers: true })
export class Subgraph {
  @Field(() => [SubgraphNode])
  nodes!: SubgraphNode[];

  @Field(() => [SubgraphEdge])
  edges!: SubgraphEdge[];

  @Field(() => Boolean, { description: 'True when the node cap cut the neighbourhood short.' })
  truncated!: boolean;

  @Field(() => Int, { description: 'The node cap that applied.' })
  nodeCap!: number;
}

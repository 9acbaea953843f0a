/** Public API: a full-text search result. */
import { Field, Float, ObjectType } from 'type-graphql';
import { GraphNode, type NodeRow } from '../graph/graph-node.js';
import { PartialDateScalar } from '../graph/scalars.js';

@ObjectType({ description: 'A node that matches a full-text search, in the order asked (Query.search: best first by default).' })
export class SearchHit {
  @Field(() => GraphNode)
  node!: NodeRow;

  @Field(() => Float, { description: 'Lucene relevance score.' })
  score!: number;

  @Field(() => String, { description: 'What to show: a short title, "Tunis Agenda ¶69", a body acronym.' })
  label!: string;

  @Field(() => PartialDateScalar, { nullable: true, description: "The text's date, what search orders and ranges by: an instrument's adoption, a paragraph's instrument's, a body's founding; null when the sources give none." })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'A short excerpt around the first match, in its own language.' })
  snippet?: string;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 code of the snippet.' })
  language?: string;
}

/** Public API: the Health type. */
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Whether the graph database answers, and what it holds.' })
export class Health {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => String, { nullable: true, description: 'Neo4j version, e.g. "5.26.31".' })
  neo4jVersion?: string;

  @Field(() => String, { nullable: true, description: 'Neo4j edition: community or enterprise.' })
  edition?: string;

  @Field(() => Int, { nullable: true })
  nodes?: number;

  @Field(() => Int, { nullable: true })
  relationships?: number;
}

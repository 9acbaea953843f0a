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

  @Field(() => Int, {
    nullable: true,
    description: 'The data version: one more after every load (seed, ingest, bulk import). A shared link or an exported view names the version it was made on, so its reader can tell the graph has changed since. Null on a graph no load of this ig-atlas has written.',
  })
  dataVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'When the last load committed (ISO 8601, UTC).' })
  dataLoadedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'What the last load was, e.g. "curated corpus" or "ingest seed/documents/WTPF-13-DT-6.ar.txt".' })
  dataLoadedBy?: string | null;
}

/** Public API: Relay-style pages of instruments. */
import { Field, Int, ObjectType } from 'type-graphql';
import { Instrument, type InstrumentRow } from './instrument.type.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor?: string | null;
}

@ObjectType()
export class InstrumentEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Instrument)
  node!: InstrumentRow;
}

/** `totalCount` is resolved only when asked for (it costs one more round trip). */
@ObjectType()
export class InstrumentConnection {
  @Field(() => [InstrumentEdge])
  edges!: InstrumentEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

/** Public API: arguments of the `instruments` query. */
import { ArgsType, Field, Int } from 'type-graphql';
import { InstrumentKind } from '../graph/enums.js';
import { DateScalar } from '../graph/scalars.js';

@ArgsType()
export class InstrumentsArgs {
  @Field(() => InstrumentKind, { nullable: true })
  kind?: string;

  @Field(() => String, { nullable: true, description: 'Issuing body: an id ("body:UNGA") or an acronym ("UNGA").' })
  body?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Adopted on or after this date.' })
  adoptedFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Adopted on or before this date.' })
  adoptedTo?: string;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string;
}

/** Public API: the arguments of the mandate fields (Provision.mandate, Instrument.mandate, Body.mandates, Query.mandates). */
import { ArgsType, Field, Int } from 'type-graphql';
import { DateScalar } from '../graph/scalars.js';
import { MandateStatus } from './mandate.type.js';

/** The description of every mandate field's `asOf` argument. */
export const AS_OF = 'The day to read the status for (default: today): what carried it out or took it up later does not count, and a mandate adopted later does not exist yet.';

/** A page of mandates: Body.mandates and Query.mandates. */
@ArgsType()
export class MandateListArgs {
  @Field(() => DateScalar, { nullable: true, description: AS_OF })
  asOf?: string | null;

  @Field(() => [MandateStatus], { nullable: true, description: 'Only mandates in one of these statuses on `asOf`.' })
  status?: string[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Only mandates whose status on `asOf` differs from their status on this earlier day, each with `statusBefore`: what changed in the mandate landscape between two days (one adopted in between counts, its `statusBefore` null). Applied as each mandate is read, as `status` is.',
  })
  changedSince?: string | null;

  // The default is in the schema, so query costing (http/limits.ts) counts an unsized list as the page it is.
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'How many, 1 to 100.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'A `cursor` or `endCursor` of the previous page.' })
  after?: string | null;
}

/** Public API: the paging arguments of every `citations` field (Instrument, Provision, Body). */
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class CitationPageArgs {
  // No schema default: query costing (http/limits.ts) then counts the list as one of unknown size,
  // as before paging existed; the resolver applies LIMITS.citationsDefault (graph/args.ts).
  @Field(() => Int, { nullable: true, description: 'How many citations, 1 to 1000; 100 when left out. `citationCount` says how many there are in all.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `cursor` of the last citation of the previous page.' })
  after?: string | null;
}

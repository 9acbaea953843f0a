/** Public API: the paging arguments of every `citations` field (Instrument, Provision, Body). */
import { ArgsType, Field, Int } from 'type-graphql';
import { LIMITS } from '../graph/args.js';

@ArgsType()
export class CitationPageArgs {
  // The default is in the schema, so query costing (http/limits.ts) counts an unsized list as the
  // page it is; the resolver applies LIMITS.citationsDefault to an explicit null too.
  @Field(() => Int, { nullable: true, defaultValue: LIMITS.citationsDefault, description: 'How many citations, 1 to 1000. `citationCount` says how many there are in all.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `cursor` of the last citation of the previous page.' })
  after?: string | null;
}

/** The description of every citation field's `minStrength` argument. */
export const MIN_STRENGTH = 'Only citations whose clause acts at least this strongly (REQUESTS keeps DECIDES and REQUESTS); edges with no strength, such as recitals\', are left out.';

/** Public API: the Instrument type (a resolution, opinion, outcome document, report or event). */
import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { FromWholeNode } from '../graph/partial.js';
import { InstrumentKind } from '../graph/enums.js';
import { DateScalar, PartialDateScalar } from '../graph/scalars.js';

/** An instrument as the repository returns it (plain properties of the node). */
export interface InstrumentRow {
  __kind: 'Instrument';
  id: string;
  symbol: string;
  kind: string;
  titleEn?: string;
  titleAr?: string;
  titleFr?: string;
  shortTitle?: string;
  summaryEn?: string;
  summaryAr?: string;
  /** The adoption date as precisely as known: the node's `adopted` date, or its `adoptedText` (asNode). */
  adopted?: string;
  /** The adoption date as the sources give it, e.g. "2010-10"; set by the corpus loader. */
  adoptedText?: string;
  endDate?: string;
  venue?: string;
  url?: string;
  originalLanguage?: string;
  bodyId?: string;
  confidence?: string;
  sources?: string[];
  note?: string;
}

@ObjectType({ description: 'A resolution, opinion, outcome document, report or event, keyed by its canonical symbol.' })
export class Instrument {
  @Field(() => ID, { description: 'The canonical symbol, e.g. "A/RES/67/195" or "WTPF-13/DT/6".' })
  id!: string;

  @Field(() => String)
  symbol!: string;

  @Field(() => InstrumentKind)
  kind!: string;

  @Field(() => String, { nullable: true, description: 'A short display name, e.g. "Tunis Agenda".' })
  shortTitle?: string;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Adoption (or issue) date, to the precision the sources give ("2013-05-15", "2010-10", "2006"); the start date for events.',
  })
  adopted?: string;

  @Field(() => DateScalar, { nullable: true, description: 'The last day, for events and bodies that span several days.' })
  @UseMiddleware(FromWholeNode)
  endDate?: string;

  @Field(() => String, { nullable: true })
  @UseMiddleware(FromWholeNode)
  venue?: string;

  @Field(() => String, { nullable: true, description: 'The official URL, when known.' })
  @UseMiddleware(FromWholeNode)
  url?: string;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 code of the original language.' })
  @UseMiddleware(FromWholeNode)
  originalLanguage?: string;

  @Field(() => String, { nullable: true, description: 'How sure we are of this record: verified, seed-document, extracted or unconfirmed.' })
  @UseMiddleware(FromWholeNode)
  confidence?: string;

  @Field(() => [String], { description: 'Keys of the sources that support this record (see the README).' })
  @UseMiddleware(FromWholeNode)
  sources!: string[];

  @Field(() => String, { nullable: true, description: 'A caveat about this record, e.g. where sources disagree.' })
  @UseMiddleware(FromWholeNode)
  note?: string;
}

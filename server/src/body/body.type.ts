/** Public API: the Body type (an organ, working group, summit, office or group of stakeholders). */
import { Field, ID, ObjectType } from 'type-graphql';
import { PartialDateScalar } from '../graph/scalars.js';

export interface BodyRow {
  __kind: 'Body';
  id: string;
  acronym?: string;
  name?: string;
  nameAr?: string;
  kind?: string;
  summaryEn?: string;
  established?: string;
  ended?: string;
  confidence?: string;
  sources?: string[];
}

@ObjectType({ description: 'An organ, working group, summit, office or group of stakeholders.' })
export class Body {
  @Field(() => ID, { description: 'body:ACRONYM, e.g. "body:WGEC".' })
  id!: string;

  @Field(() => String, { nullable: true })
  acronym?: string;

  @Field(() => String, { nullable: true, description: 'un-organ, itu-organ, summit, working-group, forum, office or stakeholders.' })
  kind?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was set up, to the precision the sources give.' })
  established?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it ended, to the precision the sources give.' })
  ended?: string;

  @Field(() => String, { nullable: true })
  confidence?: string;

  @Field(() => [String])
  sources!: string[];
}

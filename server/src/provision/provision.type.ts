/** Public API: the Provision type (a paragraph or clause of an instrument). */
import { Field, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { FromWholeNode } from '../graph/partial.js';

export interface ProvisionRow {
  __kind: 'Provision';
  id: string;
  instrumentId: string;
  number: string;
  label?: string;
  role?: string;
  verb?: string;
  text?: string;
  language?: string;
  summaryEn?: string;
  summaryAr?: string;
  position?: number;
  confidence?: string;
  sources?: string[];
  line?: number;
}

@ObjectType({ description: 'A paragraph or clause of an instrument: a numbered paragraph, a preambular item, a view.' })
export class Provision {
  @Field(() => ID, { description: 'symbol#number, e.g. "WSIS-05/TUNIS/DOC/6(Rev.1)#69".' })
  id!: string;

  @Field(() => String, { description: 'The paragraph number, or a stable key such as "recalling.a" for unnumbered clauses.' })
  number!: string;

  @Field(() => String, { nullable: true, description: 'A readable label, e.g. "Recalling (a)", "¶69".' })
  label?: string;

  @Field(() => String, { nullable: true, description: 'preambular, operative, view, quoted or paragraph.' })
  @UseMiddleware(FromWholeNode)
  role?: string;

  @Field(() => String, { nullable: true, description: 'The normalised English verb that opens the clause, e.g. "Recalling", "Invites".' })
  @UseMiddleware(FromWholeNode)
  verb?: string;

  @Field(() => String, { nullable: true, description: 'The clause text in its source language, when we ship the text.' })
  @UseMiddleware(FromWholeNode)
  text?: string;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 code of `text`.' })
  @UseMiddleware(FromWholeNode)
  language?: string;

  @Field(() => Int, { nullable: true, description: 'Order inside the instrument.' })
  position?: number;

  @Field(() => String, { nullable: true })
  @UseMiddleware(FromWholeNode)
  confidence?: string;

  @Field(() => [String])
  @UseMiddleware(FromWholeNode)
  sources!: string[];
}

/** Public API: how many texts match a search, year by year. */
import { Field, Int, ObjectType } from 'type-graphql';
import { DATED_WINDOW, SEARCH_YEARS_WINDOW } from './search.service.js';

@ObjectType({ description: 'How many texts that match were dated in one year.' })
export class YearCount {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  texts!: number;
}

@ObjectType({ description: 'How many texts match a search, year by year: how a phrase of agreed language spread (Query.searchYears).' })
export class SearchYears {
  @Field(() => Int, { description: 'The texts that match, dated or not; with `complete` false, of those counted.' })
  texts!: number;

  @Field(() => [YearCount], { description: 'The years with texts that match, oldest first, by the date search orders by.' })
  years!: YearCount[];

  @Field(() => Int, { description: 'The texts that match with no date.' })
  undated!: number;

  @Field(() => Boolean, {
    description: `True when every text that matches is counted. False when a language's index matched more than the ${SEARCH_YEARS_WINDOW.toLocaleString('en')} best hits it counts: the counts are then of the best-scored texts, and \`texts\` is a lower bound.`,
  })
  complete!: boolean;

  @Field(() => Boolean, {
    description: `True when \`search\`'s date orders and ranges read every text that matches: no language's index matched more than the ${DATED_WINDOW.toLocaleString('en')} best hits they read. False: \`order: OLDEST\` may miss earlier uses (and NEWEST later ones).`,
  })
  datedComplete!: boolean;
}

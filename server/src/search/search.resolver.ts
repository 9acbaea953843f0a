/** Public API: Query.search. */
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../errors/errors.js';
import type { Context } from '../context.type.js';
import { checkRange, LIMITS } from '../graph/args.js';
import { Lang, SearchOrder } from '../graph/enums.js';
import { PartialDateScalar } from '../graph/scalars.js';
import { SearchHit } from './search-hit.type.js';
import { SearchYears } from './search-years.type.js';
import { DATED_WINDOW, isEmptyRange, search, searchYears, SEARCH_YEARS_WINDOW } from './search.service.js';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: `Full-text search over titles, summaries and clause texts, with the Arabic, English and French analyzers (or only the one for \`lang\`). The text is matched as words; Lucene syntax in it is escaped. A phrase in quotes (\"…\", “…” or «…») must appear as a phrase; the words beside it rank the hits. At most ${LIMITS.searchResults} hits; \`order\` gives them best first (the default) or by date, and \`datedFrom\` and \`datedTo\` keep those of a period.`,
  })
  search(
    @Arg('text', () => String) text: string,
    @Arg('lang', () => Lang, { nullable: true }) lang: Lang | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('order', () => SearchOrder, { nullable: true, defaultValue: SearchOrder.RELEVANCE, description: `RELEVANCE (best first), or OLDEST or NEWEST first by the texts' dates, from each index's ${DATED_WINDOW.toLocaleString('en')} best hits.` }) order: SearchOrder | null,
    @Arg('datedFrom', () => PartialDateScalar, { nullable: true, description: `Only texts dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD), at the precision both dates have: a text of "2012" is within "2012-06". Undated texts are left out. Like the date orders, reads each index's ${DATED_WINDOW.toLocaleString('en')} best hits.` }) datedFrom: string | null | undefined,
    @Arg('datedTo', () => PartialDateScalar, { nullable: true, description: 'Only texts dated on or before this, the same way: "2012" runs to the end of 2012.' }) datedTo: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<SearchHit[]> {
    checkRange('first', first, 1, LIMITS.searchResults);
    const range = { from: datedFrom ?? null, to: datedTo ?? null };
    if (isEmptyRange(range)) throw new BadUserInputError(`\`datedFrom\` (${range.from}) is after \`datedTo\` (${range.to}): no date is within them.`, 'datedFrom');
    return search(ctx.db, text, lang, first, order ?? SearchOrder.RELEVANCE, range);
  }

  @Query(() => SearchYears, {
    description: `How many texts match \`text\` (as \`search\` matches it), year by year by the date \`search\` orders by: how a phrase of agreed language spread, and how many texts a search's first hits are of. Counts each language index's ${SEARCH_YEARS_WINDOW.toLocaleString('en')} best hits; \`complete\` says whether that was every match.`,
  })
  searchYears(@Arg('text', () => String) text: string, @Arg('lang', () => Lang, { nullable: true }) lang: Lang | null, @Ctx() ctx: Context): Promise<SearchYears> {
    return searchYears(ctx.db, text, lang);
  }
}

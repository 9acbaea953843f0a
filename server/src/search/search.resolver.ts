/** Public API: Query.search. */
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.type.js';
import { checkRange, LIMITS } from '../graph/args.js';
import { Lang, SearchOrder } from '../graph/enums.js';
import { SearchHit } from './search-hit.type.js';
import { DATED_WINDOW, search } from './search.service.js';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: `Full-text search over titles, summaries and clause texts, with the Arabic, English and French analyzers (or only the one for \`lang\`). The text is matched as words; Lucene syntax in it is escaped. A phrase in quotes (\"…\", “…” or «…») must appear as a phrase; the words beside it rank the hits. At most ${LIMITS.searchResults} hits; \`order\` gives them best first (the default) or by date.`,
  })
  search(
    @Arg('text', () => String) text: string,
    @Arg('lang', () => Lang, { nullable: true }) lang: Lang | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('order', () => SearchOrder, { nullable: true, defaultValue: SearchOrder.RELEVANCE, description: `RELEVANCE (best first), or OLDEST or NEWEST first by the texts' dates, from each index's ${DATED_WINDOW.toLocaleString('en')} best hits.` }) order: SearchOrder | null,
    @Ctx() ctx: Context,
  ): Promise<SearchHit[]> {
    checkRange('first', first, 1, LIMITS.searchResults);
    return search(ctx.db, text, lang, first, order ?? SearchOrder.RELEVANCE);
  }
}

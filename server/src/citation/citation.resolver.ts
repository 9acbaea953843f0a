/** Public API: the computed fields of Citation. */
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { encodeCitationCursor } from './citation.cursor.js';
import { Citation, type CitationRow } from './citation.type.js';

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => String, { description: 'Where the citation stands in its list: pass it as `after` for the page that follows it.' })
  cursor(@Root() row: CitationRow): string {
    return encodeCitationCursor(row.order);
  }
}

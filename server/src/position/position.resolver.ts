/** Public API: Query.positions, the positions taken on any text, by who took them and what they did. */
import { Arg, Ctx, Extensions, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.type.js';
import { BadUserInputError } from '../errors/errors.js';
import { PositionStance } from '../graph/enums.js';
import { POSITIONS_MAX, positionsBy, type TextPositionRow } from './position.service.js';
import { TextPosition } from './position.type.js';

@Resolver(() => TextPosition)
export class PositionResolver {
  @Extensions({ listSize: POSITIONS_MAX })
  @Query(() => [TextPosition], {
    description: `The positions taken on any text, each with the text, oldest first (undated last): with \`actor\`, those of parties whose name contains it, in any case and with or without accents ("india"); with \`stance\`, those of these stances (NOT_ADOPTED: the texts a forum turned down). At most ${POSITIONS_MAX}.`,
  })
  positions(
    @Arg('actor', () => String, { nullable: true }) actor: string | null | undefined,
    @Arg('stance', () => [PositionStance], { nullable: true }) stance: string[] | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<TextPositionRow[]> {
    // An argument left out arrives undefined, one given as null null: both mean any.
    if (actor != null && actor.trim() === '') throw new BadUserInputError('`actor` must name a party (part of its name), or be left out for any.', 'actor');
    if (stance?.length === 0) throw new BadUserInputError('`stance` must name at least one PositionStance, or be left out for any.', 'stance');
    return positionsBy(ctx.db, actor?.trim() ?? null, stance ?? null);
  }
}

/** Public API: Query.trace, the mandate chains from a node. */
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { MANDATE_RELATIONS } from '../../../cypher/model.js';
import { isStrength } from '../../../cypher/strength.js';
import type { Context } from '../context.type.js';
import { checkRange, LIMITS, relationFilter, traceDirection } from '../graph/args.js';
import { Direction, Relation, Strength } from '../graph/enums.js';
import { Path } from './path.type.js';
import { trace } from './trace.service.js';

@Resolver(() => Path)
export class TraceResolver {
  @Query(() => [Path], {
    description: `Chains from a node (an instrument starts from all its provisions) through \`relations\` (default: ${MANDATE_RELATIONS.join(', ')}), DOWNSTREAM (forward in time) or UPSTREAM, at most \`maxDepth\` hops (1 to ${LIMITS.traceDepth}). With \`to\`, only chains that end at that node (or a provision of that instrument). Each chain is a shortest one; longest chains first.`,
  })
  async trace(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID, { nullable: true }) to: string | null,
    @Arg('direction', () => Direction, { nullable: true, defaultValue: Direction.DOWNSTREAM }) direction: Direction,
    @Arg('relations', () => [Relation], { nullable: true }) relations: string[] | null,
    @Arg('maxDepth', () => Int, { nullable: true, defaultValue: 6 }) maxDepth: number,
    @Arg('minStrength', () => Strength, { nullable: true, description: 'Only hops whose clause acts at least this strongly (REQUESTS: a chain of decisions and requests); a hop with no strength (a recital, a body carrying out a mandate) ends the walk there.' }) minStrength: string | null,
    @Ctx() ctx: Context,
  ) {
    checkRange('maxDepth', maxDepth, 1, LIMITS.traceDepth);
    const paths = await trace(ctx.db, {
      from: from.trim(),
      to: to?.trim() || null,
      downstream: traceDirection(direction),
      relations: relationFilter(relations, MANDATE_RELATIONS),
      maxDepth,
      minStrength: isStrength(minStrength) ? minStrength : null,
    });
    return paths.map((hops) => ({ hops }));
  }
}

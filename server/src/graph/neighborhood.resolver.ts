/** Public API: Query.neighborhood, the subgraph around a node, shaped for Cytoscape. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { selectedEvidence } from '../citation/citation.type.js';
import type { Context } from '../context.type.js';
import { checkRange, LIMITS, relationFilter } from './args.js';
import { Relation } from './enums.js';
import { buildNeighborhood } from './neighborhood.service.js';
import { Subgraph } from './subgraph.type.js';

@Resolver(() => Subgraph)
export class NeighborhoodResolver {
  @Query(() => Subgraph, {
    description: `Nodes and edges within \`depth\` (1 to ${LIMITS.neighborhoodDepth}) citation hops of a node; an instrument brings its provisions and body. At most \`limit\` nodes (default and maximum ${LIMITS.neighborhoodNodes}); \`truncated\` says when the cap cut it short. NOT_FOUND for an unknown id.`,
  })
  neighborhood(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { nullable: true, defaultValue: 1 }) depth: number,
    @Arg('relations', () => [Relation], { nullable: true }) relations: string[] | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: LIMITS.neighborhoodNodes }) limit: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Subgraph> {
    checkRange('depth', depth, 1, LIMITS.neighborhoodDepth);
    checkRange('limit', limit, 1, LIMITS.neighborhoodNodes);
    return buildNeighborhood(ctx.db, id.trim(), depth, relationFilter(relations), limit, selectedEvidence(info, ['edges', 'evidence']));
  }
}

/**
 * Public API: the queries that answer a Subgraph, shaped for Cytoscape: Query.neighborhood (the
 * subgraph around a node) and Query.among (a set of nodes and how they cite each other).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../errors/errors.js';
import { selectedEvidence } from '../citation/citation.type.js';
import type { Context } from '../context.type.js';
import { checkRange, LIMITS, relationFilter } from './args.js';
import { Relation, Strength } from './enums.js';
import { isStrength } from '../../../cypher/strength.js';
import { buildAmong } from './among.service.js';
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

  @Query(() => Subgraph, {
    description: `The nodes \`ids\` (1 to ${LIMITS.amongIds}; a provision brings its instrument) and every edge of \`relations\` (default: all) from one of them to another: how a set of texts, e.g. a search's hits, cite each other. NOT_FOUND names the first id that names no node.`,
  })
  among(
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('relations', () => [Relation], { nullable: true }) relations: string[] | null,
    @Arg('minStrength', () => Strength, { nullable: true, description: 'Only citations whose clause acts at least this strongly (INVITES: invitations, requests and decisions); one with no strength (a recital, a draft\'s link) goes too. A provision\'s link to its instrument and an instrument\'s to its body stay.' }) minStrength: string | null | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Subgraph> {
    const distinct = [...new Set(ids.map((id) => id.trim()))];
    if (distinct.length < 1 || distinct.length > LIMITS.amongIds) throw new BadUserInputError(`\`ids\` must name 1 to ${LIMITS.amongIds} distinct nodes; got ${distinct.length}.`, 'ids');
    const tooLong = distinct.find((id) => id.length > LIMITS.idLength);
    if (tooLong) throw new BadUserInputError(`An id in \`ids\` is at most ${LIMITS.idLength} characters; got ${tooLong.length}.`, 'ids');
    return buildAmong(ctx.db, distinct, relationFilter(relations), selectedEvidence(info, ['edges', 'evidence']), isStrength(minStrength) ? minStrength : null);
  }
}

/** Public API: Query.health. */
import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.type.js';
import { Health } from './health.type.js';

@Resolver(() => Health)
export class HealthResolver {
  @Query(() => Health, { description: 'The Neo4j version and edition and what the graph holds. Fails with SERVICE_UNAVAILABLE when Neo4j is down.' })
  async health(@Ctx() ctx: Context): Promise<Health> {
    const [row] = await ctx.db.read('health');
    return {
      ok: true,
      neo4jVersion: row.version as string,
      edition: row.edition as string,
      nodes: row.nodes as number,
      relationships: row.relationships as number,
      dataVersion: (row.dataVersion as number | null) ?? null,
      dataLoadedAt: (row.dataLoadedAt as string | null) ?? null,
      dataLoadedBy: (row.dataLoadedBy as string | null) ?? null,
    };
  }
}

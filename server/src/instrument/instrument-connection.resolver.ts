/** Public API: InstrumentConnection.totalCount, counted only when a client asks for it. */
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type.js';
import { countMatching, type InstrumentFilter } from './instrument.repository.js';
import { InstrumentConnection } from './instrument-connection.type.js';

@Resolver(() => InstrumentConnection)
export class InstrumentConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many instruments match the filters, over all pages.' })
  totalCount(@Root() connection: { filter: InstrumentFilter }, @Ctx() ctx: Context): Promise<number> {
    return countMatching(ctx.db, connection.filter);
  }
}

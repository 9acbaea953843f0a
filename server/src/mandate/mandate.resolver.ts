/** Public API: Query.mandates, every mandate in the graph and where it stands. */
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.type.js';
import { BadUserInputError } from '../errors/errors.js';
import { checkRange, LIMITS } from '../graph/args.js';
import { MandateListArgs } from './mandate.args.js';
import { decodeMandateCursor } from './mandate.repository.js';
import { mandatePage, today, type MandatePage } from './mandate.service.js';
import { Mandate, MandateConnection } from './mandate.type.js';

/** A page of mandates addressed to `bodyId` (null: any body), as the list arguments ask. */
export function listMandates(bodyId: string | null, args: MandateListArgs, ctx: Context): Promise<MandatePage> {
  const first = checkRange('first', args.first ?? 20, 1, LIMITS.pageSize);
  // No status at all would read MANDATE_SCAN mandates to keep none: refused, as an empty relation list is.
  if (args.status?.length === 0) throw new BadUserInputError('`status` must name at least one MandateStatus, or be left out for any.', 'status');
  const asOf = args.asOf ?? today();
  const since = args.changedSince ?? null;
  if (since && since >= asOf) throw new BadUserInputError(`\`changedSince\` (${since}) must be a day before \`asOf\` (${asOf}).`, 'changedSince');
  return mandatePage(bodyId, asOf, { statuses: args.status ?? null, since }, first, args.after ? decodeMandateCursor(args.after) : null, ctx);
}

@Resolver(() => Mandate)
export class MandateResolver {
  @Query(() => MandateConnection, {
    description:
      'Every mandate in the graph (a provision or instrument that asks a body to act, sets it up or decides on its work), oldest text first, with where it stood on `asOf`: with `status: [OVERDUE]`, the mandate landscape\'s gaps on a day. Pages of at most 100; see MandateConnection for how a status filter pages.',
  })
  mandates(@Args(() => MandateListArgs) args: MandateListArgs, @Ctx() ctx: Context): Promise<MandatePage> {
    return listMandates(null, args, ctx);
  }
}

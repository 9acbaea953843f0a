/** Public API: Query.provision and the relationship fields of Provision. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Citation } from '../citation/citation.type.js';
import type { Context } from '../context.type.js';
import { NotFoundError } from '../errors/errors.js';
import { citationCountKey, citationKey } from '../graph/args.js';
import { CitationPageArgs, MIN_STRENGTH } from '../citation/citation.args.js';
import { complete } from '../graph/partial.js';
import { FIELD_PROVENANCE, FieldProvenance, fieldProvenance } from '../graph/provenance.js';
import { Direction, Lang, Relation, Strength } from '../graph/enums.js';
import { inLanguage } from '../instrument/instrument.resolver.js';
import { Instrument } from '../instrument/instrument.type.js';
import { Provision, type ProvisionRow } from './provision.type.js';
import { HISTORY } from '../history/history.args.js';
import { POSITIONS, Position, positionsOf, type PositionRow } from '../position/position.type.js';
import { AS_OF } from '../mandate/mandate.args.js';
import { mandateOf, today, type MandateView } from '../mandate/mandate.service.js';
import { Mandate } from '../mandate/mandate.type.js';
import { Hop, type HopRow } from '../trace/path.type.js';
import { DateScalar } from '../graph/scalars.js';

@Resolver(() => Provision)
export class ProvisionResolver {
  @Query(() => Provision, { nullable: true, description: 'One provision by id (symbol#number); null when unknown.' })
  provision(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ProvisionRow | null> {
    return ctx.loaders.provision.load(id);
  }

  @FieldResolver(() => Instrument, { description: 'The instrument it belongs to.' })
  async instrument(@Root() row: ProvisionRow, @Ctx() ctx: Context) {
    const instrument = await ctx.loaders.instrument.load(row.instrumentId);
    if (!instrument) throw new NotFoundError('instrument', row.instrumentId);
    return instrument;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Our summary in the asked language (English when we do not have it); null for clauses whose text we ship.' })
  async summary(@Root() row: ProvisionRow, @Arg('lang', () => Lang, { nullable: true, defaultValue: Lang.EN }) lang: Lang, @Ctx() ctx: Context): Promise<string | null> {
    return inLanguage(await complete(row, ctx.loaders), 'summary', lang);
  }

  @FieldResolver(() => [FieldProvenance], { description: FIELD_PROVENANCE })
  async fieldProvenance(@Root() row: ProvisionRow, @Ctx() ctx: Context): Promise<FieldProvenance[]> {
    return fieldProvenance(await complete(row, ctx.loaders));
  }

  @FieldResolver(() => [Citation], { description: 'Citations made (OUT) or received (IN) by this provision; a page at a time, oldest citing text first, then in the order of its clauses.' })
  citations(
    @Root() row: ProvisionRow,
    @Arg('direction', () => Direction, { nullable: true, defaultValue: Direction.OUT }) direction: Direction,
    @Arg('relations', () => [Relation], { nullable: true }) relations: string[] | null,
    @Arg('minStrength', () => Strength, { nullable: true, description: MIN_STRENGTH }) minStrength: string | null,
    @Args(() => CitationPageArgs) page: CitationPageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.loaders.citationsOfNode.load(citationKey(row.id, { direction, relations, minStrength, ...page }, info));
  }

  @FieldResolver(() => Int, { description: 'How many citations `citations` pages through with the same direction, relations and minStrength.' })
  citationCount(
    @Root() row: ProvisionRow,
    @Arg('direction', () => Direction, { nullable: true, defaultValue: Direction.OUT }) direction: Direction,
    @Arg('relations', () => [Relation], { nullable: true }) relations: string[] | null,
    @Arg('minStrength', () => Strength, { nullable: true, description: MIN_STRENGTH }) minStrength: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.citationCount.load(citationCountKey(row.id, { direction, relations, minStrength }));
  }

  @FieldResolver(() => Mandate, { nullable: true, description: 'The mandate this provision gives, when it addresses a body (asks it to act, sets it up, decides on its work): what carried it out and where it stands. Null when it gives none, or was adopted after `asOf`.' })
  mandate(@Root() row: ProvisionRow, @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf: string | null, @Ctx() ctx: Context): Promise<MandateView | null> {
    return mandateOf(row, asOf ?? today(), ctx);
  }

  @FieldResolver(() => [Hop], { description: HISTORY })
  history(@Root() row: ProvisionRow, @Ctx() ctx: Context): Promise<HopRow[]> {
    return ctx.loaders.history.load(row.id);
  }

  @FieldResolver(() => [Position], { description: POSITIONS })
  async positions(@Root() row: ProvisionRow, @Ctx() ctx: Context): Promise<PositionRow[]> {
    return positionsOf(await complete(row, ctx.loaders));
  }
}

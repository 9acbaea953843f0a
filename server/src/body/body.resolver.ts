/** Public API: Query.body and the fields of Body. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Citation } from '../citation/citation.type.js';
import type { Context } from '../context.type.js';
import { citationCountKey, citationKey } from '../graph/args.js';
import { CitationPageArgs, MIN_STRENGTH } from '../citation/citation.args.js';
import { Direction, Lang, Relation, Strength } from '../graph/enums.js';
import { complete } from '../graph/partial.js';
import { FIELD_PROVENANCE, FieldProvenance, fieldProvenance } from '../graph/provenance.js';
import { Body, type BodyRow } from './body.type.js';
import { MandateListArgs } from '../mandate/mandate.args.js';
import { listMandates } from '../mandate/mandate.resolver.js';
import type { MandatePage } from '../mandate/mandate.service.js';
import { MandateConnection } from '../mandate/mandate.type.js';

@Resolver(() => Body)
export class BodyResolver {
  @Query(() => Body, { nullable: true, description: 'One body by id ("body:WGEC") or acronym ("WGEC"); null when unknown.' })
  body(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<BodyRow | null> {
    return ctx.loaders.body.load(id.startsWith('body:') ? id : `body:${id}`);
  }

  @FieldResolver(() => String, { description: 'The name in the asked language, English when we do not have it.' })
  name(@Root() row: BodyRow, @Arg('lang', () => Lang, { nullable: true, defaultValue: Lang.EN }) lang: Lang): string {
    return (lang === Lang.AR ? row.nameAr : undefined) ?? row.name ?? row.acronym ?? row.id;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Our summary of what the body is and does.' })
  async summary(@Root() row: BodyRow, @Ctx() ctx: Context): Promise<string | null> {
    return (await complete(row, ctx.loaders)).summaryEn ?? null;
  }

  @FieldResolver(() => [FieldProvenance], { description: FIELD_PROVENANCE })
  async fieldProvenance(@Root() row: BodyRow, @Ctx() ctx: Context): Promise<FieldProvenance[]> {
    return fieldProvenance(await complete(row, ctx.loaders));
  }

  @FieldResolver(() => [Citation], { description: 'Edges from (OUT) or to (IN) this body: who mandates it, whom it reports to; a page at a time, oldest citing text first, then in the order of its clauses.' })
  citations(
    @Root() row: BodyRow,
    @Arg('direction', () => Direction, { nullable: true, defaultValue: Direction.IN }) direction: Direction,
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
    @Root() row: BodyRow,
    @Arg('direction', () => Direction, { nullable: true, defaultValue: Direction.IN }) direction: Direction,
    @Arg('relations', () => [Relation], { nullable: true }) relations: string[] | null,
    @Arg('minStrength', () => Strength, { nullable: true, description: MIN_STRENGTH }) minStrength: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.citationCount.load(citationCountKey(row.id, { direction, relations, minStrength }));
  }

  @FieldResolver(() => MandateConnection, { description: 'The mandates addressed to this body or to its parts (two levels down: the CSTD brings its Chair\'s), oldest text first, each with what carried it out and where it stood on `asOf`; see MandateConnection for how a status filter pages.' })
  mandates(@Root() row: BodyRow, @Args(() => MandateListArgs) args: MandateListArgs, @Ctx() ctx: Context): Promise<MandatePage> {
    return listMandates(row.id, args, ctx);
  }
}

/** Public API: Query.instrument, Query.instruments and the relationship fields of Instrument. */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Body } from '../body/body.type.js';
import { BadUserInputError } from '../errors/errors.js';
import { Citation } from '../citation/citation.type.js';
import type { Context } from '../context.type.js';
import { citationCountKey, citationKey, checkRange, LIMITS, type CitationArgs } from '../graph/args.js';
import { CitationPageArgs, MIN_STRENGTH } from '../citation/citation.args.js';
import { Direction, Lang, Relation, Strength } from '../graph/enums.js';
import { Provision } from '../provision/provision.type.js';
import { InstrumentsArgs } from './instrument.args.js';
import { InstrumentConnection } from './instrument-connection.type.js';
import { decodeCursor, findPage, type InstrumentFilter } from './instrument.repository.js';
import { Instrument, type InstrumentRow } from './instrument.type.js';
import { complete } from '../graph/partial.js';
import { FIELD_PROVENANCE, FieldProvenance, fieldProvenance } from '../graph/provenance.js';
import { childFieldArgs } from '../graph/lookahead.js';
import type { CitationKey } from '../loaders.js';
import { HISTORY } from '../history/history.args.js';
import { POSITIONS, Position, positionsOf, type PositionRow } from '../position/position.type.js';
import { AS_OF } from '../mandate/mandate.args.js';
import { mandateOf, today, type MandateView } from '../mandate/mandate.service.js';
import { Mandate } from '../mandate/mandate.type.js';
import { Hop, type HopRow } from '../trace/path.type.js';
import { DateScalar } from '../graph/scalars.js';

/** Text in the asked language, falling back to English when we do not have that language. */
export function inLanguage(row: object, field: 'title' | 'summary', lang: Lang): string | null {
  const values = row as Record<string, unknown>;
  const suffix = lang === Lang.AR ? 'Ar' : lang === Lang.FR ? 'Fr' : 'En';
  return (values[`${field}${suffix}`] as string | undefined) ?? (values[`${field}En`] as string | undefined) ?? null;
}

/**
 * The key of the instrument's `citations` field, found by looking ahead from Query.instrument, or
 * null when the field is absent or its arguments invalid (the field then reports them).
 */
function lookAheadCitationKey(id: string, info: GraphQLResolveInfo): CitationKey | null {
  const args = childFieldArgs(info, 'citations');
  if (!args) return null;
  try {
    return citationKey(id, args as unknown as CitationArgs, info, ['citations', 'evidence']);
  } catch {
    return null;
  }
}

@Resolver(() => Instrument)
export class InstrumentResolver {
  @Query(() => Instrument, { nullable: true, description: 'One instrument by canonical symbol; null when unknown.' })
  instrument(@Arg('symbol', () => String) symbol: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<InstrumentRow | null> {
    // Asked with its citations (the common case): both in one round trip.
    const key = lookAheadCitationKey(symbol.trim(), info);
    return key ? ctx.loaders.instrumentWithCitations(key) : ctx.loaders.instrument.load(symbol.trim());
  }

  @Query(() => InstrumentConnection, { description: 'Instruments, filtered, oldest first, in pages of at most 100.' })
  async instruments(@Args(() => InstrumentsArgs) args: InstrumentsArgs, @Ctx() ctx: Context) {
    checkRange('first', args.first, 1, LIMITS.pageSize);
    if (args.adoptedFrom && args.adoptedTo && args.adoptedFrom > args.adoptedTo) {
      throw new BadUserInputError(`\`adoptedFrom\` (${args.adoptedFrom}) is after \`adoptedTo\` (${args.adoptedTo}).`, 'adoptedFrom');
    }
    const body = args.body?.trim();
    const filter: InstrumentFilter = {
      kind: args.kind ?? null,
      bodies: body ? [body, `body:${body}`] : null,
      adoptedFrom: args.adoptedFrom ?? null,
      adoptedTo: args.adoptedTo ?? null,
    };
    const page = await findPage(ctx.db, filter, args.first, args.after ? decodeCursor(args.after) : null);
    return { ...page, filter };
  }

  @FieldResolver(() => String, { nullable: true, description: 'Title in the asked language, English when we do not have it.' })
  async title(@Root() row: InstrumentRow, @Arg('lang', () => Lang, { nullable: true, defaultValue: Lang.EN }) lang: Lang, @Ctx() ctx: Context): Promise<string | null> {
    // A partial row (a citation's end) carries the English title only.
    return inLanguage(lang === Lang.EN ? row : await complete(row, ctx.loaders), 'title', lang);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Our summary, in the asked language, English when we do not have it.' })
  async summary(@Root() row: InstrumentRow, @Arg('lang', () => Lang, { nullable: true, defaultValue: Lang.EN }) lang: Lang, @Ctx() ctx: Context): Promise<string | null> {
    return inLanguage(await complete(row, ctx.loaders), 'summary', lang);
  }

  @FieldResolver(() => [FieldProvenance], { description: FIELD_PROVENANCE })
  async fieldProvenance(@Root() row: InstrumentRow, @Ctx() ctx: Context): Promise<FieldProvenance[]> {
    return fieldProvenance(await complete(row, ctx.loaders));
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body that adopted or issued it.' })
  body(@Root() row: InstrumentRow, @Ctx() ctx: Context) {
    return ctx.loaders.bodyOfInstrument.load(row.id);
  }

  @FieldResolver(() => [Provision], { description: 'Its paragraphs and clauses, in document order.' })
  provisions(@Root() row: InstrumentRow, @Ctx() ctx: Context) {
    return ctx.loaders.provisionsOfInstrument.load(row.id);
  }

  @FieldResolver(() => [Citation], { description: 'Citations made (OUT) or received (IN) by the instrument or any of its provisions; a page at a time, oldest citing text first, then in the order of its clauses.' })
  citations(
    @Root() row: InstrumentRow,
    @Arg('direction', () => Direction, { nullable: true, defaultValue: Direction.OUT }) direction: Direction,
    @Arg('relations', () => [Relation], { nullable: true }) relations: string[] | null,
    @Arg('minStrength', () => Strength, { nullable: true, description: MIN_STRENGTH }) minStrength: string | null,
    @Args(() => CitationPageArgs) page: CitationPageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.loaders.citationsOfInstrument.load(citationKey(row.id, { direction, relations, minStrength, ...page }, info));
  }

  @FieldResolver(() => Int, { description: 'How many citations `citations` pages through with the same direction, relations and minStrength.' })
  citationCount(
    @Root() row: InstrumentRow,
    @Arg('direction', () => Direction, { nullable: true, defaultValue: Direction.OUT }) direction: Direction,
    @Arg('relations', () => [Relation], { nullable: true }) relations: string[] | null,
    @Arg('minStrength', () => Strength, { nullable: true, description: MIN_STRENGTH }) minStrength: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.citationCount.load(citationCountKey(row.id, { direction, relations, minStrength }));
  }

  @FieldResolver(() => Mandate, { nullable: true, description: 'The mandate the instrument gives as a whole, when a link ties the whole instrument to a body it addresses (an ITU Council decision convening a forum); its paragraphs\' mandates are on each Provision. Null when it gives none, or was adopted after `asOf`.' })
  mandate(@Root() row: InstrumentRow, @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf: string | null, @Ctx() ctx: Context): Promise<MandateView | null> {
    return mandateOf(row, asOf ?? today(), ctx);
  }

  @FieldResolver(() => [Hop], { description: HISTORY })
  history(@Root() row: InstrumentRow, @Ctx() ctx: Context): Promise<HopRow[]> {
    return ctx.loaders.history.load(row.id);
  }

  @FieldResolver(() => [Position], { description: POSITIONS })
  async positions(@Root() row: InstrumentRow, @Ctx() ctx: Context): Promise<PositionRow[]> {
    return positionsOf(await complete(row, ctx.loaders));
  }
}

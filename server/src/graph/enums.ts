/**
 * Public API: the enums of the GraphQL contract. Relation and InstrumentKind mirror the closed
 * lists of cypher/model.ts, so a value that passes GraphQL validation is safe to use in Cypher.
 */
import { registerEnumType } from 'type-graphql';
import { ACTOR_KINDS, INSTRUMENT_KINDS, POSITION_STANCES, RELATIONS } from '../../../cypher/model.js';
import { STRENGTHS } from '../../../cypher/strength.js';

export enum Lang {
  EN = 'en',
  AR = 'ar',
  FR = 'fr',
}
registerEnumType(Lang, { name: 'Lang', description: 'A language of the texts: English, Arabic, French.' });

/** How Query.search orders its hits: by score, or by the texts' dates (search.service.ts). */
export enum SearchOrder {
  RELEVANCE = 'RELEVANCE',
  OLDEST = 'OLDEST',
  NEWEST = 'NEWEST',
}
registerEnumType(SearchOrder, {
  name: 'SearchOrder',
  description: 'How search orders its hits: RELEVANCE (best score first), or by the texts\' dates (an instrument\'s adoption, a paragraph\'s instrument\'s, a body\'s founding), OLDEST or NEWEST first, undated last: where a phrase of agreed language first appears, or its latest uses.',
});

/**
 * One enum for both uses, as documented in the README: OUT/IN for the citations of a node (made by
 * it / received by it); UPSTREAM/DOWNSTREAM for traces (back in time towards the mandate's source /
 * forward in time towards what carried it out).
 */
export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
  UPSTREAM = 'UPSTREAM',
  DOWNSTREAM = 'DOWNSTREAM',
}
registerEnumType(Direction, {
  name: 'Direction',
  description: 'OUT/IN for citations (made by / received by a node); UPSTREAM/DOWNSTREAM for traces (back / forward in time).',
});

export const Relation = Object.fromEntries(RELATIONS.map((r) => [r, r])) as { [K in (typeof RELATIONS)[number]]: K };
registerEnumType(Relation, {
  name: 'Relation',
  description:
    'What a clause does to what it cites. Citing relations (RECALLS, NOTES, RECOGNIZES, CONSIDERS, REAFFIRMS, EMPHASIZES, WELCOMES, ENDORSES, QUOTES, CITES, IMPLEMENTS, SUCCEEDS, REVISES, ADOPTS) point from the later text to the earlier target (REVISES: a draft\'s next version, or a resolution revised in place; ADOPTS: an adopted text takes the text of a draft); acting relations (MANDATES, REQUESTS, INVITES, DECIDES, ESTABLISHES, INSTRUCTS, CALLS_UPON, REPORTS_TO) point from the acting clause or body to what it addresses or creates.',
});

export const InstrumentKind = Object.fromEntries(INSTRUMENT_KINDS.map((k) => [k, k])) as { [K in (typeof INSTRUMENT_KINDS)[number]]: K };
registerEnumType(InstrumentKind, { name: 'InstrumentKind', description: 'What sort of instrument: resolution, opinion, outcome document… A DRAFT is a text not adopted as such (a chair\'s paper, a zero draft, a draft resolution A/…/L.…): see Instrument.history.' });

export const PositionStance = Object.fromEntries(POSITION_STANCES.map((s) => [s, s])) as { [K in (typeof POSITION_STANCES)[number]]: K };
registerEnumType(PositionStance, {
  name: 'PositionStance',
  description:
    'What a party did about a text: PROPOSED it or an amendment to it, SUPPORTED it, WITHDREW a proposal on it, OPPOSED it, RESERVED its position (a reservation, a dissociation), STATED a view on it; or how its forum took it: adopted by CONSENSUS, WITHOUT_VOTE, by a VOTE, or NOT_ADOPTED.',
});

export const ActorKind = Object.fromEntries(ACTOR_KINDS.map((k) => [k, k])) as { [K in (typeof ACTOR_KINDS)[number]]: K };
registerEnumType(ActorKind, { name: 'ActorKind', description: 'Who took a position: a state, a group of States, an organization, a forum or organ, other stakeholders.' });

export const Strength = Object.fromEntries(STRENGTHS.map((s) => [s, s])) as { [K in (typeof STRENGTHS)[number]]: K };
registerEnumType(Strength, {
  name: 'Strength',
  description:
    'How strongly the clause behind an edge acts, strongest first: DECIDES (decides, resolves, establishes, adopts, approves, endorses), REQUESTS (requests, asks, instructs, mandates), CALLS_UPON (urges, calls upon), INVITES, ENCOURAGES, DECLARES (an operative clause that asks no one to act: takes note, welcomes, reaffirms…). The project\'s reading of the drafting verbs, not a legal finding.',
});

/**
 * Public contract: the graph's vocabulary, shared by the seed pipeline, the server and the client.
 *
 * Labels and relationship types cannot be Cypher parameters, so every label or type that reaches a
 * query string comes from the closed lists below (see `assertRelation`). Everything else is a
 * `$parameter`.
 */

/** Node labels of the graph proper; a node has exactly one. (Source nodes hold the bibliography.) */
export const LABELS = ['Instrument', 'Provision', 'Body'] as const;
export type Label = (typeof LABELS)[number];

/**
 * Relationship types that say what a text does to what it cites, written in the direction of the
 * text: from the citing (later) clause to the cited (earlier) target. Walking them against their
 * direction moves forward in time.
 */
export const CITING_RELATIONS = [
  'RECALLS',
  'NOTES',
  'RECOGNIZES',
  'CONSIDERS', // "bearing in mind", "considering", "taking into account"
  'REAFFIRMS',
  'EMPHASIZES',
  'WELCOMES',
  'ENDORSES',
  'QUOTES',
  'CITES', // a reference with no more specific verb
  'IMPLEMENTS', // curated: a text carries out (or continues) the mandate of the target
  'SUCCEEDS', // curated: a body or process continues an earlier one
  'REVISES', // curated: a revision of an earlier text (a draft's next version, a resolution revised in place)
  'ADOPTS', // curated: an adopted text (or paragraph) takes the text of a draft
] as const;

/**
 * Relationship types that act on their target: from the acting clause (or body) to the body,
 * instrument or process it addresses, creates or reports to. Walking them along their direction
 * moves forward in time.
 */
export const ACTING_RELATIONS = [
  'MANDATES',
  'REQUESTS',
  'INVITES',
  'DECIDES',
  'ESTABLISHES',
  'INSTRUCTS',
  'CALLS_UPON',
  'REPORTS_TO',
] as const;

/** Structural relationships: a provision belongs to its instrument, an instrument to its body. */
export const STRUCTURAL_RELATIONS = ['PART_OF', 'ISSUED_BY'] as const;

export const RELATIONS = [...CITING_RELATIONS, ...ACTING_RELATIONS] as const;
export type CitingRelation = (typeof CITING_RELATIONS)[number];
export type ActingRelation = (typeof ACTING_RELATIONS)[number];
export type Relation = CitingRelation | ActingRelation;
export type StructuralRelation = (typeof STRUCTURAL_RELATIONS)[number];

/**
 * The relations a mandate trace follows by default: the mandate-bearing verbs, plus the curated
 * links that tie a text to the mandate it carries out (IMPLEMENTS, SUCCEEDS) and the operative
 * reaffirmation of a mandate (REAFFIRMS).
 */
export const MANDATE_RELATIONS: readonly Relation[] = [
  'MANDATES',
  'REQUESTS',
  'INVITES',
  'ESTABLISHES',
  'DECIDES',
  'REPORTS_TO',
  'IMPLEMENTS',
  'SUCCEEDS',
  'REAFFIRMS',
];

/**
 * What makes a provision or instrument a mandate (server/src/mandate): an edge of one of these
 * types to a body, which asks it to act, sets it up or decides on its work.
 */
export const MANDATE_ADDRESSING: readonly Relation[] = ['MANDATES', 'REQUESTS', 'INVITES', 'INSTRUCTS', 'CALLS_UPON', 'DECIDES', 'ESTABLISHES'];

/** Where a mandate stands on a day (server/src/mandate/mandate.status.ts says how each is read). */
export const MANDATE_STATUSES = ['ACTIVE', 'IN_PROGRESS', 'FULFILLED', 'OVERDUE', 'LAPSED'] as const;
export type MandateStatus = (typeof MANDATE_STATUSES)[number];

/**
 * The curated links a mandate's fate is read from: what carries it out (IMPLEMENTS from a report,
 * an event, a body) and later mandates that take it up (any of these, from a mandate).
 */
export const MANDATE_FOLLOWING: readonly Relation[] = ['IMPLEMENTS', 'REAFFIRMS', 'SUCCEEDS', 'REVISES'];

/**
 * The links a text's history is read from (server/src/history): from a later text to the draft or
 * the earlier version it came from. They record drafting, not what a clause does, so they carry no
 * strength (cypher/strength.ts).
 */
export const DRAFTING_RELATIONS: readonly Relation[] = ['ADOPTS', 'REVISES'];

/**
 * The deepest trace a request may ask for (the API's `maxDepth` limit), and how many levels the
 * trace statement has (cypher/queries/trace.cypher, one walk in one round trip).
 */
export const MAX_TRACE_DEPTH = 10;

const RELATION_SET: ReadonlySet<string> = new Set(RELATIONS);
const ACTING_SET: ReadonlySet<string> = new Set(ACTING_RELATIONS);

export function isRelation(value: string): value is Relation {
  return RELATION_SET.has(value);
}

/** True for relations whose direction is forward in time (source acts on target). */
export function isActing(relation: Relation): relation is ActingRelation {
  return ACTING_SET.has(relation);
}

/** Throws unless `value` is one of the closed relation types; use before any type reaches Cypher. */
export function assertRelation(value: string): Relation {
  if (!isRelation(value)) throw new Error(`Unknown relation type "${value}"; expected one of ${RELATIONS.join(', ')}`);
  return value;
}

/** Kinds of instrument. */
export const INSTRUMENT_KINDS = [
  'OPINION',
  'RESOLUTION',
  'DECISION',
  'OUTCOME_DOCUMENT',
  'REPORT',
  'EVENT',
  'DRAFT', // a text not adopted as such: a chair's paper, a zero draft, a draft resolution (A/…/L.…)
] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/**
 * What a party did about a text (a Position, peers.md feature 8): PROPOSED it or an amendment to it,
 * SUPPORTED it, WITHDREW a proposal on it, OPPOSED it, RESERVED its position (a reservation, a
 * dissociation), STATED a view on it; and how the forum took it: adopted it by CONSENSUS, WITHOUT A
 * VOTE, by a VOTE, or NOT_ADOPTED it.
 */
export const POSITION_STANCES = ['PROPOSED', 'SUPPORTED', 'WITHDREW', 'OPPOSED', 'RESERVED', 'STATED', 'CONSENSUS', 'WITHOUT_VOTE', 'VOTE', 'NOT_ADOPTED'] as const;
export type PositionStance = (typeof POSITION_STANCES)[number];

/** Who took a position: a State, a group of States, an organization, a forum or organ, other stakeholders. */
export const ACTOR_KINDS = ['state', 'group', 'organization', 'forum', 'stakeholders'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Roles of a provision inside its instrument. */
export const PROVISION_ROLES = ['preambular', 'operative', 'view', 'quoted', 'paragraph'] as const;
export type ProvisionRole = (typeof PROVISION_ROLES)[number];

/**
 * How sure we are of a fact:
 * - `verified`: confirmed in a cited source (instruments.md VERIFIED);
 * - `seed-document`: stated only by a shipped document (instruments.md SRC-DOC);
 * - `extracted`: read from a shipped document's text by a parser rule (the method names the rule);
 * - `unconfirmed`: widely reported but not confirmed (instruments.md RECALLED).
 */
export const CONFIDENCES = ['verified', 'seed-document', 'extracted', 'unconfirmed'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Ids. Instruments are keyed by canonical symbol; provisions by symbol#number; bodies by body:ACRONYM. */
export function provisionId(symbol: string, number: string): string {
  return `${symbol}#${number}`;
}

export function bodyId(acronym: string): string {
  return `body:${acronym}`;
}

/** The label an id's shape names: symbol#number is a provision, body:ACRONYM a body, else an instrument. */
export function labelOfId(id: string): Label {
  return id.startsWith('body:') ? 'Body' : id.includes('#') ? 'Provision' : 'Instrument';
}

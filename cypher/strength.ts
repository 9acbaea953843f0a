/**
 * Public contract: how strongly an edge's clause acts, on one scale for every forum (peers.md §4,
 * feature 2). Shared by the loaders, which store it on each edge as `strength`, the server, which
 * filters on it, and the explorer, which draws it.
 *
 * The scale, strongest first, follows the drafting verbs' usual weight in UN, WSIS and ITU texts:
 * - DECIDES: the text settles something itself (decides, resolves, establishes, adopts, approves,
 *   endorses);
 * - REQUESTS: it tells an organ or official to act (requests, asks, instructs, mandates);
 * - CALLS_UPON: it presses others to act (urges, calls upon);
 * - INVITES: it invites them to;
 * - ENCOURAGES: it encourages them to;
 * - DECLARES: an operative clause that asks no one to act (takes note, notes, welcomes, recognizes,
 *   reaffirms, emphasizes, agrees, commits…). "Takes note" sits here, below "approves", which is the
 *   distinction UN librarians warn readers about.
 * This is the project's editorial reading of the verbs, not a legal finding on any text.
 *
 * A recital (a preambular clause) acts on nothing, so its edges have no strength, nor has
 * REPORTS_TO (a body reporting acts on no one), nor have ADOPTS and REVISES (they record where a text
 * came from, not what it does). An edge from a whole instrument or a body (a curated
 * link with no clause) has what its relation alone says: MANDATES is REQUESTS, ENDORSES is DECIDES,
 * a citing relation such as RECALLS nothing.
 */
import { DRAFTING_RELATIONS, type Relation } from './model.js';

/** Strongest first: a strength includes every one after it in a "at least" filter. */
export const STRENGTHS = ['DECIDES', 'REQUESTS', 'CALLS_UPON', 'INVITES', 'ENCOURAGES', 'DECLARES'] as const;
export type Strength = (typeof STRENGTHS)[number];

const STRENGTH_SET: ReadonlySet<string> = new Set(STRENGTHS);
export function isStrength(value: unknown): value is Strength {
  return typeof value === 'string' && STRENGTH_SET.has(value);
}

/** The strengths at least as strong as `min`: what an "at least" filter keeps. */
export function strengthsFrom(min: Strength): Strength[] {
  return STRENGTHS.slice(0, STRENGTHS.indexOf(min) + 1);
}

/**
 * Verb stems (lower case, after "also", "further"… are dropped), in English as the parser and the
 * curated corpus normalise them: the first word decides, so "calls upon" and "calls on" both match
 * "call". A verb not listed is DECLARES in an operative clause, unless its relation says more.
 */
const VERB_STEMS: ReadonlyArray<readonly [RegExp, Strength]> = [
  [/^(decide|resolve|establish|adopt|approve|endorse)/, 'DECIDES'],
  [/^(request|ask|instruct|mandate|direct)/, 'REQUESTS'],
  [/^(urge|call)/, 'CALLS_UPON'],
  [/^invit/, 'INVITES'],
  [/^encourag/, 'ENCOURAGES'],
];

/** What an acting relation alone says, for a clause whose verb says nothing more. */
const RELATION_STRENGTH: Partial<Record<Relation, Strength>> = {
  DECIDES: 'DECIDES',
  ESTABLISHES: 'DECIDES',
  ENDORSES: 'DECIDES',
  MANDATES: 'REQUESTS',
  REQUESTS: 'REQUESTS',
  INSTRUCTS: 'REQUESTS',
  CALLS_UPON: 'CALLS_UPON',
  INVITES: 'INVITES',
};

/** Clause roles that act: operative paragraphs, an opinion's view, a summit's numbered paragraphs. */
const ACTING_ROLES: ReadonlySet<string> = new Set(['operative', 'view', 'quoted', 'paragraph']);

/** Words that may come before the verb, any number of them ("Further also requests"). */
const QUALIFIERS = /^(?:(?:also|further|again|once again|furthermore|hereby|strongly|firmly)\s+)+/;

/** The strength of a verb alone ("Also requests", "calls upon", "taking note of"), or null. */
export function verbStrength(verb: string | undefined | null): Strength | null {
  const v = (verb ?? '').trim().toLowerCase().replace(QUALIFIERS, '');
  for (const [stem, strength] of VERB_STEMS) if (stem.test(v)) return strength;
  return null;
}

/**
 * The strength of an edge of `relation` from `source`: a clause (its role and verb), or null for a
 * whole instrument or a body. Null when the edge does not act (see the file's comment).
 */
export function strengthOf(source: { role?: string | null; verb?: string | null } | null, relation: Relation): Strength | null {
  if (relation === 'REPORTS_TO' || DRAFTING_RELATIONS.includes(relation)) return null;
  if (!source?.role) return RELATION_STRENGTH[relation] ?? null;
  if (!ACTING_ROLES.has(source.role)) return null;
  return verbStrength(source.verb) ?? RELATION_STRENGTH[relation] ?? 'DECLARES';
}

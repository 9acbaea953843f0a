/**
 * What the URL says is shown, parsed and serialised without touching the DOM, so a shared link
 * restores the view: /?instrument=WTPF-13%2FDT%2F6&select=…&trace=…&dir=up&asOf=2013&newAfter=2010&lang=ar
 * (`dir=history`: the traced text's drafts and revisions).
 */
import { MANDATE_STATUSES, type MandateStatus } from '../../cypher/model.js';
import { isStrength, type Strength } from '../../cypher/strength.js';
import { parseYear } from './graph/time-window.js';
import type { TraceWalk } from './graph/types.js';

export type UiLang = 'en' | 'ar';

/** Which of the graph's mandates the panel lists: all, those of one status, or those whose status changed (views/mandate.ts). */
export type MandateList = MandateStatus | 'ALL' | 'CHANGED';

export interface UrlState {
  /** The root of the view: an instrument symbol (`instrument=`) or a provision/body id (`node=`). */
  root?: string;
  /** The selected node id, when it is not the root. */
  select?: string;
  /** The selected edge: its id, or source|RELATION|target (GraphController.resolveEdge). */
  edge?: string;
  /**
   * A search whose hits the view shows with how they cite each other (`phrase=`, instead of a
   * root): words, or a phrase in quotes, as the search box takes them.
   */
  phrase?: string;
  /** The traced node and direction (`dir=up|down`), or the text whose history is drawn (`dir=history`). */
  trace?: { from: string; direction: TraceWalk };
  lang: UiLang;
  /** Relation types hidden by the filter. */
  hiddenRelations?: string[];
  /** Node kinds hidden by the filter. */
  hiddenKinds?: string[];
  /** Only edges at least this strong (`strength=`, cypher/strength.ts); structure always shows. */
  minStrength?: Strength;
  /** The time window (time-window.ts): the last year shown, and the year after which elements are marked new. */
  asOf?: number;
  newAfter?: number;
  /**
   * The panel lists the graph's mandates (`mandates=all`, or one status: `mandates=OVERDUE`, or
   * those whose status changed since the window's "new after" year: `mandates=changed`), as of the
   * time window's year.
   */
  mandates?: MandateList;
  /** The panel lists the positions of parties whose name contains this (`actor=India`, views/history.ts). */
  actor?: string;
  /** The data version the view was made on (`v=`): opened on a later one, the page says the graph has changed since. */
  dataVersion?: number;
  /** Debug: a synthetic graph of this many nodes, drawn without the API. */
  synthetic?: number;
  /** Debug: Cytoscape's WebGL renderer. */
  webgl?: boolean;
}

/** The longest `actor=` kept: a party's name. */
export const ACTOR_MAX = 100;

/** The longest `phrase=` kept: the search box's own limit is the API's (lucene.ts), well above. */
export const PHRASE_MAX = 200;

/** Provisions hold a '#', bodies start with 'body:'; everything else is an instrument symbol. */
export function isInstrumentId(id: string): boolean {
  return !id.includes('#') && !id.startsWith('body:');
}

function list(value: string | null): string[] | undefined {
  const items = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return items.length ? items : undefined;
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const state: UrlState = { lang: params.get('lang') === 'ar' ? 'ar' : 'en' };
  const root = params.get('instrument')?.trim() || params.get('node')?.trim();
  if (root) state.root = root;
  const phrase = params.get('phrase')?.trim();
  if (phrase && !root) state.phrase = phrase.slice(0, PHRASE_MAX);
  const select = params.get('select')?.trim();
  if (select) state.select = select;
  const edge = params.get('edge')?.trim();
  if (edge) state.edge = edge;
  const trace = params.get('trace')?.trim();
  const dir = params.get('dir');
  if (trace) state.trace = { from: trace, direction: dir === 'up' ? 'UPSTREAM' : dir === 'history' ? 'HISTORY' : 'DOWNSTREAM' };
  const hiddenRelations = list(params.get('hide'));
  if (hiddenRelations) state.hiddenRelations = hiddenRelations;
  const hiddenKinds = list(params.get('hideKinds'));
  if (hiddenKinds) state.hiddenKinds = hiddenKinds;
  const strength = params.get('strength')?.trim().toUpperCase();
  if (isStrength(strength)) state.minStrength = strength;
  const asOf = parseYear(params.get('asOf'));
  if (asOf !== null) state.asOf = asOf;
  const newAfter = parseYear(params.get('newAfter'));
  if (newAfter !== null) state.newAfter = newAfter;
  const mandates = params.get('mandates')?.trim().toUpperCase();
  if (mandates && (mandates === 'ALL' || mandates === 'CHANGED' || (MANDATE_STATUSES as readonly string[]).includes(mandates))) state.mandates = mandates as MandateList;
  const actor = params.get('actor')?.trim();
  if (actor) state.actor = actor.slice(0, ACTOR_MAX);
  const dataVersion = Number(params.get('v'));
  if (Number.isInteger(dataVersion) && dataVersion > 0) state.dataVersion = dataVersion;
  const synthetic = Number(params.get('synthetic'));
  if (Number.isInteger(synthetic) && synthetic > 0) state.synthetic = Math.min(synthetic, 20000);
  if (params.get('webgl') === '1') state.webgl = true;
  return state;
}

/** The query string ('' or '?…') for a state; parseUrlState(serializeUrlState(s)) equals s. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.root) params.set(isInstrumentId(state.root) ? 'instrument' : 'node', state.root);
  else if (state.phrase) params.set('phrase', state.phrase);
  if (state.select) params.set('select', state.select);
  if (state.edge) params.set('edge', state.edge);
  if (state.trace) {
    params.set('trace', state.trace.from);
    params.set('dir', state.trace.direction === 'UPSTREAM' ? 'up' : state.trace.direction === 'HISTORY' ? 'history' : 'down');
  }
  if (state.hiddenRelations?.length) params.set('hide', state.hiddenRelations.join(','));
  if (state.hiddenKinds?.length) params.set('hideKinds', state.hiddenKinds.join(','));
  if (state.minStrength) params.set('strength', state.minStrength);
  if (state.asOf !== undefined) params.set('asOf', String(state.asOf));
  if (state.newAfter !== undefined) params.set('newAfter', String(state.newAfter));
  if (state.mandates) params.set('mandates', state.mandates === 'ALL' || state.mandates === 'CHANGED' ? state.mandates.toLowerCase() : state.mandates);
  if (state.actor) params.set('actor', state.actor);
  if (state.dataVersion) params.set('v', String(state.dataVersion));
  if (state.synthetic) params.set('synthetic', String(state.synthetic));
  if (state.webgl) params.set('webgl', '1');
  if (state.lang === 'ar') params.set('lang', 'ar');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The panel's record of a text: the positions taken on it (who proposed, supported, withdrew,
 * opposed it; how its forum adopted it: Instrument.positions), and its history: how it came to be
 * (the drafts and earlier versions it was adopted or revised from) and what became of it, as a
 * list of stages, earliest first, each after the first with what changed and where that is read,
 * and each with the positions taken on it (Instrument.history, Provision.history).
 */
import type { Api, NodeRef } from '../api.js';
import type { Evidence } from '../graph/types.js';
import { h, langText } from '../dom.js';
import { getLang, relationName, t, term } from '../i18n.js';
import { confidenceChip } from './chips.js';
import type { PositionStance } from '../../../cypher/model.js';

/** A position as the API gives it (a history stage asks only who, and what they did). */
export interface PositionRef {
  actor: string;
  stance: PositionStance;
  actorKind?: string;
  date?: string | null;
  note?: string;
  confidence?: string;
  sources?: string[];
}

/** A text of a history, with the positions taken on it. */
export type StageRef = NodeRef & { positions?: PositionRef[] };

/** One step of a history as the API gives it: from the later text to the one it came from. */
export interface HistoryHop {
  from: StageRef;
  to: StageRef;
  relation: string;
  date: string | null;
  evidence: Evidence | null;
}

/** A position with the text it was taken on (Query.positions). */
export interface ActorPosition {
  position: PositionRef;
  text: NodeRef;
  textDate: string | null;
}

/** What the panel's record section shows of a text. */
export interface TextRecord {
  positions: PositionRef[];
  history: HistoryHop[];
}

/** A text of a history, with the steps that made it from earlier ones (none for the first). */
export interface Stage {
  node: StageRef;
  from: HistoryHop[];
}

/**
 * The texts of a history in the order its steps come (the API's drafting order), each once, and
 * each before the texts made from it: a second draft a text was made from goes in just above it.
 */
export function historyStages(hops: readonly HistoryHop[]): Stage[] {
  const order: Stage[] = [];
  const find = (id: string) => order.find((s) => s.node.id === id);
  for (const hop of hops) {
    const later = find(hop.from.id);
    if (!find(hop.to.id)) {
      const earlier: Stage = { node: hop.to, from: [] };
      if (later) order.splice(order.indexOf(later), 0, earlier);
      else order.push(earlier);
    }
    (later ?? order[order.push({ node: hop.from, from: [] }) - 1]).from.push(hop);
  }
  return order;
}

/** A text's date as its reference carries it: an instrument's, or a paragraph's instrument's. */
export function stageDate(node: NodeRef): string | null {
  return (node.__typename === 'Provision' ? node.instrument?.adopted : node.adopted) ?? null;
}

/**
 * The section for the text `selfId`, or null when it has no recorded history. `link` makes a
 * button that opens a node (the panel's own node links); `draw` lays the stages out in the graph.
 */
export function historySection(hops: readonly HistoryHop[], selfId: string, link: (ref: NodeRef) => HTMLElement, draw: () => void, showActor?: (actor: string) => void): HTMLElement | null {
  const stages = historyStages(hops);
  if (!stages.length) return null;
  const list = h('ol', { class: 'history-list' });
  let above: string | null = null;
  for (const { node, from } of stages) {
    const self = node.id === selfId;
    const date = stageDate(node);
    const draft = node.__typename === 'Instrument' && node.kind === 'DRAFT';
    const item = h(
      'li',
      { class: self ? 'history-stage here' : 'history-stage', attrs: { 'data-node': node.id, ...(date ? { 'data-date': date } : {}), ...(self ? { 'aria-current': 'true' } : {}) } },
      h('div', { class: 'citation-head citation-meta' }, self ? h('strong', { text: t('historyThisText') }) : link(node), draft ? h('span', { class: 'chip', text: term('instrumentKind', 'DRAFT') }) : '', h('span', { class: 'muted', text: date ?? t('historyUndated') })),
    );
    // Who did what about this stage ("India proposed · United States supported"), each in its words.
    const taken = node.positions ?? [];
    if (taken.length) {
      // Subject then verb in English ("India proposed"), verb then subject in Arabic ("اقترح India").
      const said = (p: PositionRef) => (getLang() === 'ar' ? [positionChip(p), ' ', actorName(p.actor, showActor, 'span')] : [actorName(p.actor, showActor, 'span'), ' ', positionChip(p)]);
      // Each one a box of its own, so a line breaks between positions, not inside one.
      item.append(h('p', { class: 'stage-positions' }, ...taken.flatMap((p, i) => [i ? ' · ' : '', h('span', { class: 'stage-position' }, ...said(p))])));
    }
    for (const hop of from) {
      // The relation (and, for a step from elsewhere than the stage just above, that stage) on one
      // line; the curator's English note and its sources as a block of their own, so they read
      // left to right whole in the Arabic interface too.
      const head = h('p', { class: 'history-step' }, h('span', { class: 'chip relation', text: relationName(hop.relation) }));
      if (hop.to.id !== above || from.length > 1) head.append(' ', h('span', { class: 'muted', text: t('historyFrom') }), ' ', link(hop.to));
      const confidence = hop.evidence?.confidence;
      if (confidence && confidence !== 'verified') head.append(' ', confidenceChip(confidence)!);
      const change = h('div', { class: 'history-change', attrs: { 'data-relation': hop.relation } }, head, curatorNote(hop.evidence?.note, hop.evidence?.sources, 'history-note'));
      // The part of the step less sure than the step (a final number inferred from the sequence).
      for (const mark of hop.evidence?.fieldProvenance ?? []) if (mark.note) change.append(langText('p', mark.note, 'en', 'muted field-mark'));
      item.append(change);
    }
    list.append(item);
    above = node.id;
  }
  return h(
    'section',
    { class: 'section history' },
    h('h3', { text: t('history', { n: stages.length }) }),
    h('button', { class: 'button draw-history', text: t('historyDraw'), attrs: { type: 'button' }, on: { click: draw } }),
    h('p', { class: 'muted', text: t('historyHint') }),
    list,
  );
}

/** What a party did, as a chip: "proposed", "adopted by consensus". */
function positionChip(p: PositionRef): HTMLElement {
  return h('span', { class: `chip stance stance-${p.stance}`, text: term('stance', p.stance), attrs: { 'data-stance': p.stance } });
}

/** A party's name as a button that lists its positions across texts (`showActor`), or as plain text. */
function actorName(actor: string, showActor?: (actor: string) => void, tag: 'strong' | 'span' = 'strong'): HTMLElement {
  if (!showActor) return langText(tag, actor, 'en');
  const button = h('button', { class: 'link-button actor', attrs: { type: 'button', 'data-actor': actor, title: t('actorPositionsTitle', { actor }) }, on: { click: () => showActor(actor) } });
  button.append(langText(tag, actor, 'en'));
  return button;
}

/** A curator's English note with its sources' keys, as a block of its own ('' without a note). */
function curatorNote(note: string | null | undefined, sources: readonly string[] | null | undefined, cls: string): HTMLElement | string {
  return note ? langText('p', `${note}${sources?.length ? ` (${sources.join(', ')})` : ''}`, 'en', cls) : '';
}

/**
 * One position as a list item: what was done, by whom (a button listing the party's positions
 * with `showActor`), then `on` (the text it was taken on, in a party's list), when, how sure, and
 * the note with its sources.
 */
function positionItem(p: PositionRef, date: string | null | undefined, on: HTMLElement | null, showActor?: (actor: string) => void): HTMLElement {
  const head = h('p', { class: 'citation-head' }, positionChip(p), ' ', actorName(p.actor, showActor), on ? ' ' : '', on ?? '', date ? h('span', { class: 'muted', text: date }) : '');
  if (p.confidence && p.confidence !== 'verified') head.append(' ', confidenceChip(p.confidence)!);
  return h('li', { class: 'position', attrs: { 'data-actor': p.actor, 'data-stance': p.stance } }, head, curatorNote(p.note, p.sources, 'position-note'));
}

/**
 * The positions taken on a text, each with who, what, when, in our words and with its sources;
 * null when none. A party's name lists its positions on every text (`showActor`).
 */
export function positionsSection(positions: readonly PositionRef[], showActor?: (actor: string) => void): HTMLElement | null {
  if (!positions.length) return null;
  return h('section', { class: 'section positions' }, h('h3', { text: t('positions', { n: positions.length }) }), h('ul', { class: 'position-list' }, ...positions.map((p) => positionItem(p, p.date, null, showActor))));
}

/**
 * The sections of a text's record: one request for its positions and its history, each section
 * shown when it has something; hidden when neither has, and saying so when the request fails.
 */
export function historyOf(kind: 'Instrument' | 'Provision', id: string, api: Api, link: (ref: NodeRef) => HTMLElement, draw: () => void, markTime: (stage: HTMLElement) => void, showActor: (actor: string) => void): HTMLElement {
  const holder = h('div', { class: 'history-holder', attrs: { hidden: '' } });
  api
    .record(kind, id)
    .then(({ positions, history }) => {
      const shown = [positionsSection(positions, showActor), historySection(history, id, link, draw, showActor)].filter((e): e is HTMLElement => e !== null);
      holder.replaceChildren(...shown);
      holder.hidden = shown.length === 0;
      // Like the citation lists, the stages stay whole under the time window, later ones marked.
      holder.querySelectorAll<HTMLElement>('li.history-stage').forEach(markTime);
    })
    .catch((error: Error) => {
      holder.hidden = false;
      holder.replaceChildren(h('p', { class: 'error', text: t('error', { msg: error.message }) }));
    });
  return holder;
}

/**
 * A party's positions on every text (Query.positions, `actor` matched in any case): each with
 * what it did, on which text (a link), when, and in our words. For the panel's actor view.
 */
export async function actorPositions(actor: string, api: Api, link: (ref: NodeRef) => HTMLElement): Promise<HTMLElement> {
  const found = await api.positionsOf(actor);
  const list = h('ul', { class: 'position-list' });
  for (const { position, text, textDate } of found) {
    const item = positionItem(position, position.date ?? textDate ?? t('historyUndated'), link(text));
    item.dataset.text = text.id;
    list.append(item);
  }
  return h(
    'section',
    { class: 'section actor-positions' },
    h('h3', { text: t('actorPositions', { n: found.length }) }),
    found.length ? list : h('p', { class: 'muted', text: t('actorPositionsNone') }),
  );
}

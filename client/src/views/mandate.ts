/**
 * The panel's mandate sections: for a provision or instrument, the mandate it gives (its status,
 * why, whom it addresses, what carried it out, what took it up); for an instrument, those its
 * paragraphs give; for a body, the mandates addressed to it or its parts; each with its status. Both read the status as of the end of the time
 * window's "as of" year, or today without one, and are asked again when that year changes.
 */
import { refLabel, type Api, type MandateDetail, type MandateLinkRef, type MandatePage, type MandateSummary, type NodeRef } from '../api.js';
import type { MandateRef } from '../cite.js';
import { h } from '../dom.js';
import type { TimeWindow } from '../graph/time-window.js';
import { MANDATE_STATUSES, type MandateStatus } from '../../../cypher/model.js';
import { getLang, nodeLabel, t, term, type MessageKey } from '../i18n.js';

/** The last day of a year of the time window, or null for none. */
const yearEnd = (year: number | null): string | null => (year === null ? null : `${year}-12-31`);

/** The day a status is read for: the last day of the window's "as of" year; null (today) without one. */
export function mandateDay(window: TimeWindow): string | null {
  return yearEnd(window.asOf);
}

export interface MandateSection {
  element: HTMLElement;
  /** Asks again when the time window's day has changed since the last answer. */
  refresh(window: TimeWindow): void;
  /** The mandate shown, as the panel's Cite puts it in a reference (a node's own section only). */
  cited(): MandateRef | null;
}

interface Hooks {
  /** A button that opens a node (the panel's own node links). */
  link(ref: NodeRef): HTMLElement;
  /** The panel's list of labelled fields, which leaves out those with no value. */
  meta(rows: Array<[MessageKey, HTMLElement | string | null | undefined]>): HTMLElement;
}

/**
 * A value set into an interface sentence, isolated (U+2068 … U+2069): an English title or a date in
 * an Arabic sentence keeps its own order and leaves the sentence's alone.
 */
const isolate = (text: string) => `\u2068${text}\u2069`;
const name = (ref: NodeRef) => isolate(nodeLabel(ref.__typename, refLabel(ref)));

/** Why a mandate has its status, in the interface language, from what the status rests on. */
export function mandateWhy(m: MandateSummary): string {
  const basis = m.statusBasis;
  const due = isolate(m.due ?? '?');
  const late = m.late && m.due ? ` ${t('mandateLate', { due })}` : '';
  switch (m.status) {
    case 'FULFILLED':
      if (!basis) return '';
      return (basis.node.__typename === 'Body' ? t('mandateByBody', { name: name(basis.node), date: isolate(basis.ended ?? '?') }) : t('mandateByText', { name: name(basis.node), date: isolate(basis.date ?? '?') })) + late;
    case 'IN_PROGRESS':
      return (basis ? t('mandateAtWork', { name: name(basis.node) }) : '') + late;
    case 'LAPSED':
      return t('mandateLapsed');
    case 'OVERDUE':
      return t('mandateOverdue', { due });
    default:
      return m.due ? t('mandateActive', { due }) : t('mandateActiveNoDue');
  }
}

function statusChip(m: MandateSummary): HTMLElement {
  return h('span', { class: `chip mandate-status status-${m.status}${m.late ? ' late' : ''}`, text: term('mandateStatus', m.status), attrs: { 'data-status': m.status, title: t('mandateStatusTitle') } });
}

function asOfText(day: string | null): string {
  return day ? t('mandateAsOfYear', { year: day.slice(0, 4) }) : t('mandateAsOfToday');
}

/** The day a list of changes compares with: the last day of the window's "new after" year; null without one. */
export function changedSinceDay(window: TimeWindow): string | null {
  return yearEnd(window.newAfter);
}

/**
 * A section that loads when `refresh` is first called, and again when the day changes (or, for a
 * list of changes, the day it compares with: `since`).
 */
function loading(cls: string, load: (day: string | null, since: string | null) => Promise<(HTMLElement | string)[] | null>, cited: () => MandateRef | null = () => null, usesSince = false): MandateSection {
  const element = h('section', { class: `section ${cls}`, attrs: { hidden: '' } });
  let shownDay: string | undefined;
  let ticket = 0;
  return {
    element,
    cited,
    refresh(window) {
      const day = mandateDay(window);
      const since = usesSince ? changedSinceDay(window) : null;
      const key = `${day}|${since}`;
      if (key === shownDay) return;
      shownDay = key;
      const mine = ++ticket;
      element.setAttribute('aria-busy', 'true');
      load(day, since)
        .then((children) => {
          if (mine !== ticket) return;
          element.hidden = children === null;
          element.replaceChildren(...(children ?? []));
        })
        .catch((error: Error) => {
          if (mine !== ticket) return;
          shownDay = undefined; // the next change asks again
          element.hidden = false;
          element.replaceChildren(h('p', { class: 'error', text: t('error', { msg: error.message }) }));
        })
        .finally(() => mine === ticket && element.removeAttribute('aria-busy'));
    },
  };
}

/** The mandate a provision or instrument gives; the section stays hidden when it gives none. */
export function mandateSection(kind: 'Instrument' | 'Provision', id: string, api: Api, hooks: Hooks): MandateSection {
  const links = (list: MandateLinkRef[], dated: boolean) => {
    // A body named by two sources (the curated corpus and a parsed document) is listed once.
    const seen = new Set<string>();
    const items = list.filter((l) => !seen.has(l.node.id) && seen.add(l.node.id));
    if (!items.length) return null;
    return h('ul', { class: 'mandate-links' }, ...items.map((l) => h('li', { attrs: { 'data-node': l.node.id } }, hooks.link(l.node), dated && l.date ? h('span', { class: 'muted', text: ` ${l.date}` }) : '')));
  };
  let shown: MandateDetail | null = null;
  const cited = (): MandateRef | null =>
    shown && { status: shown.status, asOf: shown.asOf, due: shown.due, basis: shown.statusBasis && { label: nodeLabel(shown.statusBasis.node.__typename, refLabel(shown.statusBasis.node)), date: shown.statusBasis.date } };
  let asked = 0;
  return loading('mandate', async (day) => {
    const mine = ++asked;
    const m: MandateDetail | null = await api.mandate(kind, id, day);
    if (mine === asked) shown = m; // an answer for a day since left is not the one shown
    if (!m) return null;
    const dl = hooks.meta([
      ['mandateAddressedTo', links(m.addressees, false)],
      ['mandateDue', m.due],
      ['mandateCarriedOutBy', links(m.carriedOutBy, true)],
      ['mandateTakenUpBy', links(m.followedUpBy, true)],
      ['mandateTakesUp', links(m.takesUp, true)],
    ]);
    return [
      h('h3', { text: t('mandate') }),
      h('p', { class: 'mandate-state', attrs: { 'data-status': m.status, 'data-as-of': m.asOf } }, statusChip(m), ' ', h('span', { class: 'muted', text: asOfText(day) })),
      h('p', { class: 'mandate-why', text: mandateWhy(m) }),
      dl,
    ];
  }, cited);
}

/** In a list of changes, what it was before (or that it is new), then an arrow to its status now. */
function changeChips(m: MandateSummary): (HTMLElement | string)[] {
  if (!m.changedSince) return [];
  const before = m.statusBefore
    ? h('span', { class: `chip mandate-status was status-${m.statusBefore}`, text: term('mandateStatus', m.statusBefore), attrs: { 'data-before': m.statusBefore, title: t('mandateWas', { day: m.changedSince }) } })
    : h('span', { class: 'chip mandate-status was', text: t('mandateNew'), attrs: { 'data-before': '', title: t('mandateNewTitle', { day: m.changedSince }) } });
  return [before, h('span', { class: 'muted', text: getLang() === 'ar' ? ' ← ' : ' → ', attrs: { 'aria-hidden': 'true' } })];
}

/** One mandate of a list: its text, as a link, its status and why. */
function mandateItem(m: MandateSummary, hooks: Hooks): HTMLElement {
  return h(
    'li',
    { class: 'mandate-item', attrs: { 'data-source': m.source.id, 'data-status': m.status } },
    h('div', { class: 'citation-head' }, hooks.link(m.source), ...changeChips(m), statusChip(m)),
    h('p', { class: 'mandate-why muted', text: mandateWhy(m) }),
  );
}

/** The mandates an instrument's paragraphs give, each with its status; hidden when they give none. */
export function textMandatesSection(symbol: string, api: Api, hooks: Hooks): MandateSection {
  return loading('text-mandates', async (day) => {
    const list = await api.textMandates(symbol, day);
    if (!list.length) return null;
    return [
      h('h3', { text: t('textMandates', { n: list.length }) }),
      h('p', { class: 'muted', text: asOfText(day) }),
      h('ul', { class: 'mandate-list' }, ...list.map((m) => mandateItem(m, hooks))),
    ];
  });
}

/**
 * A list of mandates a page at a time, `fetch` giving the page after a cursor: its heading (with
 * the number shown, "50+" while more follow), the list and a button for the next page. A filtered
 * page may hold none of the mandates it read: the list then says so, and the button reads on.
 */
async function pagedList(fetch: (after: string | null) => Promise<MandatePage>, heading: (n: string) => string, hooks: Hooks): Promise<{ heading: HTMLElement; list: HTMLElement; more: HTMLElement[]; shown: number }> {
  const title = h('h3');
  const list = h('ul', { class: 'mandate-list' });
  const more = h('button', { class: 'button more-mandates', text: t('moreMandates'), attrs: { type: 'button' } });
  const note = h('p', { class: 'muted read-note' });
  const status = h('p', { class: 'error', attrs: { role: 'status' } });
  let shown = 0;
  let read = 0;
  let cursor: string | null = null;
  const add = (page: MandatePage) => {
    list.append(...page.mandates.map((m) => mandateItem(m, hooks)));
    shown += page.mandates.length;
    read += page.scanned;
    cursor = page.endCursor;
    title.textContent = heading(page.hasNextPage ? `${shown}+` : String(shown));
    note.textContent = page.hasNextPage && page.mandates.length === 0 ? t('mandatesReadOn', { n: read }) : '';
    if (!page.hasNextPage) more.remove();
  };
  more.addEventListener('click', () => {
    more.setAttribute('disabled', '');
    status.textContent = '';
    fetch(cursor)
      .then(add)
      .catch((error: Error) => (status.textContent = t('error', { msg: error.message })))
      .finally(() => more.removeAttribute('disabled'));
  });
  const first = await fetch(null);
  add(first);
  return { heading: title, list, more: first.hasNextPage ? [note, more, status] : [], shown };
}

/** The mandates addressed to a body or its parts, each with its status, a page at a time. */
export function bodyMandatesSection(id: string, api: Api, hooks: Hooks): MandateSection {
  return loading('body-mandates', async (day) => {
    const { heading, list, more, shown } = await pagedList((after) => api.bodyMandates(id, day, after), (n) => t('mandates', { n }), hooks);
    if (!shown && !more.length) return [heading, h('p', { class: 'muted', text: t('mandatesNone') })];
    return [heading, h('p', { class: 'muted', text: asOfText(day) }), list, ...more];
  });
}

/**
 * Every mandate in the graph, of the status chosen (null: any), a page at a time: the mandate
 * landscape, and its gaps on a day (OVERDUE). CHANGED lists those whose status changed since the
 * end of the time window's "new after" year, each with what it was: what changed between two
 * years. `choose` is told when the choice changes.
 */
export function landscapeSection(status: MandateStatus | 'CHANGED' | null, api: Api, hooks: Hooks, choose: (status: MandateStatus | 'CHANGED' | null) => void): MandateSection {
  return loading(
    'mandate-landscape',
    async (day, since) => {
      const select = h('select', { class: 'mandate-status-filter', attrs: { id: 'mandate-status-filter' } });
      select.append(
        h('option', { text: t('statusAny'), attrs: { value: '' } }),
        ...MANDATE_STATUSES.map((s) => h('option', { text: term('mandateStatus', s), attrs: { value: s } })),
        h('option', { text: since ? t('statusChanged', { year: since.slice(0, 4) }) : t('statusChangedNoYear'), attrs: { value: 'CHANGED' } }),
      );
      select.value = status ?? '';
      select.addEventListener('change', () => choose((select.value || null) as MandateStatus | 'CHANGED' | null));
      const filter = h('p', { class: 'mandate-filter' }, h('label', { text: t('statusLabel'), attrs: { for: 'mandate-status-filter' } }), ' ', select);
      // A list of changes needs a year to compare with: the time window's "new after".
      if (status === 'CHANGED' && !since) return [filter, h('p', { class: 'muted changed-needs-year', text: t('changedNeedsYear') })];
      const changed = status === 'CHANGED';
      const { heading, list, more, shown } = await pagedList((after) => api.mandates(changed ? null : status, day, after, changed ? since : null), (n) => t('landscapeCount', { n }), hooks);
      return [
        filter,
        h('p', { class: 'muted', text: changed ? t('changedBetween', { since: since!.slice(0, 4), asOf: asOfText(day) }) : asOfText(day) }),
        heading,
        shown || more.length ? list : h('p', { class: 'muted', text: changed ? t('changedNone') : t('landscapeNone') }),
        ...more,
      ];
    },
    undefined,
    true,
  );
}

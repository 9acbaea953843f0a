/**
 * The search box: results as you type (debounced, earlier requests aborted), an ARIA combobox with
 * arrow keys, Enter and Escape. Choosing a result calls `onChoose`.
 */
import type { Api, SearchHit } from '../api.js';
import { h, langText } from '../dom.js';
import { nodeLabel, t } from '../i18n.js';
import { timeMark, yearOf, type TimeWindow } from '../graph/time-window.js';

export interface SearchView {
  relabel(): void;
  focus(): void;
  destroy(): void;
}

export interface SearchOptions {
  debounceMs?: number;
  /** The drop-down's "show these texts in the graph" asks for the search's hits drawn together (app.ts: Query.among); without it the button is not offered. */
  onShowAll?: (text: string) => void;
  /** The graph's time window: a hit it would hide or mark new says so in words, as the panel's citation lists do. */
  timeWindow?: () => TimeWindow;
}

export function mountSearch(root: HTMLElement, api: Api, onChoose: (hit: SearchHit) => void, { debounceMs = 180, onShowAll, timeWindow }: SearchOptions = {}): SearchView {
  const label = h('label', { class: 'visually-hidden', attrs: { for: 'search-input' } });
  const input = h('input', {
    class: 'search-input',
    attrs: { id: 'search-input', type: 'search', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'search-results', autocomplete: 'off', spellcheck: 'false', dir: 'auto' },
  });
  // The drop-down: the listbox holds only the hits (options), as ARIA requires; a message (none
  // found, an error) and the search's feed link sit beside it, so that the link is reachable with Tab.
  const list = h('ul', { class: 'search-list', attrs: { id: 'search-results', role: 'listbox' } });
  const message = h('p', { class: 'search-message', attrs: { hidden: true } });
  const footer = h('p', { class: 'search-feed', attrs: { hidden: true } });
  const popup = h('div', { class: 'search-results', attrs: { id: 'search-popup', hidden: true } }, message, list, footer);
  const status = h('div', { class: 'visually-hidden', attrs: { 'aria-live': 'polite' } });
  root.append(label, input, popup, status);

  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | null = null;

  function relabel() {
    label.textContent = t('searchLabel');
    input.placeholder = t('searchPlaceholder');
  }
  relabel();

  function setOpen(open: boolean) {
    popup.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) {
      active = -1;
      input.removeAttribute('aria-activedescendant');
    }
  }

  function setActive(index: number) {
    const items = list.querySelectorAll<HTMLLIElement>('[role="option"]');
    if (!items.length) return;
    active = (index + items.length) % items.length;
    items.forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
    const current = items[active];
    input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  }

  /** The text the hits shown were found for. */
  let searched = '';

  /** "after 2012" or "new after 2005" under a hit's date when the time window would hide it or mark it new; else nothing. */
  function timeChip(hit: SearchHit): HTMLElement | string {
    const window = timeWindow?.();
    const mark = window ? timeMark(yearOf(hit.date), window) : null;
    if (!window || !mark) return '';
    return h('span', { class: `chip time-mark ${mark}`, text: mark === 'later' ? t('markLater', { year: window.asOf! }) : t('markNew', { year: window.newAfter! }) });
  }

  function render(text?: string) {
    list.replaceChildren();
    message.textContent = text ?? '';
    message.hidden = !text;
    list.hidden = !hits.length;
    hits.forEach((hit, i) => {
      const item = h(
        'li',
        {
          class: `search-hit kind-${hit.kind.toLowerCase()}`,
          attrs: { id: `search-hit-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': hit.id },
          on: {
            mousedown: (event) => event.preventDefault(),
            click: () => choose(i),
          },
        },
        h('span', { class: `kind-dot kind-${hit.kind.toLowerCase()}`, attrs: { 'aria-hidden': 'true' } }),
        h('span', { class: 'hit-main' }, langText('span', nodeLabel(hit.kind, hit.label), null, 'hit-label'), hit.snippet ? langText('span', hit.snippet, hit.language, 'hit-snippet') : null),
        // Its date (a paragraph's is its instrument's): annual resolutions share a title.
        hit.date ? h('span', { class: 'hit-date' }, hit.date, timeChip(hit)) : null,
      );
      list.append(item);
    });
    // The same search as a feed, newest first (server/src/feed): agreed language to follow.
    footer.replaceChildren();
    footer.hidden = !hits.length;
    if (hits.length && onShowAll) {
      const text = searched;
      footer.append(
        h('button', {
          class: 'link-button search-show-all',
          text: t('showAllHits'),
          attrs: { type: 'button' },
          on: {
            mousedown: (event) => event.preventDefault(),
            click: () => {
              setOpen(false);
              input.blur();
              onShowAll(text);
            },
          },
        }),
      );
    }
    if (hits.length) {
      footer.append(h('a', { class: 'search-feed-link', text: t('followSearch'), attrs: { href: `/feeds/search?${new URLSearchParams({ text: searched })}`, type: 'application/atom+xml', target: '_blank', rel: 'noopener' }, on: { mousedown: (event) => event.preventDefault() } }));
    }
    status.textContent = text ?? `${hits.length}`;
    setOpen(true);
  }

  async function run(text: string) {
    controller?.abort();
    controller = new AbortController();
    const signal = controller.signal;
    try {
      const result = await api.search(text, signal);
      if (signal.aborted) return;
      hits = result;
      searched = text;
      render(hits.length ? undefined : t('noResults'));
      if (hits.length) setActive(0);
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      hits = [];
      render(t('error', { msg: (error as Error).message }));
    }
  }

  function choose(index: number) {
    const hit = hits[index];
    if (!hit) return;
    setOpen(false);
    input.blur();
    onChoose(hit);
  }

  function onInput() {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      controller?.abort();
      hits = [];
      setOpen(false);
      return;
    }
    timer = setTimeout(() => void run(text), debounceMs);
  }

  function onKey(event: KeyboardEvent) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (popup.hidden && hits.length) setOpen(true);
      setActive(active + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!popup.hidden && active >= 0) choose(active);
      else if (input.value.trim().length >= 2) void run(input.value.trim());
    } else if (event.key === 'Escape') {
      if (!popup.hidden) {
        event.stopPropagation();
        setOpen(false);
      } else input.value = '';
    }
  }
  // Closes when the focus leaves the box and its drop-down (Tab from the box goes to the feed link).
  const onBlur = () =>
    setTimeout(() => {
      if (!root.contains(document.activeElement)) setOpen(false);
    }, 120);
  const onPopupKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    input.focus(); // first: focusing the box opens the drop-down again
    setOpen(false);
  };
  const onFocus = () => {
    if (hits.length) setOpen(true);
  };

  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', onBlur);
  input.addEventListener('focus', onFocus);
  popup.addEventListener('focusout', onBlur);
  popup.addEventListener('keydown', onPopupKey);

  return {
    relabel,
    focus: () => input.focus(),
    destroy() {
      clearTimeout(timer);
      controller?.abort();
      input.removeEventListener('input', onInput);
      input.removeEventListener('keydown', onKey);
      input.removeEventListener('blur', onBlur);
      input.removeEventListener('focus', onFocus);
      root.replaceChildren();
    },
  };
}

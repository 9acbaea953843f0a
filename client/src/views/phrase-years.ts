/**
 * The phrase view's spread: how many texts match the phrase, year by year (Query.searchYears), as
 * a row of bars beside the view's notice. The graph draws only the earliest texts (PHRASE_HITS);
 * the bars count every one the server counted, each split into the part drawn and the part not,
 * so a researcher sees when the language appeared, when it spread, and where the view stops.
 *
 * Each bar is a button: it moves the time window to the end of its years ("as of"), the slider's
 * rule (asOfShowing). The bars follow the window: later years are faded, those after "new after"
 * marked. One tab stop; the arrow keys move between bars (in the reading direction), Home and End
 * go to the first and the last.
 */
import type { SearchYears } from '../api.js';
import { h } from '../dom.js';
import type { GraphController } from '../graph/controller.js';
import { cell } from '../graph/edge-table.js';
import { asOfShowing, timeMark, yearOf } from '../graph/time-window.js';
import { t } from '../i18n.js';

/** The most bars drawn: a longer span is grouped into spans of equal width. */
export const MAX_BARS = 60;

/** A bar: the years `from` to `to` (one year when equal), the texts dated in them, and how many the graph draws. */
export interface YearBar {
  from: number;
  to: number;
  texts: number;
  drawn: number;
}

/**
 * The bars for counts per year: every year from the first to the last, those with no text empty
 * (so a gap shows as one), grouped into spans of `ceil(years / max)` years when more than `max`.
 * `drawn` holds the years of the texts the graph draws; a bar's drawn part is at most its count
 * (the two are read apart, and a date may have been corrected in between).
 */
export function yearBars(years: ReadonlyArray<{ year: number; texts: number }>, drawn: ReadonlyArray<number | null> = [], max = MAX_BARS): YearBar[] {
  if (!years.length) return [];
  const first = Math.min(...years.map((y) => y.year));
  const last = Math.max(...years.map((y) => y.year));
  const width = Math.ceil((last - first + 1) / Math.max(1, max));
  const bars: YearBar[] = [];
  for (let from = first; from <= last; from += width) bars.push({ from, to: Math.min(from + width - 1, last), texts: 0, drawn: 0 });
  const at = (year: number) => bars[Math.floor((year - first) / width)];
  for (const { year, texts } of years) at(year).texts += texts;
  for (const year of drawn) if (year !== null && year >= first && year <= last) at(year).drawn += 1;
  for (const bar of bars) bar.drawn = Math.min(bar.drawn, bar.texts);
  return bars;
}

/** A bar's years as shown: "2013" or "2010–2014". */
export function barYears(bar: Pick<YearBar, 'from' | 'to'>): string {
  return bar.from === bar.to ? String(bar.from) : `${bar.from}–${bar.to}`;
}

/**
 * The counts as a CSV table, as edge-table.ts writes one (RFC 4180, UTF-8 with a byte-order mark,
 * formula-safe cells): a row per year with texts, oldest first, then one for the undated; `Drawn`
 * is how many of them the view draws (`drawn`: the drawn texts' years), and `All counted` says
 * whether the server counted every match (else the best-matching only). The search on every row,
 * so tables of several phrases can be put together.
 */
export function yearsTable(text: string, counts: SearchYears, drawn: ReadonlyArray<number | null>): string {
  const drawnIn = (year: number | null) => drawn.filter((y) => y === year).length;
  const all = counts.complete ? 'yes' : 'no';
  const rows = [...counts.years].sort((a, b) => a.year - b.year).map((y) => [text, String(y.year), String(y.texts), String(Math.min(y.texts, drawnIn(y.year))), all]);
  if (counts.undated) rows.push([text, 'undated', String(counts.undated), String(Math.min(counts.undated, drawnIn(null))), all]);
  return `\uFEFF${[YEARS_TABLE_COLUMNS.join(','), ...rows.map((row) => row.map(cell).join(','))].join('\r\n')}\r\n`;
}
export const YEARS_TABLE_COLUMNS = ['Search', 'Year', 'Texts', 'Drawn', 'All counted'] as const;

export interface PhraseYearsView {
  /** Shows the counts of `text`'s matches, `hits` being the ids the graph draws. */
  show(text: string, counts: SearchYears, hits: readonly string[]): void;
  hide(): void;
  relabel(): void;
  destroy(): void;
}

/** `save` downloads the counts' table (yearsTable) under a file name of the view's. */
export function mountPhraseYears(root: HTMLElement, controller: GraphController, save: (csv: string) => void): PhraseYearsView {
  let shown: { text: string; counts: SearchYears; hits: readonly string[] } | null = null;
  let bars: YearBar[] = [];
  /** The bar that holds the tab stop (roving tabindex). */
  let focusAt = -1;

  const onKey = (event: KeyboardEvent) => {
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.year-bar')];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    // The bars run in the reading direction: in Arabic the first year is at the right.
    const rtl = getComputedStyle(root).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : step !== undefined ? index + step : -1;
    if (next < 0 || next >= buttons.length) return;
    event.preventDefault();
    focusAt = next;
    for (const [i, b] of buttons.entries()) b.tabIndex = i === next ? 0 : -1;
    buttons[next].focus();
  };
  const onClick = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('.years-csv') && shown) return save(yearsTable(shown.text, shown.counts, drawnYears(shown.hits)));
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('.year-bar');
    if (!button) return;
    const bar = bars[Number(button.dataset.index)];
    focusAt = Number(button.dataset.index);
    controller.setTimeWindow({ ...controller.timeWindow, asOf: asOfShowing(bar.to, controller.years()) });
  };
  root.addEventListener('keydown', onKey);
  root.addEventListener('click', onClick);

  /** The years of the texts `hits` that the graph draws. */
  const drawnYears = (hits: readonly string[]) => {
    const ids = new Set(hits);
    return controller.cy.nodes().filter((n) => ids.has(n.id())).map((n) => yearOf(n.data('date')));
  };

  function render() {
    root.hidden = !shown;
    if (!shown) return root.replaceChildren();
    const { text, counts, hits } = shown;
    bars = yearBars(counts.years, drawnYears(hits));
    const top = Math.max(1, ...bars.map((b) => b.texts));
    const time = controller.timeWindow;
    if (focusAt < 0 || focusAt >= bars.length) focusAt = bars.length - 1;
    const buttons = bars.map((bar, index) => {
      // A bar is as late as its first year: a span that begins after "as of" is all later.
      const mark = timeMark(bar.from, time);
      const current = time.asOf !== null && time.asOf >= bar.from && time.asOf <= bar.to;
      const label = t(bar.drawn < bar.texts ? 'yearBarPart' : 'yearBar', { years: barYears(bar), n: bar.texts, drawn: bar.drawn });
      const button = h(
        'button',
        {
          class: `year-bar${mark ? ` year-${mark}` : ''}`,
          attrs: { type: 'button', 'data-index': index, 'data-years': barYears(bar), 'aria-label': label, title: `${label}. ${t('yearBarAction', { year: bar.to })}`, 'aria-pressed': String(current), tabindex: index === focusAt ? 0 : -1 },
        },
        h('span', { class: 'year-bar-rest', attrs: { 'aria-hidden': 'true' } }),
        h('span', { class: 'year-bar-drawn', attrs: { 'aria-hidden': 'true' } }),
      );
      // Heights in percent of the tallest; a bar with texts shows at least a sliver.
      const height = (n: number) => (n ? `max(2px, ${((100 * n) / top).toFixed(1)}%)` : '0');
      (button.children[0] as HTMLElement).style.height = height(bar.texts - bar.drawn);
      (button.children[1] as HTMLElement).style.height = height(bar.drawn);
      return button;
    });
    const notes = [
      counts.undated ? t('yearsUndated', { n: counts.undated }) : '',
      counts.complete ? '' : t('yearsPartial'),
      bars.some((b) => b.drawn < b.texts) ? t('yearsDrawnKey') : '',
    ].filter(Boolean);
    const csv = h('button', { class: 'tool years-csv', text: '⬇ CSV', attrs: { type: 'button', title: t('yearsCsv'), 'aria-label': t('yearsCsv') } });
    const parts: HTMLElement[] = [h('div', { class: 'phrase-years-head' }, h('p', { class: 'phrase-years-title', text: t(counts.complete ? 'yearsTitle' : 'yearsTitleMore', { text, n: counts.texts }) }), csv)];
    if (bars.length) {
      // About 16 px a bar, from the start (room for the axis's two years at least): a few years do
      // not spread over the whole box, and the axis's years stay under the first and last bars.
      const chart = h(
        'div',
        { class: 'year-chart' },
        h('div', { class: 'year-bars', attrs: { role: 'group', 'aria-label': t('yearsGroup') } }, ...buttons),
        h('div', { class: 'year-axis', attrs: { 'aria-hidden': 'true' } }, h('span', { text: barYears(bars[0]) }), bars.length > 1 ? h('span', { text: barYears(bars[bars.length - 1]) }) : null),
      );
      chart.style.width = `min(100%, ${Math.max(bars.length * 17, 64)}px)`;
      parts.push(chart);
    }
    if (notes.length) parts.push(h('p', { class: 'phrase-years-note', text: notes.join(' ') }));
    root.replaceChildren(...parts);
  }

  const offChange = controller.on('change', () => {
    if (!shown) return;
    // Keep the focus on the bar that had it across the redraw.
    const had = root.contains(document.activeElement);
    render();
    if (had) root.querySelector<HTMLButtonElement>(`.year-bar[data-index="${focusAt}"]`)?.focus();
  });

  return {
    show(text, counts, hits) {
      shown = { text, counts, hits };
      focusAt = -1;
      render();
    },
    hide() {
      shown = null;
      render();
    },
    relabel: render,
    destroy() {
      offChange();
      root.removeEventListener('keydown', onKey);
      root.removeEventListener('click', onClick);
      root.replaceChildren();
    },
  };
}

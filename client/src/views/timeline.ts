/**
 * The time control, a group of the toolbar: "As of" (a slider over the graph's years: the graph as
 * it stood at the end of that year), "Play" (steps it from the first year to the last, a year every
 * PLAY_STEP_MS, so the network is seen growing) and "New after" (a year: what came later is marked
 * with a halo). Shown once the graph spans two years or more, or a window is set. The window itself
 * is the controller's (time-window.ts); this view only reads and sets it.
 */
import { h } from '../dom.js';
import type { GraphController, GraphStats } from '../graph/controller.js';
import { SINCE } from '../graph/style.js';
import { asOfShowing, type TimeWindow } from '../graph/time-window.js';
import { t } from '../i18n.js';

/** How long "Play" shows each year. */
export const PLAY_STEP_MS = 900;

export interface TimelineView {
  relabel(): void;
  destroy(): void;
}

/** What the window does, for the footer line: '' when no window is set. */
export function timeSummary(time: GraphStats['time']): string {
  const parts: string[] = [];
  if (time.asOf !== null) parts.push(t('timeLater', { year: time.asOf, n: time.laterNodes }));
  if (time.newAfter !== null) parts.push(t('timeNew', { year: time.newAfter, n: time.newNodes, e: time.newEdges }));
  if (time.endedNodes) parts.push(time.asOf !== null ? t('timeEndedBy', { year: time.asOf, n: time.endedNodes }) : t('timeEnded', { n: time.endedNodes }));
  return parts.join(' · ');
}

export function mountTimeline(root: HTMLElement, controller: GraphController): TimelineView {
  const asOfText = h('span', {});
  const asOf = h('input', { attrs: { type: 'range', step: '1', 'data-time': 'as-of' } });
  const asOfYear = h('output', { class: 'time-year', attrs: { 'data-time': 'as-of-year' } });
  const newAfterText = h('span', {});
  const newAfter = h('select', { attrs: { 'data-time': 'new-after' } });
  const key = h('span', { class: 'time-key', attrs: { 'aria-hidden': 'true' } });
  key.style.background = SINCE;
  const reset = h('button', { class: 'tool', attrs: { type: 'button', 'data-time': 'reset' } });
  const play = h('button', { class: 'tool', attrs: { type: 'button', 'data-time': 'play' } });
  const group = h(
    'div',
    { class: 'tool-group timeline', attrs: { role: 'group' } },
    play,
    h('label', { class: 'tool-select' }, asOfText, asOf, asOfYear),
    h('label', { class: 'tool-select' }, key, newAfterText, newAfter),
    reset,
  );
  root.append(group);

  /** The years the controls offer: the graph's, and the window's own if the graph lacks them. */
  let years: number[] = [];
  const set = (window: TimeWindow) => controller.setTimeWindow(window);
  let timer: ReturnType<typeof setInterval> | undefined;
  /** The years Play steps through: when the graph's change (another node opened), Play stops. */
  let playing = '';
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    relabel();
  };
  /** Shows each year in turn, from the first (or the next after the one shown) to the last, which ends the window. */
  const onPlay = () => {
    if (timer) return stop();
    const shown = controller.timeWindow.asOf;
    let next = shown === null || shown >= years[years.length - 1] ? 0 : years.findIndex((y) => y > shown);
    const step = () => {
      const year = years[next++];
      const last = year === undefined || next >= years.length;
      set({ ...controller.timeWindow, asOf: last ? null : year });
      if (last) stop();
    };
    playing = years.join();
    timer = setInterval(step, PLAY_STEP_MS);
    relabel();
    step();
  };
  const onSlide = () => {
    if (timer) stop();
    const year = Number(asOf.value);
    // At the last year nothing is later: no end (asOfShowing). The year to compare with stays,
    // even when it is not before the year shown (nothing is new then).
    set({ ...controller.timeWindow, asOf: asOfShowing(year, years) });
  };
  const onPick = () => set({ ...controller.timeWindow, newAfter: newAfter.value ? Number(newAfter.value) : null });
  const onReset = () => {
    if (timer) stop();
    set({ asOf: null, newAfter: null });
  };
  play.addEventListener('click', onPlay);
  asOf.addEventListener('input', onSlide);
  newAfter.addEventListener('change', onPick);
  reset.addEventListener('click', onReset);

  function render() {
    const window = controller.timeWindow;
    const own = [window.asOf, window.newAfter].filter((y): y is number => y !== null);
    years = [...new Set([...controller.years(), ...own])].sort((a, b) => a - b);
    if (timer && years.join() !== playing) stop();
    group.hidden = years.length < 2 && !own.length;
    if (group.hidden) return;
    const last = years[years.length - 1];
    const shown = window.asOf ?? last;
    asOf.min = String(years[0]);
    asOf.max = String(last);
    asOf.value = String(shown);
    asOfYear.textContent = String(shown);
    asOf.setAttribute('aria-valuetext', String(shown));
    const options = years.filter((y) => y < shown || y === window.newAfter);
    newAfter.replaceChildren(h('option', { attrs: { value: '' } }, '—'), ...options.map((y) => h('option', { attrs: { value: String(y) } }, String(y))));
    newAfter.value = window.newAfter !== null && options.includes(window.newAfter) ? String(window.newAfter) : '';
    reset.disabled = !own.length;
  }

  function relabel() {
    asOfText.textContent = t('asOf');
    newAfterText.textContent = t('newAfter');
    reset.textContent = t('allYears');
    play.textContent = timer ? `❚❚ ${t('pause')}` : `▶ ${t('play')}`;
    play.setAttribute('aria-pressed', String(Boolean(timer)));
    group.setAttribute('aria-label', t('timeWindow'));
  }

  const offChange = controller.on('change', render);
  relabel();
  render();

  return {
    relabel,
    destroy() {
      offChange();
      clearInterval(timer);
      play.removeEventListener('click', onPlay);
      asOf.removeEventListener('input', onSlide);
      newAfter.removeEventListener('change', onPick);
      reset.removeEventListener('click', onReset);
      group.remove();
    },
  };
}

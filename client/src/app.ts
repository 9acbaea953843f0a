/**
 * The application: reads the URL, loads what it names, wires the views to the controller and the
 * API, and writes every change back to the URL (history.replaceState), so a link restores a view.
 */
import { Api, ApiError, type DataVersion, type SearchHit } from './api.js';
import type { DataRef } from './cite.js';
import { h } from './dom.js';
import { GraphController, type GraphStats } from './graph/controller.js';
import { parseViewFile, type ViewFile } from './graph/view-file.js';
import type { TraceWalk } from './graph/types.js';
import { clauseLabel, getLang, laneName, relationName, setLang, t, term } from './i18n.js';
import { syntheticGraph } from './synthetic.js';
import { parseUrlState, serializeUrlState, type UiLang, type UrlState } from './url-state.js';
import { mountLegend } from './views/legend.js';
import { mountPanel } from './views/panel.js';
import { mountPhraseYears } from './views/phrase-years.js';
import { mountSearch } from './views/search.js';
import { mountStatus } from './views/status.js';
import { mountTimeline, timeSummary } from './views/timeline.js';
import { mountToolbar } from './views/toolbar.js';

export interface Timing {
  at: number;
  nodes: number;
  edges: number;
  layout: string;
  /** The positions were computed in a Web Worker (a big force layout). */
  offThread: boolean;
}

declare global {
  interface Window {
    __atlas?: { timings: Timing[]; controller: GraphController; state: () => UrlState; ready: boolean };
  }
}

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;
/** Hits a phrase view draws: the most the API's search gives. */
const PHRASE_HITS = 100;
/** The most nodes Connect asks about: the most `among` takes. */
const CONNECT_MAX = 300;

/**
 * What the page draws over the graph's area, in pixels from its top and from its bottom: the
 * toolbar (one row or more, as the width allows; one that scrolls on a phone), the legend's closed
 * line (at the bottom, or under the toolbar on a phone), the footer, and on a phone the panel, a
 * sheet over the lower half. Each counts at the edge nearer its middle. An open legend is not
 * counted: the user opened it over the graph, and it closes again.
 */
function graphInsets(): { top: number; bottom: number } {
  const area = $('#graph-area').getBoundingClientRect();
  const lines = [$('#legend'), $('.footer-line')].map((el) => el.getBoundingClientRect()).filter((box) => box.height > 0 && box.height <= 60);
  const boxes = [$('#toolbar').getBoundingClientRect(), ...lines];
  // The notice and a phrase's bars, in the lower corner, count where they span most of the width
  // (a phone): in a corner of a wide window they leave the graph room beside them.
  const corner = $('.corner-end').getBoundingClientRect();
  if (corner.height > 0 && corner.width > area.width / 2) boxes.push(corner);
  // The panel covers the area only as a sheet; beside the area, it covers none.
  const panel = $('#panel').getBoundingClientRect();
  if (panel.height > 0 && panel.top > area.top && panel.left < area.right && panel.right > area.left) boxes.push(panel);
  const middle = (area.top + area.bottom) / 2;
  const over = boxes.filter((box) => box.left < area.right && box.right > area.left);
  return {
    top: Math.max(0, ...over.filter((box) => (box.top + box.bottom) / 2 < middle).map((box) => box.bottom - area.top)),
    bottom: Math.max(0, ...over.filter((box) => (box.top + box.bottom) / 2 >= middle).map((box) => area.bottom - box.top)),
  };
}

export function startApp(): void {
  let state: UrlState = parseUrlState(location.search);
  const status = mountStatus($('#banner'), $('#notice'), $('#toast'));
  const api = new Api({
    onRetry: ({ delayMs }) => status.offline(delayMs, () => api.retryNow()),
    onRecovered: () => status.online(),
  });
  const controller = new GraphController({
    container: $('#graph'),
    loadNeighbourhood: (id, limit) => api.neighbourhood(id, limit),
    webgl: state.webgl,
    laneLabel: laneName,
    clauseLabel,
    insets: graphInsets,
  });
  const phraseYears = mountPhraseYears($('#phrase-years'), controller, (csv) => downloadText(`${fileBase()}-years.csv`, csv, 'text/csv;charset=utf-8'));
  const timings: Timing[] = [];
  window.__atlas = { timings, controller, state: () => state, ready: false };
  controller.on('drawn', (d) => timings.push(d));
  // The panel covers the graph without resizing it on a phone (a sheet): fit again to what is left.
  new ResizeObserver(() => controller.refitUntouched()).observe($('#panel'));
  // So do the notice and a phrase's bars, where they span a phone's width (graphInsets).
  new ResizeObserver(() => controller.refitUntouched()).observe($('.corner-end'));

  /** True until the view the URL names has been restored (a notice about the link stays until the user moves on). */
  let restoring = true;
  /**
   * The page's feed link (<link rel="alternate" type="application/atom+xml">): the cited-by feed of
   * the view's root, or the phrase feed of a phrase view, so a browser's or reader's feed
   * discovery finds it (server/src/feed).
   */
  const feedLink = (root: string | undefined, phrase: string | undefined) => {
    document.head.querySelector('link[data-feed]')?.remove();
    const href = root ? `/feeds/cited-by?${new URLSearchParams({ id: root })}` : phrase ? `/feeds/search?${new URLSearchParams({ text: phrase })}` : null;
    if (href) document.head.append(h('link', { attrs: { rel: 'alternate', type: 'application/atom+xml', title: `ig-atlas: ${root ?? phrase}`, href, 'data-feed': true } }));
  };
  const writeUrl = () => {
    history.replaceState(null, '', `${location.pathname}${serializeUrlState(state)}`);
    feedLink(state.root, state.phrase);
  };
  const update = (patch: Partial<UrlState>) => {
    state = { ...state, ...patch };
    for (const key of Object.keys(patch) as Array<keyof UrlState>) if (patch[key] === undefined) delete state[key];
    // The spread of a phrase belongs to its view: whatever leaves the view takes it away.
    if (!state.phrase) phraseYears.hide();
    writeUrl();
  };

  /** The graph's data version, asked once at start; null when unknown (an older store, an error). */
  const dataVersion: Promise<DataVersion | null> = api.dataVersion().catch(() => null);
  const day = (iso: string) => iso.slice(0, 10);

  // ----- actions -----

  async function open(id: string, options: { select?: string; edge?: string } = {}): Promise<boolean> {
    if (controller.has(id) && !options.select && !options.edge) {
      controller.focus(id);
      return true;
    }
    $('#welcome').hidden = true;
    status.clear();
    $('#graph-area').setAttribute('aria-busy', 'true');
    try {
      const sub = await api.neighbourhood(id);
      controller.showSubgraph(sub, { root: id });
      if (!restoring) status.notice(null, 'data');
      update({ root: id, phrase: undefined, select: undefined, edge: undefined, trace: undefined });
      status.notice(sub.truncated ? t('truncated', { n: sub.nodes.length, cap: sub.nodeCap ?? sub.nodes.length }) : null);
      if (options.edge && controller.selectEdge(options.edge)) return true;
      controller.focus(options.select && controller.has(options.select) ? options.select : id, { center: false });
      return true;
    } catch (error) {
      handleError(error, id, () => void open(id, options));
      return false;
    } finally {
      $('#graph-area').removeAttribute('aria-busy');
    }
  }

  function handleError(error: unknown, id: string, retry: () => void) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') {
      controller.showSubgraph({ nodes: [], edges: [] });
      panel.close();
      status.notFound(id);
      document.title = `${t('notFound', { id })} · ${t('appTitle')}`;
    } else status.error((error as Error).message, retry);
  }

  async function expand(id: string) {
    try {
      await controller.expand(id);
    } catch (error) {
      status.error((error as Error).message);
    }
  }

  async function trace(id: string, direction: TraceWalk) {
    try {
      if (!controller.has(id)) await open(id);
      if (direction === 'HISTORY') return await drawHistory(id);
      // The legend's strength choice holds for the walk too: a chain drawn with hops the filter
      // hides would look broken.
      const min = controller.hidden.minStrength;
      const paths = await api.trace(id, direction, min);
      const only = min ? ` ${t('traceStrength', { s: term('strength', min) })}` : '';
      if (!paths.length) {
        // This very trace, drawn before under another strength, no longer holds; another node's
        // trace stays.
        const drawn = controller.trace;
        if (drawn?.from === id && drawn.direction === direction) clearTrace();
        status.toast(`${t('traceEmpty', { dir: t(direction === 'UPSTREAM' ? 'upstream' : 'downstream') })}${only}`);
        return;
      }
      const result = controller.showTrace(paths, id, direction);
      status.toast(`${t('traceShown', { n: result.paths, hops: result.hops })}${only}${controller.lanesWider ? ` ${t('traceWider')}` : ''}`);
      update({ trace: { from: id, direction } });
    } catch (error) {
      handleError(error, id, () => void trace(id, direction));
    }
  }

  /**
   * A text's drafts and revisions drawn as a chain in time lanes (the panel's history section).
   * Drafting links have no strength, so the legend's strength choice would hide them: the toast
   * says so when one is made.
   */
  async function drawHistory(id: string) {
    const paths = await api.historyPaths(id);
    if (!paths.length) {
      status.toast(t('historyEmpty'));
      return;
    }
    const result = controller.showTrace(paths, id, 'HISTORY');
    const hidden = controller.hidden.minStrength ? ` ${t('historyStrength')}` : '';
    status.toast(`${t('historyShown', { n: paths[0].nodes.length })}${hidden}`);
    update({ trace: { from: id, direction: 'HISTORY' } });
    return result;
  }

  /**
   * The texts that match `text` (the earliest PHRASE_HITS: where the language first appears and how it spread) drawn together, each
   * paragraph with its instrument, with the edges between them, in time lanes by forum: where a
   * phrase of agreed language appears and how its texts cite each other.
   */
  async function showPhrase(text: string): Promise<boolean> {
    $('#welcome').hidden = true;
    status.clear();
    panel.close();
    phraseYears.hide();
    $('#graph-area').setAttribute('aria-busy', 'true');
    try {
      // The count only words the cap's notice: a view without it is still the view.
      const [ids, count] = await Promise.all([api.searchIds(text, PHRASE_HITS), api.searchYears(text).catch(() => null)]);
      update({ phrase: text, root: undefined, select: undefined, edge: undefined, trace: undefined });
      if (!ids.length) {
        controller.showSubgraph({ nodes: [], edges: [] });
        status.notice(t('phraseEmpty', { text }));
        return false;
      }
      const sub = await api.among(ids);
      controller.showSubgraph(sub, { hits: ids, layout: 'lanes' });
      // At the cap, later texts may match too: say so rather than let the view pass for all of them.
      const capped = ids.length < PHRASE_HITS ? '' : !count || count.texts <= ids.length ? t('phraseCapped', { hits: ids.length }) : t(count.complete ? 'phraseCappedOf' : 'phraseCappedOfMore', { hits: ids.length, total: count.texts });
      // So many match that the server chose the earliest from the best-matching only: say so, rather than let them pass for the first uses.
      const partial = capped && count && !count.datedComplete ? ` ${t('phraseEarliestPartial')}` : '';
      status.notice(`${t('phraseShown', { n: sub.nodes.length, text, hits: ids.length })}${capped ? ` ${capped}` : ''}${partial}`);
      if (count) phraseYears.show(text, count, ids);
      return true;
    } catch (error) {
      status.error((error as Error).message, () => void showPhrase(text));
      return false;
    } finally {
      $('#graph-area').removeAttribute('aria-busy');
    }
  }

  /**
   * Adds, as one undoable step, the edges between the nodes shown that the graph does not show
   * (a neighbourhood and its expansions bring the edges around each node, not those between two
   * nodes that came from different ones): Query.among, no new node.
   */
  async function connect() {
    const ids = controller.cy.nodes().not('.lane').map((n) => n.id());
    if (ids.length > CONNECT_MAX) {
      status.toast(t('connectTooMany', { cap: CONNECT_MAX, n: ids.length }));
      return;
    }
    try {
      // No new node (limit 0): every id added is an edge's.
      const added = controller.addStep(await api.among(ids), 0).length;
      status.toast(added ? t('connected', { e: added }) : t('connectedNone'));
    } catch (error) {
      status.error((error as Error).message, () => void connect());
    }
  }

  function clearTrace() {
    controller.clearTrace();
    update({ trace: undefined });
  }

  /** Opens a JSON export as the view; a file that is not a valid export changes nothing. */
  async function importView(file: File) {
    let view: ViewFile;
    try {
      view = parseViewFile(await file.text(), file.name);
    } catch (error) {
      status.error(t('importFailed', { msg: (error as Error).message }));
      return;
    }
    $('#welcome').hidden = true;
    status.clear();
    panel.close();
    controller.showSubgraph({ nodes: view.nodes, edges: view.edges });
    legend.setHidden(view.hidden.relations, view.hidden.kinds);
    legend.setStrength(view.hidden.minStrength);
    controller.setTimeWindow(view.time);
    // A file is not a link: the URL no longer names a root.
    update({ root: undefined, phrase: undefined, select: undefined, edge: undefined, trace: undefined });
    status.toast(t('imported', { file: file.name, n: view.nodes.length, e: view.edges.length }));
    const data = await dataVersion;
    status.notice(data && view.dataVersion !== null && view.dataVersion !== data.version ? t('dataChangedFile', { v: view.dataVersion, now: data.version, at: day(data.loadedAt) }) : null, 'data');
    // A trace is stored as where it started and which way: ask the server for it again.
    if (view.trace) await trace(view.trace.from, view.trace.direction);
  }

  /**
   * Copies a reference (cite.ts) with the data version and the link that opens the view again;
   * where the page may not write the clipboard, shows it in the notice to copy by hand.
   */
  async function cite(make: (ref: DataRef) => string) {
    const data = await dataVersion;
    const text = make({ url: location.href, version: data?.version ?? null, loadedAt: data?.loadedAt ?? null });
    try {
      await navigator.clipboard.writeText(text);
      status.toast(t('citeCopied'));
    } catch {
      status.notice(text, 'cite');
    }
  }

  function download(name: string, href: string) {
    const a = h('a', { attrs: { href, download: name } });
    document.body.append(a);
    a.click();
    a.remove();
  }
  function downloadText(name: string, text: string, type: string) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    download(name, url);
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  const fileBase = () => `ig-atlas-${(state.root ?? state.phrase ?? 'graph').replace(/[^\w.-]+/g, '_').replace(/^_+|_+$/g, '')}`;

  // ----- views -----

  const search = mountSearch($('#search'), api, (hit: SearchHit) => void open(hit.id), { onShowAll: (text) => void showPhrase(text), timeWindow: () => controller.timeWindow });
  const panel = mountPanel($('#panel'), controller, api, {
    open: (id) => void open(id),
    expand: (id) => void expand(id),
    trace: (id, direction) => void trace(id, direction),
    closed: () => update({ select: undefined, edge: undefined }),
    cite: (make) => void cite(make),
    mandatesListed: (status) => update({ mandates: status ?? undefined }),
    actorListed: (actor) => update({ actor: actor ?? undefined }),
  });
  $('#mandates-button').addEventListener('click', () => panel.showMandates(state.mandates ?? 'ALL'));
  const selectedNode = () => (controller.selection && controller.nodeData(controller.selection) ? controller.selection : state.root ?? null);
  const toolbar = mountToolbar($('#toolbar'), controller, {
    expand: () => {
      const id = selectedNode();
      if (id) void expand(id);
    },
    connect: () => void connect(),
    undo: () => controller.undo(),
    trace: (direction) => {
      const id = selectedNode();
      if (id) void trace(id, direction);
    },
    clearTrace,
    exportPng: () => download(`${fileBase()}.png`, controller.exportPng()),
    exportJson: () => void dataVersion.then((data) => downloadText(`${fileBase()}.json`, JSON.stringify({ ...controller.exportJson(), dataVersion: data?.version ?? null }, null, 2), 'application/json')),
    exportCsv: () => downloadText(`${fileBase()}-edges.csv`, controller.exportCsv(), 'text/csv;charset=utf-8'),
    exportGraphml: () => downloadText(`${fileBase()}.graphml`, controller.exportGraphml(), 'application/graphml+xml'),
    importJson: (file) => void importView(file),
  });
  const timeline = mountTimeline($('#toolbar'), controller);
  const legend = mountLegend($('#legend'), controller);
  const showCounts = (stats: GraphStats) => {
    $('#counts').textContent = [t('counts', { n: stats.nodes, e: stats.edges }), timeSummary(stats.time)].filter(Boolean).join(' · ');
  };

  controller.on('select', (selection) => {
    if (selection.kind === 'node') update({ select: selection.id === state.root ? undefined : selection.id, edge: undefined });
    else update({ edge: selection.id, select: undefined });
  });
  controller.on('deselect', () => {
    panel.close();
    update({ select: undefined, edge: undefined });
  });
  controller.on('expandRequest', ({ id }) => void expand(id));
  controller.on('capped', ({ added, reason }) => {
    if (reason === 'full') status.toast(t('graphFull', { n: controller.stats().nodes }));
    else if (reason === 'nothing') status.toast(t('nothingNew'));
    else status.toast(t('expandCapped', { n: added }));
  });
  controller.on('change', (stats) => {
    showCounts(stats);
    const hidden = controller.hidden;
    const strengthChanged = (hidden.minStrength ?? undefined) !== state.minStrength;
    if (hidden.relations.join() !== (state.hiddenRelations ?? []).join() || hidden.kinds.join() !== (state.hiddenKinds ?? []).join() || strengthChanged) {
      update({ hiddenRelations: hidden.relations.length ? hidden.relations : undefined, hiddenKinds: hidden.kinds.length ? hidden.kinds : undefined, minStrength: hidden.minStrength ?? undefined });
    }
    // A trace drawn is walked again under a new strength choice, which it follows (trace()), and
    // the panel's citation lists are asked again with it.
    const traced = controller.trace;
    if (strengthChanged && traced) void trace(traced.from, traced.direction);
    if (strengthChanged && panel.isOpen()) panel.refresh();
    const { asOf, newAfter } = stats.time;
    if ((asOf ?? undefined) !== state.asOf || (newAfter ?? undefined) !== state.newAfter) update({ asOf: asOf ?? undefined, newAfter: newAfter ?? undefined });
  });

  // ----- language -----

  function applyLang(lang: UiLang) {
    setLang(lang);
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    document.title = t('appTitle');
    $('#brand-title').textContent = t('appTitle');
    $('#brand-tagline').textContent = t('tagline');
    const toggle = $('#lang-toggle');
    toggle.textContent = t('language');
    toggle.setAttribute('lang', lang === 'ar' ? 'en' : 'ar');
    // Named by what it shows, the other language's own name in that language (its `lang`), as a
    // screen reader should read it; what it does is the tooltip. An aria-label in the page's
    // language would hide the visible name from speech-input users (WCAG 2.5.3).
    toggle.title = t('languageLabel');
    const mandatesButton = $('#mandates-button');
    mandatesButton.textContent = t('mandatesButton');
    mandatesButton.title = t('mandatesButtonTitle');
    $('#welcome-title').textContent = t('welcomeTitle');
    $('#welcome-text').textContent = t('welcomeText');
    $('#hint').textContent = `${t('selectHint')} ${t('keyboardHint')}`;
    showCounts(controller.stats());
    search.relabel();
    toolbar.relabel();
    timeline.relabel();
    phraseYears.relabel();
    legend.relabel();
    controller.setLaneLabel(laneName);
    controller.setClauseLabel(clauseLabel);
    controller.setRtl(lang === 'ar');
    if (panel.isOpen()) panel.refresh();
    void relationName;
  }
  const onLangToggle = () => {
    const lang: UiLang = getLang() === 'ar' ? 'en' : 'ar';
    applyLang(lang);
    update({ lang });
  };
  $('#lang-toggle').addEventListener('click', onLangToggle);

  // ----- keyboard -----

  const onKey = (event: KeyboardEvent) => {
    const typing = (event.target as HTMLElement).closest('input, textarea, select');
    if (event.key === '/' && !typing) {
      event.preventDefault();
      search.focus();
    } else if (event.key === 'Escape' && !typing && panel.isOpen()) {
      controller.clearSelection();
      panel.close();
      update({ select: undefined, edge: undefined });
    }
  };
  document.addEventListener('keydown', onKey);

  // ----- start -----

  for (const button of document.querySelectorAll<HTMLButtonElement>('#welcome [data-open]')) {
    button.addEventListener('click', () => void open(button.dataset.open!));
  }
  applyLang(state.lang);
  void restore();

  async function restore() {
    if (state.hiddenRelations || state.hiddenKinds) legend.setHidden(state.hiddenRelations ?? [], state.hiddenKinds ?? []);
    if (state.minStrength) legend.setStrength(state.minStrength);
    if (state.asOf !== undefined || state.newAfter !== undefined) controller.setTimeWindow({ asOf: state.asOf ?? null, newAfter: state.newAfter ?? null });
    if (state.synthetic) {
      $('#welcome').hidden = true;
      const sub = syntheticGraph(state.synthetic);
      status.notice(t('syntheticNote', { n: sub.nodes.length, e: sub.edges.length }));
      controller.showSubgraph(sub);
    } else if (state.phrase) {
      const wanted = state;
      // The selection the link names, once the phrase's texts are drawn (showPhrase clears it).
      if ((await showPhrase(wanted.phrase!)) && (wanted.select || wanted.edge)) {
        if (wanted.edge && controller.selectEdge(wanted.edge)) update({ edge: controller.resolveEdge(wanted.edge) ?? wanted.edge });
        else if (wanted.select && controller.focus(wanted.select, { center: false })) update({ select: wanted.select });
      }
    } else if (state.root) {
      const wanted = state;
      const ok = await open(wanted.root!, { select: wanted.select, edge: wanted.edge });
      if (ok && wanted.trace) await trace(wanted.trace.from, wanted.trace.direction);
      // The link as asked, but an edge named by its ends gets the id it has here.
      if (ok && (wanted.select || wanted.edge)) update({ select: wanted.select, edge: wanted.edge && (controller.resolveEdge(wanted.edge) ?? wanted.edge) });
    } else {
      $('#welcome').hidden = false;
    }
    // A shared list of mandates opens over whatever the link shows.
    if (state.mandates) panel.showMandates(state.mandates);
    // So does a party's positions.
    if (state.actor) panel.showActor(state.actor);
    // The link names the data version it was made on: say so if the graph has changed since, and
    // name the current one, so a link copied now pins what is shown now.
    const data = await dataVersion;
    if (data) {
      if (state.dataVersion !== undefined && state.dataVersion !== data.version) status.notice(t('dataChanged', { v: state.dataVersion, now: data.version, at: day(data.loadedAt) }), 'data');
      update({ dataVersion: data.version });
    }
    restoring = false;
    window.__atlas!.ready = true;
    document.body.dataset.ready = 'true';
  }
}

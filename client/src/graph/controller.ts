/**
 * The graph controller: owns the Cytoscape instance and exposes what a user does with the graph
 * (show a neighbourhood, focus, expand with a cap and undo, filter, trace a chain, export). Views
 * call these methods and subscribe to the events; nothing else touches `cy`.
 */
import cytoscape, { type Collection, type Core, type ElementDefinition, type LayoutOptions, type NodeSingular } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { STRUCTURAL_RELATIONS } from '../../../cypher/model.js';
import { strengthsFrom, type Strength } from '../../../cypher/strength.js';
import { edgeTable } from './edge-table.js';
import { graphml } from './graphml.js';
import { Emitter } from './emitter.js';
import { LANES, separateNodes, timeLaneLayout } from './layouts.js';
import type { ForceAnswer, ForceRequest } from './force-layout.worker.js';
import { buildStyle } from './style.js';
import { distinctYears, edgeYear, endedBy, isActive, NO_WINDOW, timeMark, yearOf, type TimeWindow } from './time-window.js';
import { edgeEnds, type GEdge, type GNode, type NodeKind, type Subgraph, type TraceWalk, type TracePath } from './types.js';

let registered = false;
function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  registered = true;
}

export type LayoutName = 'force' | 'hierarchy' | 'lanes';

export interface GraphStats {
  nodes: number;
  edges: number;
  truncated: boolean;
  nodeCap: number | null;
  canUndo: boolean;
  tracing: TraceState | null;
  layout: LayoutName;
  /** The time window (time-window.ts) and what it does: nodes hidden as later, nodes and edges marked new, bodies shown as ended. */
  time: TimeWindow & { laterNodes: number; newNodes: number; newEdges: number; endedNodes: number };
}

export interface TraceState {
  from: string;
  direction: TraceWalk;
  paths: number;
  hops: number;
}

export type Selection = { kind: 'node'; id: string; node: GNode } | { kind: 'edge'; id: string; edge: GEdge };

export interface ControllerEvents extends Record<string, unknown> {
  /** A node or an edge was selected (by a click or by `focus`/`selectEdge`). */
  select: Selection;
  /** The selection was cleared. */
  deselect: null;
  /** The user asked to expand a node (double-click). */
  expandRequest: { id: string };
  /** What the graph holds changed. */
  change: GraphStats;
  /** An expansion added fewer nodes than exist. */
  capped: { added: number; reason: 'limit' | 'full' | 'nothing' };
  /** A layout finished and the frame after it was drawn (ms since navigation start). */
  /** `offThread`: the positions were computed in a Web Worker (a big force layout). */
  drawn: { at: number; nodes: number; edges: number; layout: LayoutName; offThread: boolean };
}

export interface ControllerOptions {
  /** Where to draw; omit for a headless instance (tests). */
  container?: HTMLElement | null;
  /** Fetches the neighbourhood of a node for `expand`, at most `limit` nodes. */
  loadNeighbourhood?: (id: string, limit: number) => Promise<Subgraph>;
  /** Most new nodes one expansion adds. */
  expandLimit?: number;
  /** Most nodes the graph holds before expansions are refused. */
  maxNodes?: number;
  /** Cytoscape's WebGL renderer (canvas + webgl). */
  webgl?: boolean;
  /** Display names of the time lanes (translated by the caller). */
  laneLabel?: (lane: string) => string;
  /** A paragraph's label as shown (translated by the caller); its `label` data stays as stored. */
  clauseLabel?: (label: string) => string;
  /** Animate layouts up to this many nodes. */
  animateBelow?: number;
  /**
   * How many pixels at the top and the bottom of the container the page covers (the toolbar, the
   * legend): fits keep the graph out of them. Asked at each fit, as they change with the width.
   */
  insets?: () => { top: number; bottom: number };
}

interface HistoryEntry {
  added: string[];
}

const LANE_PREFIX = 'lane:';
/** Edges a strength filter never hides: a provision's instrument, an instrument's body. */
const STRUCTURE: ReadonlySet<string> = new Set(STRUCTURAL_RELATIONS);
/** Above this many nodes, labels show only on selection and layouts use fcose's draft quality. */
const BULK = 800;
const DRAFT = 200;
/**
 * Up to this many nodes a worker's force layout is fcose's default quality (spectral, then force
 * refinement), above it draft (spectral only). Draft stacks the leaves of a node on one point (287
 * nodes of an expanded neighbourhood fell on 80 positions), which separateNodes then undoes, but
 * only default quality gives a readable shape; it took 0.4 s at 287 nodes, 5.5 s at 800 and 225 s
 * at 2,000 in Node, so only a worker can afford it, and only for a few hundred.
 */
const WORKER_DEFAULT_QUALITY = 500;
/** How far the user may zoom in, and how far fitting the view may (a few nodes fitted at 4× fill the view with giant labels). */
const MAX_ZOOM = 4;
const FIT_MAX_ZOOM = 1.5;
/**
 * The least zoom at which the time lanes are fitted: below it their labels are too small to read
 * (a 12-date chain fitted whole came out at about 0.5×). A wider chain starts at its first date,
 * and the user drags along it; Fit still shows it whole.
 */
export const LANES_MIN_ZOOM = 0.8;

export class GraphController {
  readonly cy: Core;
  private readonly events = new Emitter<ControllerEvents>();
  private readonly options: Required<Omit<ControllerOptions, 'container' | 'loadNeighbourhood' | 'webgl'>> & Pick<ControllerOptions, 'loadNeighbourhood'>;
  private readonly headless: boolean;
  private history: HistoryEntry[] = [];
  private truncated = false;
  private nodeCap: number | null = null;
  private tracing: TraceState | null = null;
  private layoutName: LayoutName = 'force';
  private rtl = false;
  /** Whether the time lanes last fitted are wider than the view (see fitLanes). */
  lanesWider = false;
  /** The time-lanes layout whose fit is still due at the end of its animation (see runLayout). */
  private lanesFitToken = 0;
  /**
   * Redoes the view's last automatic fit (a layout's, or Fit's) when the graph's area changes size
   * (the panel opens or closes, the window is resized), so the graph stays whole in view: a layout
   * fitted before the panel opened left a third of the graph under it. Null once the user has
   * touched the view (tapped, dragged, zoomed, centred a node): then the graph stays where it is on
   * the screen (onResize), so a double-click whose first click opened the panel lands on its node.
   */
  private refit: (() => void) | null = null;
  /** Where the graph's area was on the page at the last resize (onResize). */
  private areaAt = { left: 0, top: 0 };
  private hiddenRelations = new Set<string>();
  private hiddenKinds = new Set<string>();
  /** The weakest strength an "at least" filter keeps, or null: every edge. */
  private minStrength: Strength | null = null;
  private window: TimeWindow = NO_WINDOW;
  private selected: string | null = null;
  private readonly detach: Array<() => void> = [];
  /** Numbers each layout run, so a worker's positions for a run that was replaced are dropped. */
  private layoutRun = 0;
  private forceWorker: Worker | null = null;
  /** Set when the worker could not start or failed: layouts then run on the page, as before. */
  private workerBroken = false;

  constructor(options: ControllerOptions = {}) {
    registerExtensions();
    this.headless = !options.container;
    this.options = {
      expandLimit: options.expandLimit ?? 150,
      maxNodes: options.maxNodes ?? 3000,
      laneLabel: options.laneLabel ?? ((lane) => lane),
      clauseLabel: options.clauseLabel ?? ((label) => label),
      animateBelow: options.animateBelow ?? 250,
      insets: options.insets ?? (() => ({ top: 0, bottom: 0 })),
      loadNeighbourhood: options.loadNeighbourhood,
    };
    this.cy = cytoscape({
      container: options.container ?? undefined,
      headless: this.headless,
      styleEnabled: true,
      style: buildStyle(),
      minZoom: 0.05,
      maxZoom: MAX_ZOOM,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // Two clicks up to 400 ms apart are a double-click (Cytoscape's default is 250; desktops
      // allow about 500): people who click more slowly still expand a node.
      multiClickDebounceTime: 400,
      ...(options.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    this.listen('tap', 'node', (event) => this.selectNode((event.target as NodeSingular).id()));
    this.listen('tap', 'edge', (event) => this.selectEdge(event.target.id()));
    this.listen('tap', null, (event) => {
      if (event.target === this.cy) this.clearSelection();
    });
    this.listen('dbltap', 'node', (event) => {
      const id = (event.target as NodeSingular).id();
      if (!id.startsWith(LANE_PREFIX)) this.events.emit('expandRequest', { id });
    });
    // Cytoscape resizes itself when its container does (a ResizeObserver) and then says so.
    this.listen('resize', null, () => this.onResize());
    this.listen('tapstart dragpan scrollzoom pinchzoom', null, () => (this.refit = null));
    this.areaAt = this.areaPosition();
  }

  private listen(type: string, selector: string | null, handler: cytoscape.EventHandler): void {
    if (selector) this.cy.on(type, selector, handler);
    else this.cy.on(type, handler);
    this.detach.push(() => (selector ? this.cy.off(type, selector, handler) : this.cy.off(type, handler)));
  }

  on<K extends keyof ControllerEvents>(type: K, handler: (payload: ControllerEvents[K]) => void): () => void {
    return this.events.on(type, handler);
  }

  off<K extends keyof ControllerEvents>(type: K, handler: (payload: ControllerEvents[K]) => void): void {
    this.events.off(type, handler);
  }

  /** Replaces the graph with a subgraph (a neighbourhood, a search hit, a synthetic graph). */
  /** `root`: the node the view opened on; `hits`: a phrase view's matches, marked as roots are. */
  showSubgraph(subgraph: Subgraph, options: { root?: string; hits?: readonly string[]; layout?: LayoutName } = {}): void {
    this.history = [];
    this.tracing = null;
    this.selected = null;
    this.truncated = Boolean(subgraph.truncated);
    this.nodeCap = subgraph.nodeCap ?? null;
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(this.toElements(subgraph.nodes, subgraph.edges));
      if (subgraph.nodes.length > BULK) this.cy.nodes().addClass('bulk');
      if (options.root) this.cy.getElementById(options.root).addClass('root');
      for (const id of options.hits ?? []) this.cy.getElementById(id).addClass('root');
      this.applyFilters();
    });
    this.runLayout(options.layout ?? 'force');
    this.emitChange();
  }

  /**
   * Adds the neighbours of a node, at most `expandLimit` new nodes, as one undoable step. Resolves
   * to the ids added.
   */
  async expand(id: string): Promise<string[]> {
    if (!this.options.loadNeighbourhood) throw new Error('expand needs a loadNeighbourhood option');
    const current = this.cy.nodes().not(`.lane`).length;
    if (current >= this.options.maxNodes) {
      this.events.emit('capped', { added: 0, reason: 'full' });
      return [];
    }
    const limit = Math.min(this.options.expandLimit, this.options.maxNodes - current);
    const sub = await this.options.loadNeighbourhood(id, limit + 1);
    const fresh = sub.nodes.filter((n) => this.cy.getElementById(n.id).empty()).length;
    const added = this.addStep(sub, limit, id);
    // What an expansion says it left out; addStep itself says nothing (Connect adds no node).
    if (!added.length) this.events.emit('capped', { added: 0, reason: 'nothing' });
    else if (fresh > limit || sub.truncated) this.events.emit('capped', { added: Math.min(fresh, limit), reason: 'limit' });
    return added;
  }

  /**
   * Adds a fetched subgraph as one undoable step: at most `limit` nodes not shown yet, and the
   * edges whose ends are then both shown. Returns the ids added (none: no step). Used by `expand`
   * and Connect (app.ts, limit 0); public for tests and replays.
   */
  addStep(subgraph: Subgraph, limit = this.options.expandLimit, around?: string): string[] {
    const fresh = subgraph.nodes.filter((n) => this.cy.getElementById(n.id).empty());
    const kept = fresh.slice(0, limit);
    const keepIds = new Set([...kept.map((n) => n.id)]);
    const present = (id: string) => keepIds.has(id) || this.cy.getElementById(id).nonempty();
    const edges = subgraph.edges.filter((e) => this.cy.getElementById(e.id).empty() && !this.findEdge(e.source, e.relation, e.target) && present(e.source) && present(e.target));
    if (!kept.length && !edges.length) return [];
    let added: string[] = [];
    this.cy.batch(() => {
      const anchor = around ? this.cy.getElementById(around) : null;
      const origin = anchor?.nonempty() ? anchor.position() : { x: 0, y: 0 };
      const els = this.toElements(kept, edges).map((el, i) =>
        el.group === 'nodes' ? { ...el, position: { x: origin.x + 60 * Math.cos(i), y: origin.y + 60 * Math.sin(i) } } : el,
      );
      const addedEls = this.cy.add(els);
      added = addedEls.map((el) => el.id());
      if (this.tracing) addedEls.addClass('faded');
      this.applyFilters();
    });
    this.history.push({ added });
    this.runLayout(this.layoutName === 'lanes' ? 'lanes' : this.layoutName, { incremental: true });
    this.emitChange();
    return added;
  }

  /** Removes what the last expansion added. */
  undo(): boolean {
    const step = this.history.pop();
    if (!step) return false;
    this.cy.batch(() => {
      for (const id of step.added) this.cy.getElementById(id).remove();
    });
    if (this.selected && this.cy.getElementById(this.selected).empty()) this.clearSelection();
    this.emitChange();
    return true;
  }

  get canUndo(): boolean {
    return this.history.length > 0;
  }

  /** Shows only edges whose relation is in `visible` (PART_OF and ISSUED_BY included). */
  filterRelations(visible: ReadonlySet<string>, all: readonly string[]): void {
    this.hiddenRelations = new Set(all.filter((r) => !visible.has(r)));
    this.cy.batch(() => this.applyFilters());
    this.emitChange();
  }

  /** Shows only nodes of the kinds in `visible`. */
  filterKinds(visible: ReadonlySet<string>, all: readonly string[] = ['Instrument', 'Provision', 'Body']): void {
    this.hiddenKinds = new Set(all.filter((k) => !visible.has(k)));
    this.cy.batch(() => this.applyFilters());
    this.emitChange();
  }

  /**
   * Shows only the edges whose clause acts at least as strongly as `min` (cypher/strength.ts), or
   * every edge (null). Structure (PART_OF, ISSUED_BY) always shows: it is not a clause's act.
   */
  filterStrength(min: Strength | null): void {
    this.minStrength = min;
    this.cy.batch(() => this.applyFilters());
    this.emitChange();
  }

  get hidden(): { relations: string[]; kinds: string[]; minStrength: Strength | null } {
    return { relations: [...this.hiddenRelations], kinds: [...this.hiddenKinds], minStrength: this.minStrength };
  }

  /**
   * Shows the graph as it stood at the end of `asOf`, with what came after `newAfter` marked new
   * (time-window.ts). Positions stay, so moving the window shows elements come and go in place.
   */
  setTimeWindow(window: TimeWindow): void {
    this.window = { asOf: window.asOf, newAfter: window.newAfter };
    this.cy.batch(() => this.applyFilters());
    this.emitChange();
  }

  get timeWindow(): TimeWindow {
    return { ...this.window };
  }

  /** The distinct years of the graph's nodes and edges, oldest first: what a time window can choose from. */
  years(): number[] {
    const nodeYears = this.cy.nodes().not('.lane').map((n) => yearOf(n.data('date')));
    const evidenceYears = this.cy.edges().map((e) => yearOf(e.data('evidence')?.date));
    return distinctYears([...nodeYears, ...evidenceYears]);
  }

  /**
   * Hides what the kind, relation and time filters leave out (.filtered; what the time window
   * hides as later is also .later, for its count), marks what the window calls new (.since) and
   * the bodies it shows ended (.ended), and hides every edge one of whose ends is hidden, so that
   * what is "shown" (layouts, the CSV) is what the user sees.
   */
  private applyFilters(): void {
    const cy = this.cy;
    cy.elements('.filtered').removeClass('filtered');
    cy.elements('.since, .later').removeClass('since later');
    cy.nodes('.ended').removeClass('ended');
    if (this.hiddenKinds.size) cy.nodes().filter((n) => this.hiddenKinds.has(n.data('kind'))).addClass('filtered');
    if (this.hiddenRelations.size) cy.edges().filter((e) => this.hiddenRelations.has(e.data('relation'))).addClass('filtered');
    const strengths: ReadonlySet<string> | null = this.minStrength && new Set(strengthsFrom(this.minStrength));
    if (strengths) cy.edges().filter((e) => !STRUCTURE.has(e.data('relation')) && !strengths.has(e.data('evidence')?.strength)).addClass('filtered');
    if (isActive(this.window)) {
      const mark = (el: cytoscape.SingularElementArgument, year: number | null) => {
        const m = timeMark(year, this.window);
        if (m) el.addClass(m === 'later' ? 'filtered later' : 'since');
      };
      cy.nodes().not('.lane').forEach((n) => mark(n, yearOf(n.data('date'))));
      cy.nodes('[ended]').forEach((n) => void (endedBy(yearOf(n.data('ended')), this.window) && n.addClass('ended')));
      cy.edges().forEach((e) => mark(e, edgeYear(e.data('evidence')?.date, yearOf(e.source().data('date')), yearOf(e.target().data('date')))));
    }
    cy.nodes('.filtered').connectedEdges().addClass('filtered');
  }

  /** Selects a node and centres the view on it. */
  focus(id: string, options: { animate?: boolean; center?: boolean } = {}): boolean {
    const node = this.cy.getElementById(id);
    if (node.empty()) return false;
    this.selectNode(id);
    if (!this.headless && options.center !== false) {
      this.refit = null;
      const zoom = Math.max(this.cy.zoom(), 0.6);
      if (options.animate === false || this.cy.nodes().length > this.options.animateBelow) this.cy.zoom(zoom).center(node);
      else this.cy.animate({ center: { eles: node }, zoom }, { duration: 350 });
    }
    return true;
  }

  selectNode(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty() || !node.isNode() || id.startsWith(LANE_PREFIX)) return;
    this.markSelected(id);
    this.events.emit('select', { kind: 'node', id, node: this.nodeData(id)! });
  }

  /**
   * The id of the shown edge `ref` names: its id, or its ends (edgeId's shape: a feed entry's link,
   * a link shared before edges took their keys) when no edge has that id. Null when none is shown.
   */
  resolveEdge(ref: string): string | null {
    const edge = this.cy.getElementById(ref);
    if (edge.nonempty()) return edge.isEdge() ? ref : null;
    const ends = edgeEnds(ref);
    return ends && this.findEdge(ends.source, ends.relation, ends.target);
  }

  /** Selects the edge `ref` names (resolveEdge); false when none is shown. */
  selectEdge(ref: string): boolean {
    const id = this.resolveEdge(ref);
    if (id === null) return false;
    this.markSelected(id);
    this.events.emit('select', { kind: 'edge', id, edge: this.edgeData(id)! });
    return true;
  }

  clearSelection(): void {
    if (!this.selected) return;
    this.markSelected(null);
    this.events.emit('deselect', null);
  }

  get selection(): string | null {
    return this.selected;
  }

  private markSelected(id: string | null): void {
    this.selected = id;
    this.cy.batch(() => {
      this.cy.elements('.selected').removeClass('selected');
      this.cy.elements('.highlighted').removeClass('highlighted');
      if (!id) return;
      const el = this.cy.getElementById(id);
      el.addClass('selected');
      if (el.isNode()) el.connectedEdges().addClass('highlighted');
    });
  }

  nodeData(id: string): GNode | null {
    const node = this.cy.getElementById(id);
    if (node.empty() || !node.isNode()) return null;
    const d = node.data();
    return { id: d.id, label: d.label, kind: d.kind, instrumentKind: d.instrumentKind ?? null, parent: d.parent_ ?? null, date: d.date ?? null, forum: d.forum ?? null, ended: d.ended ?? null };
  }

  edgeData(id: string): GEdge | null {
    const edge = this.cy.getElementById(id);
    if (edge.empty() || !edge.isEdge()) return null;
    const d = edge.data();
    return { id: d.id, source: d.source, target: d.target, relation: d.relation, evidence: d.evidence ?? null };
  }

  /** The id of the shown edge source -relation-> target, whatever id scheme made it. */
  findEdge(source: string, relation: string, target: string): string | null {
    const node = this.cy.getElementById(source);
    if (node.empty()) return null;
    const edge = node.edgesTo(this.cy.getElementById(target)).filter((e) => e.data('relation') === relation);
    return edge.nonempty() ? edge[0].id() : null;
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  /**
   * Shows mandate chains: adds their nodes and edges, highlights them, fades the rest and lays
   * everything out in time lanes, one lane per forum.
   */
  showTrace(paths: readonly TracePath[], from: string, direction: TraceWalk): TraceState {
    const nodes = new Map<string, GNode>();
    const edges = new Map<string, GEdge>();
    for (const path of paths) {
      for (const n of path.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
      for (const e of path.edges) {
        const existing = this.findEdge(e.source, e.relation, e.target);
        edges.set(existing ?? e.id, existing ? { ...e, id: existing } : e);
      }
    }
    const fromNode = this.nodeData(from);
    if (fromNode && !nodes.has(from)) nodes.set(from, fromNode);
    this.cy.batch(() => {
      this.cy.elements('.trace').removeClass('trace');
      const fresh = [...nodes.values()].filter((n) => this.cy.getElementById(n.id).empty());
      const freshEdges = [...edges.values()].filter((e) => this.cy.getElementById(e.id).empty());
      this.cy.add(this.toElements(fresh, freshEdges));
      // Fill what a shown node lacks (date, forum, parent) from the richer trace references.
      for (const n of nodes.values()) {
        const el = this.cy.getElementById(n.id);
        if (!el.data('date') && n.date) el.data('date', n.date);
        if (!el.data('forum') && n.forum) el.data('forum', n.forum);
        if (!el.data('parent_') && n.parent) el.data('parent_', n.parent);
        if (!el.data('ended') && n.ended) el.data('ended', n.ended);
      }
      const chain = this.cy.collection();
      for (const id of [...nodes.keys(), ...edges.keys()]) chain.merge(this.cy.getElementById(id));
      chain.merge(this.cy.getElementById(from));
      chain.addClass('trace');
      this.cy.elements().not(chain).not('.lane').addClass('faded');
      chain.removeClass('faded');
      this.applyFilters();
    });
    this.tracing = { from, direction, paths: paths.length, hops: edges.size };
    this.runLayout('lanes');
    this.emitChange();
    return this.tracing;
  }

  /** Removes the trace highlighting and returns to the force layout. */
  clearTrace(): void {
    if (!this.tracing) return;
    this.tracing = null;
    this.cy.batch(() => {
      this.cy.elements().removeClass('trace faded');
    });
    this.runLayout('force');
    this.emitChange();
  }

  get trace(): TraceState | null {
    return this.tracing;
  }

  setRtl(rtl: boolean): void {
    if (this.rtl === rtl) return;
    this.rtl = rtl;
    if (this.layoutName === 'lanes') this.runLayout('lanes');
  }

  setLaneLabel(label: (lane: string) => string): void {
    this.options.laneLabel = label;
    this.cy.batch(() => this.cy.nodes('.lane-label').forEach((n) => void n.data('display', label(n.data('lane')))));
  }

  setClauseLabel(label: (label: string) => string): void {
    this.options.clauseLabel = label;
    this.cy.batch(() =>
      this.cy.nodes('[kind = "Provision"]').forEach(
        (n) => void n.data({ display: this.display(n.data('label'), 'Provision', this.cy.getElementById(n.data('parent_') ?? '').data('label')), full: this.full(n.data('label'), 'Provision') }),
      ),
    );
  }

  /** Runs a layout: force (fcose, draft for big graphs), hierarchy (dagre) or time lanes. */
  runLayout(name: LayoutName, options: { incremental?: boolean } = {}): void {
    this.layoutName = name;
    const run = ++this.layoutRun;
    const cy = this.cy;
    // The layouts' own fits (fcose, dagre) stop at FIT_MAX_ZOOM too: Cytoscape clamps a fit to
    // maxZoom, so the view never zooms past it and back. afterDraw lifts it.
    cy.maxZoom(FIT_MAX_ZOOM);
    cy.nodes('.lane').remove();
    const visible = cy.elements().not('.filtered');
    const n = visible.nodes().length;
    const animate = !this.headless && n <= this.options.animateBelow;
    // A big force layout runs in a Web Worker (forceInWorker).
    const offThread = name === 'force' && n > DRAFT && !this.headless && !this.workerBroken && typeof Worker === 'function';
    let layout: LayoutOptions;
    if (name === 'lanes') {
      const graphNodes = visible.nodes().map((node) => this.nodeData(node.id())!);
      const priority = new Set(cy.nodes('.trace').map((node) => node.id()));
      const lanes = timeLaneLayout(graphNodes, { rtl: this.rtl, priority });
      const xs = [...lanes.positions.values()].map((p) => p.x);
      const minX = Math.min(0, ...xs);
      const maxX = Math.max(0, ...xs);
      const labelX = this.rtl ? maxX + 150 : minX - 150;
      const top = Math.min(0, ...lanes.lanes.map((band) => band.y - band.height / 2));
      cy.batch(() => {
        // The time axis: each column's date above the lanes (columns are distinct dates, not a
        // linear scale, so each gets its own label). Same .lane class: not data, not exported.
        cy.add(
          lanes.columns.map((date, column) => ({
            group: 'nodes' as const,
            data: { id: `${LANE_PREFIX}date:${column}`, display: date || '?', w: 90, h: 1 },
            classes: 'lane lane-date',
            position: { x: (this.rtl ? -1 : 1) * column * lanes.columnWidth, y: top - 34 },
            locked: true,
            grabbable: false,
            selectable: false,
          })),
        );
        cy.add(
          lanes.lanes.flatMap((band) => [
            {
              group: 'nodes' as const,
              data: { id: `${LANE_PREFIX}${band.lane}`, lane: band.lane, display: '', w: maxX - minX + 420, h: band.height + 20 },
              classes: 'lane',
              position: { x: (minX + maxX) / 2 + (this.rtl ? 70 : -70), y: band.y },
              locked: true,
              grabbable: false,
              selectable: false,
            },
            {
              group: 'nodes' as const,
              // As wide as the label may wrap (text-max-width), so that fitting the view keeps it whole.
              data: { id: `${LANE_PREFIX}label:${band.lane}`, lane: band.lane, display: this.options.laneLabel(band.lane), w: 170, h: 1 },
              classes: 'lane lane-label',
              position: { x: labelX, y: band.y },
              locked: true,
              grabbable: false,
              selectable: false,
            },
          ]),
        );
      });
      // Fitted once the nodes are in place (after the animation), to the chain and the lane and
      // date labels: the layout's own fit would leave the labels out. Not if the user has fitted or
      // zoomed the view meanwhile (fit, zoomBy), or another layout has started.
      const token = ++this.lanesFitToken;
      const fitChain = () => this.fitLanes(cy.nodes().not('.filtered').not('.faded').not('.lane').union(cy.nodes('.lane-label, .lane-date')), 40);
      const fit = () => {
        if (token !== this.lanesFitToken) return;
        this.refit = fitChain;
        fitChain();
      };
      layout = {
        name: 'preset',
        positions: (node: NodeSingular) => lanes.positions.get(node.id()) ?? node.position(),
        fit: false,
        animate,
        animationDuration: 400,
        stop: fit,
      } as LayoutOptions;
      visible.nodes().layout(layout).run();
      fit();
      this.afterDraw(name);
      return;
    }
    if (name === 'hierarchy') {
      layout = { name: 'dagre', rankDir: this.rtl ? 'RL' : 'LR', nodeSep: 18, rankSep: 90, animate, animationDuration: 400, fit: true, padding: 30 } as LayoutOptions;
    } else {
      const draft = n > (offThread ? WORKER_DEFAULT_QUALITY : DRAFT);
      layout = {
        name: 'fcose',
        quality: draft ? 'draft' : 'default',
        // fcose refines existing positions only in default quality; draft starts over (fast).
        randomize: draft || !options.incremental,
        animate: animate ? 'end' : false,
        animationDuration: 400,
        fit: true,
        padding: 30,
        nodeRepulsion: 6500,
        idealEdgeLength: 80,
        nodeSeparation: 70,
        numIter: n > 1000 ? 1200 : 2500,
        packComponents: true,
        nodeDimensionsIncludeLabels: true,
      } as LayoutOptions;
    }
    if (n === 0) {
      this.afterDraw(name);
      return;
    }
    if (offThread) {
      this.forceInWorker(run, layout);
      return;
    }
    this.layoutOnPage(layout, name);
  }

  private layoutOnPage(layout: LayoutOptions, name: LayoutName): void {
    const shown = this.cy.elements().not('.filtered');
    const running = shown.layout(layout);
    running.one('layoutstop', () => {
      if (name === 'force') this.separate(shown);
      // Again, though the layout fitted: its fit was taken at the size the area had when it began.
      this.fitShown();
      this.afterDraw(name);
    });
    running.run();
  }

  /**
   * Moves apart the nodes a force layout left on top of each other (fcose's draft quality stacks a
   * node's leaves on one point; separateNodes). The worker does the same for its layouts. Returns
   * whether any node moved.
   */
  private separate(shown: Collection): boolean {
    const moved = separateNodes(shown.nodes().map((node) => ({ id: node.id(), ...node.position(), size: Math.max(node.width(), node.height()) })));
    if (moved.size) this.cy.batch(() => moved.forEach((position, id) => void this.cy.getElementById(id).position(position)));
    return moved.size > 0;
  }

  /**
   * A big graph's force layout: fcose runs in a Web Worker (force-layout.worker.ts) and its
   * positions are applied when they come back, unless another layout started meanwhile. If the
   * worker cannot start or fails, the layout runs on the page, as a small graph's does.
   */
  private forceInWorker(run: number, layout: LayoutOptions): void {
    const visible = this.cy.elements().not('.filtered');
    const request: ForceRequest = {
      id: run,
      nodes: visible.nodes().map((node) => {
        const position = node.position();
        const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
        return { id: node.id(), w: node.width(), h: node.height(), ...position, box: { w: box.w, h: box.h, dx: (box.x1 + box.x2) / 2 - position.x, dy: (box.y1 + box.y2) / 2 - position.y } };
      }),
      edges: visible.edges().map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() })),
      options: layout as unknown as Record<string, unknown>,
    };
    const onPage = () => {
      if (run === this.layoutRun) this.layoutOnPage(layout, 'force');
    };
    try {
      this.forceWorker ??= new Worker(new URL('./force-layout.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      this.workerBroken = true;
      onPage();
      return;
    }
    this.forceWorker.onmessage = ({ data }: MessageEvent<ForceAnswer>) => {
      if (data.id !== this.layoutRun) return; // a later layout replaced this one
      const positions = data.positions;
      if (!positions) {
        onPage();
        return;
      }
      const shown = this.cy.elements().not('.filtered');
      // One batch, then one fit: a preset layout moved the nodes one by one, with an event each.
      this.cy.batch(() => shown.nodes().positions((node: NodeSingular) => positions[node.id()] ?? node.position()));
      this.fitShown();
      this.afterDraw('force', true);
    };
    this.forceWorker.onerror = (event) => {
      event.preventDefault();
      this.workerBroken = true;
      this.forceWorker?.terminate();
      this.forceWorker = null;
      onPage();
    };
    this.forceWorker.postMessage(request);
  }

  get layout(): LayoutName {
    return this.layoutName;
  }

  private afterDraw(layout: LayoutName, offThread = false): void {
    this.cy.maxZoom(MAX_ZOOM);
    const emit = () => this.events.emit('drawn', { at: typeof performance !== 'undefined' ? performance.now() : Date.now(), nodes: this.cy.nodes().not('.lane').length, edges: this.cy.edges().length, layout, offThread });
    if (typeof requestAnimationFrame === 'function' && !this.headless) requestAnimationFrame(() => requestAnimationFrame(emit));
    else emit();
  }

  fit(): void {
    this.lanesFitToken++;
    this.fitShown();
  }

  private areaPosition(): { left: number; top: number } {
    const box = this.cy.container()?.getBoundingClientRect();
    return { left: box?.left ?? 0, top: box?.top ?? 0 };
  }

  /**
   * The graph's area changed size: fit again (refit), or, once the user has touched the view, pan
   * by as much as the area's corner moved, so the graph does not move on the screen (in Arabic the
   * panel opens on the left, and the area's left edge moves with it).
   */
  private onResize(): void {
    const at = this.areaPosition();
    const moved = { x: this.areaAt.left - at.left, y: this.areaAt.top - at.top };
    this.areaAt = at;
    if (this.refit) this.refit();
    else if (moved.x || moved.y) this.cy.panBy(moved);
  }

  /**
   * Fits again, as a resize does, unless the user has moved the view since the last fit: for what
   * covers the area without resizing it (the panel, a bottom sheet on a phone; options.insets).
   */
  refitUntouched(): void {
    this.refit?.();
  }

  /** Fits the view to what is shown, and does so again when the area changes size (refit). */
  private fitShown(): void {
    this.refit = () => this.fitView(this.cy.elements().not('.filtered'), 30);
    this.refit();
  }

  /**
   * Fits the time lanes to `eles` (the chain and the lanes' labels), but zooms out no further than
   * LANES_MIN_ZOOM: a chain too long for the view then shows its start (the lanes' names and the
   * first dates: at the left, or the right in Arabic), centred in height, and `lanesWider` is set.
   * Lanes taller than the view too (a phone) show, in height, the texts of the columns in view,
   * centred, rather than the top lanes, which may hold none of the first dates' texts.
   */
  private fitLanes(eles: Collection, padding: number): void {
    this.fitView(eles, padding);
    this.lanesWider = this.cy.zoom() < LANES_MIN_ZOOM;
    if (!this.lanesWider) return;
    const box = eles.boundingBox({ includeLabels: true });
    const zoom = LANES_MIN_ZOOM;
    const x = this.rtl ? this.cy.width() - padding - box.x2 * zoom : padding - box.x1 * zoom;
    const area = this.fitArea(padding);
    const free = area.height - box.h * zoom;
    let y = area.top + Math.max(0, free / 2) - box.y1 * zoom;
    const inView = eles.nodes().not('.lane').filter((n: NodeSingular) => {
      const at = n.position('x') * zoom + x;
      return at >= 0 && at <= this.cy.width();
    });
    if (free < 0 && inView.nonempty()) {
      const seen = inView.boundingBox({ includeLabels: true });
      const want = area.top + Math.max(0, (area.height - seen.h * zoom) / 2) - seen.y1 * zoom;
      // Never past the lanes' own top or bottom edge.
      y = Math.min(area.top - box.y1 * zoom, Math.max(area.top + area.height - box.y2 * zoom, want));
    }
    this.cy.viewport({ zoom, pan: { x, y } });
  }

  /** The part of the container a fit may use: clear of what the page draws over it (options.insets). */
  private fitArea(padding: number): { top: number; width: number; height: number } {
    const inset = this.options.insets();
    const height = this.cy.height() - inset.top - inset.bottom - 2 * padding;
    // A page too short for its toolbar: fit to the whole container, as Cytoscape does.
    if (height < 80) return { top: padding, width: this.cy.width() - 2 * padding, height: this.cy.height() - 2 * padding };
    return { top: inset.top + padding, width: this.cy.width() - 2 * padding, height };
  }

  /**
   * Fits the view to `eles` (labels included) within fitArea, zooming in no further than
   * FIT_MAX_ZOOM; the user may still zoom to MAX_ZOOM. Cytoscape's own fit has one padding for
   * all four sides, so a tall graph went under the toolbar.
   */
  private fitView(eles: Collection, padding: number): void {
    if (eles.empty()) return;
    const area = this.fitArea(padding);
    const box = eles.boundingBox({ includeLabels: true });
    const fits = [area.width / box.w, area.height / box.h].filter(Number.isFinite);
    const zoom = Math.max(this.cy.minZoom(), Math.min(FIT_MAX_ZOOM, ...fits));
    this.cy.viewport({ zoom, pan: { x: padding + area.width / 2 - zoom * (box.x1 + box.x2) / 2, y: area.top + area.height / 2 - zoom * (box.y1 + box.y2) / 2 } });
  }

  zoomBy(factor: number): void {
    this.lanesFitToken++;
    this.refit = null;
    const extent = this.cy.extent();
    this.cy.zoom({ level: this.cy.zoom() * factor, position: { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 } });
  }

  /** The nodes and edges shown, as plain data (lane bands excluded). */
  exportJson(): { nodes: GNode[]; edges: GEdge[]; trace: TraceState | null; hidden: { relations: string[]; kinds: string[]; minStrength: Strength | null }; time: TimeWindow } {
    return {
      nodes: this.cy.nodes().not('.lane').map((n) => this.nodeData(n.id())!),
      edges: this.cy.edges().map((e) => this.edgeData(e.id())!),
      trace: this.tracing,
      hidden: this.hidden,
      time: this.timeWindow,
    };
  }

  /** The edges shown (not hidden by a filter) as a CSV table with their evidence (edge-table.ts). */
  exportCsv(): string {
    const shown = this.cy.edges().not('.filtered');
    const ends = shown.connectedNodes().map((n) => this.nodeData(n.id())!);
    return edgeTable(ends, shown.map((e) => this.edgeData(e.id())!), this.fresh());
  }

  /** The nodes and edges shown (not hidden by a filter) as GraphML, for Gephi, yEd or Cytoscape desktop (graphml.ts). */
  exportGraphml(): string {
    const shown = this.cy.elements().not('.filtered');
    return graphml(shown.nodes().not('.lane').map((n) => this.nodeData(n.id())!), shown.edges().map((e) => this.edgeData(e.id())!), this.fresh());
  }

  /** The ids of what the time window marks new (.since). */
  private fresh(): Set<string> {
    return new Set(this.cy.elements('.since').map((el) => el.id()));
  }

  /** The current view as a PNG data URL (white background, twice the screen resolution). */
  exportPng(): string {
    return this.cy.png({ output: 'base64uri', bg: '#ffffff', full: true, scale: 2, maxWidth: 6000, maxHeight: 6000 });
  }

  stats(): GraphStats {
    return {
      nodes: this.cy.nodes().not('.lane').length,
      edges: this.cy.edges().length,
      truncated: this.truncated,
      nodeCap: this.nodeCap,
      canUndo: this.canUndo,
      tracing: this.tracing,
      layout: this.layoutName,
      time: {
        ...this.window,
        laterNodes: this.cy.nodes('.later').length,
        newNodes: this.cy.nodes('.since').not('.filtered').length,
        newEdges: this.cy.edges('.since').not('.filtered').length,
        endedNodes: this.cy.nodes('.ended').not('.filtered').length,
      },
    };
  }

  private emitChange(): void {
    this.events.emit('change', this.stats());
  }

  /** Turns API nodes and edges into Cytoscape elements, with a short display label for paragraphs. */
  private toElements(nodes: readonly GNode[], edges: readonly GEdge[]): ElementDefinition[] {
    const labels = new Map(nodes.map((n) => [n.id, n.label]));
    const parentLabel = (id: string | null | undefined) => (id ? labels.get(id) ?? this.cy.getElementById(id).data('label') : undefined);
    const out: ElementDefinition[] = nodes.map((n) => {
      const display = this.display(n.label, n.kind, parentLabel(n.parent));
      return {
        group: 'nodes',
        // `parent` is Cytoscape's compound-node key: keep the instrument id under another name.
        data: { id: n.id, label: n.label, display, full: this.full(n.label, n.kind), kind: n.kind, instrumentKind: n.instrumentKind ?? undefined, parent_: n.parent ?? undefined, date: n.date ?? undefined, forum: n.forum ?? undefined, ended: n.ended ?? undefined },
      };
    });
    for (const e of edges) out.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, relation: e.relation, evidence: e.evidence ?? undefined } });
    return out;
  }

  /** What a node shows: a paragraph without its instrument's label when drawn inside it, in the interface's language. */
  private display(label: string, kind: string, parent: string | undefined): string {
    if (kind !== 'Provision') return label;
    return this.options.clauseLabel(parent && label.startsWith(`${parent} `) ? shortProvision(parent, label) : label);
  }

  /** What a traced node shows: its whole label (a paragraph with its instrument's), in the interface's language. */
  private full(label: string, kind: string): string {
    return kind === 'Provision' ? this.options.clauseLabel(label) : label;
  }

  /** Removes the Cytoscape listeners and the instance. */
  destroy(): void {
    this.forceWorker?.terminate();
    for (const off of this.detach.splice(0)) off();
    this.cy.destroy();
  }
}

/** "Tunis Agenda ¶69" under "Tunis Agenda" → "¶69"; keeps the label when the result is too short. */
function shortProvision(parent: string, label: string): string {
  const rest = label.slice(parent.length).trim();
  return rest.length >= 2 ? rest : label;
}

export { LANES };
export type { NodeKind };

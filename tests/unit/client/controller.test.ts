import type { NodeSingular } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { GraphController, type GraphStats, type Selection } from '../../../client/src/graph/controller.js';
import { ALL_EDGE_TYPES } from '../../../client/src/graph/style.js';
import type { Subgraph } from '../../../client/src/graph/types.js';
import { edge, node, opinion6, OP6, TUNIS } from './fixtures.js';

function tunisNeighbourhood(): Subgraph {
  return {
    nodes: [
      node(`${TUNIS}#69`, 'Provision', { label: 'Tunis Agenda ¶69', parent: TUNIS, date: '2005-11-18', forum: 'WSIS' }),
      node(TUNIS, 'Instrument', { label: 'Tunis Agenda', date: '2005-11-18', forum: 'WSIS' }),
      node('A/RES/67/195#20', 'Provision', { label: 'UNGA res. 67/195 ¶20', parent: 'A/RES/67/195', date: '2012-12-21', forum: 'UNGA' }),
    ],
    edges: [edge(`${TUNIS}#69`, 'PART_OF', TUNIS), edge('A/RES/67/195#20', 'IMPLEMENTS', `${TUNIS}#69`)],
    truncated: true,
    nodeCap: 3,
  };
}

describe('GraphController (headless Cytoscape)', () => {
  it('shows paragraph labels in the interface language, keeping the stored label', () => {
    const arabic = (label: string) => label.replace('Recalling (a)', 'إذ يذكر (أ)');
    const c = new GraphController({ clauseLabel: arabic });
    c.showSubgraph(opinion6(), { root: OP6 });
    const recalling = c.cy.getElementById(`${OP6}#recalling.a`);
    expect(recalling.data('display')).toBe('إذ يذكر (أ)');
    expect(recalling.data('label')).toBe('WTPF-13 Opinion 6 (DT/6) Recalling (a)');
    c.setClauseLabel((label) => label);
    expect(recalling.data('display')).toBe('Recalling (a)');
    // a paragraph drawn without its instrument keeps the instrument in what it shows
    c.setClauseLabel((label) => `[${label}]`);
    expect(c.cy.getElementById(`${TUNIS}#69`).data('display')).toBe('[Tunis Agenda ¶69]');
    expect(c.cy.getElementById(OP6).data('display')).toBe(c.cy.getElementById(OP6).data('label'));
    c.destroy();
  });

  it('shows a subgraph with short paragraph labels and a root mark', () => {
    const c = new GraphController();
    const changes: GraphStats[] = [];
    const off = c.on('change', (s) => changes.push(s));
    c.showSubgraph(opinion6(), { root: OP6 });
    expect(c.cy.nodes()).toHaveLength(6);
    expect(c.cy.edges()).toHaveLength(6);
    expect(c.cy.getElementById(`${OP6}#recalling.a`).data('display')).toBe('Recalling (a)');
    // the parent instrument is not in the graph: the full label stays
    expect(c.cy.getElementById(`${TUNIS}#69`).data('display')).toBe('Tunis Agenda ¶69');
    expect(c.cy.getElementById(OP6).hasClass('root')).toBe(true);
    expect(changes.at(-1)).toMatchObject({ nodes: 6, edges: 6, truncated: false, canUndo: false });
    // positions were computed by fcose: not all at the origin
    const xs = new Set(c.cy.nodes().map((n) => Math.round(n.position('x'))));
    expect(xs.size).toBeGreaterThan(1);
    off();
    c.destroy();
  });

  it('expands a node through the loader with a cap, and undoes the step', async () => {
    const loader = vi.fn(async () => tunisNeighbourhood());
    const c = new GraphController({ loadNeighbourhood: loader, expandLimit: 1 });
    const capped = vi.fn();
    c.on('capped', capped);
    c.showSubgraph(opinion6());
    const added = await c.expand(`${TUNIS}#69`);
    expect(loader).toHaveBeenCalledWith(`${TUNIS}#69`, 2);
    // one new node (the cap), and only the edges whose both ends are shown
    expect(added).toEqual([TUNIS, `${TUNIS}#69|PART_OF|${TUNIS}`]);
    expect(capped).toHaveBeenCalledWith({ added: 1, reason: 'limit' });
    expect(c.cy.nodes()).toHaveLength(7);
    expect(c.cy.getElementById(`${TUNIS}#69`).data('display')).toBe('Tunis Agenda ¶69');
    expect(c.canUndo).toBe(true);
    expect(c.undo()).toBe(true);
    expect(c.cy.nodes()).toHaveLength(6);
    expect(c.cy.getElementById(TUNIS).empty()).toBe(true);
    expect(c.undo()).toBe(false);
    c.destroy();
  });

  it('refuses to grow past maxNodes', async () => {
    const c = new GraphController({ loadNeighbourhood: async () => tunisNeighbourhood(), maxNodes: 6 });
    const capped = vi.fn();
    c.on('capped', capped);
    c.showSubgraph(opinion6());
    expect(await c.expand(`${TUNIS}#69`)).toEqual([]);
    expect(capped).toHaveBeenCalledWith({ added: 0, reason: 'full' });
    c.destroy();
  });

  it('spreads the leaves a big force layout stacks on one point', () => {
    // 80 instruments with 9 paragraphs each: over 200 nodes fcose runs in draft quality, which put
    // each instrument's paragraphs on one point (800 nodes on 178 positions before unstacking).
    const nodes = [];
    const edges = [];
    for (let i = 0; i < 80; i++) {
      nodes.push(node(`DOC/${i}`, 'Instrument', { label: `Doc ${i}` }));
      if (i) edges.push(edge(`DOC/${i}`, 'RECALLS', `DOC/${i - 1}`));
      for (let j = 1; j <= 9; j++) {
        nodes.push(node(`DOC/${i}#${j}`, 'Provision', { label: `Doc ${i} ¶${j}`, parent: `DOC/${i}` }));
        edges.push(edge(`DOC/${i}#${j}`, 'PART_OF', `DOC/${i}`));
      }
    }
    const c = new GraphController();
    c.showSubgraph({ nodes, edges, truncated: false, nodeCap: 800 });
    c.runLayout('force');
    const points = c.cy.nodes().map((n) => ({ ...n.position(), size: Math.max(n.width(), n.height()) }));
    expect(new Set(points.map((p) => `${Math.round(p.x / 5)},${Math.round(p.y / 5)}`)).size).toBe(800);
    // and none overlaps another: centres at least the mean of their sizes apart
    const overlapping = points.flatMap((a, i) => points.slice(i + 1).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < (a.size + b.size) / 2));
    expect(overlapping.length).toBe(0);
    c.destroy();
  });

  it('filters by relation and by node kind', () => {
    const c = new GraphController();
    c.showSubgraph(opinion6());
    c.filterRelations(new Set(ALL_EDGE_TYPES.filter((r) => r !== 'RECALLS')), ALL_EDGE_TYPES);
    expect(c.cy.edges('.filtered').map((e) => e.data('relation'))).toEqual(['RECALLS', 'RECALLS']);
    expect(c.hidden.relations).toEqual(['RECALLS']);
    c.filterKinds(new Set(['Instrument', 'Provision']));
    expect(c.cy.nodes('.filtered').map((n) => n.id())).toEqual(['body:WTPF-13']);
    // An edge to a hidden node is hidden too, so what is "shown" (the CSV, a layout) is what is seen.
    c.filterRelations(new Set(ALL_EDGE_TYPES), ALL_EDGE_TYPES);
    expect(c.cy.edges('.filtered').map((e) => e.data('relation'))).toEqual(['ISSUED_BY']);
    expect(c.exportCsv()).not.toContain('ISSUED_BY');
    c.filterKinds(new Set(['Instrument', 'Provision', 'Body']));
    expect(c.cy.elements('.filtered')).toHaveLength(0);
    c.destroy();
  });

  it('filters by strength: an "at least" choice hides weaker edges and recitals, never structure', () => {
    const c = new GraphController();
    c.showSubgraph(opinion6());
    const filtered = () => c.cy.edges('.filtered').map((e) => e.data('relation')).sort();
    c.filterStrength('DECLARES');
    expect(filtered()).toEqual(['RECALLS', 'RECALLS']); // recitals: no strength
    expect(c.hidden.minStrength).toBe('DECLARES');
    c.filterStrength('INVITES');
    expect(filtered()).toEqual(['REAFFIRMS', 'RECALLS', 'RECALLS']);
    expect(c.exportCsv()).not.toContain('REAFFIRMS');
    expect(c.exportCsv()).toContain('PART_OF');
    // With the relation filter: both apply, and clearing one leaves the other.
    c.filterRelations(new Set(ALL_EDGE_TYPES.filter((r) => r !== 'PART_OF')), ALL_EDGE_TYPES);
    c.filterStrength(null);
    expect(filtered()).toEqual(['PART_OF', 'PART_OF']);
    expect(c.hidden.minStrength).toBeNull();
    c.destroy();
  });

  it('shows the graph as of a year and marks what is new after another', () => {
    const c = new GraphController();
    c.showSubgraph(opinion6());
    expect(c.years()).toEqual([2005, 2013]);
    const changes: GraphStats[] = [];
    c.on('change', (stats) => changes.push(stats));
    // As of 2012: Opinion 6, its clauses, its forum and every edge from them are later.
    c.setTimeWindow({ asOf: 2012, newAfter: null });
    expect(c.cy.nodes().not('.filtered').map((n) => n.id()).sort()).toEqual([`${TUNIS}#69`, `${TUNIS}#71`]);
    expect(c.cy.edges().not('.filtered')).toHaveLength(0);
    expect(changes.at(-1)!.time).toEqual({ asOf: 2012, newAfter: null, laterNodes: 4, newNodes: 0, newEdges: 0, endedNodes: 0 });
    // New after 2005, as of 2013: everything of 2013 is marked, the Tunis paragraphs are not.
    c.setTimeWindow({ asOf: 2013, newAfter: 2005 });
    expect(c.cy.elements('.filtered')).toHaveLength(0);
    expect(c.cy.nodes('.since').map((n) => n.id()).sort()).toEqual([OP6, `${OP6}#recalling.a`, `${OP6}#view.1`, 'body:WTPF-13'].sort());
    // Every edge is new: RECALLS by its evidence date, the others by their later end (2013).
    expect(c.cy.edges('.since')).toHaveLength(6);
    expect(changes.at(-1)!.time).toMatchObject({ laterNodes: 0, newNodes: 4, newEdges: 6 });
    // An edge dated by its evidence before its ends' years keeps its own year.
    c.cy.getElementById(`${OP6}#recalling.a|RECALLS|${TUNIS}#69`).data('evidence', { date: '2005-12-01' });
    c.setTimeWindow({ asOf: null, newAfter: 2005 });
    expect(c.cy.getElementById(`${OP6}#recalling.a|RECALLS|${TUNIS}#69`).hasClass('since')).toBe(false);
    // A kind filter and the window together; the window survives a new subgraph, as filters do.
    c.filterKinds(new Set(['Instrument', 'Provision']));
    c.showSubgraph(opinion6());
    expect(c.timeWindow).toEqual({ asOf: null, newAfter: 2005 });
    expect(c.cy.nodes('.since').not('.filtered')).toHaveLength(3);
    c.setTimeWindow({ asOf: null, newAfter: null });
    expect(c.cy.elements('.since')).toHaveLength(0);
    c.destroy();
  });

  it('shows a body that had ended by the window\'s end as ended, still there', () => {
    const c = new GraphController();
    const sub = opinion6();
    sub.nodes.push(node('body:WGEC', 'Body', { label: 'WGEC', date: '2013-03-22', ended: '2014-05-14' }));
    c.showSubgraph(sub);
    expect(c.nodeData('body:WGEC')?.ended).toBe('2014-05-14');
    // No window: nothing is marked.
    expect(c.cy.nodes('.ended')).toHaveLength(0);
    c.setTimeWindow({ asOf: 2013, newAfter: null });
    expect(c.cy.nodes('.ended')).toHaveLength(0);
    c.setTimeWindow({ asOf: 2015, newAfter: null });
    expect(c.cy.nodes('.ended').map((n) => n.id())).toEqual(['body:WGEC']);
    expect(c.stats().time).toMatchObject({ endedNodes: 1, laterNodes: 0 });
    // "New after 2012" with no end: what began since, and what ended.
    c.setTimeWindow({ asOf: null, newAfter: 2012 });
    expect(c.cy.getElementById('body:WGEC').classes()).toEqual(expect.arrayContaining(['since', 'ended']));
    c.destroy();
  });

  it('selects an edge by its ends when its id is its stored key (a feed entry\'s link)', () => {
    const c = new GraphController();
    const graph = opinion6();
    // As the server sends it: the edge's id is its stored key, not source|RELATION|target.
    const key = `${OP6}|recalling.a|RECALLS|${TUNIS}#69`;
    graph.edges = graph.edges.map((e) => (e.id === `${OP6}#recalling.a|RECALLS|${TUNIS}#69` ? { ...e, id: key } : e));
    c.showSubgraph(graph);
    const seen: Selection[] = [];
    c.on('select', (s) => seen.push(s));
    expect(c.selectEdge(`${OP6}#recalling.a|RECALLS|${TUNIS}#69`)).toBe(true);
    expect(seen).toMatchObject([{ kind: 'edge', id: key }]);
    expect(c.selection).toBe(key);
    expect(c.cy.getElementById(key).hasClass('selected')).toBe(true);
    // Ends that no shown edge joins, or no edge shape at all, select nothing.
    expect(c.selectEdge(`${OP6}#recalling.a|NOTES|${TUNIS}#69`)).toBe(false);
    expect(c.selectEdge('no edge here')).toBe(false);
    expect(c.selection).toBe(key);
    c.destroy();
  });

  it('selects nodes and edges and emits their data', () => {
    const c = new GraphController();
    c.showSubgraph(opinion6());
    const seen: Selection[] = [];
    c.on('select', (s) => seen.push(s));
    expect(c.focus(OP6)).toBe(true);
    expect(c.focus('nope')).toBe(false);
    const edgeId = `${OP6}#recalling.a|RECALLS|${TUNIS}#69`;
    expect(c.selectEdge(edgeId)).toBe(true);
    expect(seen.map((s) => s.kind)).toEqual(['node', 'edge']);
    const last = seen[1];
    expect(last.kind === 'edge' && last.edge.evidence?.language).toBe('ar');
    expect(c.cy.getElementById(edgeId).hasClass('selected')).toBe(true);
    expect(c.cy.getElementById(OP6).hasClass('selected')).toBe(false);
    const deselect = vi.fn();
    c.on('deselect', deselect);
    c.clearSelection();
    expect(deselect).toHaveBeenCalledOnce();
    expect(c.cy.elements('.selected')).toHaveLength(0);
    c.destroy();
  });

  it('traces a chain: adds its nodes, fades the rest, lays it out in time lanes', () => {
    const c = new GraphController();
    c.showSubgraph(opinion6());
    const wgec = node('body:WGEC', 'Body', { label: 'WGEC', date: '2013-03-22', forum: 'CSTD' });
    const para20 = node('A/RES/67/195#20', 'Provision', { label: 'UNGA res. 67/195 ¶20', parent: 'A/RES/67/195', date: '2012-12-21', forum: 'UNGA' });
    const t71 = c.nodeData(`${TUNIS}#71`)!;
    const state = c.showTrace(
      [{ nodes: [t71, para20, wgec], edges: [edge(para20.id, 'IMPLEMENTS', t71.id), edge(para20.id, 'MANDATES', wgec.id)] }],
      t71.id,
      'DOWNSTREAM',
    );
    expect(state).toEqual({ from: t71.id, direction: 'DOWNSTREAM', paths: 1, hops: 2 });
    expect(c.cy.elements('.trace').map((e) => e.id()).sort()).toEqual([para20.id, `${para20.id}|IMPLEMENTS|${t71.id}`, `${para20.id}|MANDATES|${wgec.id}`, t71.id, wgec.id].sort());
    expect(c.cy.getElementById(OP6).hasClass('faded')).toBe(true);
    expect(c.cy.getElementById(wgec.id).hasClass('faded')).toBe(false);
    expect(c.layout).toBe('lanes');
    // time order: Tunis (2005) left of 67/195 (2012) left of WGEC (2013); lanes present as bands
    const x = (id: string) => c.cy.getElementById(id).position('x');
    expect(x(t71.id)).toBeLessThan(x(para20.id));
    expect(x(para20.id)).toBeLessThan(x(wgec.id));
    expect(c.cy.nodes('.lane-label').map((n) => n.data('lane'))).toEqual(['WSIS', 'UNGA', 'ECOSOC/CSTD', 'ITU']);
    // a date above each column, left to right in time order, above the top lane
    const dates = c.cy.nodes('.lane-date').map((n) => ({ x: n.position('x'), date: n.data('display') as string })).sort((a, b) => a.x - b.x).map((d) => d.date);
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort()).toEqual(dates);
    const bands = c.cy.nodes('.lane').toArray().filter((n) => !n.hasClass('lane-date') && !n.hasClass('lane-label'));
    const topLane = Math.min(...bands.map((n) => (n as NodeSingular).position('y') - n.data('h') / 2));
    expect(Math.max(...c.cy.nodes('.lane-date').map((n) => n.position('y')))).toBeLessThan(topLane);
    expect(c.exportJson().nodes.some((n) => n.id.startsWith('lane:'))).toBe(false);
    c.clearTrace();
    expect(c.cy.elements('.faded, .trace')).toHaveLength(0);
    expect(c.cy.nodes('.lane')).toHaveLength(0);
    c.destroy();
  });

  it('exports the shown graph as plain JSON', () => {
    const c = new GraphController();
    c.showSubgraph(opinion6());
    const json = c.exportJson();
    expect(json.nodes).toHaveLength(6);
    expect(json.edges.find((e) => e.relation === 'RECALLS')?.evidence?.clause).toBe('Recalling (a)');
    expect(json.nodes.find((n) => n.id === `${OP6}#view.1`)?.parent).toBe(OP6);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    c.destroy();
  });

  it('pairs every listener with its removal', () => {
    const c = new GraphController();
    const off = c.on('change', () => {});
    const handler = () => {};
    c.on('select', handler);
    c.off('select', handler);
    off();
    expect((c as unknown as { events: { listenerCount(): number } }).events.listenerCount()).toBe(0);
    c.destroy();
  });
});

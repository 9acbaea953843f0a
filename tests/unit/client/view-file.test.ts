import { describe, expect, it } from 'vitest';
import { GraphController } from '../../../client/src/graph/controller.js';
import { MAX_VIEW_NODES, parseViewFile, ViewFileError } from '../../../client/src/graph/view-file.js';
import { opinion6, OP6 } from './fixtures.js';

/** What "Export JSON" writes for the Opinion 6 fixture, with a filter and a trace mark. */
function exported(): Record<string, any> {
  const c = new GraphController();
  c.showSubgraph(opinion6(), { root: OP6 });
  c.filterKinds(new Set(['Instrument', 'Provision']));
  c.filterStrength('DECLARES');
  c.setTimeWindow({ asOf: 2013, newAfter: 2010 });
  const json = JSON.parse(JSON.stringify({ ...c.exportJson(), trace: { from: OP6, direction: 'UPSTREAM', paths: 1, hops: 2 } }));
  c.destroy();
  return json;
}

const problemsOf = (data: unknown) => {
  try {
    parseViewFile(typeof data === 'string' ? data : JSON.stringify(data), 'view.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ViewFileError);
    return (error as Error).message;
  }
  throw new Error('expected the file to be refused');
};

describe('opening an exported view', () => {
  it('reads back what Export JSON wrote: nodes, edges with their evidence, filters and trace', () => {
    const file = exported();
    const view = parseViewFile(JSON.stringify(file), 'view.json');
    expect(view.nodes).toHaveLength(opinion6().nodes.length);
    expect(view.edges.map((e) => e.id).sort()).toEqual(opinion6().edges.map((e) => e.id).sort());
    const withEvidence = opinion6().edges.find((e) => e.evidence)!;
    expect(view.edges.find((e) => e.id === withEvidence.id)?.evidence).toMatchObject(withEvidence.evidence!);
    expect(view.hidden).toEqual({ relations: [], kinds: ['Body'], minStrength: 'DECLARES' });
    expect(view.edges.find((e) => e.relation === 'REAFFIRMS')?.evidence?.strength).toBe('DECLARES');
    expect(view.edges.filter((e) => e.evidence?.fieldProvenance?.length).length).toBeGreaterThan(0);
    expect(view.trace).toEqual({ from: OP6, direction: 'UPSTREAM' });
    // A drawn history (the text's drafts and revisions) is kept too, and only the walks we draw.
    expect(parseViewFile(JSON.stringify({ ...file, trace: { from: OP6, direction: 'HISTORY' } }), 'view.json').trace).toEqual({ from: OP6, direction: 'HISTORY' });
    expect(problemsOf({ ...file, trace: { from: OP6, direction: 'SIDEWAYS' } })).toContain('direction: UPSTREAM, DOWNSTREAM, HISTORY');
    expect(view.time).toEqual({ asOf: 2013, newAfter: 2010 });
    // Shown again, it is the same graph.
    const c = new GraphController();
    c.showSubgraph({ nodes: view.nodes, edges: view.edges });
    expect(c.cy.nodes()).toHaveLength(view.nodes.length);
    expect(c.cy.edges()).toHaveLength(view.edges.length);
    c.destroy();
  });

  it('refuses what is not an export, saying where and what is wrong', () => {
    expect(problemsOf('{"nodes": [')).toMatch(/^view\.json: not a JSON file/);
    expect(problemsOf({ graph: [] })).toMatch(/expected an object with "nodes" and "edges"/);
    const file = exported();
    file.nodes[1].kind = 'Planet';
    file.edges[0].relation = 'DESTROYS';
    file.edges[1].target = 'nowhere#1';
    file.nodes.push({ ...file.nodes[0] });
    const message = problemsOf(file);
    expect(message).toContain('nodes[1].kind: expected one of Instrument, Provision, Body, got "Planet"');
    expect(message).toContain('edges[0].relation: unknown relation "DESTROYS"');
    expect(message).toContain('edges[1].target: "nowhere#1" is not a node of this file');
    expect(message).toMatch(/nodes\[\d+\]\.id: ".+" appears twice/);
  });

  it('refuses unknown filters, a trace from outside the file, bad evidence and oversized files', () => {
    const file = exported();
    file.hidden = { relations: ['RECALLS', 'MATCH (n) DETACH DELETE n'], kinds: [] };
    file.trace = { from: 'elsewhere', direction: 'UPSTREAM' };
    file.edges[0].evidence = { quote: 42 };
    file.edges[1].evidence = { fieldProvenance: [{ field: 'to', confidence: 'unconfirmed', sources: 'U45' }] };
    const message = problemsOf(file);
    expect(message).toContain('hidden.relations[1]: unknown value');
    expect(message).toContain('trace: expected');
    expect(message).toContain('edges[0].evidence.quote: expected a text or null, got 42');
    expect(message).toContain('edges[1].evidence.fieldProvenance: expected a list of { field, confidence, sources, note }');
    expect(problemsOf({ ...exported(), hidden: { minStrength: 'ALL' } })).toContain('hidden.minStrength: expected one of DECIDES, REQUESTS, CALLS_UPON, INVITES, ENCOURAGES, DECLARES or null, got "ALL"');
    const strengthFile = exported();
    strengthFile.edges[2].evidence = { strength: 'COMMANDS' };
    expect(problemsOf(strengthFile)).toMatch(/edges\[2\]\.evidence\.strength: expected one of DECIDES, .* got "COMMANDS"/);
    const big = { nodes: Array.from({ length: MAX_VIEW_NODES + 1 }, (_, i) => ({ id: `n${i}`, label: 'n', kind: 'Body' })), edges: [] };
    expect(problemsOf(big)).toContain(`more than the ${MAX_VIEW_NODES} a view can hold`);
    // Many problems: the first five, and how many more.
    const many = { nodes: Array.from({ length: 8 }, () => ({ id: '', label: 'x', kind: 'Body' })), edges: [] };
    expect(problemsOf(many)).toMatch(/and \d+ more\.$/);
  });

  it('checks the time window and the data version, and opens a file saved before them with none', () => {
    const file = exported();
    file.time = { asOf: '2013', newAfter: 20100 };
    const message = problemsOf(file);
    expect(message).toContain('time.asOf: expected a year from 1900 to 2100 or null, got "2013"');
    expect(message).toContain('time.newAfter: expected a year from 1900 to 2100 or null, got 20100');
    expect(problemsOf({ ...file, time: [2013] })).toContain('time: expected an object or null');
    expect(problemsOf({ ...file, time: null, dataVersion: 'latest' })).toContain('dataVersion: expected a positive whole number or null, got "latest"');
    expect(parseViewFile(JSON.stringify({ ...file, time: null, dataVersion: 7 }), 'v7.json').dataVersion).toBe(7);
    delete file.time;
    expect(parseViewFile(JSON.stringify(file), 'old.json')).toMatchObject({ time: { asOf: null, newAfter: null }, dataVersion: null });
  });
});

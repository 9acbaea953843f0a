import { describe, expect, it } from 'vitest';
import { GraphController } from '../../../client/src/graph/controller.js';
import { graphml } from '../../../client/src/graph/graphml.js';
import { edge, node, opinion6, OP6, TUNIS } from './fixtures.js';

describe('GraphML export', () => {
  it('declares its keys and writes every node and edge with its data', () => {
    const sub = opinion6();
    const xml = graphml(sub.nodes, sub.edges);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"')).toBe(true);
    expect(xml).toContain('<key id="label" for="node" attr.name="label" attr.type="string"/>');
    expect(xml).toContain('<key id="e_date" for="edge" attr.name="date" attr.type="string"/>');
    expect(xml).toContain('<graph id="ig-atlas" edgedefault="directed">');
    expect(xml.match(/<node /g)).toHaveLength(sub.nodes.length);
    expect(xml.match(/<edge /g)).toHaveLength(sub.edges.length);
    expect(xml).toContain(`<node id="${OP6}"><data key="label">WTPF-13 Opinion 6 (DT/6)</data><data key="kind">Instrument</data><data key="instrumentKind">OPINION</data><data key="date">2013-05-15</data><data key="forum">WTPF-13</data></node>`);
    expect(xml).toContain('<data key="e_quote">بالفقرات ذات الصلة من برنامج عمل تونس</data>');
    expect(xml).toContain('<data key="e_lessSure">to: unconfirmed (Paragraph recalled.)</data>');
  });

  it('escapes text and ids, and drops what XML cannot hold', () => {
    const xml = graphml([node('a"<b>', 'Body', { label: 'R&D \u0001<x>' }), node('c', 'Body')], [edge('a"<b>', 'CITES', 'c', { evidence: { quote: "it's <b>" } })]);
    expect(xml).toContain('<node id="a&quot;&lt;b&gt;"><data key="label">R&amp;D &lt;x&gt;</data>');
    expect(xml).toContain('<data key="e_quote">it&apos;s &lt;b&gt;</data>');
    expect(xml).not.toContain('key="e_strength">'); // none given, none written
    expect(graphml([node('c', 'Body')], [edge('c', 'INVITES', 'c', { evidence: { strength: 'ENCOURAGES' } })])).toContain('<data key="e_relation">INVITES</data><data key="e_strength">ENCOURAGES</data>');
    expect(xml).not.toContain('\u0001');
  });

  it('exports what is shown: not what a filter hides; what the time window marks new says so', () => {
    const c = new GraphController();
    c.showSubgraph(opinion6());
    c.filterKinds(new Set(['Instrument', 'Provision']));
    c.setTimeWindow({ asOf: null, newAfter: 2005 });
    const xml = c.exportGraphml();
    expect(xml).not.toContain('body:WTPF-13');
    expect(xml).toContain(`<node id="${TUNIS}#69">`);
    expect(xml).toMatch(new RegExp(`<node id="${OP6}">.*<data key="new">yes</data></node>`));
    expect(xml).not.toMatch(new RegExp(`<node id="${TUNIS.replace(/[()]/g, '\\$&')}#69">.*<data key="new">`));
    expect(c.exportCsv().split('\r\n').filter((line) => line.endsWith(',yes')).length).toBe(c.cy.edges('.since').not('.filtered').length);
    c.destroy();
  });
});

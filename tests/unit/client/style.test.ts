import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { LABELS, RELATIONS, STRUCTURAL_RELATIONS } from '../../../cypher/model.js';
import { ALL_EDGE_TYPES, buildStyle, EDGE_LOOKS, NODE_LOOKS } from '../../../client/src/graph/style.js';

describe('graph stylesheet', () => {
  it('gives every relation of the model its own colour, line and arrow', () => {
    for (const r of [...RELATIONS, ...STRUCTURAL_RELATIONS]) expect(EDGE_LOOKS[r], r).toBeDefined();
    expect([...ALL_EDGE_TYPES].sort()).toEqual([...RELATIONS, ...STRUCTURAL_RELATIONS].sort());
    const looks = RELATIONS.map((r) => `${EDGE_LOOKS[r].color}/${EDGE_LOOKS[r].line}/${EDGE_LOOKS[r].arrow}`);
    expect(new Set(looks).size).toBe(RELATIONS.length);
    // colours alone tell the relations apart too
    expect(new Set(RELATIONS.map((r) => EDGE_LOOKS[r].color)).size).toBe(RELATIONS.length);
  });

  it('styles every node kind with a distinct shape and colour', () => {
    for (const label of LABELS) expect(NODE_LOOKS[label], label).toBeDefined();
    expect(new Set(LABELS.map((l) => NODE_LOOKS[l].shape)).size).toBe(LABELS.length);
    expect(new Set(LABELS.map((l) => NODE_LOOKS[l].color)).size).toBe(LABELS.length);
  });

  it('applies the data selectors and state classes in Cytoscape', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStyle() });
    cy.add([
      { data: { id: 'a', kind: 'Instrument', display: 'A' } },
      { data: { id: 'b', kind: 'Body', display: 'B' } },
      { data: { id: 'e', source: 'a', target: 'b', relation: 'MANDATES' } },
      { data: { id: 'f', source: 'a', target: 'b', relation: 'NOTES' } },
    ]);
    expect(cy.getElementById('a').style('shape')).toBe('round-rectangle');
    expect(cy.getElementById('b').style('shape')).toBe('hexagon');
    expect(cy.getElementById('e').style('line-style')).toBe('solid');
    expect(cy.getElementById('f').style('line-style')).toBe('dashed');
    expect(cy.getElementById('e').style('target-arrow-shape')).toBe('triangle');
    cy.getElementById('a').addClass('faded');
    expect(Number(cy.getElementById('a').style('opacity'))).toBeLessThan(0.2);
    cy.getElementById('f').addClass('filtered');
    expect(cy.getElementById('f').style('display')).toBe('none');
    cy.destroy();
  });
});

/**
 * The Cytoscape stylesheet: data selectors for node kinds and relation types, state classes for
 * what the user does (.selected, .highlighted, .faded, .filtered, .trace, .since). Every relation of
 * cypher/model.ts has its own (colour, line style, arrow) triple, which the legend reuses.
 */
import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { ACTING_RELATIONS, CITING_RELATIONS, STRUCTURAL_RELATIONS } from '../../../cypher/model.js';
import { bidiLabel } from './bidi.js';

export type LineStyle = 'solid' | 'dashed' | 'dotted';
export interface EdgeLook {
  color: string;
  line: LineStyle;
  arrow: 'triangle' | 'vee' | 'triangle-tee' | 'triangle-backcurve' | 'square' | 'diamond' | 'circle' | 'tee' | 'none';
  width: number;
}

/** Citing relations in cool colours, acting relations in warm colours, structure in grey. */
export const EDGE_LOOKS: Record<string, EdgeLook> = {
  RECALLS: { color: '#2563eb', line: 'solid', arrow: 'triangle', width: 2 },
  NOTES: { color: '#0891b2', line: 'dashed', arrow: 'vee', width: 2 },
  RECOGNIZES: { color: '#0d9488', line: 'solid', arrow: 'vee', width: 2 },
  CONSIDERS: { color: '#64748b', line: 'dotted', arrow: 'triangle', width: 2 },
  REAFFIRMS: { color: '#1e3a8a', line: 'solid', arrow: 'triangle-tee', width: 3 },
  EMPHASIZES: { color: '#7c3aed', line: 'solid', arrow: 'triangle', width: 2 },
  WELCOMES: { color: '#16a34a', line: 'dashed', arrow: 'circle', width: 2 },
  ENDORSES: { color: '#15803d', line: 'solid', arrow: 'square', width: 2.5 },
  QUOTES: { color: '#6d28d9', line: 'dotted', arrow: 'vee', width: 2.5 },
  CITES: { color: '#94a3b8', line: 'solid', arrow: 'triangle', width: 1.5 },
  IMPLEMENTS: { color: '#be185d', line: 'solid', arrow: 'triangle-backcurve', width: 3 },
  SUCCEEDS: { color: '#a16207', line: 'dashed', arrow: 'triangle-backcurve', width: 2.5 },
  REVISES: { color: '#4d7c0f', line: 'dotted', arrow: 'square', width: 2 },
  ADOPTS: { color: '#65a30d', line: 'solid', arrow: 'square', width: 2.5 },
  MANDATES: { color: '#dc2626', line: 'solid', arrow: 'triangle', width: 3.5 },
  REQUESTS: { color: '#ea580c', line: 'solid', arrow: 'vee', width: 3 },
  INVITES: { color: '#f59e0b', line: 'dashed', arrow: 'vee', width: 2.5 },
  DECIDES: { color: '#b91c1c', line: 'dashed', arrow: 'triangle', width: 3 },
  ESTABLISHES: { color: '#9a3412', line: 'solid', arrow: 'diamond', width: 3.5 },
  INSTRUCTS: { color: '#c2410c', line: 'dotted', arrow: 'triangle', width: 3 },
  CALLS_UPON: { color: '#d97706', line: 'dotted', arrow: 'circle', width: 2.5 },
  REPORTS_TO: { color: '#db2777', line: 'dashed', arrow: 'tee', width: 2.5 },
  PART_OF: { color: '#cbd5e1', line: 'solid', arrow: 'none', width: 1 },
  ISSUED_BY: { color: '#cbd5e1', line: 'dotted', arrow: 'none', width: 1 },
};

export const ALL_EDGE_TYPES: readonly string[] = [...CITING_RELATIONS, ...ACTING_RELATIONS, ...STRUCTURAL_RELATIONS];

export interface NodeLook {
  shape: 'round-rectangle' | 'ellipse' | 'hexagon';
  color: string;
  border: string;
}
export const NODE_LOOKS: Record<string, NodeLook> = {
  Instrument: { shape: 'round-rectangle', color: '#1d4ed8', border: '#1e3a8a' },
  Provision: { shape: 'ellipse', color: '#fbbf24', border: '#b45309' },
  Body: { shape: 'hexagon', color: '#059669', border: '#065f46' },
};

/** A node's label from one of its data fields, with direction marks so it reads the same in either interface (bidi.ts). */
const shown = (field: 'display' | 'full') => (node: NodeSingular) => bidiLabel(String(node.data(field) ?? ''));

/** The halo of what a time window marks new; the time control's key shows the same colour. */
export const SINCE = '#84cc16';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Geeza Pro", Tahoma, sans-serif';

export function buildStyle(): StylesheetJson {
  const style: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: shown('display'),
        'font-family': FONT,
        'font-size': 11,
        color: '#0f172a',
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 7,
        'border-width': 1.5,
        'overlay-padding': 4,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'arrow-scale': 1.1,
        opacity: 0.9,
        'overlay-padding': 3,
      },
    },
  ];
  for (const [kind, look] of Object.entries(NODE_LOOKS)) {
    style.push({
      selector: `node[kind = "${kind}"]`,
      style: { shape: look.shape, 'background-color': look.color, 'border-color': look.border },
    });
  }
  style.push(
    { selector: 'node[kind = "Instrument"]', style: { width: 34, height: 24, 'font-weight': 'bold' } },
    { selector: 'node[kind = "Provision"]', style: { width: 14, height: 14, 'font-size': 9, color: '#334155' } },
    { selector: 'node[kind = "Body"]', style: { width: 28, height: 26 } },
    { selector: 'node[instrumentKind = "OPINION"]', style: { 'background-color': '#7c3aed', 'border-color': '#4c1d95' } },
    { selector: 'node[instrumentKind = "RESOLUTION"]', style: { 'background-color': '#1d4ed8' } },
    { selector: 'node[instrumentKind = "OUTCOME_DOCUMENT"]', style: { 'background-color': '#0f766e', 'border-color': '#134e4a' } },
    { selector: 'node[instrumentKind = "REPORT"]', style: { 'background-color': '#475569', 'border-color': '#1e293b' } },
    { selector: 'node[instrumentKind = "EVENT"]', style: { 'background-color': '#0369a1', 'border-style': 'dashed' } },
    { selector: 'node[instrumentKind = "DECISION"]', style: { 'background-color': '#4338ca' } },
    // A draft is pale and dashed: a stage of a text, not a text adopted as such.
    { selector: 'node[instrumentKind = "DRAFT"]', style: { 'background-color': '#cbd5e1', 'border-color': '#475569', 'border-style': 'dashed' } },
  );
  for (const [relation, look] of Object.entries(EDGE_LOOKS)) {
    style.push({
      selector: `edge[relation = "${relation}"]`,
      style: {
        'line-color': look.color,
        'target-arrow-color': look.color,
        'target-arrow-shape': look.arrow,
        'line-style': look.line,
        width: look.width,
      },
    });
  }
  style.push(
    { selector: 'node.root', style: { 'border-width': 4, 'border-color': '#0f172a' } },
    { selector: '.highlighted', style: { opacity: 1, 'z-index': 20 } },
    { selector: 'edge.highlighted', style: { width: 4 } },
    { selector: 'node.trace', style: { label: shown('full'), 'font-size': 13, 'min-zoomed-font-size': 0, 'border-width': 3, 'border-color': '#dc2626', 'font-weight': 'bold', 'z-index': 30 } },
    { selector: 'edge.trace', style: { width: 4.5, opacity: 1, 'z-index': 30 } },
    { selector: '.faded', style: { opacity: 0.14, 'text-opacity': 0, events: 'no' } },
    { selector: '.filtered', style: { display: 'none' } },
    // New in the time window (time-window.ts): a green halo, under the selection's and the trace's marks.
    { selector: 'node.since', style: { 'underlay-color': SINCE, 'underlay-opacity': 0.55, 'underlay-padding': 7, 'underlay-shape': 'ellipse' } },
    { selector: 'edge.since', style: { 'underlay-color': SINCE, 'underlay-opacity': 0.45, 'underlay-padding': 4 } },
    // A body the time window shows ended: dashed and pale, still there.
    { selector: 'node.ended', style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': '#475569', 'background-opacity': 0.45 } },
    { selector: 'node.bulk', style: { label: '', 'border-width': 0 } },
    { selector: 'node.bulk.selected, node.bulk.trace', style: { label: shown('display') } },
    { selector: 'node.selected', style: { 'border-width': 5, 'border-color': '#f43f5e', 'z-index': 40 } },
    { selector: 'edge.selected', style: { width: 6, 'z-index': 40, 'underlay-color': '#f43f5e', 'underlay-opacity': 0.35, 'underlay-padding': 4 } },
    {
      selector: 'node.lane',
      style: {
        shape: 'round-rectangle',
        'background-color': '#f1f5f9',
        'background-opacity': 0.9,
        'border-width': 0,
        label: shown('display'),
        'text-valign': 'center',
        'text-halign': 'center',
        'font-size': 14,
        'font-weight': 'bold',
        color: '#475569',
        'text-background-opacity': 0,
        width: 'data(w)',
        height: 'data(h)',
        events: 'no',
        'z-index': 0,
        'z-compound-depth': 'bottom',
      },
    },
    {
      selector: 'node.lane-label',
      style: { 'background-opacity': 0, 'text-max-width': '160px', 'text-wrap': 'wrap', 'font-size': 15, color: '#334155', 'min-zoomed-font-size': 0 },
    },
    {
      selector: 'node.lane-date',
      style: { 'background-opacity': 0, 'font-size': 13, 'font-weight': 'bold', color: '#64748b', 'min-zoomed-font-size': 0 },
    },
  );
  return style;
}

/**
 * Internal, pure: a view as GraphML (http://graphml.graphdrawing.org/), the graph file Gephi,
 * yEd and Cytoscape desktop open, with every node's fields and every edge's evidence as data.
 *
 * Contract: UTF-8 XML; a directed graph; one <key> per field, declared with its type (string);
 * `label` is the name Gephi shows. Text is escaped, and characters XML 1.0 cannot hold are
 * dropped. Ids are the graph's own (a symbol, symbol#number, body:ACRONYM; an edge's
 * source|RELATION|target).
 */
import { lessSure } from './edge-table.js';
import type { GEdge, GNode } from './types.js';

const NODE_KEYS = ['label', 'kind', 'instrumentKind', 'date', 'ended', 'forum', 'parent', 'new'] as const;
const EDGE_KEYS = ['relation', 'strength', 'clause', 'quote', 'language', 'method', 'confidence', 'date', 'sources', 'lessSure', 'new'] as const;

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (value: string) => value.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);

function data(key: string, value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? '' : `<data key="${key}">${xml(value)}</data>`;
}

/** `new` is "yes" on the nodes and edges of `fresh`: those the time window marks new (time-window.ts). */
export function graphml(nodes: readonly GNode[], edges: readonly GEdge[], fresh: ReadonlySet<string> = new Set()): string {
  const keys = [
    ...NODE_KEYS.map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    // Edge keys get their own ids: `date` is a node's and an edge's field.
    ...EDGE_KEYS.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
  ];
  const nodeLines = nodes.map((n) => {
    const values: Record<(typeof NODE_KEYS)[number], string | null | undefined> = { label: n.label, kind: n.kind, instrumentKind: n.instrumentKind, date: n.date, ended: n.ended, forum: n.forum, parent: n.parent, new: fresh.has(n.id) ? 'yes' : null };
    return `    <node id="${xml(n.id)}">${NODE_KEYS.map((k) => data(k, values[k])).join('')}</node>`;
  });
  const edgeLines = edges.map((e) => {
    const ev = e.evidence ?? {};
    const values: Record<(typeof EDGE_KEYS)[number], string | null | undefined> = {
      relation: e.relation, strength: ev.strength, clause: ev.clause, quote: ev.quote, language: ev.language, method: ev.method, confidence: ev.confidence, date: ev.date, sources: ev.sources?.join(' '), lessSure: lessSure(ev), new: fresh.has(e.id) ? 'yes' : null,
    };
    return `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">${EDGE_KEYS.map((k) => data(`e_${k}`, values[k])).join('')}</edge>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="ig-atlas" edgedefault="directed">',
    ...nodeLines,
    ...edgeLines,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/**
 * Reads a view saved with "Export JSON" (GraphController.exportJson) back, so a researcher can
 * share a view as a file and open it again. Pure: no DOM, no controller.
 *
 * Contract: returns the view only when the whole file is valid; otherwise throws a ViewFileError
 * that names the file and up to five problems by their place ("nodes[3].kind: …"), and the caller
 * keeps the graph it shows. Relations and node kinds come from closed lists, every edge must join
 * two nodes of the file, and the size is capped like a graph the UI can draw.
 */
import { RELATIONS, STRUCTURAL_RELATIONS } from '../../../cypher/model.js';
import { isStrength, STRENGTHS, type Strength } from '../../../cypher/strength.js';
import { MAX_YEAR, MIN_YEAR, NO_WINDOW, parseYear, type TimeWindow } from './time-window.js';
import { NODE_KINDS, type Evidence, type FieldMark, type GEdge, type GNode, type NodeKind, TRACE_WALKS, type TraceWalk } from './types.js';

/** Larger than any view the server sends (300 nodes, expanded) with room for synthetic tests. */
export const MAX_VIEW_NODES = 5000;
export const MAX_VIEW_EDGES = 20000;

export interface ViewFile {
  nodes: GNode[];
  edges: GEdge[];
  hidden: { relations: string[]; kinds: NodeKind[]; minStrength: Strength | null };
  trace: { from: string; direction: TraceWalk } | null;
  /** The time window the view was saved with (NO_WINDOW for a file saved before windows). */
  time: TimeWindow;
  /** The data version the view was saved from (Health.dataVersion); null when the file does not say. */
  dataVersion: number | null;
}

export class ViewFileError extends Error {
  override name = 'ViewFileError';
}

const EDGE_TYPES: ReadonlySet<string> = new Set([...RELATIONS, ...STRUCTURAL_RELATIONS]);
const EVIDENCE_TEXTS = ['clause', 'quote', 'language', 'method', 'confidence', 'sourceUrl', 'note', 'date'] as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** One mark of an edge's `fieldProvenance`, as the API gives it. */
const isFieldMark = (v: unknown): v is FieldMark =>
  isObject(v) && typeof v.field === 'string' && typeof v.confidence === 'string' && Array.isArray(v.sources) && v.sources.every((k) => typeof k === 'string') && (v.note === null || v.note === undefined || typeof v.note === 'string');
const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v.slice(0, 60)) : JSON.stringify(v)?.slice(0, 60) ?? String(v));

export function parseViewFile(text: string, fileName: string): ViewFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ViewFileError(`${fileName}: not a JSON file (${(error as Error).message}).`);
  }
  const problems: string[] = [];
  const problem = (where: string, what: string) => problems.push(`${where}: ${what}`);
  if (!isObject(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw new ViewFileError(`${fileName}: not an exported view (expected an object with "nodes" and "edges" lists).`);
  }
  if (data.nodes.length > MAX_VIEW_NODES) problem('nodes', `${data.nodes.length} nodes, more than the ${MAX_VIEW_NODES} a view can hold`);
  if (data.edges.length > MAX_VIEW_EDGES) problem('edges', `${data.edges.length} edges, more than the ${MAX_VIEW_EDGES} a view can hold`);
  if (problems.length) throw new ViewFileError(`${fileName}: ${problems.join('; ')}.`);

  const textAt = (where: string, value: unknown, required: boolean): string | null => {
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (!required && (value === undefined || value === null)) return null;
    problem(where, required ? `expected a non-empty text, got ${show(value)}` : `expected a text or null, got ${show(value)}`);
    return null;
  };

  /** Records an id, reporting it when `seen` already has it. */
  const once = (seen: Set<string>, where: string, id: string | null) => {
    if (id && seen.has(id)) problem(where, `${show(id)} appears twice`);
    if (id) seen.add(id);
  };

  const nodes: GNode[] = [];
  const ids = new Set<string>();
  data.nodes.forEach((raw, i) => {
    const at = `nodes[${i}]`;
    if (!isObject(raw)) return void problem(at, 'expected an object');
    const id = textAt(`${at}.id`, raw.id, true);
    const label = textAt(`${at}.label`, raw.label, true);
    if (!NODE_KINDS.includes(raw.kind as NodeKind)) problem(`${at}.kind`, `expected one of ${NODE_KINDS.join(', ')}, got ${show(raw.kind)}`);
    const optional = { instrumentKind: textAt(`${at}.instrumentKind`, raw.instrumentKind, false), parent: textAt(`${at}.parent`, raw.parent, false), date: textAt(`${at}.date`, raw.date, false), forum: textAt(`${at}.forum`, raw.forum, false), ended: textAt(`${at}.ended`, raw.ended, false) };
    once(ids, `${at}.id`, id);
    if (id && label) nodes.push({ id, label, kind: raw.kind as NodeKind, ...optional });
  });

  const edges: GEdge[] = [];
  const edgeIds = new Set<string>();
  data.edges.forEach((raw, i) => {
    const at = `edges[${i}]`;
    if (!isObject(raw)) return void problem(at, 'expected an object');
    const id = textAt(`${at}.id`, raw.id, true);
    const source = textAt(`${at}.source`, raw.source, true);
    const target = textAt(`${at}.target`, raw.target, true);
    if (!EDGE_TYPES.has(raw.relation as string)) problem(`${at}.relation`, `unknown relation ${show(raw.relation)}`);
    for (const [end, value] of [['source', source], ['target', target]] as const) {
      if (value && !ids.has(value)) problem(`${at}.${end}`, `${show(value)} is not a node of this file`);
    }
    once(edgeIds, `${at}.id`, id);
    let evidence: Evidence | null = null;
    if (isObject(raw.evidence)) {
      evidence = {};
      for (const field of EVIDENCE_TEXTS) evidence[field] = textAt(`${at}.evidence.${field}`, raw.evidence[field], false);
      const sources = raw.evidence.sources;
      if (Array.isArray(sources) && sources.every((k) => typeof k === 'string')) evidence.sources = sources as string[];
      else if (sources !== undefined && sources !== null) problem(`${at}.evidence.sources`, 'expected a list of source keys');
      const marks = raw.evidence.fieldProvenance;
      const strength = raw.evidence.strength;
      if (isStrength(strength)) evidence.strength = strength;
      else if (strength !== undefined && strength !== null) problem(`${at}.evidence.strength`, `expected one of ${STRENGTHS.join(', ')} or null, got ${show(strength)}`);
      if (Array.isArray(marks) && marks.every(isFieldMark)) evidence.fieldProvenance = marks;
      else if (marks !== undefined && marks !== null) problem(`${at}.evidence.fieldProvenance`, 'expected a list of { field, confidence, sources, note }');
    } else if (raw.evidence !== undefined && raw.evidence !== null) problem(`${at}.evidence`, 'expected an object or null');
    if (id && source && target) edges.push({ id, source, target, relation: raw.relation as string, evidence });
  });

  const hidden: ViewFile['hidden'] = { relations: [], kinds: [], minStrength: null };
  if (data.hidden !== undefined && data.hidden !== null) {
    if (!isObject(data.hidden)) problem('hidden', 'expected an object');
    else {
      for (const [key, allowed] of [['relations', EDGE_TYPES], ['kinds', new Set<string>(NODE_KINDS)]] as const) {
        const list = data.hidden[key] ?? [];
        if (!Array.isArray(list)) problem(`hidden.${key}`, 'expected a list');
        else list.forEach((v, i) => (allowed.has(v as string) ? (hidden[key] as string[]).push(v as string) : problem(`hidden.${key}[${i}]`, `unknown value ${show(v)}`)));
      }
      const min = data.hidden.minStrength;
      if (isStrength(min)) hidden.minStrength = min;
      else if (min !== undefined && min !== null) problem('hidden.minStrength', `expected one of ${STRENGTHS.join(', ')} or null, got ${show(min)}`);
    }
  }

  let trace: ViewFile['trace'] = null;
  if (data.trace !== undefined && data.trace !== null) {
    const raw = data.trace;
    if (!isObject(raw) || typeof raw.from !== 'string' || !ids.has(raw.from) || !TRACE_WALKS.includes(raw.direction as TraceWalk)) {
      problem('trace', `expected { from: a node of this file, direction: ${TRACE_WALKS.join(', ')} } or null`);
    } else trace = { from: raw.from, direction: raw.direction as TraceWalk };
  }

  const time: TimeWindow = { ...NO_WINDOW };
  if (data.time !== undefined && data.time !== null) {
    if (!isObject(data.time)) problem('time', 'expected an object or null');
    else {
      for (const key of ['asOf', 'newAfter'] as const) {
        const value = data.time[key];
        if (value === undefined || value === null) continue;
        const year = typeof value === 'number' ? parseYear(value) : null;
        if (year === null) problem(`time.${key}`, `expected a year from ${MIN_YEAR} to ${MAX_YEAR} or null, got ${show(value)}`);
        else time[key] = year;
      }
    }
  }

  let dataVersion: number | null = null;
  if (data.dataVersion !== undefined && data.dataVersion !== null) {
    if (Number.isInteger(data.dataVersion) && (data.dataVersion as number) > 0) dataVersion = data.dataVersion as number;
    else problem('dataVersion', `expected a positive whole number or null, got ${show(data.dataVersion)}`);
  }

  if (problems.length) {
    const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
    throw new ViewFileError(`${fileName}: ${problems.slice(0, 5).join('; ')}${more}.`);
  }
  return { nodes, edges, hidden, trace, time, dataVersion };
}

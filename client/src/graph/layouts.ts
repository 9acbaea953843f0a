/**
 * Pure layout helpers (no Cytoscape): the time-lane layout puts each node in the lane of its forum
 * (WSIS, UNGA, ECOSOC/CSTD, ITU, other) and in a column by date, oldest first.
 */
import type { GNode } from './types.js';

export const LANES = ['WSIS', 'UNGA', 'ECOSOC/CSTD', 'ITU', 'OTHER'] as const;
export type Lane = (typeof LANES)[number];

const ECOSOC_CSTD = new Set(['ECOSOC', 'CSTD', 'WGEC', 'CSTD-CHAIR', 'DESA', 'UNSG', 'SG']);

/** The lane of a forum acronym (the issuing body of a node). */
export function laneOf(forum: string | null | undefined): Lane {
  const f = (forum ?? '').toUpperCase();
  if (!f) return 'OTHER';
  if (f.startsWith('WSIS') || f === 'WGIG') return 'WSIS';
  if (f === 'UNGA' || f.startsWith('UNGA-') || f === 'GA') return 'UNGA';
  if (ECOSOC_CSTD.has(f) || f.startsWith('CSTD') || f.startsWith('ECOSOC') || f.startsWith('WGEC')) return 'ECOSOC/CSTD';
  if (f.startsWith('ITU') || f.startsWith('WTPF') || f.startsWith('WTSA') || f.startsWith('WTDC') || f.startsWith('PP-') || f.startsWith('CWG')) return 'ITU';
  return 'OTHER';
}

export interface LaneLayoutOptions {
  columnWidth?: number;
  rowHeight?: number;
  laneGap?: number;
  /** Mirror the time axis (newest on the left) for right-to-left reading. */
  rtl?: boolean;
  /** Ids placed first in their cell (e.g. the traced chain), so they sit on the lane's top row. */
  priority?: ReadonlySet<string>;
}

export interface LaneBand {
  lane: Lane;
  y: number;
  height: number;
}

export interface LaneLayout {
  positions: Map<string, { x: number; y: number }>;
  lanes: LaneBand[];
  /** Distinct dates in column order ("" for undated, last). */
  columns: string[];
  /** Distance between two columns' centres. */
  columnWidth: number;
  width: number;
}

/**
 * Columns are the distinct dates in ascending order (undated nodes last); lanes are the forums
 * present, in LANES order; nodes sharing a lane and a date stack down the lane, priority first.
 */
export function timeLaneLayout(nodes: readonly GNode[], options: LaneLayoutOptions = {}): LaneLayout {
  const columnWidth = options.columnWidth ?? 150;
  const rowHeight = options.rowHeight ?? 56;
  const laneGap = options.laneGap ?? 36;
  const priority = options.priority ?? new Set<string>();
  // With a priority set (a traced chain), only its dates make columns and rows; the other nodes
  // sit, faded, in the column of the nearest earlier chain date, so the chain stays readable.
  const leading = priority.size ? nodes.filter((n) => priority.has(n.id)) : nodes;
  const dates = [...new Set(leading.map((n) => n.date ?? ''))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  const dated = dates.filter(Boolean);
  const columnOf = (date: string | null | undefined): number => {
    const exact = dates.indexOf(date ?? '');
    if (exact >= 0) return exact;
    if (!date) return dates.length;
    let index = 0;
    dated.forEach((d, i) => {
      if (d <= date) index = i;
    });
    return index;
  };
  const cells = new Map<string, { lead: GNode[]; rest: GNode[] }>();
  for (const node of nodes) {
    const key = `${laneOf(node.forum)}\u0000${columnOf(node.date)}`;
    const cell = cells.get(key) ?? { lead: [], rest: [] };
    (priority.size && !priority.has(node.id) ? cell.rest : cell.lead).push(node);
    cells.set(key, cell);
  }
  const byId = (a: GNode, b: GNode) => a.id.localeCompare(b.id, 'en', { numeric: true });
  const present = LANES.filter((lane) => nodes.some((n) => laneOf(n.forum) === lane));
  const positions = new Map<string, { x: number; y: number }>();
  const lanes: LaneBand[] = [];
  let top = 0;
  const columnCount = Math.max(dates.length, ...nodes.map((n) => columnOf(n.date) + 1));
  for (const lane of present) {
    let rows = 1;
    for (let c = 0; c < columnCount; c++) rows = Math.max(rows, cells.get(`${lane}\u0000${c}`)?.lead.length ?? 0);
    const height = rows * rowHeight;
    for (let c = 0; c < columnCount; c++) {
      const cell = cells.get(`${lane}\u0000${c}`);
      if (!cell) continue;
      const x = c * columnWidth;
      cell.lead.sort(byId).forEach((node, row) => positions.set(node.id, { x: options.rtl ? -x : x, y: top + rowHeight / 2 + row * rowHeight }));
      cell.rest.sort(byId).forEach((node, i) => {
        const dx = ((i % 5) - 2) * 14;
        const dy = (Math.floor(i / 5) % Math.max(1, rows)) * rowHeight + rowHeight * 0.35;
        positions.set(node.id, { x: options.rtl ? -(x + dx) : x + dx, y: top + Math.min(height - 8, dy) });
      });
    }
    lanes.push({ lane, y: top + height / 2, height });
    top += height + laneGap;
  }
  return { positions, lanes, columns: dates, columnWidth, width: Math.max(1, columnCount) * columnWidth };
}

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
  width: number;
}

/**
 * Columns are the distinct dates in ascending order (undated nodes last); lanes are the forums
 * present, in LANES order; nodes sharing a lane and a date stack down the lane, priority first.
 */
export function timeLaneLayout(nodes: readonly GNode[], options: LaneLayoutOptions = {}): LaneLayout {
  const columnWidth = options.columnWidth ?? 190;
  const rowHeight = options.rowHeight ?? 56;
  const laneGap = options.laneGap ?? 36;
  const priority = options.priority ?? new Set<string>();
  const dates = [...new Set(nodes.map((n) => n.date ?? ''))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  const column = new Map(dates.map((d, i) => [d, i]));
  const cells = new Map<string, GNode[]>();
  for (const node of nodes) {
    const key = `${laneOf(node.forum)}\u0000${node.date ?? ''}`;
    const list = cells.get(key) ?? [];
    list.push(node);
    cells.set(key, list);
  }
  const present = LANES.filter((lane) => nodes.some((n) => laneOf(n.forum) === lane));
  const positions = new Map<string, { x: number; y: number }>();
  const lanes: LaneBand[] = [];
  let top = 0;
  for (const lane of present) {
    let rows = 1;
    for (const date of dates) rows = Math.max(rows, cells.get(`${lane}\u0000${date}`)?.length ?? 0);
    const height = rows * rowHeight;
    for (const date of dates) {
      const cell = cells.get(`${lane}\u0000${date}`) ?? [];
      cell.sort((a, b) => Number(priority.has(b.id)) - Number(priority.has(a.id)) || a.id.localeCompare(b.id, 'en', { numeric: true }));
      cell.forEach((node, row) => {
        const x = (column.get(date) ?? 0) * columnWidth;
        positions.set(node.id, { x: options.rtl ? -x : x, y: top + rowHeight / 2 + row * rowHeight });
      });
    }
    lanes.push({ lane, y: top + height / 2, height });
    top += height + laneGap;
  }
  return { positions, lanes, columns: dates, width: Math.max(1, dates.length) * columnWidth };
}

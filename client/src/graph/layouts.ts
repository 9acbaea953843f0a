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
  // A row holds a node and a label of up to four lines (long event names wrap), clear of the next.
  const rowHeight = options.rowHeight ?? 76;
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

/** A node's centre and size, for separateNodes. */
export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  /** The larger of the node's width and height. */
  size: number;
}

/** The golden angle, in radians: successive points of a sunflower spiral never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Moves apart the nodes a layout left on top of each other, so that each can be seen and clicked.
 * fcose's draft quality (used above a few hundred nodes) puts the leaves of a node on exactly one
 * spot: an 800-node graph of 80 hubs with 9 leaves each fell on 178 positions, with 2,680 pairs of
 * nodes at the same point and 281 more closer than a node's size.
 *
 * First, nodes within 1 px of each other (a stack) go on a sunflower spiral around their point, in
 * id order, so the result does not depend on the order they came in. Then, up to `rounds` times,
 * every two nodes closer than their half-sizes plus `gap` are pushed apart along the line between
 * them, each by half the shortfall (neighbours found through a grid, so a round is linear in the
 * nodes). Nodes that overlap nothing do not move. Returns the new positions of the nodes that moved.
 */
export function separateNodes(nodes: readonly PlacedNode[], gap = 8, rounds = 60): Map<string, { x: number; y: number }> {
  const points = nodes.map((n) => ({ ...n }));
  points.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  spreadStacks(points, gap);
  const cell = Math.max(1, ...points.map((p) => p.size)) + gap;
  for (let round = 0; round < rounds; round++) {
    const grid = new Map<number, number[]>();
    points.forEach((p, i) => {
      const key = cellKey(Math.floor(p.x / cell), Math.floor(p.y / cell));
      const list = grid.get(key);
      if (list) list.push(i);
      else grid.set(key, [i]);
    });
    let overlaps = 0;
    points.forEach((a, i) => {
      const gx = Math.floor(a.x / cell);
      const gy = Math.floor(a.y / cell);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const j of grid.get(cellKey(gx + dx, gy + dy)) ?? []) {
            if (j <= i) continue;
            const b = points[j];
            const need = (a.size + b.size) / 2 + gap;
            let vx = b.x - a.x;
            let vy = b.y - a.y;
            let d = Math.hypot(vx, vy);
            if (d >= need) continue;
            overlaps++;
            const shortfall = need - d;
            if (d < 1e-6) {
              // Same point after the spiral (a pair brought together by pushes): a fixed direction per pair.
              vx = Math.cos((i + j) * GOLDEN_ANGLE);
              vy = Math.sin((i + j) * GOLDEN_ANGLE);
              d = 1;
            }
            const push = shortfall / 2 / d;
            a.x -= vx * push;
            a.y -= vy * push;
            b.x += vx * push;
            b.y += vy * push;
          }
        }
      }
    });
    if (!overlaps) break;
  }
  const moved = new Map<string, { x: number; y: number }>();
  const before = new Map(nodes.map((n) => [n.id, n]));
  for (const p of points) {
    const was = before.get(p.id)!;
    if (p.x !== was.x || p.y !== was.y) moved.set(p.id, { x: p.x, y: p.y });
  }
  return moved;
}

/** A grid cell's key: a number, not a string made per node and round. */
const cellKey = (gx: number, gy: number) => gx * 0x100000 + gy;

/** Puts each stack (nodes within 1 px of each other, in the given order) on a sunflower spiral around its point. */
function spreadStacks(points: PlacedNode[], gap: number): void {
  const stacks = new Map<string, PlacedNode[]>();
  for (const p of points) {
    const key = `${Math.round(p.x)},${Math.round(p.y)}`;
    const stack = stacks.get(key);
    if (stack) stack.push(p);
    else stacks.set(key, [p]);
  }
  for (const stack of stacks.values()) {
    if (stack.length < 2) continue;
    const cx = stack.reduce((sum, n) => sum + n.x, 0) / stack.length;
    const cy = stack.reduce((sum, n) => sum + n.y, 0) / stack.length;
    // Point i ≥ 1 at radius c·√(i + 1): its nearest neighbour is at least 1.414·c away, whatever the stack's size.
    const c = (Math.max(...stack.map((n) => n.size)) + gap) / 1.41;
    stack.forEach((p, i) => {
      const r = i === 0 ? 0 : c * Math.sqrt(i + 1);
      p.x = cx + r * Math.cos(i * GOLDEN_ANGLE);
      p.y = cy + r * Math.sin(i * GOLDEN_ANGLE);
    });
  }
}

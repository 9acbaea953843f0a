/** Internal: instrument queries that are not DataLoader batches (paging and counting). */
import type { Database } from '../db/database.js';
import { int } from '../db/plain.js';
import { BadUserInputError } from '../errors/errors.js';
import { asNode } from '../graph/graph-node.js';
import type { InstrumentRow } from './instrument.type.js';

export interface InstrumentFilter extends Record<string, unknown> {
  kind: string | null;
  bodies: string[] | null;
  adoptedFrom: string | null;
  adoptedTo: string | null;
}

export function encodeCursor(sortKey: string): string {
  return Buffer.from(sortKey, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^\d{4}-\d{2}-\d{2}\|./.test(key)) {
    throw new BadUserInputError(`\`after\` must be an endCursor returned by a previous \`instruments\` page; got "${cursor}".`, 'after');
  }
  return key;
}

export async function findPage(db: Database, filter: InstrumentFilter, first: number, after: string | null) {
  const rows = await db.read('instruments-page', { ...filter, after, limit: int(first + 1) });
  const page = rows.slice(0, first);
  return {
    edges: page.map((r) => ({ cursor: encodeCursor(r.sortKey as string), node: asNode(r.node as InstrumentRow) })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page[page.length - 1].sortKey as string) : null },
  };
}

export async function countMatching(db: Database, filter: InstrumentFilter): Promise<number> {
  const [row] = await db.read('count-instruments', filter);
  return Number(row?.total ?? 0);
}

/**
 * Internal: helpers that honour the DataLoader batch contract — the result has the length and the
 * order of the keys, with null (or []) for keys the database did not return.
 */
import type { Row } from './database.js';

/** One value per key: the `node` column of the row whose `key` column equals the key, or null. */
export function onePerKey<T>(keys: readonly string[], rows: Row[], column = 'node'): (T | null)[] {
  const byKey = new Map<string, T>();
  for (const row of rows) byKey.set(row.key as string, row[column] as T);
  return keys.map((k) => byKey.get(k) ?? null);
}

/** Many values per key, in row order; [] for keys with no rows. */
export function manyPerKey<T>(keys: readonly string[], rows: Row[], pick: (row: Row) => T): T[][] {
  const byKey = new Map<string, T[]>();
  for (const row of rows) {
    const list = byKey.get(row.key as string) ?? [];
    list.push(pick(row));
    byKey.set(row.key as string, list);
  }
  return keys.map((k) => byKey.get(k) ?? []);
}

/** Groups keys that share the same query arguments, so each group costs one round trip. */
export function groupBy<K, G extends string>(keys: readonly K[], group: (key: K) => G): Map<G, K[]> {
  const groups = new Map<G, K[]>();
  for (const key of keys) {
    const g = group(key);
    groups.set(g, [...(groups.get(g) ?? []), key]);
  }
  return groups;
}

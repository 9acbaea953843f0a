/**
 * Internal contract: where a node keeps how sure we are of each of its fields. Written by the
 * loaders, read by the API (server/src/graph/provenance.ts):
 * - `provenance`: the curated corpus's per-field marks, JSON `{ field: { confidence, sources,
 *   note } }` under the corpus's field names (seed/src/load/corpus.rows.ts);
 * - `curatedFields`: the properties the curated record sets, a list, written at every seed;
 * - `extractedFields`: the properties a parsed document filled on a curated node, JSON
 *   `{ property: file }` (seed/src/load/document.reconcile.ts). Kept apart from `provenance`, which
 *   every seed writes again.
 */

/**
 * A JSON object kept in a string property, or {} when there is none, or when it is not a JSON
 * object: a node edited by hand into something else loses the detail, not the record.
 */
export function storedObject<T>(value: unknown): Record<string, T> {
  if (typeof value !== 'string') return {};
  try {
    const object = JSON.parse(value) as unknown;
    return object && typeof object === 'object' && !Array.isArray(object) ? (object as Record<string, T>) : {};
  } catch {
    return {};
  }
}

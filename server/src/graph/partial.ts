/**
 * Internal: partial nodes. The ends of a citation carry only the fields a citation list shows (id,
 * symbol, kind, short title, English title, date, body; a provision's number, label and position)
 * and `__partial: true`: most clients list citations without the rest, and decoding and projecting
 * whole nodes was most of a citation request's CPU (BENCHMARKS.md). Any other field of a partial
 * row is read from the whole node, loaded through the request's DataLoader (one batched round trip
 * for all the ends that need it).
 */
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context.type.js';
import type { Loaders } from '../loaders.js';
import type { NodeRow } from './graph-node.js';

/** The row itself when it is whole, otherwise the whole node from the request's loader. */
export async function complete<T extends NodeRow>(row: T, loaders: Loaders): Promise<T> {
  if (!(row as { __partial?: boolean }).__partial) return row;
  const loader = row.__kind === 'Instrument' ? loaders.instrument : row.__kind === 'Provision' ? loaders.provision : loaders.body;
  return ((await loader.load(row.id)) as T | null) ?? row;
}

/**
 * For a field that partial rows leave out (`@UseMiddleware(FromWholeNode)`): on a partial row it
 * resolves from the whole node, on a whole row it costs nothing more than the property read. The
 * API test "gives the ends of a citation every field the node has" fails if a left-out field lacks it.
 */
export const FromWholeNode: MiddlewareFn<Context> = async ({ root, info, context }, next) => {
  if (!(root as { __partial?: boolean }).__partial) return next();
  const whole = await complete(root as NodeRow, context.loaders);
  return (whole as unknown as Record<string, unknown>)[info.fieldName];
};

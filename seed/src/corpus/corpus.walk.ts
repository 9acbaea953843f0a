/**
 * Public API: an in-memory mandate trace over the curated links, with the same semantics as the
 * graph's trace (see `cypher/model.ts`): DOWNSTREAM follows acting relations along their direction
 * and citing relations against it (both move forward in time); UPSTREAM is the reverse.
 */
import { MANDATE_RELATIONS, isActing, type Relation } from '../../../cypher/model.js';
import type { CorpusLink } from './corpus.types.js';

export type Direction = 'downstream' | 'upstream';

export interface WalkStep {
  /** The node reached. */
  id: string;
  /** The link used to reach it. */
  link: CorpusLink;
}

export interface WalkOptions {
  direction?: Direction;
  relations?: readonly Relation[];
  maxDepth?: number;
}

/** Where a link leads when you stand on `at` and walk in `direction`, or undefined. */
function neighbour(link: CorpusLink, at: string, direction: Direction): string | undefined {
  const forwardFromSource = isActing(link.relation) === (direction === 'downstream');
  if (forwardFromSource) return link.from === at ? link.to : undefined;
  return link.to === at ? link.from : undefined;
}

/**
 * Breadth-first walk from `start`. Returns, for each reached node, the shortest path (as steps)
 * that reaches it; `start` itself maps to an empty path.
 */
export function walk(links: readonly CorpusLink[], start: string, options: WalkOptions = {}): Map<string, WalkStep[]> {
  const { direction = 'downstream', relations = MANDATE_RELATIONS, maxDepth = Infinity } = options;
  const allowed = new Set<string>(relations);
  const usable = links.filter((l) => allowed.has(l.relation));
  const paths = new Map<string, WalkStep[]>([[start, []]]);
  let frontier = [start];
  for (let depth = 0; frontier.length > 0 && depth < maxDepth; depth += 1) {
    const next: string[] = [];
    for (const at of frontier) {
      const path = paths.get(at)!;
      for (const link of usable) {
        const to = neighbour(link, at, direction);
        if (to === undefined || paths.has(to)) continue;
        paths.set(to, [...path, { id: to, link }]);
        next.push(to);
      }
    }
    frontier = next;
  }
  return paths;
}

/** The shortest path from `from` to `to` (as steps), or null when `to` cannot be reached. */
export function tracePath(
  links: readonly CorpusLink[],
  from: string,
  to: string,
  options: WalkOptions = {},
): WalkStep[] | null {
  return walk(links, from, options).get(to) ?? null;
}

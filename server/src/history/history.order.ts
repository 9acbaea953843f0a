/**
 * Internal, pure: the order a text's history reads in. A step goes from a later text to the draft
 * or earlier version it came from; the history lists them in drafting order, the first draft's
 * step first, so that every step comes after the steps that made its earlier text.
 *
 * Why not by date: drafts are often undated in our sources (A/80/L.41's date is not known), and
 * two stages can share a day (DT/15(Rev.3) and Rev.5, 15 November 2005). The links themselves give
 * the order; dates only break ties between branches (then ids, so the order is stable).
 */

/** What the order reads of a step: its two texts' ids and dates (ISO, any precision, or none). */
export interface OrderedStep {
  later: { id: string; date?: string };
  earlier: { id: string; date?: string };
}

/** Texts earliest first: a text comes after every text it was drafted from (Kahn's algorithm). */
function textOrder(steps: readonly OrderedStep[]): Map<string, number> {
  const dates = new Map<string, string | undefined>();
  const into = new Map<string, string[]>();
  const waiting = new Map<string, number>();
  for (const { later, earlier } of steps) {
    for (const text of [later, earlier]) {
      if (!dates.has(text.id)) dates.set(text.id, text.date);
      if (!waiting.has(text.id)) waiting.set(text.id, 0);
    }
    into.set(earlier.id, [...(into.get(earlier.id) ?? []), later.id]);
    waiting.set(later.id, (waiting.get(later.id) ?? 0) + 1);
  }
  const byDate = (a: string, b: string) => (dates.get(a) ?? '9999').localeCompare(dates.get(b) ?? '9999') || a.localeCompare(b);
  const ready = [...waiting].filter(([, n]) => n === 0).map(([id]) => id);
  const order = new Map<string, number>();
  while (ready.length > 0) {
    ready.sort(byDate);
    const id = ready.shift()!;
    order.set(id, order.size);
    for (const next of into.get(id) ?? []) {
      const left = waiting.get(next)! - 1;
      waiting.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  // A cycle (which the corpus validation refuses, but a hand-edited store may hold) keeps its texts
  // by date after the rest, rather than dropping them.
  for (const id of [...waiting.keys()].filter((id) => !order.has(id)).sort(byDate)) order.set(id, order.size);
  return order;
}

/** The steps in drafting order: by their later text's place, then their earlier text's. */
export function historyOrder<S extends OrderedStep>(steps: readonly S[]): S[] {
  const place = textOrder(steps);
  return [...steps].sort((a, b) => place.get(a.later.id)! - place.get(b.later.id)! || place.get(a.earlier.id)! - place.get(b.earlier.id)!);
}

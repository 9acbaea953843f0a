import { describe, expect, it } from 'vitest';
import { RELATIONS } from '../../../cypher/model.js';
import { STRENGTHS, strengthOf } from '../../../cypher/strength.js';
import { collectCorpus, CHAIN_INSTRUMENTS, PROVISIONS_PER_INSTRUMENT, SEARCH_WORD } from '../../../bench/corpus.generate.js';

const { chunks, stats } = collectCorpus({ instruments: 600, chunkInstruments: 200 });
const all = {
  instruments: chunks.flatMap((c) => c.instruments),
  provisions: chunks.flatMap((c) => c.provisions),
  links: chunks.flatMap((c) => c.links),
  bodies: chunks.flatMap((c) => c.bodies),
};

describe('the synthetic bench corpus', () => {
  it('is deterministic', () => {
    const again = collectCorpus({ instruments: 600, chunkInstruments: 200 });
    expect(JSON.stringify(again.chunks)).toBe(JSON.stringify(chunks));
    expect(again.stats).toEqual(stats);
    expect(JSON.stringify(collectCorpus({ instruments: 600, seed: 7 }).chunks)).not.toBe(JSON.stringify(chunks));
  });

  it('has the expected shape', () => {
    expect(all.instruments).toHaveLength(600);
    expect(all.bodies).toHaveLength(20);
    expect(all.provisions).toHaveLength(600 * PROVISIONS_PER_INSTRUMENT);
    expect(all.links.length / 600).toBeGreaterThan(9);
    expect(all.links.length / 600).toBeLessThan(12);
    expect(new Set(all.links.map((l) => l.key)).size).toBe(all.links.length);
    for (const l of all.links) expect(RELATIONS).toContain(l.type);
    const dates = all.instruments.map((i) => i.adopted!);
    expect(dates[0]).toBe('1998-01-01');
    expect(dates[dates.length - 1]).toBe('2025-12-31');
    expect([...dates].sort()).toEqual(dates);
    expect(all.instruments.every((i) => i.bodyId && !Object.values(i.props).some((v) => v === null || v === ''))).toBe(true);
  });

  it('gives each edge the strength the loaders read from its clause: none from a recital', () => {
    const clauses = new Map(all.provisions.map((p) => [p.id, p.props]));
    for (const l of all.links.slice(0, 2000)) {
      const clause = clauses.get(l.from);
      // A chain hop has its relation's strength (its clause's verb is another instrument's).
      const expected = l.key.startsWith('chain|') ? strengthOf(null, l.type) : strengthOf({ role: clause!.role as string, verb: clause!.verb as string }, l.type);
      expect(l.props.strength ?? null, l.key).toBe(expected);
    }
    expect(new Set(all.links.map((l) => l.props.strength ?? null))).toEqual(new Set([null, ...STRENGTHS]));
  });

  it('only links to nodes loaded in the same or an earlier chunk', () => {
    const known = new Set<string>();
    for (const chunk of chunks) {
      for (const row of [...chunk.bodies, ...chunk.instruments, ...chunk.provisions]) known.add(row.id);
      for (const l of chunk.links) {
        expect(known.has(l.from), l.from).toBe(true);
        expect(known.has(l.to), l.to).toBe(true);
      }
    }
  });

  it('has a heavy-tailed in-degree and citations that point back in time', () => {
    expect(stats.probes.topInDegree).toBeGreaterThan(20 * (all.links.length / 600));
    const dateOf = new Map(all.instruments.map((i) => [i.id, i.adopted!]));
    for (const l of all.links.filter((x) => !x.key.startsWith('chain|') && !x.to.startsWith('body:'))) {
      expect(dateOf.get(l.to.split('#')[0])! <= l.date!).toBe(true);
    }
  });

  it('has a mandate chain of 7 hops from its probe, forward in time', () => {
    const chain = all.links.filter((l) => l.key.startsWith('chain|'));
    // walk DOWNSTREAM: acting along, IMPLEMENTS against
    let frontier = new Set([stats.probes.chainStart, ...Array.from({ length: 10 }, (_, k) => `${stats.probes.chainStart}#${k + 1}`)]);
    let hops = 0;
    for (;;) {
      const next = new Set<string>();
      for (const l of chain) {
        if (l.type === 'IMPLEMENTS' && frontier.has(l.to)) next.add(l.from);
        if (l.type !== 'IMPLEMENTS' && frontier.has(l.from)) next.add(l.to);
      }
      if (next.size === 0) break;
      hops++;
      frontier = next;
    }
    expect(hops).toBe(CHAIN_INSTRUMENTS - 1);
    expect(stats.probes.chainHops).toBeGreaterThanOrEqual(6);
  });

  it('puts the search word in titles or summaries only', () => {
    expect(stats.probes.searchMatches).toBeGreaterThan(0);
    expect(all.instruments.filter((i) => `${i.props.titleEn} ${i.props.summaryEn}`.includes(SEARCH_WORD))).toHaveLength(stats.probes.searchMatches);
    expect(all.provisions.some((p) => String(p.props.text).includes(SEARCH_WORD))).toBe(false);
  });
});

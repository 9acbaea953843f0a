/** Internal, pure: turns the curated corpus (seed/data) into load rows. */
import { assertRelation, provisionId } from '../../../cypher/model.js';
import { strengthOf } from '../../../cypher/strength.js';
import type { Corpus, CorpusLink } from '../corpus/corpus.types.js';
import { fullDate, props, type Props, type Rows } from './rows.types.js';

/** Paragraph-like numbers sort numerically; others keep file order after them. */
function position(number: string, index: number): number {
  const n = Number.parseInt(number, 10);
  return Number.isNaN(n) ? 10_000 + index : n;
}

/**
 * `props` with `curatedFields`: the names of the properties the curated record sets (and of its
 * date and body, which travel beside the props), which a parsed document never overwrites
 * (document.reconcile.ts).
 */
function withCuratedFields(props: Props, beside: string[] = []): Props {
  return { ...props, curatedFields: [...Object.keys(props), ...beside] };
}

export function corpusRows(corpus: Corpus): Rows {
  const urlOf = new Map(corpus.sources.map((s) => [s.key, s.url]));
  const firstUrl = (keys: string[]) => keys.map((k) => urlOf.get(k)).find((u): u is string => Boolean(u)) ?? null;
  const dateOf = new Map<string, string | undefined>();
  for (const b of corpus.bodies) dateOf.set(b.id, b.established);
  for (const i of corpus.instruments) dateOf.set(i.symbol, i.adopted);
  for (const p of corpus.provisions) dateOf.set(provisionId(p.instrument, p.number), dateOf.get(p.instrument));
  const clauseOf = new Map(corpus.provisions.map((p) => [provisionId(p.instrument, p.number), p]));
  // The positions on each text, in the corpus's order, as one JSON property of its node (a list of
  // records, which a Neo4j property cannot hold as such): Instrument.positions reads it.
  const positionsOn = new Map<string, object[]>();
  for (const { on, actor, actorKind, stance, date, note, confidence, sources } of corpus.positions ?? []) {
    positionsOn.set(on, [...(positionsOn.get(on) ?? []), { actor, actorKind, stance, date, note, confidence, sources }]);
  }
  // '[]' and 0 rather than nothing, so a position taken out of the corpus leaves the node at the
  // next seed. The count is what Query.positions finds texts by (an index on it: 02-indexes.cypher).
  const positions = (id: string) => JSON.stringify(positionsOn.get(id) ?? []);
  const positionCount = (id: string) => positionsOn.get(id)?.length ?? 0;

  const link = (l: CorpusLink) => {
    const type = assertRelation(l.relation);
    const clause = clauseOf.get(l.from);
    return {
      key: `curated|${l.relation}|${l.from}|${l.to}`,
      from: l.from,
      to: l.to,
      type,
      date: fullDate(dateOf.get(l.from)),
      props: props({
        strength: strengthOf(clause ?? null, type),
        clause: clause ? clause.label ?? `¶${clause.number}` : l.from,
        quote: l.note,
        note: l.note,
        language: 'en',
        method: 'curated',
        confidence: l.confidence,
        sources: l.sources,
        sourceUrl: firstUrl(l.sources),
        provenance: l.fields,
      }),
    };
  };

  return {
    sources: corpus.sources.map((s) => ({ key: s.key, title: s.title, url: s.url })),
    bodies: corpus.bodies.map((b) => ({
      id: b.id,
      props: props({
        acronym: b.acronym, name: b.name, nameAr: b.nameAr, kind: b.kind, summaryEn: b.summary,
        established: b.established, ended: b.ended, partOf: b.partOf,
        confidence: b.confidence, sources: b.sources, note: b.note, provenance: b.fields, origin: 'curated',
      }),
    })),
    instruments: corpus.instruments.map((i) => ({
      id: i.symbol,
      adopted: fullDate(i.adopted),
      endDate: fullDate(i.endDate),
      bodyId: i.issuedBy ?? null,
      props: withCuratedFields(
        props({
          symbol: i.symbol, kind: i.kind, titleEn: i.titleEn, titleAr: i.titleAr, titleFr: i.titleFr, shortTitle: i.shortTitle,
          summaryEn: i.summary, adoptedText: i.adopted, venue: i.venue, originalLanguage: i.originalLanguage, url: i.url,
          confidence: i.confidence, sources: i.sources, note: i.note, provenance: i.fields, origin: 'curated',
          positions: positions(i.symbol), positionCount: positionCount(i.symbol),
        }),
        [...(i.adopted ? ['adopted'] : []), ...(i.issuedBy ? ['bodyId'] : [])],
      ),
    })),
    provisions: corpus.provisions.map((p, index) => ({
      id: provisionId(p.instrument, p.number),
      instrumentId: p.instrument,
      props: withCuratedFields(
        props({
          number: p.number, label: p.label ?? `¶${p.number}`, role: p.role, verb: p.verb, summaryEn: p.summary, due: p.due,
          position: position(p.number, index), confidence: p.confidence, sources: p.sources, note: p.note, provenance: p.fields, origin: 'curated',
          positions: positions(provisionId(p.instrument, p.number)), positionCount: positionCount(provisionId(p.instrument, p.number)),
        }),
      ),
    })),
    links: corpus.links.map(link),
  };
}

/**
 * Bench, pure: a deterministic synthetic corpus shaped like ig-atlas's real one, as the load rows
 * of seed/src/load/rows.types.ts, so it goes through the real loader.
 *
 * Shape (per instrument, on average): one ISSUED_BY to one of 20 bodies (skewed towards UNGA),
 * 10 provisions (PART_OF), 10 citations from its provisions to EARLIER instruments or provisions,
 * with a heavy-tailed in-degree (a power law towards the oldest texts, plus recent ones), and
 * now and then an acting clause addressed to a body. On top, mandate chains: dated chains of 7 hops
 * alternating "a clause MANDATES/REQUESTS a later text" and "a later clause IMPLEMENTS it", which a
 * DOWNSTREAM trace from the chain's first instrument walks forward in time.
 *
 * Streaming: `generateCorpus` yields chunks of `chunkInstruments` instruments with their
 * provisions and the links whose later end is in the chunk, so every link's endpoints exist once
 * the chunks before it (and its own instruments and provisions) are loaded. No Math.random: one
 * seeded PRNG (mulberry32), so the same options always give the same rows.
 */
import { bodyId, provisionId, type InstrumentKind, type Relation } from '../cypher/model.js';
import { strengthOf } from '../cypher/strength.js';
import { countRows, type LinkRow, type Props, type Rows } from '../seed/src/load/rows.types.js';

export interface GenerateOptions {
  instruments: number;
  seed?: number;
  /** Instruments per yielded chunk (about 21 rows each). */
  chunkInstruments?: number;
}

export interface CorpusProbes {
  /** A well-cited instrument (99th percentile of in-degree). */
  citedSymbol: string;
  citedInDegree: number;
  /** The most cited instrument and its in-degree. */
  topSymbol: string;
  topInDegree: number;
  /** First instrument of a mandate chain, and that chain's hop count. */
  chainStart: string;
  chainHops: number;
  /** A word found in instrument titles or summaries only (never in clause texts). */
  searchWord: string;
  searchMatches: number;
}

export interface CorpusStats {
  bodies: number;
  instruments: number;
  provisions: number;
  links: number;
  chainLinks: number;
  /** PART_OF + ISSUED_BY + links. */
  relationships: number;
  rows: number;
  probes: CorpusProbes;
}

export const PROVISIONS_PER_INSTRUMENT = 10;
export const CHAIN_INSTRUMENTS = 8; // 7 hops
export const SEARCH_WORD = 'interoperability';
const FIRST_DAY = Date.UTC(1998, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
const DAY = 86_400_000;

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(rng: () => number, table: ReadonlyArray<readonly [T, number]>): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rng() * total;
  for (const [value, weight] of table) {
    x -= weight;
    if (x < 0) return value;
  }
  return table[table.length - 1][0];
}

function pick<T>(rng: () => number, values: readonly T[]): T {
  return values[Math.floor(rng() * values.length)];
}

export const BODIES: ReadonlyArray<readonly [string, string, string, number]> = [
  ['UNGA', 'United Nations General Assembly', 'un-organ', 30],
  ['ECOSOC', 'Economic and Social Council', 'un-organ', 12],
  ['CSTD', 'Commission on Science and Technology for Development', 'un-organ', 10],
  ['HRC', 'Human Rights Council', 'un-organ', 6],
  ['SG', 'Secretary-General of the United Nations', 'office', 4],
  ['UNESCO', 'United Nations Educational, Scientific and Cultural Organization', 'un-organ', 4],
  ['ITU-PP', 'ITU Plenipotentiary Conference', 'itu-organ', 6],
  ['ITU-C', 'ITU Council', 'itu-organ', 6],
  ['WTPF', 'World Telecommunication/ICT Policy Forum', 'forum', 2],
  ['WTDC', 'World Telecommunication Development Conference', 'itu-organ', 2],
  ['WSIS', 'World Summit on the Information Society', 'summit', 3],
  ['IGF', 'Internet Governance Forum', 'forum', 5],
  ['WGIG', 'Working Group on Internet Governance', 'working-group', 1],
  ['WGEC', 'Working Group on Enhanced Cooperation', 'working-group', 1],
  ['UNCTAD', 'United Nations Conference on Trade and Development', 'un-organ', 2],
  ['OEWG', 'Open-ended Working Group on ICT security', 'working-group', 2],
  ['GGE', 'Group of Governmental Experts on ICT security', 'working-group', 1],
  ['HLPDC', 'High-level Panel on Digital Cooperation', 'working-group', 1],
  ['OSET', 'Office of the Secretary-General\'s Envoy on Technology', 'office', 1],
  ['MAG', 'IGF Multistakeholder Advisory Group', 'stakeholders', 1],
];

const KINDS: ReadonlyArray<readonly [InstrumentKind, number]> = [
  ['RESOLUTION', 40], ['DECISION', 20], ['REPORT', 20], ['OUTCOME_DOCUMENT', 10], ['OPINION', 5], ['EVENT', 5],
];
const KIND_CODE: Record<InstrumentKind, string> = { RESOLUTION: 'RES', DECISION: 'DEC', REPORT: 'REP', OUTCOME_DOCUMENT: 'DOC', OPINION: 'OP', EVENT: 'EV', DRAFT: 'DR' };

/** Citing verbs of ordinary references, most of them "recalls / notes / reaffirms". */
const CITING: ReadonlyArray<readonly [Relation, number]> = [
  ['RECALLS', 30], ['NOTES', 18], ['REAFFIRMS', 12], ['RECOGNIZES', 10], ['WELCOMES', 8], ['EMPHASIZES', 6],
  ['CONSIDERS', 6], ['CITES', 5], ['ENDORSES', 3], ['QUOTES', 2],
];
const ADDRESSEE: ReadonlyArray<readonly [Relation, number]> = [['REQUESTS', 5], ['INVITES', 3], ['CALLS_UPON', 2]];
const VERB_OF: Partial<Record<Relation, string>> = {
  RECALLS: 'Recalling', NOTES: 'Noting', REAFFIRMS: 'Reaffirming', RECOGNIZES: 'Recognizing', WELCOMES: 'Welcoming',
  EMPHASIZES: 'Emphasizing', CONSIDERS: 'Bearing in mind', CITES: 'Referring to', ENDORSES: 'Endorses', QUOTES: 'Quoting',
  REQUESTS: 'Requests', INVITES: 'Invites', CALLS_UPON: 'Calls upon', MANDATES: 'Mandates', IMPLEMENTS: 'Implements',
};

const TOPICS = [
  'Internet governance', 'enhanced cooperation', 'the information society', 'the digital divide', 'cybersecurity',
  'capacity-building', 'broadband development', 'data protection', 'the right to privacy in the digital age',
  'multistakeholder participation', 'critical Internet resources', 'domain names and addresses', 'digital cooperation',
  'science and technology for development', 'open-source software', 'online child protection', 'spam and cybercrime',
  'multilingualism on the Internet', 'accessibility for persons with disabilities', 'emerging technologies',
];
const TITLE_FORMS = ['{A}', '{A} and {B}', 'Follow-up to the outcome on {A}', 'Report on {A}', 'Progress made in {A} and {B}'];
const SUMMARY_FORMS = [
  'Addresses {A}, recalling earlier commitments on {B}.',
  'Reviews progress on {A} and sets out next steps on {B}.',
  'Reaffirms the principles on {A} and invites stakeholders to contribute on {B}.',
];
/** Operative and preambular clause phrases; SEARCH_WORD never appears here. */
const CLAUSE_OBJECTS = [
  'the outcome of the World Summit on the Information Society', 'the role of Governments and all stakeholders',
  'the need to bridge the digital divide', 'the importance of capacity-building in developing countries',
  'the work of the Commission on Science and Technology for Development', 'the contribution of the Internet Governance Forum',
  'the security and stability of the Internet', 'the protection of personal data', 'the mandate of the Working Group',
  'the report of the Secretary-General', 'the principles of the Tunis Agenda', 'affordable access to broadband',
];

export function instrumentSymbol(index: number, kind: InstrumentKind, year: number): string {
  return `SYN/${year}/${KIND_CODE[kind]}/${index + 1}`;
}

interface InstrumentMeta {
  symbol: string;
  kind: InstrumentKind;
  date: string;
  year: number;
}

interface ChainHop {
  /** Instrument index at which the hop is emitted (its later end). */
  at: number;
  from: string;
  to: string;
  type: Relation;
  date: string;
  fromIndex: number;
  fromNumber: string;
}

/**
 * The generated corpus, chunk by chunk. The generator's return value (after the last chunk) is
 * the statistics and the probes the bench queries with.
 */
export function* generateCorpus(options: GenerateOptions): Generator<Rows, CorpusStats> {
  const n = options.instruments;
  if (!Number.isInteger(n) || n < 20) throw new Error(`instruments must be an integer >= 20, got ${n}`);
  const chunk = options.chunkInstruments ?? 2500;
  const seed = options.seed ?? 20251;
  const rng = prng(seed);
  // Kinds and years are drawn up front from their own stream, so a chain hop can name a later
  // instrument's symbol before that instrument is emitted.
  const metaRng = prng(seed ^ 0x9e3779b9);
  const meta: InstrumentMeta[] = [];
  for (let i = 0; i < n; i++) {
    const kind = weighted(metaRng, KINDS);
    const day = FIRST_DAY + Math.floor(((LAST_DAY - FIRST_DAY) / DAY) * (i / (n - 1))) * DAY;
    const date = new Date(day).toISOString().slice(0, 10);
    const year = Number(date.slice(0, 4));
    meta.push({ symbol: instrumentSymbol(i, kind, year), kind, date, year });
  }
  const indexOf = new Map(meta.map((x, i) => [x.symbol, i]));

  // Mandate chains: CHAIN_INSTRUMENTS instruments in time order; hops alternate
  // "clause of I(k) MANDATES/REQUESTS instrument I(k+1)" and "clause of I(k+1) IMPLEMENTS clause/instrument of I(k)".
  const chainRng = prng(seed ^ 0x51ed270b);
  const chains = Math.max(2, Math.floor(n / 100));
  const hopsAt = new Map<number, ChainHop[]>();
  const chainStarts: number[] = [];
  const maxGap = Math.max(1, Math.floor((n * 0.3) / CHAIN_INSTRUMENTS));
  for (let c = 0; c < chains; c++) {
    const members: number[] = [c === 0 ? Math.floor(n * 0.4) : Math.floor(chainRng() * n * 0.6)];
    while (members.length < CHAIN_INSTRUMENTS) members.push(Math.min(n - 1, members[members.length - 1] + 1 + Math.floor(chainRng() * maxGap)));
    if (new Set(members).size < CHAIN_INSTRUMENTS) continue; // ran into the end of the corpus
    chainStarts.push(members[0]);
    const operative = () => String(5 + Math.floor(chainRng() * 6));
    let node = provisionId(meta[members[0]].symbol, operative()); // the chain's first clause
    for (let k = 1; k < CHAIN_INSTRUMENTS; k++) {
      const i = members[k];
      if (k % 2 === 1) {
        // a clause of I(k) IMPLEMENTS the chain's current node (a clause or an earlier instrument)
        const number = operative();
        const clause = provisionId(meta[i].symbol, number);
        const hop: ChainHop = { at: i, from: clause, to: node, type: 'IMPLEMENTS', date: meta[i].date, fromIndex: i, fromNumber: number };
        hopsAt.set(i, [...(hopsAt.get(i) ?? []), hop]);
        node = clause;
        // ... and MANDATES / REQUESTS the next instrument of the chain
        const next = members[k + 1];
        if (next !== undefined) {
          const type: Relation = chainRng() < 0.5 ? 'MANDATES' : 'REQUESTS';
          hopsAt.set(next, [...(hopsAt.get(next) ?? []), { at: next, from: clause, to: meta[next].symbol, type, date: meta[i].date, fromIndex: i, fromNumber: number }]);
          node = meta[next].symbol;
        }
      }
    }
  }

  const inDegree = new Uint32Array(n);
  let searchMatches = 0;
  const stats = { bodies: BODIES.length, instruments: 0, provisions: 0, links: 0, chainLinks: 0, relationships: 0, rows: 0 };

  const source = 'synthetic-bench';
  for (let start = 0; start < n; start += chunk) {
    const end = Math.min(n, start + chunk);
    const rows: Rows = { sources: [], bodies: [], instruments: [], provisions: [], links: [] };
    if (start === 0) {
      rows.sources.push({ key: source, title: 'Synthetic benchmark corpus (bench/corpus.generate.ts)', url: null });
      for (const [acronym, name, kind] of BODIES) {
        rows.bodies.push({ id: bodyId(acronym), props: { acronym, name, kind, confidence: 'unconfirmed', sources: [source], origin: 'synthetic' } });
      }
    }
    for (let i = start; i < end; i++) {
      const m = meta[i];
      const kind = m.kind;
      const body = weighted(rng, BODIES.map(([acronym, , , w]) => [acronym, w] as const));
      const fill = (form: string) => form.replace('{A}', pick(rng, TOPICS)).replace('{B}', pick(rng, TOPICS));
      let title = fill(pick(rng, TITLE_FORMS));
      let summary = fill(pick(rng, SUMMARY_FORMS));
      if (rng() < 0.03) {
        searchMatches++;
        if (rng() < 0.5) title = `${title}: ${SEARCH_WORD}`;
        else summary = `${summary} Stresses the ${SEARCH_WORD} of national frameworks.`;
      }
      title = title[0].toUpperCase() + title.slice(1);
      rows.instruments.push({
        id: m.symbol,
        adopted: m.date,
        endDate: null,
        bodyId: bodyId(body),
        props: { symbol: m.symbol, kind, titleEn: title, summaryEn: summary, adoptedText: m.date, originalLanguage: 'en', confidence: 'extracted', sources: [source], origin: 'synthetic' },
      });
      stats.instruments++;
      stats.relationships++; // ISSUED_BY

      const texts: string[] = [];
      const verbs: string[] = [];
      for (let p = 1; p <= PROVISIONS_PER_INSTRUMENT; p++) {
        const preambular = p <= 4;
        const verb = preambular ? pick(rng, ['Recalling', 'Noting', 'Reaffirming', 'Recognizing']) : pick(rng, ['Requests', 'Invites', 'Decides', 'Welcomes', 'Encourages', 'Calls upon']);
        const text = `${verb} ${pick(rng, CLAUSE_OBJECTS)}, and ${pick(rng, CLAUSE_OBJECTS)} in the field of ${pick(rng, TOPICS)};`;
        texts.push(text);
        verbs.push(verb);
        const label = preambular ? `${verb} (${String.fromCharCode(96 + p)})` : `¶${p - 4}`;
        rows.provisions.push({
          id: provisionId(m.symbol, String(p)),
          instrumentId: m.symbol,
          props: { number: String(p), label, role: preambular ? 'preambular' : 'operative', verb, text, textEn: text, language: 'en', position: p, confidence: 'extracted', sources: [source], origin: 'synthetic' },
        });
        stats.provisions++;
        stats.relationships++; // PART_OF
      }

      // The strength the loaders read from the citing clause (cypher/strength.ts), so synthetic edges
      // carry what real ones do. A chain hop starts at an earlier instrument's clause, whose verb is
      // not kept: it has its relation's, as a curated link from a whole instrument.
      const strengthProp = (fromNumber: string, type: Relation, ownClause: boolean): Props => {
        const clause = ownClause ? { role: Number(fromNumber) <= 4 ? 'preambular' : 'operative', verb: verbs[Number(fromNumber) - 1] } : null;
        const strength = strengthOf(clause, type);
        return strength ? { strength } : {};
      };
      const evidence = (fromNumber: string, type: Relation, method: string, quote: string): Props => ({
        ...strengthProp(fromNumber, type, method !== 'curated'),
        clause: Number(fromNumber) <= 4 ? `${VERB_OF[type] ?? 'Recalling'} (${String.fromCharCode(96 + Number(fromNumber))})` : `¶${Number(fromNumber) - 4}`,
        quote,
        language: 'en',
        method,
        confidence: 'extracted',
        sources: [source],
        citingInstrument: m.symbol,
      });
      const seen = new Set<string>();
      const push = (link: LinkRow, targetIndex: number) => {
        if (seen.has(link.key)) return false;
        seen.add(link.key);
        rows.links.push(link);
        if (targetIndex >= 0) inDegree[targetIndex]++;
        stats.links++;
        stats.relationships++;
        return true;
      };

      // ~10 ordinary citations to earlier texts: mostly a power law towards the oldest (the
      // founding texts everybody recalls), some to the recent past (last year's resolution).
      if (i > 0) {
        const count = 8 + Math.floor(rng() * 5);
        for (let c = 0; c < count; c++) {
          const j = rng() < 0.7 ? Math.min(i - 1, Math.floor(i * rng() ** 3)) : Math.max(0, i - 1 - Math.floor(rng() * Math.min(i, 500)));
          const type = weighted(rng, CITING);
          const fromNumber = String(1 + Math.floor(rng() * PROVISIONS_PER_INSTRUMENT));
          const to = rng() < 0.4 ? meta[j].symbol : provisionId(meta[j].symbol, String(1 + Math.floor(rng() * PROVISIONS_PER_INSTRUMENT)));
          const from = provisionId(m.symbol, fromNumber);
          push({ key: `${from}|${type}|${to}`, from, to, type, date: m.date, props: evidence(fromNumber, type, `rule:${type.toLowerCase()}`, texts[Number(fromNumber) - 1]) }, j);
        }
      }
      // Now and then an operative clause addressed to a body ("Requests the Secretary-General…").
      if (rng() < 0.3) {
        const type = weighted(rng, ADDRESSEE);
        const fromNumber = String(5 + Math.floor(rng() * 6));
        const from = provisionId(m.symbol, fromNumber);
        const to = bodyId(weighted(rng, BODIES.map(([acronym, , , w]) => [acronym, w] as const)));
        push({ key: `${from}|${type}|${to}`, from, to, type, date: m.date, props: evidence(fromNumber, type, 'rule:addressee', texts[Number(fromNumber) - 1]) }, -1);
      }
      // Mandate-chain hops whose later end is this instrument.
      for (const hop of hopsAt.get(i) ?? []) {
        const target = hop.to.includes('#') ? hop.to.slice(0, hop.to.indexOf('#')) : hop.to;
        const targetIndex = indexOf.get(target) ?? -1;
        const quote = `${VERB_OF[hop.type]} ${hop.type === 'IMPLEMENTS' ? 'the mandate set out in' : 'the preparation of'} ${hop.to}.`;
        if (push({ key: `chain|${hop.from}|${hop.type}|${hop.to}`, from: hop.from, to: hop.to, type: hop.type, date: hop.date, props: evidence(hop.fromNumber, hop.type, 'curated', quote) }, targetIndex)) stats.chainLinks++;
      }
    }
    stats.rows += countRows(rows);
    yield rows;
  }

  const ranked = [...inDegree.keys()].sort((a, b) => inDegree[b] - inDegree[a] || a - b);
  const p99 = ranked[Math.floor(n * 0.01)];
  const chainStart = chainStarts[0];
  return {
    ...stats,
    probes: {
      citedSymbol: meta[p99].symbol,
      citedInDegree: inDegree[p99],
      topSymbol: meta[ranked[0]].symbol,
      topInDegree: inDegree[ranked[0]],
      chainStart: meta[chainStart].symbol,
      chainHops: CHAIN_INSTRUMENTS - 1,
      searchWord: SEARCH_WORD,
      searchMatches,
    },
  };
}

/** Runs the generator to the end, collecting every chunk (small sizes only: tests, samples). */
export function collectCorpus(options: GenerateOptions): { chunks: Rows[]; stats: CorpusStats } {
  const chunks: Rows[] = [];
  const it = generateCorpus(options);
  for (;;) {
    const next = it.next();
    if (next.done) return { chunks, stats: next.value };
    chunks.push(next.value);
  }
}

/** Walks the corpus chunk by chunk, awaiting `each`, and returns the stats the generator ends with. */
export async function forEachChunk(options: GenerateOptions, each: (chunk: Rows, index: number) => Promise<void> | void): Promise<CorpusStats> {
  const it = generateCorpus(options);
  for (let index = 0; ; index++) {
    const next = it.next();
    if (next.done) return next.value;
    await each(next.value, index);
  }
}

/** The relationships a chunk creates: ISSUED_BY, PART_OF and its links. */
export function chunkRelationships(rows: Rows): number {
  return rows.instruments.filter((x) => x.bodyId).length + rows.provisions.length + rows.links.length;
}

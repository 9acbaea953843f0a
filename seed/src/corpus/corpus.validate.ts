/**
 * Public API: load the curated corpus from `seed/data/` and check it against the graph vocabulary
 * of `cypher/model.ts`. Pure apart from the synchronous file reads in `loadCorpus`.
 *
 * @example
 *   const corpus = loadCorpus();
 *   assertValidCorpus(corpus); // throws, listing every problem with its file and record
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ACTOR_KINDS,
  CONFIDENCES,
  DRAFTING_RELATIONS,
  POSITION_STANCES,
  INSTRUMENT_KINDS,
  PROVISION_ROLES,
  RELATIONS,
  bodyId,
  provisionId,
} from '../../../cypher/model.js';
import {
  BODY_KINDS,
  type Corpus,
  type CorpusFile,
  type CorpusSource,
  type FieldProvenance,
  type Provenance,
} from './corpus.types.js';

/** `seed/data/`, resolved from this module so the CLI, the loader and tests agree. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** The instrument whose provisions' links come from the parser, never from the corpus. */
export const PARSED_INSTRUMENT = 'WTPF-13/DT/6';

/** Which file each record was read from, so problems can name it. */
const origins = new WeakMap<object, string>();

const FILE_KEYS = ['bodies', 'instruments', 'provisions', 'links', 'positions'] as const;

function readJson(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`Corpus file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Reads `dir/sources.json` and every `dir/corpus/*.json` (in name order) and merges them.
 * Throws only when a file cannot be parsed or is not shaped like a `CorpusFile`; everything
 * else is left to `validateCorpus`.
 */
export function loadCorpus(dir: string = DEFAULT_DATA_DIR): Corpus {
  const sources = readJson(join(dir, 'sources.json'));
  if (!Array.isArray(sources)) throw new Error(`${join(dir, 'sources.json')} must hold an array of sources`);
  for (const source of sources) if (source && typeof source === 'object') origins.set(source, 'sources.json');

  const corpus: Corpus = { sources: sources as CorpusSource[], bodies: [], instruments: [], provisions: [], links: [], positions: [] };
  const corpusDir = join(dir, 'corpus');
  const files = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const name of files) {
    const file = readJson(join(corpusDir, name)) as CorpusFile;
    if (!file || typeof file !== 'object' || Array.isArray(file)) {
      throw new Error(`corpus/${name} must hold an object with bodies, instruments, provisions and/or links`);
    }
    for (const key of Object.keys(file)) {
      if (!(FILE_KEYS as readonly string[]).includes(key)) {
        throw new Error(`corpus/${name} has an unknown key "${key}"; expected ${FILE_KEYS.join(', ')}`);
      }
    }
    for (const key of FILE_KEYS) {
      const records = file[key] ?? [];
      if (!Array.isArray(records)) throw new Error(`corpus/${name}: "${key}" must be an array`);
      for (const record of records) {
        if (record && typeof record === 'object') origins.set(record, `corpus/${name}`);
        (corpus[key] as unknown[]).push(record);
      }
    }
  }
  return corpus;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for an ISO 8601 calendar date at full or reduced precision (YYYY, YYYY-MM, YYYY-MM-DD). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/**
 * Returns every problem found, one human-readable line each (empty = valid). A line names the
 * file (when the corpus came from `loadCorpus`) and the record.
 */
export function validateCorpus(c: Corpus): string[] {
  const problems: string[] = [];
  const where = (record: object, label: string): string => {
    const file = origins.get(record);
    return file ? `${file}: ${label}` : label;
  };

  const sourceKeys = new Set<string>();
  for (const source of c.sources) {
    const label = where(source, `source ${source.key ?? '(no key)'}`);
    if (!isNonEmptyString(source.key)) problems.push(`${label}: missing key`);
    else if (sourceKeys.has(source.key)) problems.push(`${label}: duplicate source key`);
    else sourceKeys.add(source.key);
    if (!isNonEmptyString(source.title)) problems.push(`${label}: missing title`);
    if (source.url !== null && !(typeof source.url === 'string' && /^https?:\/\/\S+$/.test(source.url))) {
      problems.push(`${label}: url must be an http(s) URL or null, got ${JSON.stringify(source.url)}`);
    }
  }

  const checkProvenance = (p: Provenance | FieldProvenance, label: string): void => {
    if (!(CONFIDENCES as readonly string[]).includes(p.confidence)) {
      problems.push(`${label}: unknown confidence ${JSON.stringify(p.confidence)}; expected one of ${CONFIDENCES.join(', ')}`);
    } else if (p.confidence === 'extracted') {
      problems.push(`${label}: confidence "extracted" is reserved for parser output, not the curated corpus`);
    }
    if (!Array.isArray(p.sources)) {
      problems.push(`${label}: sources must be an array of source keys`);
      return;
    }
    for (const key of p.sources) {
      if (!sourceKeys.has(key)) problems.push(`${label}: unknown source key ${JSON.stringify(key)} (not in sources.json)`);
    }
    if (p.confidence === 'verified' && p.sources.length === 0) {
      problems.push(`${label}: marked verified but cites no source`);
    }
  };

  const checkRecordProvenance = (record: Provenance, label: string): void => {
    checkProvenance(record, label);
    for (const [field, override] of Object.entries(record.fields ?? {})) {
      if (!(field in record)) problems.push(`${label}: fields.${field} overrides a field the record does not have`);
      checkProvenance(override, `${label} fields.${field}`);
    }
  };

  const checkDate = (value: string | undefined, field: string, label: string): void => {
    if (value !== undefined && !(typeof value === 'string' && isIsoDate(value))) {
      problems.push(`${label}: ${field} ${JSON.stringify(value)} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    }
  };

  const checkOrder = (start: string | undefined, end: string | undefined, label: string): void => {
    if (start && end && isIsoDate(start) && isIsoDate(end) && end < start.slice(0, end.length)) {
      problems.push(`${label}: ends (${end}) before it starts (${start})`);
    }
  };

  /** Every node id (bodies, instruments, provisions share one namespace, as in the graph). */
  const nodeIds = new Set<string>();
  const claim = (id: string, label: string): void => {
    if (nodeIds.has(id)) problems.push(`${label}: duplicate id ${id}`);
    nodeIds.add(id);
  };

  const bodyIds = new Set(c.bodies.map((b) => b.id));
  for (const body of c.bodies) {
    const label = where(body, `body ${body.id ?? '(no id)'}`);
    if (!isNonEmptyString(body.id) || !isNonEmptyString(body.acronym)) {
      problems.push(`${label}: missing id or acronym`);
      continue;
    }
    if (body.id !== bodyId(body.acronym)) problems.push(`${label}: id must be ${bodyId(body.acronym)} (bodyId of its acronym)`);
    claim(body.id, label);
    if (!isNonEmptyString(body.name)) problems.push(`${label}: missing name`);
    if (!(BODY_KINDS as readonly string[]).includes(body.kind)) {
      problems.push(`${label}: unknown body kind ${JSON.stringify(body.kind)}; expected one of ${BODY_KINDS.join(', ')}`);
    }
    checkDate(body.established, 'established', label);
    checkDate(body.ended, 'ended', label);
    checkOrder(body.established, body.ended, label);
    if (body.partOf !== undefined && !bodyIds.has(body.partOf)) problems.push(`${label}: partOf ${body.partOf} is not a known body`);
    if (!isNonEmptyString(body.summary)) problems.push(`${label}: missing summary`);
    checkRecordProvenance(body, label);
  }

  const instrumentSymbols = new Set<string>();
  for (const instrument of c.instruments) {
    const label = where(instrument, `instrument ${instrument.symbol ?? '(no symbol)'}`);
    if (!isNonEmptyString(instrument.symbol)) {
      problems.push(`${label}: missing symbol`);
      continue;
    }
    if (instrument.symbol.includes('#')) problems.push(`${label}: a symbol may not contain "#" (it separates provision numbers)`);
    claim(instrument.symbol, label);
    instrumentSymbols.add(instrument.symbol);
    if (!(INSTRUMENT_KINDS as readonly string[]).includes(instrument.kind)) {
      problems.push(`${label}: unknown instrument kind ${JSON.stringify(instrument.kind)}; expected one of ${INSTRUMENT_KINDS.join(', ')}`);
    }
    if (!isNonEmptyString(instrument.titleEn)) problems.push(`${label}: missing titleEn`);
    if (!isNonEmptyString(instrument.shortTitle)) problems.push(`${label}: missing shortTitle`);
    checkDate(instrument.adopted, 'adopted', label);
    checkDate(instrument.endDate, 'endDate', label);
    checkOrder(instrument.adopted, instrument.endDate, label);
    if (instrument.originalLanguage !== undefined && !['en', 'ar', 'fr'].includes(instrument.originalLanguage)) {
      problems.push(`${label}: originalLanguage must be en, ar or fr`);
    }
    if (instrument.issuedBy !== undefined && !bodyIds.has(instrument.issuedBy)) {
      problems.push(`${label}: issuedBy ${instrument.issuedBy} is not a known body`);
    }
    if (!isNonEmptyString(instrument.summary)) problems.push(`${label}: missing summary`);
    checkRecordProvenance(instrument, label);
  }

  /** A text's date: an instrument's adoption, a provision's instrument's. */
  const adoptedOf = new Map(c.instruments.map((i) => [i.symbol, i.adopted]));
  const textDate = (id: string | undefined): string | undefined => (id ? adoptedOf.get(id.split('#')[0]) : undefined);

  for (const provision of c.provisions) {
    const id = provisionId(provision.instrument, provision.number);
    const label = where(provision, `provision ${id}`);
    if (!isNonEmptyString(provision.number) || provision.number.includes('#')) {
      problems.push(`${label}: number must be non-empty and free of "#"`);
    }
    if (!instrumentSymbols.has(provision.instrument)) problems.push(`${label}: instrument ${provision.instrument} is missing`);
    claim(id, label);
    if (!(PROVISION_ROLES as readonly string[]).includes(provision.role)) {
      problems.push(`${label}: unknown provision role ${JSON.stringify(provision.role)}; expected one of ${PROVISION_ROLES.join(', ')}`);
    }
    if (!isNonEmptyString(provision.summary)) problems.push(`${label}: missing summary`);
    checkDate(provision.due, 'due', label);
    const adopted = textDate(provision.instrument);
    if (adopted && provision.due && isIsoDate(adopted) && isIsoDate(provision.due) && provision.due < adopted.slice(0, provision.due.length)) {
      problems.push(`${label}: due ${provision.due} is before its instrument was adopted (${adopted})`);
    }
    checkRecordProvenance(provision, label);
  }

  const linkKeys = new Set<string>();
  for (const link of c.links) {
    const key = `${link.from} -${link.relation}-> ${link.to}`;
    const label = where(link, `link ${key}`);
    if (!(RELATIONS as readonly string[]).includes(link.relation)) {
      problems.push(`${label}: unknown relation ${JSON.stringify(link.relation)}; expected one of ${RELATIONS.join(', ')}`);
    }
    if (!nodeIds.has(link.from)) problems.push(`${label}: unknown endpoint ${link.from} (from)`);
    if (!nodeIds.has(link.to)) problems.push(`${label}: unknown endpoint ${link.to} (to)`);
    if (link.from === link.to) problems.push(`${label}: a link may not point to itself`);
    if (link.from?.startsWith(`${PARSED_INSTRUMENT}#`)) {
      problems.push(`${label}: links from provisions of ${PARSED_INSTRUMENT} come from the parser, not the corpus`);
    }
    if ((DRAFTING_RELATIONS as readonly string[]).includes(link.relation)) {
      for (const end of [link.from, link.to]) if (end?.startsWith('body:')) problems.push(`${label}: ${link.relation} joins texts (instruments or provisions), not the body ${end}`);
      const later = textDate(link.from);
      const earlier = textDate(link.to);
      if (later && earlier && isIsoDate(later) && isIsoDate(earlier) && earlier.slice(0, later.length) > later) {
        problems.push(`${label}: the draft or earlier version (${earlier}) is dated after the text made from it (${later})`);
      }
    }
    if (linkKeys.has(key)) problems.push(`${label}: duplicate link`);
    linkKeys.add(key);
    if (!isNonEmptyString(link.note)) problems.push(`${label}: missing note (say why the link holds)`);
    checkRecordProvenance(link, label);
  }

  // A position is stored on the curated record it concerns, so it needs one (not a parsed clause).
  const texts = new Set([...instrumentSymbols, ...c.provisions.map((p) => provisionId(p.instrument, p.number))]);
  for (const position of c.positions ?? []) {
    const label = where(position, `position of ${position.actor ?? '(no actor)'} on ${position.on}`);
    if (!texts.has(position.on)) problems.push(`${label}: on ${position.on} is not a curated instrument or provision`);
    if (!isNonEmptyString(position.actor)) problems.push(`${label}: missing actor`);
    if (!(ACTOR_KINDS as readonly string[]).includes(position.actorKind)) problems.push(`${label}: unknown actorKind ${JSON.stringify(position.actorKind)}; expected one of ${ACTOR_KINDS.join(', ')}`);
    if (!(POSITION_STANCES as readonly string[]).includes(position.stance)) problems.push(`${label}: unknown stance ${JSON.stringify(position.stance)}; expected one of ${POSITION_STANCES.join(', ')}`);
    checkDate(position.date, 'date', label);
    if (!isNonEmptyString(position.note)) problems.push(`${label}: missing note (say what the party did)`);
    checkRecordProvenance(position, label);
  }

  return problems;
}

/** Throws an Error listing every problem (file and record named) unless the corpus is valid. */
export function assertValidCorpus(c: Corpus): void {
  const problems = validateCorpus(c);
  if (problems.length > 0) {
    throw new Error(`The curated corpus has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
}

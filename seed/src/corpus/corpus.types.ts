/**
 * Public contract: the shape of the curated corpus in `seed/data/` (written by hand from
 * `shared/reference/instruments.md`). The loader imports exactly these names.
 *
 * Provenance: every record says how sure we are (`confidence`) and where the fact comes from
 * (`sources`, keys of `seed/data/sources.json`). `fields` overrides that for one field of the record
 * when it is weaker than the rest (e.g. an Arabic title that is only recalled). Dates are ISO 8601
 * calendar dates, at full (`2013-05-15`) or reduced precision (`2011`, `2010-10`) when only the year
 * or month is known.
 */
import type { ActorKind, Confidence, InstrumentKind, PositionStance, ProvisionRole, Relation } from '../../../cypher/model.js';

export interface FieldProvenance {
  confidence: Confidence;
  sources: string[];
  note?: string;
}

export interface Provenance {
  confidence: Confidence;
  sources: string[];
  note?: string;
  fields?: Record<string, FieldProvenance>;
}

/** One entry of the Sources list at the end of instruments.md. */
export interface CorpusSource {
  key: string;
  title: string;
  url: string | null;
}

export const BODY_KINDS = [
  'un-organ',
  'itu-organ',
  'summit',
  'working-group',
  'forum',
  'office',
  'stakeholders',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export interface CorpusBody extends Provenance {
  /** `body:ACRONYM` (see `bodyId`). */
  id: string;
  acronym: string;
  name: string;
  nameAr?: string;
  kind: BodyKind;
  established?: string;
  ended?: string;
  /** Id of the parent body. */
  partOf?: string;
  summary?: string;
}

export interface CorpusInstrument extends Provenance {
  /** Canonical symbol; the instrument's id. */
  symbol: string;
  kind: InstrumentKind;
  titleEn: string;
  titleAr?: string;
  titleFr?: string;
  shortTitle: string;
  /** ISO date of adoption (for an EVENT: its first day). */
  adopted?: string;
  /** ISO date of the last day (events). */
  endDate?: string;
  venue?: string;
  originalLanguage?: 'en' | 'ar' | 'fr';
  url?: string;
  /** Body id. */
  issuedBy?: string;
  summary?: string;
}

export interface CorpusProvision extends Provenance {
  /** Symbol of the instrument; the provision's id is `${instrument}#${number}` (see `provisionId`). */
  instrument: string;
  number: string;
  label?: string;
  role: ProvisionRole;
  verb?: string;
  summary: string;
  /**
   * When the mandate it gives falls due, as precisely as the text says (a report to "CSTD-17
   * (2014)" is due "2014"); what Mandate.status reads for OVERDUE. Its source goes in `fields.due`
   * when it is not the record's.
   */
  due?: string;
}

export interface CorpusLink extends Provenance {
  /** Id of an instrument, provision or body. */
  from: string;
  to: string;
  relation: Relation;
  /** Own words: why the link holds. */
  note?: string;
}

/**
 * A position a party took on a text, or how its forum took it: on a curated instrument or provision
 * (a draft, the adopted text), stored on that node (corpus.rows.ts) and read by its `positions`.
 */
export interface CorpusPosition extends Provenance {
  /** Id of the curated instrument or provision it concerns. */
  on: string;
  /** Who: "India", "Group of 77 and China", "RIPE NCC", "WTPF-13". */
  actor: string;
  actorKind: ActorKind;
  stance: PositionStance;
  /** When, as precisely as the source says (ISO, any precision). */
  date?: string;
  /** Own words: what the party did, and what came of it. */
  note: string;
}

/** One file of `seed/data/corpus/`. */
export interface CorpusFile {
  bodies?: CorpusBody[];
  instruments?: CorpusInstrument[];
  provisions?: CorpusProvision[];
  links?: CorpusLink[];
  positions?: CorpusPosition[];
}

/** All files merged, plus the source list. */
export interface Corpus {
  sources: CorpusSource[];
  bodies: CorpusBody[];
  instruments: CorpusInstrument[];
  provisions: CorpusProvision[];
  links: CorpusLink[];
  positions: CorpusPosition[];
}

/**
 * Public API: the output shapes of the parsing stage. The loader and the ingest CLI depend on these
 * names exactly; change them only together with `seed/src/load` and `seed/src/ingest.cli.ts`.
 */
import type { ProvisionRole, Relation } from '../../../cypher/model.js';

export type Language = 'ar' | 'en' | 'fr';

/** One citation found inside a clause. */
export interface ParsedReference {
  /** The matched span as it appears in the clause (whitespace normalised). */
  text: string;
  /** Canonical instrument symbol, or null when it cannot be resolved. */
  symbol: string | null;
  /** Paragraph numbers of the cited instrument named by the span; [] means the whole instrument. */
  paragraphs: string[];
  /** Name of the extraction rule that matched, e.g. 'un-symbol', 'tunis-paragraphs'. */
  rule: string;
  /** Edge type: the clause's citing relation, CITES inside acting clauses, QUOTES for quotations. */
  relation: Relation;
}

export interface ParsedClause {
  /** Human label: "Recalling (a)", "Recognizing", "Is of the view", "Invites", "Operative 20". */
  label: string;
  /** Unique inside the document, stable and lower-case: "recalling.a", "view.1", "invites.1", "20". */
  number: string;
  role: ProvisionRole;
  /** Normalised English verb: "Recalling", "Bearing in mind", "Is of the view", "Invites"… */
  verb: string;
  /** Edge type this clause's citations get (or, for acting verbs, its edges to the addressees). */
  relation: Relation;
  /** Clause text in the source language, normalised, without the item letter or number. */
  text: string;
  /** 0-based order in the document. */
  position: number;
  /** 1-based line in the source file where the clause starts. */
  line: number;
  /** English verb of the section the clause belongs to (preambular sections, "resolves"…). */
  section?: string;
  /** For role 'quoted': the instrument and paragraph it reproduces. */
  quotedFrom?: { symbol: string; number: string };
  /** Body ids (cypher/model.ts `bodyId`) an operative clause addresses. */
  addressees: string[];
  /** When the report it asks of them falls due, as its text dates it ("2014", "2016-07"; due.extract.ts). */
  due?: string;
  references: ParsedReference[];
}

/** A mention the extractor saw but could not turn into a canonical symbol. Never dropped silently. */
export interface UnresolvedReference {
  text: string;
  line: number;
  /** The `number` of the clause the mention is in. */
  clause: string;
  reason: string;
}

export interface ParsedDocument {
  file: string;
  /** Canonical symbol of the document itself, without language suffix: 'WTPF-13/DT/6'. */
  symbol: string;
  language: Language;
  originalLanguage: Language | null;
  title: string;
  /** Body id of the chapeau, e.g. 'body:WTPF-13'; null when the body is not one we know. */
  body: string | null;
  /** English place name, e.g. 'Geneva'. */
  place: string | null;
  /** ISO dates of the meeting named in the header. */
  forumDates: { start: string; end: string } | null;
  /** ISO date of the document. */
  date: string | null;
  clauses: ParsedClause[];
  unresolved: UnresolvedReference[];
}

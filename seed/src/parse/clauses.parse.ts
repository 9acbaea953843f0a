/**
 * Internal: splits the body of a document (the lines after the chapeau) into clauses.
 *
 * One source line is one paragraph in the texts we ingest. A line is, in this order of precedence:
 * - inside a quotation: a quoted paragraph (`"20 تدعو …`, `21 تطلب …"،`) or its continuation;
 * - the opinion chapeau ("يعرب عن الرأي التالي", "Is of the view"): opens the view part;
 * - a preambular opener ("إذ يذكّر", "Recalling"), alone (a section follows) or with its recital;
 * - a lettered item (`أ )`, `ب)`, `(a)`, `a)`) of the open section;
 * - a numbered paragraph (`1. Decides …`, or an item of an ITU heading such as "resolves");
 * - an operative verb, alone (`يدعو`, then the text on the next line; or an ITU heading) or opening
 *   an unnumbered operative paragraph;
 * - in an English or French preamble, a line opening with a capital after a recital that ended with
 *   "," or ";": a recital of its own, even when the lexicon does not know its opening words
 *   ("Convinced that …", "Deeply concerned …"); its verb is those words and it cites plainly;
 * - otherwise the continuation of the clause before it (or, in the view part, a new view paragraph).
 * Anything that leaves the structure open (an opener without items, an unclosed quotation, no
 * operative or view part) is a ParseError naming the line and what was expected.
 */
import type { Relation } from '../../../cypher/model.js';
import type { ProvisionRole } from '../../../cypher/model.js';
import { ParseError, describeFound } from './parse.error.js';
import { OPERATIVE, PREAMBULAR, VIEW, VIEW_ACTIONS } from './lexicon.js';
import { matchLeading } from './lexicon.match.js';
import type { SourceLine } from './normalize.js';
import { itemLetter, slug } from './normalize.js';
import type { Language, ParsedClause } from './types.js';

/** A clause before references and addressees are extracted: the fields it shares with ParsedClause. */
export interface RawClause extends Pick<ParsedClause, 'label' | 'number' | 'role' | 'verb' | 'relation' | 'text' | 'line' | 'section'> {
  /** Operative clauses: the text whose leading noun phrases are the addressees. */
  addresseeText?: string;
  /**
   * Quoted paragraphs: the clause that quotes them, its text up to the quotation (where the quoted
   * instrument is named; text after the quotation must not change the source), and the paragraph
   * number in the quoted text.
   */
  quote?: { host: RawClause; hostPrefix: string; paragraph: string };
}

interface Section {
  verb: string;
  relation: Relation;
  role: ProvisionRole;
  key: string;
  line: number;
  opener: string;
  /** Text after an ITU heading's verb ("the Secretary-General"): the items' addressees. */
  addresseeText?: string;
  /** An operative verb alone on its line (or ending with ':'): numbered items belong to it. */
  heading: boolean;
  count: number;
}

const LATIN_ITEM = /^\(?([a-z])\) ?(.*)$/i;
const ARABIC_ITEM = /^([أابجدهوزحطيكل]) ?\) ?(.*)$/u;
const NUMBERED = /^(\d{1,3})(?:\.|\)|(?= ))\s?(.*)$/;
const QUOTE_START = /^["“«] ?(\d{1,3})(?:\.|\))? (.*)$/u;

export function parseClauses(lines: readonly SourceLine[], language: Language, file: string): RawClause[] {
  const clauses: RawClause[] = [];
  const used = new Set<string>();
  const sectionKeys = new Map<string, number>();
  let section = null as Section | null;
  let current = null as RawClause | null;
  let inOperativePart = false;
  let quote = null as { host: RawClause; hostPrefix: string; depth: number; line: number } | null;

  const unique = (n: string): string => {
    let candidate = n;
    for (let k = 2; used.has(candidate); k++) candidate = `${n}-${k}`;
    used.add(candidate);
    return candidate;
  };
  const sectionKey = (verb: string): string => {
    const base = verb === 'Is of the view' ? 'view' : slug(verb);
    const seen = (sectionKeys.get(base) ?? 0) + 1;
    sectionKeys.set(base, seen);
    return seen === 1 ? base : `${base}-${seen}`;
  };
  const push = (c: Omit<RawClause, 'number'> & { number: string }): RawClause => {
    const clause = { ...c, number: unique(c.number) };
    clauses.push(clause);
    if (section) section.count++;
    current = clause;
    return clause;
  };
  const openSection = (verb: string, relation: Relation, role: ProvisionRole, src: SourceLine, heading = false, addresseeText?: string): Section => {
    closeSection(src);
    section = { verb, relation, role, key: sectionKey(verb), line: src.line, opener: src.text, addresseeText, heading, count: 0 };
    current = null;
    return section;
  };
  const closeSection = (next: SourceLine | undefined): void => {
    if (section && section.count === 0) {
      throw new ParseError(file, next?.line ?? section.line, `lettered items or text after "${section.opener}" (line ${section.line})`, describeFound(next?.text));
    }
  };
  const viewRelation = (text: string): Relation => matchLeading(text, language, VIEW_ACTIONS)?.entry.relation ?? 'CITES';

  for (let i = 0; i < lines.length; i++) {
    const src = lines[i];
    const text = src.text;

    if (quote) {
      const numbered = NUMBERED.exec(text);
      const body = numbered ? numbered[2] : text;
      quote.depth = quoteDepth(text, quote.depth);
      const cleaned = quote.depth === 0 ? stripClosingQuote(body) : body;
      if (numbered) {
        pushQuoted(numbered[1], cleaned, src, quote.host, quote.hostPrefix);
      } else if (current) {
        current.text = `${current.text} ${cleaned}`;
      }
      if (quote.depth === 0) {
        current = quote.host;
        quote = null;
      }
      continue;
    }

    const quoteStart = QUOTE_START.exec(text);
    if (quoteStart && current) {
      const depth = quoteDepth(text, 0);
      const host: RawClause = current;
      const closed = depth === 0;
      const hostPrefix = host.text;
      pushQuoted(quoteStart[1], closed ? stripClosingQuote(quoteStart[2]) : quoteStart[2], src, host, hostPrefix);
      if (closed) current = host;
      else quote = { host, hostPrefix, depth, line: src.line };
      continue;
    }

    const view = matchLeading(text, language, VIEW);
    if (view) {
      inOperativePart = true;
      const s = openSection(view.entry.verb, 'CITES', 'view', src);
      if (view.rest) pushView(view.rest, src, s);
      continue;
    }

    // Openers are recognised anywhere: a stray operative line must not swallow the rest of the preamble.
    const opener = matchLeading(text, language, PREAMBULAR);
    if (opener) {
      const s = openSection(opener.entry.verb, opener.entry.relation, 'preambular', src);
      if (opener.rest) {
        push({ label: s.verb, number: s.key, role: 'preambular', verb: s.verb, relation: s.relation, text: opener.rest, line: src.line, section: s.verb });
      }
      continue;
    }

    const item = (language === 'ar' ? ARABIC_ITEM : LATIN_ITEM).exec(text);
    const letter = item ? itemLetter(item[1]) : null;
    if (item && letter && item[2]) {
      const s: Section | null = section;
      if (!s) throw new ParseError(file, src.line, 'a section opener (e.g. "Recalling") before a lettered item', describeFound(text));
      const relation = s.role === 'view' ? viewRelation(item[2]) : s.relation;
      push({ label: `${s.verb} (${letter})`, number: `${s.key}.${letter}`, role: s.role, verb: s.verb, relation, text: item[2], line: src.line, section: s.verb, addresseeText: s.role === 'operative' ? s.addresseeText || item[2] : undefined });
      continue;
    }

    const numbered = NUMBERED.exec(text);
    if (numbered && numbered[2]) {
      const s: Section | null = section;
      if (s && s.role === 'view') {
        pushView(numbered[2], src, s, numbered[1]);
        continue;
      }
      if (s && s.heading) {
        push({ label: `${s.verb} ${numbered[1]}`, number: `${s.key}.${numbered[1]}`, role: 'operative', verb: s.verb, relation: s.relation, text: numbered[2], line: src.line, section: s.verb, addresseeText: s.addresseeText || numbered[2] });
        continue;
      }
      closeSection(src);
      section = null;
      inOperativePart = true;
      const verb = matchLeading(numbered[2], language, OPERATIVE);
      push({
        label: `Operative ${numbered[1]}`, number: numbered[1], role: 'operative',
        verb: verb?.entry.verb ?? unknownVerb(numbered[2], language), relation: verb?.entry.relation ?? 'CITES',
        text: numbered[2], line: src.line, addresseeText: verb?.rest ?? '',
      });
      continue;
    }

    // An operative verb alone on its line is always a heading, never the text an opener waits for.
    const awaiting: Section | null = section;
    if (awaiting && awaiting.count === 0 && matchLeading(text, language, OPERATIVE)?.rest !== '') {
      // The opener stood alone and no items follow: this line is the section's only clause.
      const s = awaiting;
      if (s.role === 'view') pushView(text, src, s);
      else push({ label: s.verb, number: s.role === 'preambular' ? s.key : `${s.key}.1`, role: s.role, verb: s.verb, relation: s.relation, text, line: src.line, section: s.verb, addresseeText: s.role === 'operative' ? s.addresseeText || text : undefined });
      continue;
    }

    const operative = matchLeading(text, language, OPERATIVE);
    if (operative) {
      inOperativePart = true;
      const next = lines[i + 1]?.text ?? '';
      const heading = operative.rest === '' || /[:：]$/.test(operative.rest) || isItem(next, language);
      const s = openSection(operative.entry.verb, operative.entry.relation, 'operative', src, heading, heading ? operative.rest.replace(/[:：,،]$/, '') : undefined);
      if (!heading) {
        push({ label: s.verb, number: `${s.key}.1`, role: 'operative', verb: s.verb, relation: s.relation, text, line: src.line, section: s.verb, addresseeText: operative.rest });
      }
      continue;
    }

    const s: Section | null = section;
    if (s && s.role === 'view' && current && current.role === 'view') {
      pushView(text, src, s);
      continue;
    }
    const last: RawClause | null = current;
    if (language !== 'ar' && !inOperativePart && last?.role === 'preambular' && /[,;]$/.test(last.text) && /^\p{Lu}/u.test(text)) {
      const verb = unknownVerb(text, language);
      const s = openSection(verb, 'CITES', 'preambular', src);
      push({ label: verb, number: s.key, role: 'preambular', verb, relation: 'CITES', text: text.slice(verb.length).trim() || text, line: src.line, section: verb });
      continue;
    }
    if (!last) {
      throw new ParseError(file, src.line, 'a preambular opener (e.g. "Recalling"), a numbered operative paragraph or an operative verb', describeFound(text));
    }
    last.text = `${last.text} ${text}`;
  }

  if (quote) {
    const q: { line: number } = quote;
    throw new ParseError(file, lines[lines.length - 1]?.line ?? q.line, `a closing quotation mark for the quotation opened at line ${q.line}`, 'end of file');
  }
  closeSection(undefined);
  if (!inOperativePart || !clauses.some((c) => c.role === 'operative' || c.role === 'view')) {
    const lastLine = lines[lines.length - 1]?.line ?? 1;
    throw new ParseError(file, lastLine, 'an operative part (numbered paragraphs, an operative verb such as "Decides", or "Is of the view")', 'end of file');
  }
  return clauses;

  function pushView(text: string, src: SourceLine, s: Section, n?: string): void {
    const index = clauses.filter((c) => c.role === 'view').length + 1;
    const label = n ? `${s.verb} ${n}` : index === 1 ? s.verb : `${s.verb} (${index})`;
    push({ label, number: `${s.key}.${n ?? index}`, role: 'view', verb: s.verb, relation: viewRelation(text), text, line: src.line, section: s.verb });
  }

  function pushQuoted(paragraph: string, text: string, src: SourceLine, host: RawClause, hostPrefix: string): void {
    const verb = matchLeading(text, language, OPERATIVE) ?? matchLeading(text, language, PREAMBULAR);
    const clause: RawClause = {
      label: `¶${paragraph}`, number: `${host.number}.q${paragraph}`, role: 'quoted',
      verb: verb?.entry.verb ?? 'Provides', relation: verb?.entry.relation ?? 'CITES',
      text, line: src.line, addresseeText: verb?.rest ?? '', quote: { host, hostPrefix, paragraph },
    };
    clause.number = unique(clause.number);
    clauses.push(clause);
    current = clause;
  }
}

/**
 * The verb of a paragraph whose opening words the lexicon does not know: in English or French those
 * words ("Expresses", "Deeply concerned", "Profondément préoccupée"), otherwise "Provides".
 */
function unknownVerb(text: string, language: Language): string {
  if (language === 'ar') return 'Provides';
  return /^(?:\p{Lu}\p{Ll}+(?:ly|ment) \p{Ll}+|\p{Lu}\p{Ll}+)(?![\p{L}-])/u.exec(text)?.[0] ?? 'Provides';
}

function isItem(text: string, language: Language): boolean {
  return (language === 'ar' ? ARABIC_ITEM : LATIN_ITEM).test(text) || NUMBERED.test(text);
}

/** Quotation depth after `text`: straight quotes toggle, curly and guillemet quotes nest. */
function quoteDepth(text: string, depth: number): number {
  let d = depth;
  for (const ch of text) {
    if (ch === '"') d = d > 0 ? d - 1 : d + 1;
    else if (ch === '“' || ch === '«') d++;
    else if ((ch === '”' || ch === '»') && d > 0) d--;
  }
  return d;
}

/** Drops the closing quotation mark and the punctuation that ends the quoting sentence. */
function stripClosingQuote(text: string): string {
  return text.replace(/["”»][\s.,;:،؛]*$/u, '').trim();
}

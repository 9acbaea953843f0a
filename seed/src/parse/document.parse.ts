/**
 * Internal: the whole parse — lines, language, header, chapeau, clauses, references — assembled into
 * a ParsedDocument. Pure: no I/O, no clock, no randomness; the same text always gives the same result.
 */
import { isActing } from '../../../cypher/model.js';
import type { Relation } from '../../../cypher/model.js';
import { addressees, chapeauBody } from './bodies.js';
import type { RawClause } from './clauses.parse.js';
import { parseClauses } from './clauses.parse.js';
import { dueOf } from './due.extract.js';
import { englishPlace, parseHeader } from './header.parse.js';
import { detectLanguage } from './language.js';
import { arabicPattern, toLines } from './normalize.js';
import { ParseError, describeFound } from './parse.error.js';
import { extractReferences } from './references.extract.js';
import type { Language, ParsedClause, ParsedDocument, UnresolvedReference } from './types.js';

const CHAPEAU: Record<Language, RegExp> = {
  ar: new RegExp(`^${arabicPattern('إن')} .{3,300}[،,]$`, 'u'),
  en: /^The [^,]{3,200}(?:\([^()]{0,60}\))?[^,]{0,40},$/u,
  fr: /^(?:Le |La |L['’]|Les )[^,]{3,200}(?:\([^()]{0,60}\))?[^,]{0,40},$/u,
};
/** "(جنيف، 2013)", "(Geneva, 2013)": the place of the meeting named in the chapeau. */
const CHAPEAU_PLACE = /\(([^()،,]{2,30})[،,] ?\d{4}\)/u;

/**
 * Parses one document. Throws ParseError (and nothing else) when the text is not a document we can
 * read: empty, binary, another language, or a structure that stops half-way.
 */
export function parseDocument(text: string, file: string): ParsedDocument {
  const lines = toLines(text, file);
  if (lines.length === 0) {
    throw new ParseError(file, 1, 'a document (header, title, chapeau, clauses)', text.length === 0 ? 'an empty file' : 'only whitespace');
  }
  const language = detectLanguage(lines);
  if (!language) throw new ParseError(file, lines[0].line, 'a text in Arabic, English or French', describeFound(lines[0].text));

  const chapeauIndex = lines.findIndex((l, i) => i > 0 && CHAPEAU[language].test(l.text));
  if (chapeauIndex < 0) {
    const last = lines[lines.length - 1];
    const example = language === 'ar' ? '"إن المنتدى …،"' : language === 'fr' ? '"L\'Assemblée générale,"' : '"The General Assembly,"';
    throw new ParseError(file, last.line, `a chapeau naming the body after the header and title (e.g. ${example})`, 'end of file');
  }
  const chapeau = lines[chapeauIndex];
  const header = parseHeader(lines.slice(0, chapeauIndex), language, file, chapeau.line);
  const body = chapeauBody(chapeau.text, language);
  const chapeauPlace = CHAPEAU_PLACE.exec(chapeau.text);
  const raw = parseClauses(lines.slice(chapeauIndex + 1), language, file);

  const itu = body !== null && /^body:(?:WTPF|PP|ITU)/.test(body);
  const ctx = { language, citedOn: header.date ?? header.forumDates?.start ?? null, itu, body };
  const clauses: ParsedClause[] = [];
  const unresolved: UnresolvedReference[] = [];
  const byRaw = new Map<RawClause, ParsedClause>();

  raw.forEach((r, position) => {
    const refRelation: Relation = isActing(r.relation) ? 'CITES' : r.relation;
    const found = extractReferences(r.text, refRelation, ctx);
    const clause: ParsedClause = {
      label: r.label, number: r.number, role: r.role, verb: r.verb, relation: r.relation, text: r.text,
      position, line: r.line, addressees: r.role === 'operative' || r.role === 'quoted' ? addressees(r.addresseeText ?? '', language, itu ? 'ITU' : 'UN') : [],
      references: found.references,
    };
    if (r.section) clause.section = r.section;
    // What it asks falls due when its text dates the report it asks for (due.extract.ts).
    const due = clause.addressees.length ? dueOf(r.text, language) : undefined;
    if (due) clause.due = due;
    for (const u of found.unresolved) unresolved.push({ ...u, line: r.line, clause: r.number });
    if (r.quote) {
      const named = extractReferences(r.quote.hostPrefix, 'CITES', ctx).references.filter((ref) => ref.symbol && ref.paragraphs.length === 0);
      attachQuote(clause, r.quote.paragraph, byRaw.get(r.quote.host), named.pop()?.symbol ?? null, unresolved);
    }
    byRaw.set(r, clause);
    clauses.push(clause);
  });

  return {
    file, symbol: header.symbol, language, originalLanguage: header.originalLanguage, title: header.title, body,
    place: header.place ?? (chapeauPlace ? englishPlace(chapeauPlace[1]) : null),
    forumDates: header.forumDates, date: header.date, clauses, unresolved,
  };
}

/**
 * A quoted paragraph reproduces a paragraph of the instrument its host clause names before the
 * quotation (the last whole instrument named there, e.g. "adopted resolution A/RES/67/195 … :
 * "20 Invites …""). The host gets a QUOTES reference to that paragraph; the quoted clause records
 * where it comes from.
 */
function attachQuote(clause: ParsedClause, paragraph: string, host: ParsedClause | undefined, symbol: string | null, unresolved: UnresolvedReference[]): void {
  if (!host || !symbol) {
    unresolved.push({ text: clause.text.slice(0, 80), line: clause.line, clause: clause.number, reason: 'quoted paragraph whose source instrument is not named in the quoting clause' });
    return;
  }
  clause.label = `${symbol} ¶${paragraph}`;
  clause.quotedFrom = { symbol, number: paragraph };
  host.references.push({ text: clause.text, symbol, paragraphs: [paragraph], rule: 'quoted-paragraph', relation: 'QUOTES' });
}

/**
 * Internal, pure: turns a parsed document into load rows. The document becomes an instrument (or
 * enriches the existing one with the same symbol), each clause a provision, each reference a typed
 * edge from the clause to the most precise target (a paragraph when one is named), and each
 * addressee an edge to a body. Targets that the graph may not hold yet are sent as stubs, which
 * create a bare node only when none exists. Quoted paragraphs become provisions of the quoted
 * instrument. Unresolved references are not loaded; the CLI reports them.
 */
import path from 'node:path';
import { assertRelation, provisionId, type InstrumentKind } from '../../../cypher/model.js';
import { strengthOf } from '../../../cypher/strength.js';
import type { ParsedClause, ParsedDocument } from '../parse/index.js';
import { fullDate, props, type Rows } from './rows.types.js';

const TEXT_FIELD = { ar: 'textAr', en: 'textEn', fr: 'textFr' } as const;
const TITLE_FIELD = { ar: 'titleAr', en: 'titleEn', fr: 'titleFr' } as const;

export function inferKind(symbol: string, title: string): InstrumentKind {
  // A UN "L." document (A/80/L.41, A/C.2/65/L.12) is a draft resolution, not the resolution.
  if (/\/L\.\d/.test(symbol)) return 'DRAFT';
  if (/\/RES\//.test(symbol) || /\bRes\.\s/.test(symbol)) return 'RESOLUTION';
  if (/opinion|avis|الرأي|رأي/i.test(title)) return 'OPINION';
  if (/decision|décision|مقرر/i.test(title)) return 'DECISION';
  return 'OUTCOME_DOCUMENT';
}

function paragraphLabel(number: string): string {
  return /^\d+$/.test(number) ? `¶${number}` : number;
}

export function documentRows(doc: ParsedDocument, root: string): Rows {
  const source = path.relative(root, path.resolve(doc.file)) || doc.file;
  const rows: Rows = { sources: [], bodies: [], instruments: [], provisions: [], links: [] };
  const stubInstruments = new Set<string>();
  const stubProvisions = new Set<string>();
  const stubBodies = new Set<string>();

  const ensureInstrument = (symbol: string) => {
    if (symbol === doc.symbol || stubInstruments.has(symbol)) return;
    stubInstruments.add(symbol);
    rows.instruments.push({ id: symbol, stub: true, adopted: null, endDate: null, bodyId: null, props: props({ symbol, kind: inferKind(symbol, ''), origin: 'reference', confidence: 'extracted', sources: [source] }) });
  };
  const ensureProvision = (symbol: string, number: string) => {
    const id = provisionId(symbol, number);
    ensureInstrument(symbol);
    if (stubProvisions.has(id)) return id;
    stubProvisions.add(id);
    rows.provisions.push({ id, instrumentId: symbol, stub: true, props: props({ number, label: paragraphLabel(number), role: 'paragraph', origin: 'reference', confidence: 'extracted', sources: [source] }) });
    return id;
  };
  const ensureBody = (id: string) => {
    if (stubBodies.has(id)) return;
    stubBodies.add(id);
    const acronym = id.replace(/^body:/, '');
    rows.bodies.push({ id, stub: true, props: props({ acronym, name: acronym, origin: 'reference', confidence: 'extracted', sources: [source] }) });
  };

  if (doc.body) ensureBody(doc.body);
  // The document is its own record's source, as a parser reads it; a curated record keeps its own
  // provenance and facts (document.reconcile.ts).
  const provenance = { origin: 'document', confidence: 'extracted', sources: [source] };
  rows.instruments.push({
    id: doc.symbol,
    document: source,
    adopted: fullDate(doc.date),
    endDate: null,
    bodyId: doc.body,
    props: props({
      symbol: doc.symbol, kind: inferKind(doc.symbol, doc.title), [TITLE_FIELD[doc.language]]: doc.title,
      venue: doc.place, originalLanguage: doc.originalLanguage, sourceFile: source,
      forumStart: doc.forumDates?.start, forumEnd: doc.forumDates?.end, parsedLanguage: doc.language,
      ...provenance,
    }),
  });

  const clauseId = (clause: ParsedClause) =>
    clause.quotedFrom ? provisionId(clause.quotedFrom.symbol, clause.quotedFrom.number) : provisionId(doc.symbol, clause.number);

  for (const clause of doc.clauses) {
    const owner = clause.quotedFrom?.symbol ?? doc.symbol;
    const number = clause.quotedFrom?.number ?? clause.number;
    ensureInstrument(owner);
    const id = clauseId(clause);
    stubProvisions.add(id);
    rows.provisions.push({
      id,
      instrumentId: owner,
      document: source,
      props: props({
        number,
        label: clause.quotedFrom ? paragraphLabel(number) : clause.label,
        role: clause.quotedFrom ? 'operative' : clause.role,
        verb: clause.verb,
        due: clause.due,
        text: clause.text,
        [TEXT_FIELD[doc.language]]: clause.text,
        language: doc.language,
        position: clause.quotedFrom ? Number.parseInt(number, 10) || clause.position : clause.position,
        line: clause.line,
        section: clause.section,
        quotedIn: clause.quotedFrom ? doc.symbol : undefined,
        sourceFile: source,
        ...provenance,
      }),
    });

    const evidence = (method: string) =>
      props({ clause: clause.label, quote: clause.text, language: doc.language, method, confidence: 'extracted', sources: [source], citingInstrument: doc.symbol });
    const addLink = (to: string, relation: string, method: string) => {
      const type = assertRelation(relation);
      const strength = strengthOf({ role: clause.role, verb: clause.verb }, type);
      rows.links.push({ key: `${doc.symbol}|${clause.number}|${type}|${to}`, from: id, to, type, date: fullDate(doc.date), props: strength ? { ...evidence(method), strength } : evidence(method) });
    };

    for (const ref of clause.references) {
      if (!ref.symbol) continue;
      if (ref.paragraphs.length === 0) {
        ensureInstrument(ref.symbol);
        addLink(ref.symbol, ref.relation, `rule:${ref.rule}`);
      } else {
        for (const p of ref.paragraphs) addLink(ensureProvision(ref.symbol, p), ref.relation, `rule:${ref.rule}`);
      }
    }
    for (const body of clause.addressees) {
      ensureBody(body);
      addLink(body, clause.relation, 'rule:addressee');
    }
  }
  return rows;
}

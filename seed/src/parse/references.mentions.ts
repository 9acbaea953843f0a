/**
 * Internal: finds mentions of instruments in a clause — UN symbols, WSIS/ITU document symbols, the
 * Tunis Agenda and the Geneva Declaration of Principles and Plan of Action by name, UN resolutions
 * by number ("resolution 2010/2 of the Economic and Social Council") and ITU Plenipotentiary
 * resolutions by number ("resolutions 101, 102 and 133").
 *
 * Contract: every mention carries a canonical symbol or, when it cannot be resolved, a reason; none
 * is dropped. All patterns use bounded repetition over disjoint token classes, so matching time is
 * linear in the clause length (no catastrophic backtracking on hostile input).
 */
import { arabicPattern } from './normalize.js';
import { GENEVA_DECLARATION, GENEVA_PLAN, TUNIS_AGENDA, canonicalDocumentSymbol, ecosocResolution, englishCity, gaResolution, ituResolution } from './symbols.js';
import type { Language } from './types.js';

export interface Mention {
  start: number;
  end: number;
  text: string;
  symbol: string | null;
  rule: string;
  /** Why `symbol` is null. */
  reason?: string;
}

export interface MentionContext {
  language: Language;
  /** ISO date of the citing document: picks the ITU revision in force. */
  citedOn: string | null;
  /** The citing document was issued by an ITU body (WTPF, PP, Council). */
  itu: boolean;
  /** Body id of the citing document, for "its resolution …". */
  body: string | null;
}

const UN_SYMBOL = /\b([AE])\/RES\/(\d{1,4})\/(\d{1,4})(?: (?:19|20)\d{2}(?!\d))?/g;
const UN_DOCUMENT = /\b([AE])\/(\d{2,4})\/(\d{1,4})(?!\d|\/)/g;
const DOC_SYMBOL = /\b((?:WSIS|WTPF|PP)-\d{2}\/[A-Z0-9.]{1,12}(?:\/[A-Z0-9.]{1,12}){0,4}(?:\(Rev\.\d\))?(?:-[ACEFRS])?)/g;
const TUNIS: Record<Language, RegExp> = {
  en: /\bTunis Agenda(?: for the Information Society)?/g,
  fr: /\bAgenda de Tunis(?: pour la société de l['’]information)?/g,
  ar: new RegExp(`${arabicPattern('برنامج عمل تونس')}(?: ${arabicPattern('بشأن مجتمع المعلومات')}| ${arabicPattern('لمجتمع المعلومات')})?`, 'gu'),
};
/**
 * The Geneva texts of WSIS (2003) by name. "Geneva" must be part of the name or of the phrase around
 * it: a bare "Declaration of Principles" or "Plan of Action" names many other texts.
 */
const GENEVA: Record<Language, { declaration: RegExp; plan: RegExp }> = {
  en: {
    declaration: /\bGeneva Declaration of Principles\b|\bDeclaration of Principles(?= (?:of|adopted (?:in|at)) Geneva\b| and (?:the )?Plan of Action (?:of|adopted (?:in|at)) Geneva\b)/g,
    plan: /\bGeneva Plan of Action\b|(?<=Geneva Declaration of Principles and (?:the )?)Plan of Action\b|\bPlan of Action(?= (?:of|adopted (?:in|at)) Geneva\b)/g,
  },
  fr: {
    declaration: /\bDéclaration de principes de Genève|\bDéclaration de principes(?= et (?:le )?Plan d['’]action de Genève)/g,
    plan: /\bPlan d['’]action de Genève/g,
  },
  ar: {
    declaration: new RegExp(`${arabicPattern('إعلان مبادئ جنيف')}|${arabicPattern('إعلان المبادئ')}(?= ${arabicPattern('وخطة عمل جنيف')})`, 'gu'),
    plan: new RegExp(`${arabicPattern('خطة عمل جنيف')}`, 'gu'),
  },
};

const NUM_JOIN: Record<Language, string> = { en: '(?:, and |, | and )', fr: '(?:, | et )', ar: '(?: ?، ?| و ?| ?و)' };
const RES_WORD: Record<Language, string> = {
  en: '\\b[Rr]esolutions? ',
  fr: '\\b[Rr]ésolutions? ',
  ar: `(?:${arabicPattern('القرارات')}|${arabicPattern('القرارين')}|${arabicPattern('القرار')}|${arabicPattern('قرارات')}|${arabicPattern('قرار')}) `,
};
/** A resolution number, optionally followed by its adoption date ("65/141 of 20 December 2010"). */
const UN_DATE: Record<Language, string> = {
  en: '(?: of \\d{1,2} [A-Za-z]{3,9} \\d{4})?',
  fr: '(?: du \\d{1,2}(?:er)? [a-zéû]{3,9} \\d{4})?',
  ar: `(?: ${arabicPattern('المؤرخ')} \\d{1,2} [\\u0621-\\u064A]{3,9} \\d{4})?`,
};
const UN_NUMBER = '\\d{1,4}/\\d{1,4}';
const ITU_NUMBER = '\\d{1,3}(?![\\d/])';
const REVISION = `(?: ?\\((?:(Rev\\.|Rév\\.|${arabicPattern('المراجع في')}) ?)?([A-Za-zÀ-ÿ\\u0621-\\u064A]{3,20})[،,] ?(\\d{4})\\))?`;

const BODY_NAMES: readonly { body: string; name?: string; pattern: RegExp }[] = [
  { body: 'ECOSOC', pattern: new RegExp(`Economic and Social Council|ECOSOC|Conseil économique et social|${arabicPattern('المجلس الاقتصادي والاجتماعي')}`, 'u') },
  { body: 'UNGA', pattern: new RegExp(`General Assembly|Assemblée générale|${arabicPattern('الجمعية العامة')}`, 'u') },
  { body: 'HRC', name: 'the Human Rights Council', pattern: new RegExp(`Human Rights Council|Conseil des droits de l['’]homme|${arabicPattern('مجلس حقوق الإنسان')}`, 'u') },
  { body: 'UNSC', name: 'the Security Council', pattern: new RegExp(`Security Council|Conseil de sécurité|${arabicPattern('مجلس الأمن')}`, 'u') },
];
const ITU_WORDS = new RegExp(`\\bITU\\b|\\bUIT\\b|Plenipotentiary|plénipotentiaires|${arabicPattern('الاتحاد')}|${arabicPattern('المندوبين المفوضين')}`, 'u');

function all(regex: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) out.push(m);
  return out;
}

/** The UN body a resolution number belongs to, read from the words around it. */
function unBodyOf(text: string, start: number, end: number, ctx: MentionContext): string | null {
  const after = text.slice(end, end + 70);
  const before = text.slice(Math.max(0, start - 45), start);
  for (const window of [/^ ?(?:of|adopted by|de|du|الصادر عن|ل)/u.test(after) ? after : '', before]) {
    for (const { body, pattern } of BODY_NAMES) if (window && pattern.test(window)) return body;
  }
  if (/\b(?:its|sa|ses)\s*$/i.test(before) || /(?:ها)$/u.test(text.slice(start, start + 8).split(' ')[0])) {
    for (const { body, pattern } of BODY_NAMES) if (pattern.test(text.slice(0, start))) return body;
    if (ctx.body === 'body:UNGA') return 'UNGA';
    if (ctx.body === 'body:ECOSOC') return 'ECOSOC';
  }
  return null;
}

/**
 * The body whose resolution a bare "resolution 67/195" is, when the text names none: the citing
 * document's own, if it is the General Assembly and the number is a session's (67/195), or ECOSOC
 * and the number is a year's (2010/2). Both name other bodies' resolutions ("Human Rights Council
 * resolution 12/16", "General Assembly resolution 70/125"), so an unnamed one is their own; in
 * any other text it stays unresolved.
 */
function ownResolutionBody(session: string, ctx: MentionContext): string | null {
  if (ctx.body === 'body:UNGA' && isGaSession(session)) return 'UNGA';
  if (ctx.body === 'body:ECOSOC' && isEcosocYear(session)) return 'ECOSOC';
  return null;
}

/** The first part of a resolution number: a General Assembly session ("67" of 67/195), an ECOSOC year ("2010" of 2010/2). */
const isGaSession = (session: string) => session.length <= 3;
const isEcosocYear = (session: string) => /^(?:19|20)\d{2}$/.test(session);

export function findMentions(text: string, ctx: MentionContext): Mention[] {
  const found: Mention[] = [];
  const add = (m: RegExpExecArray, symbol: string | null, rule: string, reason?: string, start = m.index, end = m.index + m[0].length) =>
    found.push({ start, end, text: text.slice(start, end), symbol, rule, reason });

  for (const m of all(UN_SYMBOL, text)) add(m, m[1] === 'A' ? gaResolution(m[2], m[3]) : ecosocResolution(m[2], m[3]), 'un-symbol');
  for (const m of all(UN_DOCUMENT, text)) add(m, `${m[1]}/${m[2]}/${m[3]}`, 'un-document');
  for (const m of all(DOC_SYMBOL, text)) add(m, canonicalDocumentSymbol(m[1]), 'doc-symbol');
  for (const m of all(TUNIS[ctx.language], text)) add(m, TUNIS_AGENDA, 'tunis-agenda');
  for (const m of all(GENEVA[ctx.language].declaration, text)) add(m, GENEVA_DECLARATION, 'geneva-by-name');
  for (const m of all(GENEVA[ctx.language].plan, text)) add(m, GENEVA_PLAN, 'geneva-by-name');

  const join = NUM_JOIN[ctx.language];
  const unList = new RegExp(`${RES_WORD[ctx.language]}(${UN_NUMBER}${UN_DATE[ctx.language]}(?:${join}${UN_NUMBER}${UN_DATE[ctx.language]}){0,20})`, 'gu');
  for (const m of all(unList, text)) {
    const named = unBodyOf(text, m.index, m.index + m[0].length, ctx);
    for (const n of m[1].matchAll(/(\d{1,4})\/(\d{1,4})/g)) {
      const [session, number] = [n[1], n[2]];
      const body = named ?? ownResolutionBody(session, ctx);
      if (body === 'ECOSOC' && isEcosocYear(session)) add(m, ecosocResolution(session, number), 'ecosoc-resolution-by-number');
      else if (body === 'UNGA' && isGaSession(session)) add(m, gaResolution(session, number), 'ga-resolution-by-number');
      else add(m, null, 'un-resolution-by-number', body ? `no canonical symbol rule for resolution ${n[0]} of ${BODY_NAMES.find((b) => b.body === body)?.name ?? body}` : `resolution ${n[0]}: issuing body not named`);
    }
  }

  const ituList = new RegExp(`${RES_WORD[ctx.language]}(${ITU_NUMBER}${REVISION}(?:${join}${ITU_NUMBER}${REVISION}){0,20})`, 'gu');
  const ituContext = ctx.itu || ITU_WORDS.test(text);
  for (const m of all(ituList, text)) {
    const listRevision = new RegExp(`${REVISION}$`, 'u').exec(m[1]);
    for (const n of m[1].matchAll(new RegExp(`(\\d{1,3})(?![\\d/])${REVISION}`, 'gu'))) {
      // Groups: own revision in n[2..4] ("102 (Rev. Guadalajara, 2010)"), else the list's in listRevision[1..3].
      const rev = n[3] ? { revised: n[2], city: n[3], year: n[4] } : listRevision?.[2] ? { revised: listRevision[1], city: listRevision[2], year: listRevision[3] } : null;
      const city = rev ? (englishCity(rev.city) ?? rev.city) : null;
      const explicit = rev && city ? { city, year: Number(rev.year), revised: Boolean(rev.revised) } : null;
      if (!ituContext) add(m, null, 'itu-resolution-by-number', `resolution ${n[1]}: issuing body not named`);
      else {
        const symbol = ituResolution(n[1], explicit, ctx.citedOn);
        add(m, symbol, 'itu-resolution-by-number', symbol ? undefined : `ITU resolution ${n[1]}: revision in force unknown (no document date)`);
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

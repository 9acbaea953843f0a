/**
 * Internal: bodies named by a text — the body of the chapeau ("The General Assembly,") and the
 * addressees of an operative clause ("Requests the Secretary-General …").
 *
 * Body ids follow cypher/model.ts `bodyId`: 'body:WTPF-13', 'body:UNGA', 'body:CSTD-CHAIR',
 * 'body:ALL-STAKEHOLDERS'. Meeting bodies carry the two-digit year of the meeting (WTPF-13, PP-10).
 */
import { bodyId } from '../../../cypher/model.js';
import { arabicPattern } from './normalize.js';
import type { Language } from './types.js';

interface BodyPattern {
  acronym: string;
  /** Meeting bodies get `-YY` from the year in the chapeau. */
  dated?: boolean;
  ar?: readonly string[];
  en?: readonly string[];
  fr?: readonly string[];
}

const CHAPEAU_BODIES: readonly BodyPattern[] = [
  { acronym: 'WTPF', dated: true, ar: ['المنتدى العالمي'], en: ['World Telecommunication/ICT Policy Forum', 'World Telecommunication Policy Forum'], fr: ['Forum mondial des politiques de télécommunication'] },
  { acronym: 'ITU-PP', ar: ['مؤتمر المندوبين المفوضين'], en: ['Plenipotentiary Conference'], fr: ['Conférence de plénipotentiaires'] },
  { acronym: 'UNGA', ar: ['الجمعية العامة'], en: ['General Assembly'], fr: ['Assemblée générale'] },
  { acronym: 'ECOSOC', ar: ['المجلس الاقتصادي والاجتماعي'], en: ['Economic and Social Council'], fr: ['Conseil économique et social'] },
  { acronym: 'ITU-COUNCIL', ar: ['المجلس'], en: ['The Council'], fr: ['Le Conseil'] },
];

/** Addressees, most specific first: "Chair of the CSTD" must win over "the CSTD". */
const ADDRESSEES: readonly BodyPattern[] = [
  { acronym: 'CSTD-CHAIR', ar: ['رئيس اللجنة المعنية بتسخير العلم والتكنولوجيا لأغراض التنمية', 'رئيس لجنة تسخير العلم والتكنولوجيا لأغراض التنمية'], en: ['the Chair of the Commission on Science and Technology for Development', 'the Chair of the CSTD'], fr: ['le Président de la Commission de la science et de la technique au service du développement', 'la Présidente de la Commission de la science et de la technique au service du développement'] },
  { acronym: 'CSTD', ar: ['اللجنة المعنية بتسخير العلم والتكنولوجيا لأغراض التنمية', 'لجنة تسخير العلم والتكنولوجيا لأغراض التنمية'], en: ['the Commission on Science and Technology for Development'], fr: ['la Commission de la science et de la technique au service du développement'] },
  { acronym: 'ALL-STAKEHOLDERS', ar: ['جميع أصحاب المصلحة', 'كافة أصحاب المصلحة'], en: ['all stakeholders', 'all relevant stakeholders'], fr: ['toutes les parties prenantes', "l'ensemble des parties prenantes"] },
  { acronym: 'MEMBER-STATES', ar: ['الدول الأعضاء', 'جميع الدول الأعضاء'], en: ['Member States', 'all Member States'], fr: ['les États Membres', 'tous les États Membres'] },
  { acronym: 'SG', ar: ['الأمين العام'], en: ['the Secretary-General'], fr: ['le Secrétaire général'] },
  { acronym: 'ECOSOC', ar: ['المجلس الاقتصادي والاجتماعي'], en: ['the Economic and Social Council'], fr: ['le Conseil économique et social'] },
  { acronym: 'ITU-COUNCIL', ar: ['المجلس'], en: ['the Council'], fr: ['le Conseil'] },
];

function pattern(language: Language, phrase: string): string {
  if (language === 'ar') return arabicPattern(phrase);
  return phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/'/g, "['’]");
}

/** Body id of a chapeau line, or null when it names no body we know. */
export function chapeauBody(chapeau: string, language: Language): string | null {
  for (const body of CHAPEAU_BODIES) {
    for (const phrase of body[language] ?? []) {
      if (!new RegExp(pattern(language, phrase), 'iu').test(chapeau)) continue;
      if (!body.dated) return bodyId(body.acronym);
      const year = /\b(?:19|20)(\d{2})\b/.exec(chapeau);
      return year ? bodyId(`${body.acronym}-${year[1]}`) : null;
    }
  }
  return null;
}

/**
 * Body ids addressed at the very start of `text` (the words right after the verb), following
 * conjunctions: "Member States and all stakeholders to …" → MEMBER-STATES, ALL-STAKEHOLDERS.
 * Only the leading noun phrases count, so bodies named later in the clause ("… inputs from all
 * Member States") are not taken for addressees. The Secretary-General is the UN's in UN texts and
 * the ITU's in ITU texts (`secretariat`).
 */
export function addressees(text: string, language: Language, secretariat: 'UN' | 'ITU'): string[] {
  const found: string[] = [];
  let rest = text;
  const joiner = language === 'ar' ? '^(?:و|، ?و?|,? ?و )?' : language === 'fr' ? '^(?:,? ?(?:et|ainsi que) |, )?' : '^(?:,? ?(?:and|as well as) |, )?';
  for (let guard = 0; guard < 6; guard++) {
    let matched = false;
    for (const body of ADDRESSEES) {
      for (const phrase of body[language] ?? []) {
        const prefix = found.length === 0 ? '^(?:' + (language === 'ar' ? 'ب|إلى |من )?' : language === 'en' ? 'upon |on )?' : 'à |aux? )?') : joiner;
        const m = new RegExp(`${prefix}${pattern(language, phrase)}(?=$|[\\s,،:;.])`, 'iu').exec(rest);
        if (!m) continue;
        // The curated corpus names the two Secretaries-General body:UNSG and body:ITU-SG.
        const acronym = body.acronym === 'SG' ? (secretariat === 'UN' ? 'UNSG' : `${secretariat}-SG`) : body.acronym;
        if (!found.includes(bodyId(acronym))) found.push(bodyId(acronym));
        rest = rest.slice(m[0].length).trim();
        matched = true;
        break;
      }
      if (matched) break;
    }
    if (!matched) break;
  }
  return found;
}

/**
 * Internal: the drafting verbs of UN, WSIS and ITU texts in Arabic, English and French, each mapped
 * to one normalised English verb and the graph relation its citations (or addressees) get.
 *
 * Source: /work/shared/reference/instruments.md §8. Arabic ITU texts use masculine forms (subject
 * المؤتمر / المنتدى), UN General Assembly texts feminine forms (subject الجمعية العامة); both map to
 * the same English verb. Where a language has no exact equivalent the nearest closed relation is used
 * and said so (Encourages → INVITES, Urges → CALLS_UPON).
 *
 * Beyond §8, some phrases are the common UN drafting vocabulary as recalled, not from a source:
 * Acknowledging, Affirming, Guided by, Aware, Adopts, Approves, Acknowledges, Affirms, and their
 * French and Arabic forms where given. A recital or paragraph opened by words not listed here still
 * parses (clauses.parse.ts); it cites with plain CITES.
 */
import type { Relation } from '../../../cypher/model.js';
import type { Language } from './types.js';

export interface VerbEntry {
  verb: string;
  relation: Relation;
}

type Phrases = Partial<Record<Language, readonly string[]>>;
interface LexiconRow extends VerbEntry {
  phrases: Phrases;
}

/** Phrases that open a preambular section or recital. Arabic phrases may omit the leading و. */
export const PREAMBULAR: readonly LexiconRow[] = [
  { verb: 'Recalling', relation: 'RECALLS', phrases: { ar: ['إذ يذكر', 'إذ تذكر', 'إذ تشير إلى', 'إذ يشير إلى'], en: ['Recalling'], fr: ['Rappelant'] } },
  { verb: 'Bearing in mind', relation: 'CONSIDERS', phrases: { ar: ['إذ يضع في اعتباره', 'إذ تضع في اعتبارها'], en: ['Bearing in mind'], fr: ["Ayant à l'esprit", "Gardant à l'esprit"] } },
  { verb: 'Considering', relation: 'CONSIDERS', phrases: { ar: ['إذ يعتبر', 'إذ تعتبر'], en: ['Considering'], fr: ['Considérant'] } },
  { verb: 'Taking into account', relation: 'CONSIDERS', phrases: { ar: ['إذ يأخذ في الاعتبار', 'إذ تأخذ في الاعتبار'], en: ['Taking into account'], fr: ['Tenant compte'] } },
  { verb: 'Having considered', relation: 'CONSIDERS', phrases: { ar: ['قد نظر في', 'قد نظرت في'], en: ['Having considered'], fr: ['Ayant examiné'] } },
  { verb: 'Mindful', relation: 'CONSIDERS', phrases: { en: ['Mindful', 'Aware', 'Conscious'], fr: ['Conscient', 'Consciente'] } },
  { verb: 'Guided by', relation: 'CONSIDERS', phrases: { ar: ['إذ يسترشد', 'إذ تسترشد'], en: ['Guided by'], fr: ['Guidé par', 'Guidée par'] } },
  { verb: 'Recognizing', relation: 'RECOGNIZES', phrases: { ar: ['إقرارا منه', 'إقرارا منها', 'إذ يدرك', 'إذ يقر', 'إذ تسلم', 'إذ تقر', 'إذ تدرك'], en: ['Recognizing', 'Recognising'], fr: ['Reconnaissant'] } },
  { verb: 'Acknowledging', relation: 'RECOGNIZES', phrases: { ar: ['إذ يعترف', 'إذ تعترف'], en: ['Acknowledging'] } },
  { verb: 'Noting', relation: 'NOTES', phrases: { ar: ['إذ يلاحظ', 'إذ تلاحظ'], en: ['Noting'], fr: ['Notant'] } },
  { verb: 'Taking note', relation: 'NOTES', phrases: { ar: ['إذ يحيط علما', 'إذ تحيط علما'], en: ['Taking note of', 'Taking note'], fr: ['Prenant note'] } },
  { verb: 'Reaffirming', relation: 'REAFFIRMS', phrases: { ar: ['إذ يؤكد من جديد', 'إذ تعيد تأكيد', 'إذ تؤكد من جديد'], en: ['Reaffirming'], fr: ['Réaffirmant'] } },
  { verb: 'Affirming', relation: 'REAFFIRMS', phrases: { en: ['Affirming'], fr: ['Affirmant'] } },
  { verb: 'Emphasizing', relation: 'EMPHASIZES', phrases: { ar: ['إذ يشدد على', 'إذ تشدد على', 'إذ يؤكد', 'إذ تؤكد'], en: ['Emphasizing', 'Emphasising', 'Stressing', 'Underlining'], fr: ['Soulignant', 'Insistant'] } },
  { verb: 'Welcoming', relation: 'WELCOMES', phrases: { ar: ['إذ يرحب', 'إذ ترحب'], en: ['Welcoming'], fr: ['Se félicitant', 'Accueillant avec satisfaction'] } },
];

/** Verbs that open an operative paragraph, an unnumbered operative line or an ITU heading. */
export const OPERATIVE: readonly LexiconRow[] = [
  { verb: 'Decides', relation: 'DECIDES', phrases: { ar: ['يقرر', 'تقرر'], en: ['Decides'], fr: ['Décide'] } },
  { verb: 'Resolves', relation: 'DECIDES', phrases: { en: ['Resolves'] } },
  { verb: 'Requests', relation: 'REQUESTS', phrases: { ar: ['يطلب إلى', 'تطلب إلى', 'يطلب من', 'تطلب من'], en: ['Requests', 'Asks'], fr: ['Prie'] } },
  { verb: 'Invites', relation: 'INVITES', phrases: { ar: ['يدعو', 'تدعو'], en: ['Invites'], fr: ['Invite'] } },
  { verb: 'Encourages', relation: 'INVITES', phrases: { ar: ['يشجع', 'تشجع'], en: ['Encourages'], fr: ['Encourage'] } },
  { verb: 'Welcomes', relation: 'WELCOMES', phrases: { ar: ['يرحب', 'ترحب'], en: ['Welcomes'], fr: ['Se félicite', 'Accueille avec satisfaction'] } },
  { verb: 'Recognizes', relation: 'RECOGNIZES', phrases: { ar: ['يقر', 'تقر', 'يدرك', 'تدرك', 'تسلم'], en: ['Recognizes', 'Recognises'], fr: ['Reconnaît'] } },
  { verb: 'Takes note', relation: 'NOTES', phrases: { ar: ['يحيط علما', 'تحيط علما'], en: ['Takes note of', 'Takes note'], fr: ['Prend note'] } },
  { verb: 'Notes', relation: 'NOTES', phrases: { ar: ['يلاحظ', 'تلاحظ'], en: ['Notes'], fr: ['Note'] } },
  { verb: 'Instructs', relation: 'INSTRUCTS', phrases: { ar: ['يكلف'], en: ['Instructs'], fr: ['Charge'] } },
  { verb: 'Urges', relation: 'CALLS_UPON', phrases: { ar: ['يحث', 'تحث'], en: ['Urges'], fr: ['Exhorte', 'Prie instamment'] } },
  { verb: 'Calls upon', relation: 'CALLS_UPON', phrases: { ar: ['يهيب', 'تهيب'], en: ['Calls upon', 'Calls on'], fr: ['Demande', 'Engage'] } },
  { verb: 'Reaffirms', relation: 'REAFFIRMS', phrases: { ar: ['يؤكد من جديد', 'تؤكد مجددا', 'تؤكد من جديد', 'تعيد تأكيد'], en: ['Reaffirms'], fr: ['Réaffirme'] } },
  { verb: 'Emphasizes', relation: 'EMPHASIZES', phrases: { ar: ['يشدد على', 'تشدد على', 'يؤكد', 'تؤكد'], en: ['Emphasizes', 'Emphasises', 'Stresses', 'Underlines'], fr: ['Souligne'] } },
  { verb: 'Endorses', relation: 'ENDORSES', phrases: { ar: ['يؤيد', 'تؤيد'], en: ['Endorses', 'Approves'], fr: ['Fait sienne', 'Approuve'] } },
  { verb: 'Adopts', relation: 'ENDORSES', phrases: { ar: ['يعتمد', 'تعتمد'], en: ['Adopts'], fr: ['Adopte'] } },
  { verb: 'Acknowledges', relation: 'RECOGNIZES', phrases: { ar: ['يعترف', 'تعترف'], en: ['Acknowledges'], fr: ['Prend acte'] } },
  { verb: 'Affirms', relation: 'REAFFIRMS', phrases: { en: ['Affirms'], fr: ['Affirme'] } },
  { verb: 'Establishes', relation: 'ESTABLISHES', phrases: { ar: ['ينشئ', 'تنشئ'], en: ['Establishes'], fr: ['Crée'] } },
];

/** The opinion chapeau of WTPF texts: the paragraphs after it are the opinion itself. */
export const VIEW: readonly LexiconRow[] = [
  { verb: 'Is of the view', relation: 'CITES', phrases: { ar: ['يعرب عن الرأي التالي', 'يعرب عن الآراء التالية'], en: ['Is of the view', 'Expresses the following view'], fr: ["Est d'avis"] } },
];

/**
 * The first words of a view paragraph say what it does ("إعادة تأكيد الحاجة…" = reaffirming the
 * need…); a paragraph that matches none cites with plain CITES.
 */
export const VIEW_ACTIONS: readonly LexiconRow[] = [
  { verb: 'Reaffirming', relation: 'REAFFIRMS', phrases: { ar: ['إعادة تأكيد', 'التأكيد مجددا', 'التأكيد من جديد'], en: ['to reaffirm', 'reaffirming', 'that it reaffirms'], fr: ['de réaffirmer', 'réaffirmer'] } },
  { verb: 'Recognizing', relation: 'RECOGNIZES', phrases: { ar: ['الإقرار', 'الاعتراف'], en: ['to recognize', 'recognizing'], fr: ['de reconnaître', 'reconnaître'] } },
  { verb: 'Welcoming', relation: 'WELCOMES', phrases: { ar: ['الترحيب'], en: ['to welcome', 'welcoming'], fr: ['de se féliciter', 'se féliciter'] } },
  { verb: 'Emphasizing', relation: 'EMPHASIZES', phrases: { ar: ['التشديد', 'التأكيد على'], en: ['to emphasize', 'to stress', 'emphasizing'], fr: ['de souligner', 'souligner'] } },
];

import { afterEach, describe, expect, it } from 'vitest';
import { CONFIDENCES, INSTRUMENT_KINDS, MANDATE_STATUSES, POSITION_STANCES, PROVISION_ROLES } from '../../../cypher/model.js';
import { STRENGTHS } from '../../../cypher/strength.js';
import { clauseLabel, counted, fieldName, languageName, MESSAGE_KEYS, methodName, nodeLabel, setLang, t, term, verbName, type TermGroup } from '../../../client/src/i18n.js';
import { BODY_KINDS } from '../../../seed/src/corpus/corpus.types.js';
import { OPERATIVE, PREAMBULAR } from '../../../seed/src/parse/lexicon.js';

const ARABIC = /[\u0600-\u06FF]/;

describe('vocabulary in the interface languages', () => {
  afterEach(() => setLang('en'));

  it('names every value of the closed lists in Arabic, and in readable English', () => {
    const lists: Record<TermGroup, readonly string[]> = { instrumentKind: INSTRUMENT_KINDS, bodyKind: BODY_KINDS, role: PROVISION_ROLES, confidence: CONFIDENCES, strength: STRENGTHS, mandateStatus: MANDATE_STATUSES, stance: POSITION_STANCES };
    for (const [group, values] of Object.entries(lists) as [TermGroup, readonly string[]][]) {
      for (const value of values) {
        setLang('en');
        expect(term(group, value), `${group} ${value}`).not.toMatch(/_/);
        setLang('ar');
        expect(term(group, value), `${group} ${value}`).toMatch(ARABIC);
      }
    }
    expect(term('role', 'something-new')).toBe('something-new');
  });

  it('gives the drafting verbs the parser reads in Arabic their Arabic phrase', () => {
    setLang('ar');
    expect(verbName('Recalling')).toBe('إذ يذكر');
    expect(verbName('Requests')).toBe('يطلب إلى');
    expect(verbName('invites')).toMatch(ARABIC); // a curated verb, written as its source does
    for (const row of [...PREAMBULAR, ...OPERATIVE].filter((r) => r.phrases.ar)) expect(verbName(row.verb), row.verb).toMatch(ARABIC);
    expect(verbName('Resolves')).toBe('Resolves'); // no Arabic phrase in the lexicon: shown as it is
    setLang('en');
    expect(verbName('Recalling')).toBe('Recalling');
    expect(verbName('invites')).toBe('Invites');
  });

  it('names the fields of fieldProvenance as the panel labels them, in both languages', () => {
    const fields = ['titleEn', 'titleAr', 'summaryEn', 'adopted', 'body', 'venue', 'originalLanguage', 'forumStart', 'verb', 'text', 'textAr', 'nameAr', 'established', 'from', 'to', 'relation'];
    setLang('ar');
    for (const field of fields) expect(fieldName(field), field).toMatch(ARABIC);
    expect(fieldName('adopted')).toBe(t('date'));
    setLang('en');
    expect(fieldName('titleAr')).toBe('Arabic title');
    expect(fieldName('adopted')).toBe('Date');
    expect(fieldName('somethingNew')).toBe('somethingNew'); // not named: shown as stored
  });

  it('names how an edge was made', () => {
    expect(methodName('rule:tunis-paragraphs')).toBe('rule: tunis-paragraphs');
    setLang('ar');
    expect(methodName('rule:tunis-paragraphs')).toBe('قاعدة: tunis-paragraphs');
    expect(methodName('curated')).toBe('منسّق يدويًا');
  });
});

describe('clause labels', () => {
  afterEach(() => setLang('en'));

  it('shows the English labels the parser makes with Arabic verbs and item letters in the Arabic interface', () => {
    expect(clauseLabel('Recalling (a)')).toBe('Recalling (a)');
    setLang('ar');
    expect(clauseLabel('Recalling (a)')).toBe('إذ يذكر (أ)');
    expect(clauseLabel('Bearing in mind (e)')).toBe('إذ يضع في اعتباره (هـ)');
    expect(clauseLabel('Requests 3')).toBe('يطلب إلى 3');
    expect(clauseLabel('Operative 2')).toBe('الفقرة 2');
    expect(clauseLabel('Is of the view (2)')).toBe('يعرب عن الرأي التالي (2)');
    expect(clauseLabel('Recognizing')).toBe('إقرارا منه');
    // the curated corpus's preambular clauses
    expect(clauseLabel('Recognizing (preamble)')).toBe('إقرارا منه (الديباجة)');
    expect(clauseLabel('Taking note of SG reports (preamble)')).toBe('Taking note of SG reports (preamble)');
    // the owner is kept, and the longest verb wins ("Taking note", not "note")
    expect(clauseLabel('Opinion 6 Noting (c)')).toBe('Opinion 6 إذ يلاحظ (ج)');
    expect(clauseLabel('WTPF-13/DT/6 Taking note (b)')).toBe('WTPF-13/DT/6 إذ يحيط علما (ب)');
  });

  it('keeps what is not a clause label of the lexicon', () => {
    setLang('ar');
    for (const label of ['Tunis Agenda ¶69', 'A/RES/67/195 ¶20', 'Resolves 1', 'Recalling (z)', 'Recallings', 'ARecalling', '']) expect(clauseLabel(label), label).toBe(label);
  });

  it('translates the labels of paragraphs only', () => {
    setLang('ar');
    expect(nodeLabel('Provision', 'Recalling (a)')).toBe('إذ يذكر (أ)');
    expect(nodeLabel('Instrument', 'Recalling (a)')).toBe('Recalling (a)'); // an instrument's title that reads like one
    expect(nodeLabel('Body', 'Operative 2')).toBe('Operative 2');
  });
});

describe('language names', () => {
  afterEach(() => setLang('en'));

  it('names a document’s language in the interface language, and keeps a code it cannot name', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('fr')).toBe('French');
    setLang('ar');
    expect(languageName('en')).toBe('الإنجليزية');
    expect(languageName('ar')).toBe('العربية');
    expect(languageName('not a tag!')).toBe('not a tag!');
  });
});

describe('counted nouns', () => {
  afterEach(() => setLang('en'));

  it('agree with their number in English', () => {
    expect(t('counts', { n: 1, e: 2 })).toBe('1 node · 2 edges');
    expect(t('traceShown', { n: 1, hops: 1 })).toBe('1 chain, 1 hop, laid out by date and forum.');
    expect(t('traceShown', { n: 0, hops: 3 })).toBe('0 chains, 3 hops, laid out by date and forum.');
    expect(t('expandCapped', { n: 1 })).toBe('Expansion capped: 1 new node added, more exist.');
  });

  it('take the Arabic forms for one, two, three to ten, and eleven on', () => {
    setLang('ar');
    expect([1, 2, 3, 10, 11, 99, 100, 103].map((n) => counted(n, 'node'))).toEqual(['عقدة واحدة', 'عقدتان', '3 عقد', '10 عقد', '11 عقدة', '99 عقدة', '100 عقدة', '103 عقد']);
    // Texts take the accusative from 11 to 99 ("many"), the genitive from 100 ("other").
    expect([1, 2, 3, 11, 99, 100].map((n) => counted(n, 'text'))).toEqual(['نص واحد', 'نصّان', '3 نصوص', '11 نصًا', '99 نصًا', '100 نص']);
    // None is said without the number ("no texts"), as a year with no match in a phrase's bars.
    expect([0, 0, 0].map((n, i) => counted(n, (['text', 'node', 'edge'] as const)[i]))).toEqual(['لا نصوص', 'لا عقد', 'لا وصلات']);
    expect(t('counts', { n: 2, e: 5 })).toBe('عقدتان · 5 وصلات');
    expect(t('traceShown', { n: 1, hops: 4 })).toBe('سلسلة واحدة، 4 خطوات، مرتبة حسب التاريخ والمحفل.');
  });

  it('leave no placeholder unfilled in any message of either language', () => {
    const params = { n: 3, e: 4, hops: 5, cap: 300, dir: 'up', file: 'view.json', id: 'A/RES/1', msg: 'x', name: 'y', s: 2, shown: 50, total: 70, year: 2013, v: 7, now: 9, at: '2026-11-30', hits: 12, text: '"enhanced cooperation"', date: '2014-05-14', due: '2014', day: '2015-12-31', since: '2015', asOf: 'as of today', actor: 'India', years: '2010–2014', drawn: 1 };
    for (const lang of ['en', 'ar'] as const) {
      setLang(lang);
      for (const key of MESSAGE_KEYS) expect(t(key, params), `${lang} ${key}`).not.toMatch(/[{}]/);
    }
  });
});

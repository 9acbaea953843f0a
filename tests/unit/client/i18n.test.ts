import { afterEach, describe, expect, it } from 'vitest';
import { CONFIDENCES, INSTRUMENT_KINDS, PROVISION_ROLES } from '../../../cypher/model.js';
import { methodName, setLang, term, verbName, type TermGroup } from '../../../client/src/i18n.js';
import { BODY_KINDS } from '../../../seed/src/corpus/corpus.types.js';
import { OPERATIVE, PREAMBULAR } from '../../../seed/src/parse/lexicon.js';

const ARABIC = /[\u0600-\u06FF]/;

describe('vocabulary in the interface languages', () => {
  afterEach(() => setLang('en'));

  it('names every value of the closed lists in Arabic, and in readable English', () => {
    const lists: Record<TermGroup, readonly string[]> = { instrumentKind: INSTRUMENT_KINDS, bodyKind: BODY_KINDS, role: PROVISION_ROLES, confidence: CONFIDENCES };
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
    for (const row of [...PREAMBULAR, ...OPERATIVE].filter((r) => r.phrases.ar)) expect(verbName(row.verb), row.verb).toMatch(ARABIC);
    expect(verbName('Resolves')).toBe('Resolves'); // no Arabic phrase in the lexicon: shown as it is
    setLang('en');
    expect(verbName('Recalling')).toBe('Recalling');
  });

  it('names how an edge was made', () => {
    expect(methodName('rule:tunis-paragraphs')).toBe('rule: tunis-paragraphs');
    setLang('ar');
    expect(methodName('rule:tunis-paragraphs')).toBe('قاعدة: tunis-paragraphs');
    expect(methodName('curated')).toBe('منسّق يدويًا');
  });
});

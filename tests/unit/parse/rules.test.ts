import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../seed/src/parse/index.js';
import { parseDateRange } from '../../../seed/src/parse/dates.js';
import { OPERATIVE, PREAMBULAR } from '../../../seed/src/parse/lexicon.js';
import { matchLeading } from '../../../seed/src/parse/lexicon.match.js';
import { findMentions } from '../../../seed/src/parse/references.mentions.js';
import { arabicPattern, normalizeLine } from '../../../seed/src/parse/normalize.js';
import { canonicalDocumentSymbol, ituResolution } from '../../../seed/src/parse/symbols.js';

/** A minimal English opinion around one recital, to test extraction rules in isolation. */
function recital(text: string, header = 'Document WTPF-13/DT/9-E\n15 May 2013') {
  const doc = parseDocument(`${header}\nTitle\nThe World Telecommunication/ICT Policy Forum (Geneva, 2013),\nRecalling ${text}\nIs of the view\nthat this is a test.`, 'rule.txt');
  return { references: doc.clauses[0].references, unresolved: doc.unresolved };
}

describe('normalisation', () => {
  it('strips tatweel, bookmarks, NBSP and tabs, and keeps diacritics', () => {
    expect(normalizeLine('[bookmark: _GoBack] أ )\tمشـروع\u00A0يذكّر  ')).toBe('أ ) مشروع يذكّر');
  });

  it('matches Arabic phrases whatever their diacritics or hamza', () => {
    const re = new RegExp(`^${arabicPattern('وإقرارا منه')}$`, 'u');
    expect(re.test('وإقراراً منه')).toBe(true);
    expect(re.test('واقرارا منه')).toBe(true);
    expect(new RegExp(`^${arabicPattern('إذ يذكر')}$`, 'u').test('إذ يذكّر')).toBe(true);
  });
});

describe('drafting verbs', () => {
  it('reads "also" before, after or inside a verb phrase', () => {
    const verb = (text: string, language: 'ar' | 'en' | 'fr') => matchLeading(text, language, OPERATIVE);
    expect(verb('تطلب أيضاً إلى الأمين العام أن يقدم تقريرا', 'ar')).toMatchObject({ entry: { relation: 'REQUESTS' }, rest: 'الأمين العام أن يقدم تقريرا' });
    expect(verb('وتطلب كذلك إلى اللجنة', 'ar')).toMatchObject({ entry: { relation: 'REQUESTS' }, rest: 'اللجنة' });
    expect(verb('تطلب إلى الأمين العام', 'ar')?.rest).toBe('الأمين العام');
    expect(verb('يؤكد أيضاً من جديد التزامه', 'ar')).toMatchObject({ entry: { verb: 'Reaffirms' }, rest: 'التزامه' });
    expect(verb('Also requests the Secretary-General', 'en')).toMatchObject({ entry: { relation: 'REQUESTS' }, rest: 'the Secretary-General' });
    expect(verb('Prie également le Secrétaire général', 'fr')).toMatchObject({ entry: { relation: 'REQUESTS' }, rest: 'le Secrétaire général' });
    // Whole words only, with or without the adverb.
    expect(verb('تطلبات أيضا إلى', 'ar')).toBeNull();
    expect(matchLeading('وإذ تشير أيضاً إلى قرارها', 'ar', PREAMBULAR)).toMatchObject({ entry: { relation: 'RECALLS' }, rest: 'قرارها' });
  });
});

describe('symbols and dates', () => {
  it('strips the language suffix of document symbols', () => {
    expect(['WTPF-13/DT/6-A', 'WTPF-13/DT/6-E', 'WSIS-05/TUNIS/DOC/6(Rev.1)-E', 'A/RES/67/195'].map(canonicalDocumentSymbol)).toEqual([
      'WTPF-13/DT/6', 'WTPF-13/DT/6', 'WSIS-05/TUNIS/DOC/6(Rev.1)', 'A/RES/67/195',
    ]);
  });

  it('picks the ITU revision in force on the citing date', () => {
    expect(ituResolution('102', null, '2010-10-21')).toBe('ITU PP Res. 102 (Rev. Antalya, 2006)');
    expect(ituResolution('102', null, '2010-10-22')).toBe('ITU PP Res. 102 (Rev. Guadalajara, 2010)');
    expect(ituResolution('102', null, '2013-05-15')).toBe('ITU PP Res. 102 (Rev. Guadalajara, 2010)');
    expect(ituResolution('102', null, '2019-01-01')).toBe('ITU PP Res. 102 (Rev. Dubai, 2018)');
    expect(ituResolution('102', null, '2025-01-01')).toBe('ITU PP Res. 102 (Rev. Bucharest, 2022)');
    expect(ituResolution('102', null, '1990-01-01')).toBeNull();
    expect(ituResolution('102', null, null)).toBeNull();
    expect(ituResolution('133', { city: 'Marrakesh', year: 2002, revised: false }, '2013-05-15')).toBe('ITU PP Res. 133 (Marrakesh, 2002)');
  });

  it('orders reversed Arabic day ranges', () => {
    expect(parseDateRange('16-14 مايو 2013', 'ar')).toEqual({ start: '2013-05-14', end: '2013-05-16' });
    expect(parseDateRange('14-16 May 2013', 'en')).toEqual({ start: '2013-05-14', end: '2013-05-16' });
    expect(parseDateRange('1er mai 2013', 'fr')).toEqual({ start: '2013-05-01', end: '2013-05-01' });
    expect(parseDateRange('32 May 2013', 'en')).toBeNull();
    // UN Arabic names a month twice, Levantine/Egyptian.
    expect(parseDateRange('16 كانون الأول/ديسمبر 2015', 'ar')).toEqual({ start: '2015-12-16', end: '2015-12-16' });
  });
});

describe('UN resolution headers and recitals', () => {
  const RESOLUTION = [
    'United Nations A/RES/70/125',
    'General Assembly Distr.: General',
    '1 February 2016',
    'Seventieth session',
    'Agenda items 16 and 17',
    'Resolution adopted by the General Assembly on 16 December 2015',
    '[without reference to a Main Committee (A/70/L.33)]',
    '70/125. Outcome document of the high-level meeting',
    'The General Assembly,',
  ];

  it('reads the symbol after "United Nations", the adoption date over the issue date, and the title without the number', () => {
    const doc = parseDocument(`${RESOLUTION.join('\n')}\nRecalling its resolution 67/195 of 21 December 2012,\n1. Decides to remain seized of the matter.`, 'a.txt');
    expect(doc).toMatchObject({ symbol: 'A/RES/70/125', date: '2015-12-16', title: 'Outcome document of the high-level meeting', body: 'body:UNGA' });
  });

  it('reads the masthead of another organ alone on its line, not as the title, and an ECOSOC number before the title', () => {
    const english = ['United Nations E/RES/2010/2', 'Economic and Social Council', 'Distr.: General', '27 July 2010', 'Resolution adopted by the Economic and Social Council on 19 July 2010', '2010/2. Assessment of the progress made', 'The Economic and Social Council,', 'Recalling its resolution 2009/7,', '1. Decides to remain seized of the matter.'];
    expect(parseDocument(english.join('\n'), 'e.txt')).toMatchObject({ symbol: 'E/RES/2010/2', date: '2010-07-19', title: 'Assessment of the progress made', body: 'body:ECOSOC' });
    const french = ['Nations Unies E/RES/2010/2', 'Conseil économique et social', 'Distr. : Générale', '27 juillet 2010', 'Résolution adoptée par le Conseil économique et social le 19 juillet 2010', '2010/2. Évaluation des progrès accomplis', 'Le Conseil économique et social,', 'Rappelant sa résolution 2009/7,', '1. Décide de rester saisi de la question.'];
    expect(parseDocument(french.join('\n'), 'e.fr.txt')).toMatchObject({ symbol: 'E/RES/2010/2', date: '2010-07-19', title: 'Évaluation des progrès accomplis', body: 'body:ECOSOC', language: 'fr' });
  });

  it('reads an Arabic adoption line with a twice-named month', () => {
    const doc = parseDocument(
      ['A/RES/70/125', '1 شباط/فبراير 2016', 'قرار اتخذته الجمعية العامة في 16 كانون الأول/ديسمبر 2015', 'الوثيقة الختامية', 'إن الجمعية العامة،', 'إذ تشير إلى قرارها 67/195،', '1 - تقرر أن تبقي المسألة قيد نظرها.'].join('\n'),
      'a.ar.txt',
    );
    expect(doc).toMatchObject({ symbol: 'A/RES/70/125', date: '2015-12-16', language: 'ar' });
  });

  it('makes a recital of each preambular line, even one opened by words the lexicon does not know', () => {
    const doc = parseDocument(
      [
        ...RESOLUTION,
        'Recalling its resolution 65/141 of 20 December 2010,',
        'Acknowledging the work of the Working Group on Enhanced Cooperation,',
        'Convinced that enhanced cooperation remains essential, as set out in paragraph 69 of the Tunis Agenda for the Information Society,',
        'Deeply concerned about the digital divide,',
        '1. Adopts the recommendations of the Working Group;',
        '2. Expresses its appreciation to the Chair of the Commission on Science and Technology for Development.',
      ].join('\n'),
      'b.txt',
    );
    expect(doc.clauses.map((c) => [c.label, c.verb, c.relation])).toEqual([
      ['Recalling', 'Recalling', 'RECALLS'],
      ['Acknowledging', 'Acknowledging', 'RECOGNIZES'],
      ['Convinced', 'Convinced', 'CITES'],
      ['Deeply concerned', 'Deeply concerned', 'CITES'],
      ['Operative 1', 'Adopts', 'ENDORSES'],
      ['Operative 2', 'Expresses', 'CITES'],
    ]);
    // The Tunis paragraph is cited by the recital that names it, not glued to "Recalling".
    expect(doc.clauses[0].references.map((r) => r.symbol)).toEqual(['A/RES/65/141']);
    expect(doc.clauses[2].text).toBe('that enhanced cooperation remains essential, as set out in paragraph 69 of the Tunis Agenda for the Information Society,');
    expect(doc.clauses[2].references).toEqual([expect.objectContaining({ symbol: 'WSIS-05/TUNIS/DOC/6(Rev.1)', paragraphs: ['69'] })]);
  });

  it('still reads a wrapped recital as one: a line after one that did not end with "," or ";" continues it', () => {
    const doc = parseDocument([...RESOLUTION, 'Recalling its resolutions 65/141 of 20 December 2010 and', '67/195 of 21 December 2012 and the report of the', 'Secretary-General on enhanced cooperation,', '1. Decides to remain seized of the matter.'].join('\n'), 'c.txt');
    expect(doc.clauses.map((c) => c.label)).toEqual(['Recalling', 'Operative 1']);
    expect(doc.clauses[0].references.map((r) => r.symbol)).toEqual(['A/RES/65/141', 'A/RES/67/195']);
  });
});

describe('reference rules', () => {
  it('ITU resolutions with an explicit revision, and by number in an ITU text', () => {
    expect(recital('Resolution 102 (Rev. Guadalajara, 2010) and Resolution 133 (Marrakesh, 2002),').references.map((r) => r.symbol)).toEqual([
      'ITU PP Res. 102 (Rev. Guadalajara, 2010)', 'ITU PP Res. 133 (Marrakesh, 2002)',
    ]);
    expect(recital('resolutions 101, 102 and 133,').references.map((r) => r.symbol)).toEqual([
      'ITU PP Res. 101 (Rev. Guadalajara, 2010)', 'ITU PP Res. 102 (Rev. Guadalajara, 2010)', 'ITU PP Res. 133 (Rev. Guadalajara, 2010)',
    ]);
  });

  it('an ITU resolution by number with no date to choose its revision is unresolved, not dropped', () => {
    const { references, unresolved } = recital('resolution 102,', 'Document WTPF-13/DT/9-E');
    expect(references).toEqual([]);
    expect(unresolved).toEqual([{ text: 'resolution 102', line: 4, clause: 'recalling', reason: expect.stringContaining('revision in force') }]);
  });

  it('a UN resolution number without an issuing body is unresolved', () => {
    expect(recital('resolution 70/125,').unresolved).toEqual([expect.objectContaining({ text: 'resolution 70/125', reason: expect.stringContaining('issuing body not named') })]);
  });

  it('in a General Assembly or ECOSOC text, an unnamed resolution of the right shape is the body\'s own', () => {
    const resolution = (symbol: string, chapeau: string, recitalText: string) =>
      parseDocument(`${symbol}\n16 December 2015\nTitle\n${chapeau}\nRecalling ${recitalText}\n1. Decides to remain seized of the matter.`, 'own.txt');
    const ga = resolution('A/RES/70/125', 'The General Assembly,', 'paragraph 20 of resolution 67/195 and resolution 2010/2,');
    expect(ga.body).toBe('body:UNGA');
    expect(ga.clauses[0].references).toEqual([expect.objectContaining({ symbol: 'A/RES/67/195', paragraphs: ['20'] })]);
    expect(ga.unresolved).toEqual([expect.objectContaining({ text: 'resolution 2010/2' })]); // an ECOSOC-shaped number
    const ecosoc = resolution('E/RES/2011/16', 'The Economic and Social Council,', 'its resolution 2010/2 and resolution 2006/46,');
    expect(ecosoc.body).toBe('body:ECOSOC');
    expect(ecosoc.clauses[0].references.map((r) => r.symbol)).toEqual(['E/RES/2010/2', 'E/RES/2006/46']);
    // A body named beside it still wins.
    const named = resolution('A/RES/70/125', 'The General Assembly,', 'resolution 12/16 of the Human Rights Council,');
    expect(named.clauses[0].references).toEqual([]);
    expect(named.unresolved).toEqual([expect.objectContaining({ reason: expect.stringContaining('Human Rights Council') })]);
  });

  it('UN symbols with a year suffix, ECOSOC by number, GA by number', () => {
    expect(recital('A/RES/65/141 2011, E/RES/2010/2, General Assembly resolution 70/125 and resolution 2006/46 of the Economic and Social Council,').references.map((r) => [r.symbol, r.rule])).toEqual([
      ['A/RES/65/141', 'un-symbol'], ['E/RES/2010/2', 'un-symbol'], ['A/RES/70/125', 'ga-resolution-by-number'], ['E/RES/2006/46', 'ecosoc-resolution-by-number'],
    ]);
  });

  it('a Tunis Agenda mention without paragraphs cites the whole instrument', () => {
    expect(recital('the Tunis Agenda for the Information Society,').references).toEqual([
      { text: 'Tunis Agenda for the Information Society', symbol: 'WSIS-05/TUNIS/DOC/6(Rev.1)', paragraphs: [], rule: 'tunis-agenda', relation: 'RECALLS' },
    ]);
  });

  it('the Geneva Declaration of Principles and Plan of Action by name, with their paragraphs', () => {
    const [declaration, plan] = ['WSIS-03/GENEVA/DOC/4', 'WSIS-03/GENEVA/DOC/5'];
    expect(recital('the Geneva Declaration of Principles and Plan of Action,').references.map((r) => [r.symbol, r.text])).toEqual([
      [declaration, 'Geneva Declaration of Principles'], [plan, 'Plan of Action'],
    ]);
    expect(recital('paragraph 13(b) of the Geneva Plan of Action,').references).toEqual([
      expect.objectContaining({ symbol: plan, paragraphs: ['13(b)'], rule: 'geneva-by-name-paragraphs' }),
    ]);
    expect(recital('the Declaration of Principles and the Plan of Action adopted in Geneva in 2003,').references.map((r) => r.symbol)).toEqual([declaration, plan]);
    // Without "Geneva", a declaration of principles or a plan of action is some other text.
    expect(recital('the Declaration of Principles of International Cultural Co-operation and the Plan of Action of the Conference,').references).toEqual([]);
    const symbols = (text: string, language: 'ar' | 'fr') => findMentions(text, { language, citedOn: null, itu: false, body: null }).map((m) => m.symbol);
    expect(symbols("la Déclaration de principes et le Plan d'action de Genève", 'fr')).toEqual([declaration, plan]);
    expect(symbols('إعلان مبادئ جنيف وخطة عمل جنيف', 'ar')).toEqual([declaration, plan]);
  });

  it('paragraph lists: "the Tunis Agenda, including paragraphs …" attaches backwards; "paragraph 3 above" is internal', () => {
    expect(recital('the Tunis Agenda, including paragraphs 35 and 69-71,').references.map((r) => r.paragraphs)).toEqual([['35', '69', '70', '71']]);
    expect(recital('paragraph 3 above,').references).toEqual([]);
    expect(recital('paragraph 3 above,').unresolved).toEqual([]);
  });
});

describe('reference rules: revisions written out', () => {
  it('keeps an explicit revision whose city is not in the table', () => {
    expect(recital('Resolution 2 (Rev. Kyoto, 1994),').references.map((r) => r.symbol)).toEqual(['ITU PP Res. 2 (Rev. Kyoto, 1994)']);
  });

  it('applies a revision written after the last number of a list to the whole list', () => {
    expect(recital('Resolutions 101 and 102 (Rev. Busan, 2014),').references.map((r) => r.symbol)).toEqual([
      'ITU PP Res. 101 (Rev. Busan, 2014)', 'ITU PP Res. 102 (Rev. Busan, 2014)',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { dueOf } from '../../../seed/src/parse/due.extract.js';

describe('dueOf: when a clause says the report it asks for falls due', () => {
  it('reads a year or a month and year after a deadline word, in English', () => {
    expect(dueOf('Requests the Secretary-General to submit a report to the General Assembly at its seventieth session, in 2015', 'en')).toBe('2015');
    expect(dueOf('Requests the Chair to convene the working group by July 2016 and to report to the Commission before the end of 2018', 'en')).toBe('2018');
    expect(dueOf('Invites the Secretary-General to report no later than July 2016', 'en')).toBe('2016-07');
    expect(dueOf('Requests a report by the end of 2015', 'en')).toBe('2015');
  });

  it('reads French and Arabic, Eastern digits and a month named twice included', () => {
    expect(dueOf("Prie le Secrétaire général de lui présenter un rapport d'ici à juillet 2016", 'fr')).toBe('2016-07');
    expect(dueOf('Invite le Président à présenter un rapport en 2014', 'fr')).toBe('2014');
    expect(dueOf('وينبغي أن يقدم الفريق العامل تقريراً إلى اللجنة في دورتها السابعة عشرة التي ستعقد في عام 2014', 'ar')).toBe('2014');
    expect(dueOf('يطلب إلى الأمين العام أن يقدم تقريرا بحلول عام ٢٠١٦', 'ar')).toBe('2016');
    expect(dueOf('يطلب تقديم تقرير بحلول تموز/يوليو 2016', 'ar')).toBe('2016-07');
  });

  it('gives nothing for a clause that asks for no report, dates only a past text, or names a session without a year', () => {
    expect(dueOf('Decides to hold the Forum in 2015', 'en')).toBeUndefined();
    expect(dueOf('Requests the Secretary-General to report on the implementation of resolution 65/141 of 20 December 2010', 'en')).toBeUndefined();
    expect(dueOf('Requests the Secretary-General to report at its seventy-first session', 'en')).toBeUndefined();
    expect(dueOf('يطلب تقريرا عن القرار الإضافي 2014', 'ar')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { ACTOR_MAX, isInstrumentId, parseUrlState, serializeUrlState, type UrlState } from '../../../client/src/url-state.js';

describe('url state', () => {
  it('reads the shared instrument link', () => {
    expect(parseUrlState('?instrument=WTPF-13%2FDT%2F6')).toEqual({ root: 'WTPF-13/DT/6', lang: 'en' });
  });

  it('writes instrument symbols URL-encoded', () => {
    expect(serializeUrlState({ root: 'WTPF-13/DT/6', lang: 'en' })).toBe('?instrument=WTPF-13%2FDT%2F6');
    expect(serializeUrlState({ lang: 'en' })).toBe('');
  });

  const states: UrlState[] = [
    { lang: 'en' },
    { lang: 'ar', root: 'WSIS-05/TUNIS/DOC/6(Rev.1)' },
    { lang: 'en', root: 'WSIS-05/TUNIS/DOC/6(Rev.1)#71', trace: { from: 'WSIS-05/TUNIS/DOC/6(Rev.1)#71', direction: 'DOWNSTREAM' } },
    { lang: 'ar', root: 'body:WGEC', select: 'A/RES/67/195#20', hiddenRelations: ['PART_OF', 'ISSUED_BY'], hiddenKinds: ['Body'] },
    { lang: 'en', root: 'WTPF-13/DT/6', edge: 'WTPF-13/DT/6#recalling.a|RECALLS|WSIS-05/TUNIS/DOC/6(Rev.1)#35', trace: { from: 'WTPF-13/DT/6', direction: 'UPSTREAM' } },
    { lang: 'ar', root: 'A/RES/80/173', trace: { from: 'A/RES/80/173', direction: 'HISTORY' } },
    { lang: 'en', synthetic: 2000, webgl: true },
    { lang: 'en', root: 'ITU PP Res. 133 (Rev. Guadalajara, 2010)' },
    { lang: 'ar', root: 'WTPF-13/DT/6', asOf: 2013, newAfter: 2010 },
    { lang: 'en', root: 'WTPF-13/DT/6', newAfter: 2005 },
    { lang: 'en', root: 'body:WGEC', dataVersion: 12 },
    { lang: 'ar', phrase: '«التعاون المعزز»', asOf: 2015 },
    { lang: 'en', phrase: '"on an equal footing" internet' },
    { lang: 'en', root: 'body:CSTD-CHAIR', minStrength: 'INVITES' },
  ];
  it.each(states)('round-trips %j', (state) => {
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });

  it('reads a strength in any case, and drops one not on the scale', () => {
    expect(parseUrlState('?node=body%3AWGEC&strength=requests')).toEqual({ lang: 'en', root: 'body:WGEC', minStrength: 'REQUESTS' });
    expect(parseUrlState('?node=body%3AWGEC&strength=STRONG')).toEqual({ lang: 'en', root: 'body:WGEC' });
  });

  it('keeps the list of mandates a panel shows: all of them or one status, in any case; drops another word', () => {
    expect(parseUrlState('?mandates=all')).toEqual({ lang: 'en', mandates: 'ALL' });
    expect(parseUrlState('?node=body%3AWGEC&mandates=overdue')).toEqual({ lang: 'en', root: 'body:WGEC', mandates: 'OVERDUE' });
    expect(parseUrlState('?mandates=late')).toEqual({ lang: 'en' });
    for (const mandates of ['ALL', 'IN_PROGRESS'] as const) expect(parseUrlState(serializeUrlState({ lang: 'ar', mandates }))).toEqual({ lang: 'ar', mandates });
    expect(serializeUrlState({ lang: 'en', mandates: 'ALL' })).toBe('?mandates=all');
  });

  it('puts provisions and bodies under node=', () => {
    expect(serializeUrlState({ lang: 'en', root: 'body:WGEC' })).toBe('?node=body%3AWGEC');
    expect(isInstrumentId('A/RES/67/195#20')).toBe(false);
    expect(isInstrumentId('A/RES/67/195')).toBe(true);
  });

  it('keeps a phrase view only without a root, and a phrase of at most 200 characters', () => {
    expect(parseUrlState('?instrument=A%2FRES%2F67%2F195&phrase=x')).toEqual({ lang: 'en', root: 'A/RES/67/195' });
    expect(serializeUrlState({ lang: 'en', root: 'A/RES/67/195', phrase: 'x' })).toBe('?instrument=A%2FRES%2F67%2F195');
    expect(parseUrlState(`?phrase=${'a'.repeat(300)}`).phrase).toHaveLength(200);
    expect(parseUrlState('?phrase=%20%20')).toEqual({ lang: 'en' });
  });

  it('ignores junk', () => {
    expect(parseUrlState('?lang=fr&synthetic=-3&dir=sideways&instrument=%20')).toEqual({ lang: 'en' });
    expect(parseUrlState('?trace=X&dir=sideways').trace).toEqual({ from: 'X', direction: 'DOWNSTREAM' });
    expect(serializeUrlState({ lang: 'en', trace: { from: 'X', direction: 'HISTORY' } })).toBe('?trace=X&dir=history');
    // The mandate list of changes since the "new after" year.
    expect(parseUrlState('?mandates=changed&newAfter=2015')).toEqual({ lang: 'en', mandates: 'CHANGED', newAfter: 2015 });
    expect(serializeUrlState({ lang: 'en', mandates: 'CHANGED', newAfter: 2015 })).toBe('?newAfter=2015&mandates=changed');
    expect(parseUrlState('?mandates=changes').mandates).toBeUndefined();
    // A party's positions, its name kept as given (trimmed, at most ACTOR_MAX characters).
    expect(parseUrlState('?actor=%20Internet%20Society%20(ISOC)%20')).toEqual({ lang: 'en', actor: 'Internet Society (ISOC)' });
    expect(serializeUrlState({ lang: 'ar', actor: 'India' })).toBe('?actor=India&lang=ar');
    expect(parseUrlState(`?actor=${'x'.repeat(300)}`).actor).toHaveLength(ACTOR_MAX);
    // a year is four digits between 1900 and 2100
    expect(parseUrlState('?asOf=13&newAfter=2010.5')).toEqual({ lang: 'en' });
    expect(parseUrlState('?asOf=3013&newAfter=1899')).toEqual({ lang: 'en' });
    expect(parseUrlState('?asOf=%202013%20')).toEqual({ lang: 'en', asOf: 2013 });
    expect(parseUrlState('?v=0&x=1')).toEqual({ lang: 'en' });
    expect(parseUrlState('?v=1.5')).toEqual({ lang: 'en' });
  });
});

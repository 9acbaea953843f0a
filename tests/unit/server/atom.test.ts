import { describe, expect, it } from 'vitest';
import { atomDate, atomFeed, explorerLink, relationVerb, xmlText, type FeedEntry, type FeedNode } from '../../../server/src/feed/atom.js';
import { encodeFeedCursor } from '../../../server/src/feed/feed.cursor.js';
import { parseFeedRequest, parseSearchFeedRequest } from '../../../server/src/feed/feed.route.js';

const P69: FeedNode = { id: 'WSIS-05/TUNIS/DOC/6(Rev.1)#69', label: 'Tunis Agenda ¶69', kind: 'Provision', date: '2005-11-18' };
const entry = (over: Partial<FeedEntry> = {}): FeedEntry => ({
  key: 'WTPF-13/DT/6|recalling.a|RECALLS|WSIS-05/TUNIS/DOC/6(Rev.1)#69',
  relation: 'RECALLS',
  date: '2013-05-15',
  clause: 'Recalling (a)',
  quote: 'بالفقرات ذات الصلة من برنامج عمل تونس',
  language: 'ar',
  method: 'rule:tunis-paragraphs',
  confidence: 'extracted',
  strength: null,
  source: { id: 'WTPF-13/DT/6#recalling.a', label: 'WTPF-13 Opinion 6 (DT/6) Recalling (a)', kind: 'Provision', date: '2013-05-15' },
  target: P69,
  ...over,
});

describe('cited-by feed (Atom)', () => {
  it('escapes text and drops what XML 1.0 cannot hold', () => {
    expect(xmlText(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
    expect(xmlText('a\u0000b\u0007c\td\ne\uFFFEf\uD800g')).toBe('abc\td\nefg');
    expect(xmlText('emoji 🙂 stays')).toBe('emoji 🙂 stays');
  });

  it('dates a day, a month or a year at its first midnight UTC', () => {
    expect(atomDate('2013-05-15')).toBe('2013-05-15T00:00:00Z');
    expect(atomDate('2010-10')).toBe('2010-10-01T00:00:00Z');
    expect(atomDate('2006')).toBe('2006-01-01T00:00:00Z');
    expect(atomDate(null)).toBeNull();
    expect(relationVerb('CALLS_UPON')).toBe('calls upon');
  });

  it('links to the explorer as a shared link does', () => {
    expect(explorerLink('A/RES/67/195')).toBe('/?instrument=A%2FRES%2F67%2F195');
    expect(explorerLink('body:WGEC', 'a|B|c')).toBe('/?node=body%3AWGEC&edge=a%7CB%7Cc');
  });

  it('makes one entry per citation, newest first as given, with the clause, its text and language', () => {
    const xml = atomFeed(P69, [entry(), entry({ key: 'k2', date: null, quote: null, language: null, relation: 'CALLS_UPON' })]);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(xml).toContain('<id>urn:ig-atlas:cited-by:WSIS-05%2FTUNIS%2FDOC%2F6(Rev.1)%2369</id>');
    // The feed's date is its newest entry's; an undated entry's is "unknown", after the dated ones.
    expect(xml.match(/<updated>[^<]+<\/updated>/g)).toEqual(['2013-05-15', '2013-05-15', '1970-01-01'].map((d) => `<updated>${d}T00:00:00Z</updated>`));
    expect(xml).toContain('<title>WTPF-13 Opinion 6 (DT/6) Recalling (a) recalls Tunis Agenda ¶69</title>');
    expect(xml).toContain('<content type="text" xml:lang="ar">بالفقرات ذات الصلة من برنامج عمل تونس</content>');
    expect(xml).toContain('<summary type="text">Recalling (a) · 2013-05-15 · method rule:tunis-paragraphs · extracted</summary>');
    expect(xml).toContain('href="/?node=WTPF-13%2FDT%2F6%23recalling.a&amp;edge=WTPF-13%2FDT%2F6%23recalling.a%7CRECALLS%7CWSIS-05%2FTUNIS%2FDOC%2F6%28Rev.1%29%2369"');
    expect(xml).toContain('<category term="CALLS_UPON" label="calls upon"/>');
    expect(atomFeed(P69, [entry({ strength: 'CALLS_UPON' })])).toContain('<summary type="text">Recalling (a) · 2013-05-15 · strength calls upon · method rule:tunis-paragraphs · extracted</summary>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml.match(/<content /g)).toHaveLength(1);
  });

  it('links the next page when there is one, and names its own page', () => {
    const first = atomFeed(P69, [entry()]);
    expect(first).toContain('<link rel="self" type="application/atom+xml" href="/feeds/cited-by?id=WSIS-05%2FTUNIS%2FDOC%2F6%28Rev.1%29%2369"/>');
    expect(first).not.toContain('rel="next"');
    const paged = atomFeed(P69, [entry()], { self: '/feeds/cited-by?id=x&first=1', next: '/feeds/cited-by?id=x&first=1&after=abc' });
    expect(paged).toContain('<link rel="self" type="application/atom+xml" href="/feeds/cited-by?id=x&amp;first=1"/>');
    expect(paged).toContain('<link rel="next" type="application/atom+xml" href="/feeds/cited-by?id=x&amp;first=1&amp;after=abc"/>');
  });

  it('dates an empty feed by its node, else 1970', () => {
    expect(atomFeed(P69, [])).toContain('<updated>2005-11-18T00:00:00Z</updated>');
    expect(atomFeed({ ...P69, date: null }, [])).toContain('<updated>1970-01-01T00:00:00Z</updated>');
  });

  it('keeps hostile text inert: no markup, no attribute break-out', () => {
    const xml = atomFeed({ ...P69, label: '"/><script>x</script>' }, [entry({ quote: ']]></content><evil/>', language: 'ar" onload="x' })]);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<evil/>');
    expect(xml).not.toContain('onload');
  });

  it('reads its parameters, refusing what it cannot take with what it accepts', () => {
    expect(parseFeedRequest(new URLSearchParams('id=%20body:WGEC%20'))).toMatchObject({ id: 'body:WGEC', first: 50 });
    expect(parseFeedRequest(new URLSearchParams('id=x&relations=RECALLS,REQUESTS,RECALLS&first=5'))).toEqual({ id: 'x', relations: ['RECALLS', 'REQUESTS'], minStrength: null, first: 5, after: null });
    expect(parseFeedRequest(new URLSearchParams('id=x&strength=calls_upon')).minStrength).toBe('CALLS_UPON');
    // A next page's cursor: the last entry's place (its day, or none, and its key), round trip.
    for (const place of [{ date: '2013-05-15', key: 'A/RES/67/195#20|MANDATES|body:WGEC' }, { date: null, key: 'k|with|bars' }]) {
      expect(parseFeedRequest(new URLSearchParams({ id: 'x', after: encodeFeedCursor(place) })).after).toEqual(place);
    }
    const refused = (query: string) => {
      try {
        parseFeedRequest(new URLSearchParams(query));
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error(`accepted ${query}`);
    };
    expect(refused('')).toContain('`id` is required');
    expect(refused(`id=${'x'.repeat(301)}`)).toContain('at most 300 characters');
    expect(refused('id=x&relations=PART_OF')).toContain('Unknown relation "PART_OF"');
    expect(refused('id=x&first=101')).toContain('from 1 to 100');
    expect(refused('id=x&strength=binding')).toContain('Unknown strength "BINDING" in `strength`; accepted, strongest first: DECIDES, REQUESTS, CALLS_UPON, INVITES, ENCOURAGES, DECLARES.');
    expect(refused('id=x&first=2.5')).toContain('from 1 to 100');
    // Not a cursor, or one whose date is not a day (Cypher's date() would fail on it), or no key.
    for (const after of ['', 'bm9wZQ', encodeFeedCursor({ date: '2013-05', key: 'k' }), encodeFeedCursor({ date: '2013-05-15', key: '' })]) {
      expect(refused(`id=x&after=${after}`), after).toContain("`after` must be the cursor of a feed's next page");
    }
  });

  it('reads the phrase feed\'s parameters', () => {
    expect(parseSearchFeedRequest(new URLSearchParams('text=%22on%20an%20equal%20footing%22&lang=en&first=10'))).toEqual({ text: '"on an equal footing"', lang: 'en', first: 10, after: null });
    expect(parseSearchFeedRequest(new URLSearchParams('text=x'))).toEqual({ text: 'x', lang: null, first: 50, after: null });
    // Its dates are text: an adoption known to the month is one.
    expect(parseSearchFeedRequest(new URLSearchParams({ text: 'x', after: encodeFeedCursor({ date: '2010-10', key: 'A/RES/65/141' }) })).after).toEqual({ date: '2010-10', key: 'A/RES/65/141' });
    expect(() => parseSearchFeedRequest(new URLSearchParams('text=%20'))).toThrow('`text` is required');
    expect(() => parseSearchFeedRequest(new URLSearchParams('text=x&lang=de'))).toThrow('`lang` is one of en, ar, fr; got "de"');
    expect(() => parseSearchFeedRequest(new URLSearchParams('text=x&first=500'))).toThrow('from 1 to 100');
  });
});

/**
 * The cited-by Atom feed through the real HTTP server, on the seeded graph: the same citations the
 * API lists as received, newest first, in one Cypher round trip; its errors as the API's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

const TUNIS = 'WSIS-05/TUNIS/DOC/6(Rev.1)';
const OPINION = 'WTPF-13/DT/6';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

interface ParsedEntry {
  /** The explorer link's selected edge (cited-by entries), else null. */
  edge: string | null;
  link: string;
  title: string;
  updated: string;
  relation: string;
  content: string | null;
  lang: string | null;
}

/** A feed (cited-by or search) and its entries, read with patterns (what we write is one element a line: atom.ts). */
async function feed(query: string, kind: 'cited-by' | 'search' = 'cited-by'): Promise<{ status: number; type: string | null; roundTrips: number; text: string; entries: ParsedEntry[] }> {
  const res = await fetch(`${app.url}feeds/${kind}?${query}`);
  const text = await res.text();
  const entries = [...text.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, body]) => {
    const tag = (name: string) => body.match(new RegExp(`<${name}[^>]*>([^<]*)</${name}>`))?.[1] ?? null;
    const href = unescape(body.match(/<link rel="alternate" type="text\/html" href="([^"]*)"/)![1]);
    return {
      edge: new URLSearchParams(href.slice(2)).get('edge'),
      link: href,
      title: unescape(tag('title')!),
      updated: tag('updated')!,
      relation: body.match(/<category term="([^"]*)"/)![1],
      content: tag('content') === null ? null : unescape(tag('content')!),
      lang: body.match(/<content type="text" xml:lang="([^"]*)"/)?.[1] ?? null,
    };
  });
  return { status: res.status, type: res.headers.get('content-type'), roundTrips: Number(res.headers.get('x-cypher-round-trips')), text, entries };
}

/** What the API lists as received by `field` (an instrument or provision query; its first 100), as edge ids with their dates. */
async function received(field: string): Promise<Array<{ edge: string; date: string | null }>> {
  const { body } = await app.gql(`{ node: ${field} { citations(direction: IN, first: 100) { relation source { ... on Instrument { id } ... on Provision { id } ... on Body { id } } target { ... on Instrument { id } ... on Provision { id } ... on Body { id } } evidence { date } } } }`);
  expect(body.errors).toBeUndefined();
  return body.data.node.citations.map((c: any) => ({ edge: `${c.source.id}|${c.relation}|${c.target.id}`, date: c.evidence?.date ?? null }));
}

describe('cited-by feed', () => {
  it("lists what cites Tunis ¶69, as the API does, newest first, with the citing clause's text", async () => {
    const f = await feed(`id=${encodeURIComponent(`${TUNIS}#69`)}&first=100`);
    expect(f.status).toBe(200);
    expect(f.type).toBe('application/atom+xml; charset=utf-8');
    expect(f.roundTrips).toBe(1);
    const api = await received(`provision(id: "${TUNIS}#69")`);
    expect(api.length).toBeGreaterThan(2);
    expect(api.length).toBeLessThan(100); // so the API's page holds them all
    expect(f.entries.map((e) => e.edge).sort()).toEqual(api.map((c) => c.edge).sort());
    // Newest first: dates never rise down the feed.
    const days = f.entries.map((e) => e.updated);
    expect(days).toEqual([...days].sort().reverse());
    // Opinion 6's Recalling (a), in Arabic, as the seed document has it.
    const op6 = f.entries.find((e) => e.edge === `${OPINION}#recalling.a|RECALLS|${TUNIS}#69`)!;
    expect(op6).toMatchObject({ relation: 'RECALLS', updated: '2013-05-15T00:00:00Z', lang: 'ar' });
    expect(op6.title).toBe('WTPF-13 Opinion 6 (DT/6) Recalling (a) recalls Tunis Agenda ¶69');
    expect(op6.content).toMatch(/[\u0600-\u06FF]/);
    expect(f.text).toContain('<title>Who cites or acts on Tunis Agenda ¶69</title>');
  });

  it("gathers an instrument's paragraphs, filters by relation and pages by `first`", async () => {
    const all = await feed(`id=${encodeURIComponent(TUNIS)}&first=100`);
    const api = await received(`instrument(symbol: "${TUNIS}")`);
    expect(api.length).toBeLessThan(100);
    expect(all.entries.map((e) => e.edge).sort()).toEqual(api.map((c) => c.edge).sort());
    expect(all.entries.some((e) => e.edge?.endsWith(`|${TUNIS}#71`))).toBe(true);
    const recalls = await feed(`id=${encodeURIComponent(TUNIS)}&relations=RECALLS&first=100`);
    expect(recalls.entries.length).toBeGreaterThan(0);
    expect(new Set(recalls.entries.map((e) => e.relation))).toEqual(new Set(['RECALLS']));
    const three = await feed(`id=${encodeURIComponent(TUNIS)}&first=3`);
    expect(three.entries.map((e) => e.edge)).toEqual(all.entries.slice(0, 3).map((e) => e.edge));
  });

  it('pages: each page links the next, and following them gives the whole feed, in order', async () => {
    /** The entries of every page from `query` on, following `<link rel="next">`, and the pages' self links. */
    const follow = async (query: string, kind: 'cited-by' | 'search') => {
      const edges: string[] = [];
      const selves: string[] = [];
      let next: string | null = `/feeds/${kind}?${query}`;
      for (let page = 0; next && page < 50; page++) {
        const f = await feed(next.slice(`/feeds/${kind}?`.length), kind);
        expect(f.status, next).toBe(200);
        expect(f.roundTrips).toBe(1);
        edges.push(...f.entries.map((e) => e.edge ?? e.link));
        selves.push(unescape(f.text.match(/<link rel="self" type="application\/atom\+xml" href="([^"]*)"/)![1]));
        const link = f.text.match(/<link rel="next" type="application\/atom\+xml" href="([^"]*)"/);
        // Each page's own address is where it was read from (as parameters: encodings differ).
        const params = (url: string) => [...new URL(url, app.url).searchParams].sort();
        expect(params(selves.at(-1)!)).toEqual(params(next));
        next = link ? unescape(link[1]) : null;
      }
      return { edges, pages: selves.length };
    };
    const whole = await feed(`id=${encodeURIComponent(TUNIS)}&first=100`);
    expect(whole.text).not.toContain('rel="next"');
    // Pages of 5 end on dated entries and on undated ones (last in the order): both kinds of cursor.
    const ends = whole.entries.filter((_, i) => i % 5 === 4 && i < whole.entries.length - 1).map((e) => e.updated.startsWith('1970'));
    expect(new Set(ends)).toEqual(new Set([true, false]));
    const paged = await follow(`id=${encodeURIComponent(TUNIS)}&first=5`, 'cited-by');
    expect(paged.pages).toBe(Math.ceil(whole.entries.length / 5));
    expect(paged.edges).toEqual(whole.entries.map((e) => e.edge));
    // The relations named are kept from page to page.
    const recalls = await feed(`id=${encodeURIComponent(TUNIS)}&relations=RECALLS&first=100`);
    expect((await follow(`id=${encodeURIComponent(TUNIS)}&relations=RECALLS&first=4`, 'cited-by')).edges).toEqual(recalls.entries.map((e) => e.edge));
    // The phrase feed pages the same way.
    const phrase = `text=${encodeURIComponent('"enhanced cooperation"')}`;
    const all = await feed(`${phrase}&first=100`, 'search');
    expect(all.entries.length).toBeGreaterThan(3);
    const searched = await follow(`${phrase}&first=2`, 'search');
    expect(searched.pages).toBe(Math.ceil(all.entries.length / 2));
    expect(searched.edges).toEqual(all.entries.map((e) => e.link));
  });

  it('keeps what acts at least as strongly as asked, as the API does, and keeps the strength from page to page', async () => {
    const { body } = await app.gql(`{ instrument(symbol: "${TUNIS}") { citations(direction: IN, minStrength: INVITES, first: 100) { relation source { ... on Instrument { id } ... on Provision { id } ... on Body { id } } target { ... on Instrument { id } ... on Provision { id } ... on Body { id } } } } }`);
    const api = body.data.instrument.citations.map((c: any) => `${c.source.id}|${c.relation}|${c.target.id}`);
    const all = await feed(`id=${encodeURIComponent(TUNIS)}&first=100`);
    const strong = await feed(`id=${encodeURIComponent(TUNIS)}&strength=invites&first=100`);
    expect(strong.entries.length).toBeGreaterThan(2);
    expect(strong.entries.length).toBeLessThan(all.entries.length);
    expect(strong.entries.map((e) => e.edge).sort()).toEqual([...api].sort());
    expect(strong.text).toMatch(/<summary type="text">[^<]* · strength (decides|requests|calls upon|invites) · /);
    const first = await feed(`id=${encodeURIComponent(TUNIS)}&strength=INVITES&first=2`);
    const next = unescape(first.text.match(/<link rel="next" type="application\/atom\+xml" href="([^"]*)"/)![1]);
    expect(new URL(next, app.url).searchParams.get('strength')).toBe('INVITES');
    const second = await feed(next.slice('/feeds/cited-by?'.length));
    expect([...first.entries, ...second.entries].map((e) => e.edge)).toEqual(strong.entries.slice(0, 4).map((e) => e.edge));
  });

  it('follows a body: what mandates, establishes or succeeds the WGEC', async () => {
    const f = await feed('id=body%3AWGEC');
    expect(f.entries.map((e) => e.relation)).toEqual(expect.arrayContaining(['MANDATES', 'ESTABLISHES', 'SUCCEEDS']));
    expect(f.entries.find((e) => e.edge === 'A/RES/67/195#20|MANDATES|body:WGEC')?.title).toBe('UNGA res. 67/195 ¶20 mandates WGEC');
  });

  it('follows a phrase: the texts that say it, newest first, in English and in Arabic', async () => {
    const f = await feed(`text=${encodeURIComponent('"enhanced cooperation"')}&first=100`, 'search');
    expect(f.status).toBe(200);
    expect(f.roundTrips).toBe(1);
    expect(f.entries.length).toBeGreaterThan(2);
    // Every entry says the phrase (as the English analyzer reads it), and the newest come first.
    for (const e of f.entries) expect(e.content?.toLowerCase() ?? '', e.title).toMatch(/enhanc\w*[\s-]+cooperation/);
    const days = f.entries.map((e) => e.updated);
    expect(days).toEqual([...days].sort().reverse());
    expect(f.entries.map((e) => e.link)).toContain(`/?instrument=${encodeURIComponent(OPINION)}`);
    // The same words in another order are not the phrase.
    expect((await feed(`text=${encodeURIComponent('"cooperation enhanced"')}`, 'search')).entries).toEqual([]);
    const arabic = await feed(`text=${encodeURIComponent('«التعاون المعزز»')}`, 'search');
    expect(arabic.entries.some((e) => e.link.includes(encodeURIComponent(OPINION)) && e.lang === 'ar')).toBe(true);
    const bad = await fetch(`${app.url}feeds/search?text=${encodeURIComponent('"" ""')}`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].message).toContain('at least one word');
  });

  it('answers bad input with what is wrong, and an unknown id with NOT_FOUND', async () => {
    const missing = await fetch(`${app.url}feeds/cited-by?id=${encodeURIComponent('A/RES/1/1#1')}`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    for (const [query, says] of [
      ['', '`id` is required'],
      ['id=body%3AWGEC&relations=MATCH%20(n)%20DETACH%20DELETE%20n', 'Unknown relation'],
      ['id=body%3AWGEC&strength=binding', 'Unknown strength'],
      ['id=body%3AWGEC&first=1000', 'from 1 to 100'],
      ['id=body%3AWGEC&after=not-a-cursor', "the cursor of a feed's next page"],
      // A cursor of the right form whose date Cypher could not read: refused before Neo4j sees it.
      [`id=body%3AWGEC&after=${Buffer.from('2013-13|k').toString('base64url')}x`, "the cursor of a feed's next page"],
      [`id=body%3AWGEC&after=${Buffer.from('May 2013|k').toString('base64url')}`, "the cursor of a feed's next page"],
    ]) {
      const res = await fetch(`${app.url}feeds/cited-by?${query}`);
      expect(res.status, query).toBe(400);
      const body = await res.json();
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toContain(says);
    }
    // The graph is as it was.
    expect((await feed('id=body%3AWGEC')).status).toBe(200);
  });
});

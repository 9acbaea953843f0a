/**
 * The GraphQL contract through the real HTTP endpoint, on the graph loaded by the real seed
 * pipeline: every query, the mandate-chain traces, search in Arabic and English, errors and limits,
 * and the bounded number of Cypher round trips per request.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cardCypher } from '../../cypher/card.js';
import { LABELS, type Relation } from '../../cypher/model.js';
import { loadRows, mergeRows } from '../../seed/src/load/loader.js';
import type { Rows } from '../../seed/src/load/rows.types.js';
import { startServer } from '../../server/src/index.js';
import { prepareTrace } from '../../server/src/trace/trace.service.js';
import { searchYears } from '../../server/src/search/search.service.js';
import { keepPrepared, prepareReads, type GraphSize } from '../../scripts/prepare.js';
import { NEO4J_VERSION_PATTERN, startTestApp, type TestApp } from '../support/app.js';

const TUNIS = 'WSIS-05/TUNIS/DOC/6(Rev.1)';
const OPINION = 'WTPF-13/DT/6';
const NODE_ID = '... on Instrument { id } ... on Provision { id } ... on Body { id }';
const HOPS = `hops { from { ${NODE_ID} } to { ${NODE_ID} } relation reversed date evidence { clause method confidence } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Hop = { from: { id: string }; to: { id: string }; relation: string; reversed: boolean };
const chains = (paths: { hops: Hop[] }[]) => paths.map((p) => [p.hops[0].from.id, ...p.hops.map((h) => h.to.id)]);

describe('health', () => {
  it('answers the real Neo4j version, edition and counts', async () => {
    const { status, body } = await app.gql('{ health { ok neo4jVersion edition nodes relationships } }');
    expect(status).toBe(200);
    expect(body.data.health).toMatchObject({ ok: true, edition: 'community' });
    expect(body.data.health.neo4jVersion).toMatch(NEO4J_VERSION_PATTERN);
    expect(body.data.health.nodes).toBeGreaterThan(100);
    expect(body.data.health.relationships).toBeGreaterThan(100);
  });

  it('/healthz says Neo4j is reachable', async () => {
    const res = await fetch(`${app.url}healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', neo4j: 'reachable' });
  });
});

describe('instrument', () => {
  it('returns Opinion 6 with its metadata, body and provisions', async () => {
    const { body } = await app.gql(`{ instrument(symbol: "${OPINION}") {
      id symbol kind adopted title titleAr: title(lang: AR) body { id acronym } provisions { id number label role verb language text } } }`);
    const i = body.data.instrument;
    expect(i).toMatchObject({ id: OPINION, symbol: OPINION, kind: 'OPINION', adopted: '2013-05-15', body: { id: 'body:WTPF-13' } });
    expect(i.title).toMatch(/enhanced cooperation/i);
    expect(i.titleAr).toContain('التعاون المعزز');
    const preambular = i.provisions.filter((p: any) => p.role === 'preambular');
    const sections = new Map<string, number>();
    for (const p of preambular) sections.set(p.verb, (sections.get(p.verb) ?? 0) + 1);
    expect([...sections.entries()]).toEqual([['Recalling', 3], ['Bearing in mind', 4], ['Recognizing', 1], ['Noting', 3]]);
    expect(i.provisions.find((p: any) => p.label === 'Recalling (a)')).toMatchObject({ language: 'ar', id: `${OPINION}#recalling.a` });
  });

  it('lists the ten Tunis Agenda paragraphs that Recalling (a) recalls, with evidence', async () => {
    const { body } = await app.gql(`{ instrument(symbol: "${OPINION}") { citations(relations: [RECALLS]) {
      relation source { ... on Provision { label } } target { ... on Provision { id number } ... on Instrument { id } }
      evidence { clause quote language method confidence date } } } }`);
    const fromA = body.data.instrument.citations.filter((c: any) => c.source.label === 'Recalling (a)');
    expect(fromA.map((c: any) => Number(c.target.number)).sort((a: number, b: number) => a - b)).toEqual([35, 37, 55, 60, 65, 68, 69, 70, 71, 83]);
    expect(fromA.every((c: any) => c.target.id.startsWith(`${TUNIS}#`))).toBe(true);
    expect(fromA[0].evidence).toMatchObject({ clause: 'Recalling (a)', language: 'ar', confidence: 'extracted', date: '2013-05-15' });
    expect(fromA[0].evidence.method).toMatch(/^rule:/);
    expect(fromA[0].evidence.quote).toContain('برنامج عمل تونس');
    const targets = body.data.instrument.citations.map((c: any) => c.target.id);
    for (const s of ['A/RES/65/141', 'A/RES/67/195', 'ITU PP Res. 101 (Rev. Guadalajara, 2010)', 'ITU PP Res. 102 (Rev. Guadalajara, 2010)', 'ITU PP Res. 133 (Rev. Guadalajara, 2010)']) {
      expect(targets).toContain(s);
    }
  });

  it('records what the other clauses do: recognizes, notes, quotes, reaffirms, invites', async () => {
    const { body } = await app.gql(`{ instrument(symbol: "${OPINION}") { citations { relation source { ... on Provision { label } } target { ${NODE_ID} } } } }`);
    const edges = body.data.instrument.citations.map((c: any) => `${c.source.label} ${c.relation} ${c.target.id}`);
    expect(edges).toContain('Recognizing RECOGNIZES A/RES/67/195');
    expect(edges).toContain('Noting (c) NOTES A/RES/67/195');
    expect(edges).toContain('Noting (c) QUOTES A/RES/67/195#20');
    expect(edges).toContain('Noting (c) QUOTES A/RES/67/195#21');
    expect(edges).toContain(`Is of the view REAFFIRMS ${TUNIS}#69`);
    expect(edges).toContain('Invites INVITES body:ALL-STAKEHOLDERS');
  });

  it('gives quoted paragraphs to the quoted instrument, with their Arabic text', async () => {
    const { body } = await app.gql(`{ provision(id: "A/RES/67/195#20") { number role language text summary instrument { id } citations(direction: IN) { relation source { ... on Provision { id } } } } }`);
    const p = body.data.provision;
    expect(p).toMatchObject({ number: '20', language: 'ar', instrument: { id: 'A/RES/67/195' } });
    expect(p.text).toContain('فريق عامل');
    expect(p.summary).toMatch(/working group/i);
    expect(p.citations.map((c: any) => `${c.relation} ${c.source.id}`)).toContain(`QUOTES ${OPINION}#noting.c`);
  });

  it('gives the ends of a citation every field the node has, long texts included (loaded on demand)', async () => {
    // Every leaf field of each node type, from the schema itself, so a field added later is held too.
    const leaves = async (type: string) => {
      const { body } = await app.gql(`{ __type(name: "${type}") { fields { name type { kind ofType { kind ofType { kind ofType { kind } } } } } } }`);
      const leaf = (t: any): boolean => (t.ofType ? leaf(t.ofType) : t.kind === 'SCALAR' || t.kind === 'ENUM');
      return body.data.__type.fields.filter((f: any) => leaf(f.type)).map((f: any) => f.name).join(' ');
    };
    // Instrument.kind and Body.kind differ in type, so Body's is aliased (GraphQL forbids the clash).
    const fields = {
      Provision: await leaves('Provision'),
      Instrument: `${await leaves('Instrument')} titleAr: title(lang: AR) summaryAr: summary(lang: AR)`,
      Body: (await leaves('Body')).replace(/\bkind\b/, 'bodyKind: kind'),
    };
    expect(fields.Provision).toMatch(/\btext\b.*\bsummary\b|\bsummary\b.*\btext\b/);
    const ends = `__typename ... on Provision { ${fields.Provision} } ... on Instrument { ${fields.Instrument} } ... on Body { ${fields.Body} }`;
    const nodes: any[] = [];
    for (const direction of ['OUT', 'IN']) {
      const { body } = await app.gql(`{ instrument(symbol: "${OPINION}") { citations(direction: ${direction}) { source { ${ends} } target { ${ends} } } } }`);
      const { body: viaProvision } = await app.gql(`{ provision(id: "A/RES/67/195#20") { citations(direction: ${direction}) { source { ${ends} } target { ${ends} } } } }`);
      expect(body.errors ?? viaProvision.errors).toBeUndefined();
      for (const c of [...body.data.instrument.citations, ...viaProvision.data.provision.citations]) nodes.push(c.source, c.target);
    }
    expect(new Set(nodes.map((n) => n.__typename))).toEqual(new Set(['Provision', 'Instrument', 'Body']));
    expect(nodes.some((n) => n.text)).toBe(true);
    expect(nodes.some((n) => n.summary)).toBe(true);
    const direct = { Provision: 'provision(id: $id)', Instrument: 'instrument(symbol: $id)', Body: 'body(id: $id)' } as const;
    for (const node of new Map(nodes.map((n) => [n.id, n])).values()) {
      const kind = node.__typename as keyof typeof direct;
      const { body } = await app.gql(`query($id: ${kind === 'Instrument' ? 'String' : 'ID'}!) { node: ${direct[kind]} { __typename ${fields[kind]} } }`, { id: node.id });
      expect(node, node.id).toEqual(body.data.node);
    }
  });

  it('lists citations received (IN) by the Tunis Agenda and its paragraphs', async () => {
    const { body } = await app.gql(`{ instrument(symbol: "${TUNIS}") { citations(direction: IN, relations: [RECALLS]) { source { ... on Provision { id } } target { ... on Provision { number } } } } }`);
    const fromOpinion = body.data.instrument.citations.filter((c: any) => c.source.id === `${OPINION}#recalling.a`);
    expect(fromOpinion).toHaveLength(10);
  });

  it('lists who cites the Tunis Agenda oldest first, and what it cites in document order', async () => {
    const { body } = await app.gql(`{ instrument(symbol: "${TUNIS}") { citations(direction: IN) { evidence { date } } } opinion: instrument(symbol: "${OPINION}") { citations { source { ... on Provision { position } } } } }`);
    const dates = body.data.instrument.citations.map((c: any) => c.evidence?.date ?? '9999-99-99');
    expect(new Set(dates).size).toBeGreaterThan(2);
    expect(dates).toEqual([...dates].sort());
    const positions = body.data.opinion.citations.map((c: any) => c.source.position ?? Infinity);
    expect(positions).toEqual([...positions].sort((a: number, b: number) => a - b));
  });

  it('says how sure we are of each field with a provenance of its own: the curated marks, and what a document filled', async () => {
    const PROVENANCE = 'fieldProvenance { field confidence sources note }';
    const { body } = await app.gql(`{
      instrument(symbol: "${OPINION}") { confidence sources ${PROVENANCE} citations(direction: OUT) { target { ... on Provision { id ${PROVENANCE} } } } }
      body(id: "CSTD") { confidence ${PROVENANCE} }
      tunis: instrument(symbol: "${TUNIS}") { ${PROVENANCE} }
      plain: body(id: "ITU-PP") { ${PROVENANCE} }
    }`);
    expect(body.errors).toBeUndefined();
    const { instrument, body: cstd, tunis, plain } = body.data;
    const file = 'seed/documents/WTPF-13-DT-6.ar.txt';
    expect(instrument).toMatchObject({ confidence: 'verified', sources: ['S1', 'S2', 'S8', 'SRC-DOC'] });
    // Curated marks first, under the API's names (the corpus's `summary` is summaryEn), then what the document gave.
    expect(instrument.fieldProvenance.map((f: { field: string; confidence: string }) => `${f.field} ${f.confidence}`)).toEqual([
      'titleAr seed-document', 'summaryEn seed-document', 'adopted seed-document', 'originalLanguage seed-document', 'forumStart extracted', 'forumEnd extracted',
    ]);
    expect(instrument.fieldProvenance[0]).toEqual({ field: 'titleAr', confidence: 'seed-document', sources: ['SRC-DOC'], note: null });
    expect(instrument.fieldProvenance[4]).toEqual({ field: 'forumStart', confidence: 'extracted', sources: [file], note: null });
    // A citation's end (a partial row) reads it from the whole node: the quoted ¶20 keeps its verified verb, its text is the document's.
    const quoted = instrument.citations.map((c: { target: { id?: string } }) => c.target).find((t: { id?: string }) => t.id === 'A/RES/67/195#20');
    expect(quoted.fieldProvenance.map((f: { field: string }) => f.field)).toEqual(['text', 'textAr', 'language']);
    expect(quoted.fieldProvenance[0]).toMatchObject({ confidence: 'extracted', sources: [file] });
    expect(cstd.confidence).toBe('verified');
    expect(cstd.fieldProvenance.map((f: { field: string; confidence: string }) => `${f.field} ${f.confidence}`)).toEqual(['nameAr unconfirmed', 'partOf verified']);
    expect(cstd.fieldProvenance[0].note).toMatch(/recalled/);
    expect(tunis.fieldProvenance[0]).toMatchObject({ field: 'titleAr', confidence: 'unconfirmed', sources: [] });
    expect(plain.fieldProvenance).toEqual([]);
    // The ends of a citation list read it in one batched round trip per kind of node among them,
    // however many there are: the first two are paragraphs; the first 40, 100 are of all three kinds.
    const ends = (first: number) =>
      app.gql(`{ instrument(symbol: "${OPINION}") { citations(first: ${first}) { target { __typename ... on Provision { ${PROVENANCE} } ... on Instrument { ${PROVENANCE} } ... on Body { ${PROVENANCE} } } } } }`);
    const [few, many, all] = [await ends(2), await ends(40), await ends(100)];
    const kinds = (r: typeof few) => new Set(r.body.data.instrument.citations.map((c: { target: { __typename: string } }) => c.target.__typename)).size;
    expect([kinds(few), kinds(many)]).toEqual([1, 3]);
    expect(few.roundTrips).toBe(1 + 1);
    expect(many.roundTrips).toBe(1 + 3);
    expect(all.roundTrips).toBe(many.roundTrips);
  });

  it('says which part of a curated edge is less sure than the edge, in citation lists, neighbourhoods and traces', async () => {
    const MARKS = 'evidence { confidence fieldProvenance { field confidence sources note } }';
    // One request each: the three together cost more than a request may.
    const ask = async (query: string) => {
      const { body } = await app.gql(`{ ${query} }`);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data;
    };
    const data = {
      ...(await ask(`instrument(symbol: "A/RES/66/184") { citations(first: 20) { relation target { ... on Instrument { id } ... on Body { id } } ${MARKS} } }`)),
      ...(await ask(`neighborhood(id: "A/RES/66/184", depth: 1, limit: 50) { edges { source target relation ${MARKS} } }`)),
      ...(await ask(`trace(from: "A/RES/66/184", direction: UPSTREAM, relations: [SUCCEEDS], maxDepth: 1) { hops { relation ${MARKS} } }`)),
    };
    // 66/184 belongs to the 65/141 series by inference: the edge is verified, its relation is not.
    const relationMark = [{ field: 'relation', confidence: 'unconfirmed', sources: ['U45'], note: expect.stringMatching(/inferred/) }];
    const succeeds = data.instrument.citations.find((c: { relation: string }) => c.relation === 'SUCCEEDS');
    expect(succeeds.evidence).toEqual({ confidence: 'verified', fieldProvenance: relationMark });
    const edge = data.neighborhood.edges.find((e: { relation: string; target: string }) => e.relation === 'SUCCEEDS' && e.target === 'A/RES/65/141');
    expect(edge.evidence.fieldProvenance).toEqual(relationMark);
    expect(data.trace[0].hops[0].evidence.fieldProvenance).toEqual(relationMark);
    // The link to the CSTD Chair starts at the resolution, its paragraph unknown; a parsed edge has no marks.
    const invites = data.instrument.citations.find((c: { relation: string }) => c.relation === 'INVITES');
    expect(invites.evidence.fieldProvenance).toMatchObject([{ field: 'from', confidence: 'unconfirmed' }]);
    const { body: parsed } = await app.gql(`{ instrument(symbol: "${OPINION}") { citations(first: 5) { ${MARKS} } } }`);
    for (const c of parsed.data.instrument.citations) expect(c.evidence.fieldProvenance).toEqual([]);
  });

  it('answers null for an unknown symbol, not an error', async () => {
    const { status, body } = await app.gql('{ instrument(symbol: "A/RES/0/0") { id } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.instrument).toBeNull();
  });
});

describe('instruments', () => {
  it('pages with cursors and counts the total', async () => {
    const first = await app.gql('{ instruments(first: 5) { totalCount edges { cursor node { id adopted } } pageInfo { hasNextPage endCursor } } }');
    const page1 = first.body.data.instruments;
    expect(page1.edges).toHaveLength(5);
    expect(page1.totalCount).toBeGreaterThan(40);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const next = await app.gql('query($after: String) { instruments(first: 5, after: $after) { edges { node { id adopted } } } }', { after: page1.pageInfo.endCursor });
    const ids1 = page1.edges.map((e: any) => e.node.id);
    const ids2 = next.body.data.instruments.edges.map((e: any) => e.node.id);
    expect(ids2).toHaveLength(5);
    expect(ids1.filter((id: string) => ids2.includes(id))).toEqual([]);
    const dates = [...page1.edges, ...next.body.data.instruments.edges].map((e: any) => e.node.adopted ?? '9999');
    expect([...dates].sort()).toEqual(dates);
  });

  it('filters by kind, body and adoption dates', async () => {
    const { body } = await app.gql('{ instruments(kind: RESOLUTION, body: "UNGA", adoptedFrom: "2010-01-01", adoptedTo: "2012-12-31", first: 100) { totalCount edges { node { id kind adopted body { id } } } } }');
    const nodes = body.data.instruments.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining(['A/RES/65/141', 'A/RES/67/195']));
    expect(body.data.instruments.totalCount).toBe(nodes.length);
    for (const n of nodes) {
      expect(n.kind).toBe('RESOLUTION');
      expect(n.body.id).toBe('body:UNGA');
      expect(n.adopted >= '2010-01-01' && n.adopted <= '2012-12-31').toBe(true);
    }
  });

  it('gives an adoption known only to the month or year as such, everywhere, lists it by it and filters it by its whole span', async () => {
    const GUADALAJARA = ['ITU PP Res. 101 (Rev. Guadalajara, 2010)', 'ITU PP Res. 102 (Rev. Guadalajara, 2010)', 'ITU PP Res. 133 (Rev. Guadalajara, 2010)'];
    const one = await app.gql(`{ instrument(symbol: "${GUADALAJARA[0]}") { adopted } body(id: "body:WSIS") { established ended } }`);
    expect(one.body.data).toEqual({ instrument: { adopted: '2010-10' }, body: { established: '2003', ended: '2005-11-18' } });
    // The same date from a card (neighbourhood) and from a citation list's slim row.
    const around = await app.gql(`{ neighborhood(id: "${GUADALAJARA[0]}", depth: 1) { nodes { id date } } }`);
    expect(around.body.data.neighborhood.nodes).toContainEqual({ id: GUADALAJARA[0], date: '2010-10' });
    const cited = await app.gql(`{ instrument(symbol: "${OPINION}") { citations(direction: OUT, first: 100) { target { ... on Instrument { id adopted } } } } }`);
    expect(cited.body.data.instrument.citations.map((c: any) => c.target)).toContainEqual({ id: GUADALAJARA[0], adopted: '2010-10' });

    const ids = async (args: string) => {
      const { body } = await app.gql(`{ instruments(${args}, first: 100) { totalCount edges { node { id } } } }`);
      const list = body.data.instruments.edges.map((e: any) => e.node.id as string);
      expect(body.data.instruments.totalCount).toBe(list.length);
      return list;
    };
    expect(await ids('adoptedFrom: "2010-10-01", adoptedTo: "2010-10-31"')).toEqual(expect.arrayContaining(GUADALAJARA));
    expect(await ids('adoptedFrom: "2010-01-01", adoptedTo: "2010-12-31"')).toEqual(expect.arrayContaining(GUADALAJARA));
    // October 2010 may be before the 15th or after it: neither bound can say it is inside.
    for (const args of ['adoptedFrom: "2010-10-15"', 'adoptedTo: "2010-10-15"']) {
      const list = await ids(args);
      expect(list.length).toBeGreaterThan(0);
      for (const id of GUADALAJARA) expect(list).not.toContain(id);
    }
    // A year matches only a range that holds all of it.
    expect(await ids('adoptedFrom: "2006-01-01", adoptedTo: "2006-12-31"')).toContain('DESAI-CONSULTATIONS-2006');
    expect(await ids('adoptedFrom: "2006-01-01", adoptedTo: "2006-06-30"')).not.toContain('DESAI-CONSULTATIONS-2006');

    // The whole list in order: a month or a year before the days in it, the undated last.
    const all: { id: string; adopted: string | null }[] = [];
    let after: string | null = null;
    do {
      const page: any = (await app.gql('query($after: String) { instruments(first: 100, after: $after) { edges { node { id adopted } } pageInfo { hasNextPage endCursor } } }', { after })).body.data.instruments;
      all.push(...page.edges.map((e: any) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const keys = all.map((n) => n.adopted ?? '9999');
    expect([...keys].sort()).toEqual(keys);
    expect(all.filter((n) => n.adopted && n.adopted.length < 10).length).toBeGreaterThan(20);
  });

  it('refuses a page over 100 and a forged cursor with BAD_USER_INPUT', async () => {
    const big = await app.gql('{ instruments(first: 101) { totalCount } }');
    expect(big.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(big.body.errors[0].message).toContain('100');
    const forged = await app.gql('{ instruments(after: "bm90IGEgY3Vyc29y") { totalCount } }');
    expect(forged.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const badDate = await app.gql('{ instruments(adoptedFrom: "2013-13-40") { totalCount } }');
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors[0].message).toContain('YYYY-MM-DD');
  });
});

describe('citation pages', () => {
  const PREFIX = 'TEST-PAGE';
  const HUB = `${PREFIX}/HUB`;
  const CITER = `${PREFIX}/CITER`;
  const CITATION = `cursor relation source { ${NODE_ID} } target { ${NODE_ID} }`;

  /** A hub cited 233 times: by 230 clauses of one instrument (to its ¶1 or to itself), and by that instrument as a whole 3 times. */
  function rows(): Rows {
    const instrument = (symbol: string) => ({ id: symbol, adopted: '2020-01-01', endDate: null, bodyId: 'body:UNGA', props: { symbol, kind: 'RESOLUTION', origin: 'test' } });
    return {
      sources: [],
      bodies: [],
      instruments: [instrument(HUB), instrument(CITER)],
      provisions: [
        { id: `${HUB}#1`, instrumentId: HUB, props: { number: '1', position: 0, origin: 'test' } },
        ...Array.from({ length: 230 }, (_, i) => ({ id: `${CITER}#${i + 1}`, instrumentId: CITER, props: { number: String(i + 1), position: i, origin: 'test' } })),
      ],
      links: [
        ...Array.from({ length: 230 }, (_, i) => ({ key: `${CITER}|${i}`, from: `${CITER}#${i + 1}`, to: i % 2 ? HUB : `${HUB}#1`, type: 'RECALLS' as const, date: '2020-01-01', props: { method: 'test' } })),
        ...(['NOTES', 'WELCOMES', 'ENDORSES'] as const).map((type) => ({ key: `${CITER}|whole|${type}`, from: CITER, to: HUB, type, date: '2020-01-01', props: { method: 'test' } })),
      ],
    };
  }

  /** Every citation of `field` (on `symbol`), a page of `size` at a time; the pages' lengths too. */
  async function walk(root: string, field: string, size: number): Promise<{ citations: any[]; pages: number[] }> {
    const citations: any[] = [];
    const pages: number[] = [];
    for (let after: string | null = null; ; ) {
      const { body } = await app.gql(`query($after: String) { ${root} { page: ${field.replace(')', `, first: ${size}, after: $after)`)} { ${CITATION} } } }`, { after });
      const page = Object.values(body.data)[0] as any;
      pages.push(page.page.length);
      citations.push(...page.page);
      if (page.page.length < size) return { citations, pages };
      after = page.page.at(-1).cursor;
    }
  }

  beforeAll(async () => {
    await loadRows(app.db, rows());
  });
  afterAll(async () => {
    await app.db.transaction('test cleanup', (tx) => tx.run('delete-by-prefix', { prefix: PREFIX }));
  });

  it('gives 100 citations when no page size is asked, and counts them all', async () => {
    const { body } = await app.gql(`{ instrument(symbol: "${HUB}") { citationCount(direction: IN) citations(direction: IN) { ${CITATION} } recalls: citationCount(direction: IN, relations: [RECALLS]) out: citationCount } }`);
    expect(body.data.instrument).toMatchObject({ citationCount: 233, recalls: 230, out: 0 });
    expect(body.data.instrument.citations).toHaveLength(100);
  });

  it('walks every citation once, page by page, in the order of one big page', async () => {
    const whole = (await app.gql(`{ instrument(symbol: "${HUB}") { citations(direction: IN, first: 300) { ${CITATION} } } }`)).body.data.instrument.citations;
    expect(whole).toHaveLength(233);
    const { citations, pages } = await walk(`instrument(symbol: "${HUB}")`, 'citations(direction: IN)', 40);
    expect(pages).toEqual([40, 40, 40, 40, 40, 33]);
    expect(citations.map((c) => c.cursor)).toEqual(whole.map((c: any) => c.cursor));
    expect(new Set(citations.map((c) => c.cursor)).size).toBe(233);
    // Clauses in document order; the citations the instrument makes as a whole (no clause) last.
    expect(citations.slice(0, 3).map((c) => c.source.id)).toEqual([`${CITER}#1`, `${CITER}#2`, `${CITER}#3`]);
    expect(citations.slice(-3).map((c) => [c.source.id, c.relation])).toEqual([[CITER, 'ENDORSES'], [CITER, 'NOTES'], [CITER, 'WELCOMES']]);
  });

  it('pages the citations of a provision and of a body the same way', async () => {
    const provision = await walk(`provision(id: "${HUB}#1")`, 'citations(direction: IN)', 50);
    expect(provision.pages).toEqual([50, 50, 15]);
    expect(provision.citations.every((c) => c.target.id === `${HUB}#1`)).toBe(true);
    const count = await app.gql(`{ provision(id: "${HUB}#1") { citationCount(direction: IN) } body(id: "body:WGEC") { citationCount citations { relation } } }`);
    expect(count.body.data.provision.citationCount).toBe(115);
    const wgec = count.body.data.body;
    expect(wgec.citationCount).toBeGreaterThan(0);
    expect(wgec.citationCount).toBe(wgec.citations.length);
    const body = await walk('body(id: "body:WGEC")', 'citations(direction: IN)', 1);
    expect(body.citations).toHaveLength(wgec.citationCount);
  });

  it('refuses a page size out of 1 to 1000 and a cursor no page gave, naming the argument', async () => {
    for (const [args, name, words] of [['first: 0', 'first', '1 to 1000'], ['first: 1001', 'first', '1 to 1000'], ['after: "bm90IGEgY3Vyc29y"', 'after', 'cursor']] as const) {
      const { body } = await app.gql(`{ provision(id: "${HUB}#1") { citations(direction: IN, ${args}) { relation } } }`);
      expect(body.errors[0].extensions, args).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: name });
      expect(body.errors[0].message).toContain(words);
    }
  });

  it('costs the same round trips for 1 node counted as for 231', async () => {
    const query = (symbol: string) => `{ instrument(symbol: "${symbol}") { citationCount citations(first: 5) { relation } provisions { citationCount } } }`;
    const many = await app.gql(query(CITER));
    const one = await app.gql(query(HUB));
    expect(many.body.data.instrument.citationCount).toBe(233);
    expect(many.body.data.instrument.provisions).toHaveLength(230);
    expect(one.body.data.instrument.provisions).toHaveLength(1);
    // The instrument with its citations, its provisions, then a count per level of the query.
    expect(many.roundTrips).toBe(4);
    expect(one.roundTrips).toBe(4);
  });

  it('pages citations of several days, the undated last, whatever the page size', async () => {
    // Five citing instruments: two on one day, one undated; each cites the hub by three clauses
    // (positions out of key order) and once as a whole (no position). A page can end inside a
    // day or at its end; the statement reads positions and keys only up to the day a page ends on.
    const hub = `${PREFIX}/DAYS`;
    const dates = ['2021-03-03', '2019-05-01', null, '2020-01-01', '2020-01-01'];
    const citers = dates.map((date, i) => ({ symbol: `${PREFIX}/DAYS-${i}`, date }));
    const positions = [2, 0, 1];
    await loadRows(app.db, {
      sources: [],
      bodies: [],
      instruments: [hub, ...citers.map((c) => c.symbol)].map((symbol, i) => ({ id: symbol, adopted: i === 0 ? '2018-01-01' : citers[i - 1].date, endDate: null, bodyId: 'body:UNGA', props: { symbol, kind: 'RESOLUTION', origin: 'test' } })),
      provisions: citers.flatMap((c) => positions.map((position, n) => ({ id: `${c.symbol}#${n + 1}`, instrumentId: c.symbol, props: { number: String(n + 1), position, origin: 'test' } }))),
      links: citers.flatMap((c) => [
        ...positions.map((_, n) => ({ key: `${c.symbol}|${n + 1}`, from: `${c.symbol}#${n + 1}`, to: hub, type: 'RECALLS' as const, date: c.date, props: { method: 'test' } })),
        { key: `${c.symbol}|whole`, from: c.symbol, to: hub, type: 'NOTES' as const, date: c.date, props: { method: 'test' } },
      ]),
    });
    // The order, from the fixture: date (undated last), position (none last), key.
    const expected = citers
      .flatMap((c) => [...positions.map((position, n) => ({ source: `${c.symbol}#${n + 1}`, day: c.date ?? '9999', position, key: `${c.symbol}|${n + 1}` })), { source: c.symbol, day: c.date ?? '9999', position: Infinity, key: `${c.symbol}|whole` }])
      .sort((a, b) => a.day.localeCompare(b.day) || a.position - b.position || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((c) => c.source);
    const whole = (await app.gql(`{ instrument(symbol: "${hub}") { citationCount(direction: IN) citations(direction: IN, first: 100) { ${CITATION} } } }`)).body.data.instrument;
    expect(whole.citationCount).toBe(20);
    expect(whole.citations.map((c: any) => c.source.id)).toEqual(expected);
    for (const size of [1, 2, 3, 4, 5, 7, 8, 19, 20]) {
      const { citations } = await walk(`instrument(symbol: "${hub}")`, 'citations(direction: IN)', size);
      expect(citations.map((c) => c.cursor), `pages of ${size}`).toEqual(whole.citations.map((c: any) => c.cursor));
    }
  });

  // Last: it adds a citation the tests above do not count.
  it('keeps its place when citations are added before it between two pages', async () => {
    const first = await app.gql(`{ instrument(symbol: "${HUB}") { citations(direction: IN, first: 10) { ${CITATION} } } }`);
    const page1 = first.body.data.instrument.citations;
    // A clause placed before every other, citing the hub: an offset would now repeat page 1's last citation.
    await loadRows(app.db, {
      sources: [],
      bodies: [],
      instruments: [],
      provisions: [{ id: `${CITER}#0`, instrumentId: CITER, props: { number: '0', position: -1, origin: 'test' } }],
      links: [{ key: `${CITER}|early`, from: `${CITER}#0`, to: HUB, type: 'RECALLS', date: '2020-01-01', props: { method: 'test' } }],
    });
    const next = await app.gql(`query($after: String) { instrument(symbol: "${HUB}") { citationCount(direction: IN) citations(direction: IN, first: 10, after: $after) { ${CITATION} } } }`, { after: page1.at(-1).cursor });
    expect(next.body.data.instrument.citationCount).toBe(234);
    expect(next.body.data.instrument.citations[0].source.id).toBe(`${CITER}#11`);
  });
});

describe('strength', () => {
  const STRONGEST_FIRST = ['DECIDES', 'REQUESTS', 'CALLS_UPON', 'INVITES', 'ENCOURAGES', 'DECLARES'];
  const EDGE = `cursor relation source { ${NODE_ID} } target { ${NODE_ID} } evidence { clause strength }`;

  it('says how strongly each edge acts: an invitation, a request, a recital that acts on nothing', async () => {
    const { body } = await app.gql(`{ body(id: "body:CSTD-CHAIR") { citations(first: 400) { ${EDGE} } } }`);
    const of = (source: string) => body.data.body.citations.find((c: any) => c.source.id === source);
    expect(of('A/RES/67/195#20')).toMatchObject({ relation: 'INVITES', evidence: { strength: 'INVITES' } });
    expect(of('A/RES/67/195#21')).toMatchObject({ relation: 'REQUESTS', evidence: { strength: 'REQUESTS' } });
    const own = await app.gql(`{ instrument(symbol: "${OPINION}") { citations(first: 400) { ${EDGE} } } }`);
    const recital = own.body.data.instrument.citations.filter((c: any) => c.evidence.clause.startsWith('Recalling'));
    expect(recital.length).toBeGreaterThan(10);
    for (const c of recital) expect(c.evidence.strength).toBeNull();
  });

  it.each([
    ['an instrument with its provisions', `instrument(symbol: "${TUNIS}")`, 'IN'],
    ['a provision', `provision(id: "${TUNIS}#71")`, 'IN'],
    ['a body', 'body(id: "body:CSTD-CHAIR")', 'IN'],
    ['the edges an instrument makes', 'instrument(symbol: "A/RES/70/125")', 'OUT'],
  ])('keeps, for %s, the citations at least as strong as asked, in their order, and counts them', async (_name, root, direction) => {
    const all = (await app.gql(`{ n: ${root} { citations(direction: ${direction}, first: 400) { ${EDGE} } } }`)).body.data.n.citations;
    expect(all.length).toBeLessThan(400); // the whole list
    expect(new Set(all.map((c: any) => c.evidence.strength)).size).toBeGreaterThan(1);
    for (const min of ['REQUESTS', 'INVITES', 'DECLARES']) {
      const allowed = STRONGEST_FIRST.slice(0, STRONGEST_FIRST.indexOf(min) + 1);
      const { body } = await app.gql(`{ n: ${root} { citationCount(direction: ${direction}, minStrength: ${min}) citations(direction: ${direction}, minStrength: ${min}, first: 400) { ${EDGE} } } }`);
      const expected = all.filter((c: any) => allowed.includes(c.evidence.strength));
      expect(body.data.n.citations.map((c: any) => c.cursor)).toEqual(expected.map((c: any) => c.cursor));
      expect(body.data.n.citationCount).toBe(expected.length);
    }
  });

  it('pages a filtered list as one big page', async () => {
    const big = (await app.gql(`{ instrument(symbol: "${TUNIS}") { citationCount(direction: IN) citations(direction: IN, minStrength: DECLARES, first: 400) { cursor } } }`)).body.data.instrument;
    expect(big.citations.length).toBeGreaterThan(6);
    expect(big.citations.length).toBeLessThan(big.citationCount); // the recitals are left out of every page
    const walked: string[] = [];
    for (let after: string | null = null; walked.length < big.citations.length + 5; ) {
      const { body }: { body: any } = await app.gql(`query($after: String) { instrument(symbol: "${TUNIS}") { citations(direction: IN, minStrength: DECLARES, first: 3, after: $after) { cursor } } }`, { after });
      const page: string[] = body.data.instrument.citations.map((c: any) => c.cursor);
      walked.push(...page);
      if (page.length < 3) break;
      after = page.at(-1) ?? null;
    }
    expect(walked).toEqual(big.citations.map((c: any) => c.cursor));
  });

  it('gives every edge of a neighbourhood and a trace its strength', async () => {
    const n = await app.gql(`{ neighborhood(id: "A/RES/67/195#20") { edges { source relation target evidence { strength } } } }`);
    expect(n.body.data.neighborhood.edges).toContainEqual({ source: 'A/RES/67/195#20', relation: 'INVITES', target: 'body:CSTD-CHAIR', evidence: { strength: 'INVITES' } });
    const t = await app.gql(`{ trace(from: "${TUNIS}#71") { hops { from { ${NODE_ID} } to { ${NODE_ID} } relation reversed evidence { strength } } } }`);
    const hops = t.body.data.trace.flatMap((p: any) => p.hops);
    // ECOSOC 2010/2 ¶24 invites the Secretary-General to consult, carrying out Tunis ¶71.
    expect(hops).toContainEqual({ from: { id: `${TUNIS}#71` }, to: { id: 'E/RES/2010/2#24' }, relation: 'IMPLEMENTS', reversed: true, evidence: { strength: 'INVITES' } });
    // The WGEC, a body, carries out A/RES/67/195 ¶20: a body's edge has no strength.
    expect(hops).toContainEqual({ from: { id: 'A/RES/67/195#20' }, to: { id: 'body:WGEC' }, relation: 'IMPLEMENTS', reversed: true, evidence: { strength: null } });
  });

  it('traces only through hops at least as strong as asked', async () => {
    const q = (min: string) => `{ trace(from: "${TUNIS}#71"${min}) { hops { from { ${NODE_ID} } to { ${NODE_ID} } relation evidence { strength } } } }`;
    const all = (await app.gql(q(''))).body.data.trace.flatMap((p: any) => p.hops);
    const strong = (await app.gql(q(', minStrength: INVITES'))).body.data.trace.flatMap((p: any) => p.hops);
    expect(strong.length).toBeGreaterThan(0);
    expect(strong.length).toBeLessThan(all.length);
    for (const hop of strong) expect(['DECIDES', 'REQUESTS', 'CALLS_UPON', 'INVITES']).toContain(hop.evidence.strength);
    expect(strong).toContainEqual({ from: { id: `${TUNIS}#71` }, to: { id: 'E/RES/2010/2#24' }, relation: 'IMPLEMENTS', evidence: { strength: 'INVITES' } });
    // The WGEC carries out ¶20 as a body (no strength): the strong walk does not pass through it.
    expect(all.some((h: any) => h.from.id === 'body:WGEC' || h.to.id === 'body:WGEC')).toBe(true);
    expect(strong.some((h: any) => h.evidence.strength === null)).toBe(false);
  });

  it('refuses a strength that is not on the scale, naming the values', async () => {
    const { status, body } = await app.gql(`{ body(id: "body:CSTD-CHAIR") { citations(minStrength: STRONG) { cursor } } }`);
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/Strength/);
  });
});

describe('mandates', () => {
  const LINK = `relation date ended node { ${NODE_ID} } evidence { method note }`;
  const MANDATE = `source { ${NODE_ID} } date due asOf status statusNote statusBasis { ${LINK} } late addressees { ${LINK} } carriedOutBy { ${LINK} } followedUpBy { ${LINK} } takesUp { ${LINK} }`;
  const ids = (links: { node: { id: string } }[]) => links.map((l) => l.node.id);
  const mandateOn = async (id: string, asOf: string) => (await app.gql(`{ provision(id: "${id}") { mandate(asOf: "${asOf}") { ${MANDATE} } } }`)).body.data.provision.mandate;

  it('follows A/RES/67/195 ¶20 from its adoption to the WGEC\'s report: active, in progress, fulfilled', async () => {
    expect(await mandateOn('A/RES/67/195#20', '2012-12-20')).toBeNull(); // not adopted yet
    const adopted = await mandateOn('A/RES/67/195#20', '2013-01-01');
    expect(adopted).toMatchObject({ date: '2012-12-21', due: '2014', asOf: '2013-01-01', status: 'ACTIVE', carriedOutBy: [] });
    expect(adopted.addressees).toContainEqual(expect.objectContaining({ relation: 'INVITES', node: { id: 'body:CSTD-CHAIR' }, evidence: expect.objectContaining({ method: 'curated' }) }));
    expect(adopted.addressees).toContainEqual(expect.objectContaining({ relation: 'MANDATES', node: { id: 'body:WGEC' } }));
    expect(ids(adopted.takesUp)).toEqual([`${TUNIS}#71`]);
    const working = await mandateOn('A/RES/67/195#20', '2013-06-01');
    expect(working).toMatchObject({ status: 'IN_PROGRESS', statusNote: 'WGEC (2013-03-22) is at work on it; due 2014.' });
    expect(working.carriedOutBy).toEqual([expect.objectContaining({ relation: 'IMPLEMENTS', date: '2013-03-22', ended: '2014-05-14', node: { id: 'body:WGEC' } })]);
    const done = await mandateOn('A/RES/67/195#20', '2015-01-01');
    expect(done.status).toBe('FULFILLED');
    expect(ids(done.carriedOutBy)).toEqual(['body:WGEC', 'WGEC-REPORT-2014']);
    expect(done.statusNote).toMatch(/^Carried out by .*\(2014-05-14\)\.$/);
    expect(done.statusBasis).toMatchObject({ node: { id: 'WGEC-REPORT-2014' }, date: '2014-05-14' });
    expect(done.late).toBe(false);
  });

  it('says OVERDUE when nothing recorded carried out a mandate past its due year, and ACTIVE before', async () => {
    expect(await mandateOn('A/RES/65/141#23', '2012-12-31')).toMatchObject({ status: 'ACTIVE', due: '2012' });
    expect(await mandateOn('A/RES/65/141#23', '2013-01-01')).toMatchObject({ status: 'OVERDUE', statusNote: 'Due 2012; no output carrying it out is recorded.' });
    expect(await mandateOn('A/RES/80/173#67', '2026-01-01')).toMatchObject({ status: 'ACTIVE', due: '2027', addressees: [expect.objectContaining({ node: { id: 'body:ITU' } })] });
  });

  it('lists the later mandates that took one up, as of a day, and says when one came after its due date', async () => {
    const igf = await mandateOn(`${TUNIS}#72`, '2016-01-01');
    // The first IGF consultations (February 2006) came before the due date (the second quarter).
    expect(igf).toMatchObject({ status: 'FULFILLED', due: '2006-06', late: false, statusBasis: { node: { id: 'IGF-CONSULTATIONS-2006' } } });
    expect(ids(igf.followedUpBy)).toEqual(['A/RES/65/141#17', 'A/RES/70/125#63']);
    expect(ids((await mandateOn(`${TUNIS}#72`, '2011-01-01')).followedUpBy)).toEqual(['A/RES/65/141#17']);
  });

  it('gives the mandate of a whole instrument, and none for a clause that addresses no body', async () => {
    const { body } = await app.gql(`{ instrument(symbol: "ITU Council Decision 562") { mandate(asOf: "2014-01-01") { status statusNote } }
      recital: provision(id: "A/RES/65/141#16") { mandate { status } } opinion: instrument(symbol: "${OPINION}") { mandate { status } } }`);
    expect(body.data.instrument.mandate).toEqual({ status: 'FULFILLED', statusNote: 'Carried out by WTPF-13, which ended its work on 2013-05-16.' });
    expect(body.data.recital.mandate).toBeNull();
    expect(body.data.opinion.mandate).toBeNull();
  });

  it("lists a body's mandates and its parts', oldest first, each as its provision gives it, filtered by status", async () => {
    const { body } = await app.gql(`{ body(id: "CSTD") { mandates(asOf: "2015-01-01") { edges { cursor node { ${MANDATE} } } pageInfo { hasNextPage endCursor } scanned } } }`);
    const page = body.data.body.mandates;
    const list = page.edges.map((e: any) => e.node);
    // Its Chair's included; A/RES/70/125 ¶65 (December 2015) is not adopted yet.
    expect(list.map((m: any) => m.source.id)).toEqual(['E/RES/2010/2#30', 'A/RES/66/184', 'A/RES/67/195#20', 'A/RES/67/195#21']);
    expect(page).toMatchObject({ pageInfo: { hasNextPage: false }, scanned: 4 });
    expect(list.find((m: any) => m.source.id === 'A/RES/67/195#20')).toEqual(await mandateOn('A/RES/67/195#20', '2015-01-01'));
    const open = (await app.gql(`{ body(id: "body:CSTD") { mandates(asOf: "2015-01-01", status: [ACTIVE, IN_PROGRESS, OVERDUE]) { edges { node { source { ${NODE_ID} } status } } } } }`)).body.data.body.mandates.edges.map((e: any) => e.node);
    expect(open).toEqual(list.filter((m: any) => m.status !== 'FULFILLED' && m.status !== 'LAPSED').map((m: any) => ({ source: m.source, status: m.status })));
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThan(list.length);
  });

  it('lists every mandate in the graph, and pages through it, filtered or not, as one big page', async () => {
    const q = `query($status: [MandateStatus!], $first: Int, $after: String) { mandates(asOf: "2016-06-01", status: $status, first: $first, after: $after) {
      edges { cursor node { source { ${NODE_ID} } date status } } pageInfo { hasNextPage endCursor } scanned } }`;
    const all = (await app.gql(q, { first: 100 })).body.data.mandates;
    expect(all.pageInfo.hasNextPage).toBe(false);
    const sources = all.edges.map((e: any) => e.node.source.id);
    expect(sources).toEqual(expect.arrayContaining(['A/RES/67/195#20', 'ITU Council Decision 562', `${TUNIS}#71`, 'A/RES/70/125#65']));
    expect(sources).not.toContain('A/RES/80/173#67'); // adopted in 2025
    const days = all.edges.map((e: any) => e.node.date ?? '9999');
    expect(days).toEqual([...days].sort());
    expect(all.edges.filter((e: any) => e.node.status === 'OVERDUE').map((e: any) => e.node.source.id)).toContain('A/RES/65/141#23');
    for (const status of [null, ['OVERDUE'], ['FULFILLED', 'IN_PROGRESS']]) {
      const expected = status ? all.edges.filter((e: any) => status.includes(e.node.status)) : all.edges;
      const walked: any[] = [];
      for (let after: string | null = null, pages = 0; pages < 100; pages++) {
        const { body }: { body: any } = await app.gql(q, { status, first: 2, after });
        walked.push(...body.data.mandates.edges);
        if (!body.data.mandates.pageInfo.hasNextPage) break;
        after = body.data.mandates.pageInfo.endCursor;
      }
      expect(walked, JSON.stringify(status)).toEqual(expected);
    }
  });

  it('lists what changed in the landscape between two days: each mandate whose status differs, with what it was, as reading each one twice finds', async () => {
    const list = `query($since: Date, $status: [MandateStatus!], $first: Int, $after: String) { mandates(asOf: "2025-12-31", changedSince: $since, status: $status, first: $first, after: $after) {
      edges { node { source { ${NODE_ID} } status statusBefore changedSince } } pageInfo { hasNextPage endCursor } } }`;
    const changes = (await app.gql(list, { since: '2015-12-31', first: 100 })).body.data.mandates.edges.map((e: any) => e.node);
    expect(changes.map((m: any) => `${m.source.id} ${m.statusBefore} -> ${m.status}`)).toEqual([
      'A/RES/70/125#65 ACTIVE -> FULFILLED',
      'ITU PP Res. 102 (Rev. Bucharest, 2022) null -> ACTIVE',
      'A/RES/80/173 null -> ACTIVE',
      'A/RES/80/173#67 null -> ACTIVE',
    ]);
    expect(changes.every((m: any) => m.changedSince === '2015-12-31')).toBe(true);
    // The same as reading every mandate on both days, one by one.
    const all = (await app.gql(`{ mandates(asOf: "2025-12-31", first: 100) { edges { node { source { ${NODE_ID} } status } } } }`)).body.data.mandates.edges.map((e: any) => e.node);
    const before = new Map<string, string | null>();
    for (const m of all) {
      const field = m.source.id.includes('#') ? 'provision' : 'instrument';
      const arg = field === 'provision' ? 'id' : 'symbol';
      const then = (await app.gql(`{ node: ${field}(${arg}: ${JSON.stringify(m.source.id)}) { mandate(asOf: "2012-12-31") { status } } }`)).body.data.node.mandate;
      before.set(m.source.id, then?.status ?? null);
    }
    const expected = all.filter((m: any) => before.get(m.source.id) !== m.status).map((m: any) => `${m.source.id} ${before.get(m.source.id)} -> ${m.status}`);
    const since2012 = (await app.gql(list, { since: '2012-12-31', first: 100 })).body.data.mandates.edges.map((e: any) => `${e.node.source.id} ${e.node.statusBefore} -> ${e.node.status}`);
    expect(since2012).toEqual(expected);
    expect(since2012.length).toBeGreaterThan(5);
    // With a status too, and page by page, it is the same list.
    const fulfilled = (await app.gql(list, { since: '2012-12-31', status: ['FULFILLED'], first: 100 })).body.data.mandates.edges.map((e: any) => `${e.node.source.id} ${e.node.statusBefore} -> ${e.node.status}`);
    expect(fulfilled).toEqual(expected.filter((m: string) => m.endsWith('FULFILLED')));
    const walked: string[] = [];
    for (let after: string | null = null, pages = 0; pages < 50; pages++) {
      const { body }: { body: any } = await app.gql(list, { since: '2012-12-31', first: 2, after });
      walked.push(...body.data.mandates.edges.map((e: any) => `${e.node.source.id} ${e.node.statusBefore} -> ${e.node.status}`));
      if (!body.data.mandates.pageInfo.hasNextPage) break;
      after = body.data.mandates.pageInfo.endCursor;
    }
    expect(walked).toEqual(expected);
    // A body's list takes it too; without it, no statusBefore.
    const cstd = (await app.gql(`{ body(id: "body:CSTD") { mandates(asOf: "2016-12-31", changedSince: "2013-12-31") { edges { node { source { ${NODE_ID} } statusBefore status } } } } }`)).body.data.body.mandates.edges.map((e: any) => `${e.node.source.id} ${e.node.statusBefore} -> ${e.node.status}`);
    expect(cstd).toContain('A/RES/67/195#20 IN_PROGRESS -> FULFILLED');
    expect((await app.gql(`{ mandates(first: 1) { edges { node { statusBefore changedSince } } } }`)).body.data.mandates.edges[0].node).toEqual({ statusBefore: null, changedSince: null });
  });

  it('refuses a day to compare with that is not before the day read', async () => {
    const { body } = await app.gql('{ mandates(asOf: "2015-01-01", changedSince: "2015-01-01") { scanned } }');
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'changedSince' });
    expect(body.errors[0].message).toBe('`changedSince` (2015-01-01) must be a day before `asOf` (2015-01-01).');
  });

  it('refuses a cursor no page gave', async () => {
    const { body } = await app.gql('{ mandates(after: "bm90LWEtY3Vyc29y") { scanned } }');
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    expect(body.errors[0].message).toMatch(/`after` must be an endCursor or cursor returned by a previous mandates page/);
  });

  it('costs the same round trips for a body with one mandate as for one with many, filtered or not', async () => {
    const q = (id: string, filter = '') => `{ body(id: "${id}") { mandates${filter} { edges { node { source { ${NODE_ID} } status addressees { node { ${NODE_ID} } } carriedOutBy { node { ${NODE_ID} } } } } } } }`;
    const few = await app.gql(q('body:WTPF-13'));
    const many = await app.gql(q('body:UNSG'));
    expect(few.body.data.body.mandates.edges.length).toBe(2);
    expect(many.body.data.body.mandates.edges.length).toBeGreaterThan(5);
    expect(many.roundTrips).toBe(few.roundTrips);
    expect(many.roundTrips).toBeLessThanOrEqual(3);
    const filtered = await app.gql(q('body:UNSG', '(status: [LAPSED])'));
    expect(filtered.body.data.body.mandates.edges).toEqual([]);
    expect(filtered.roundTrips).toBe(many.roundTrips);
  });

  describe('on a graph made for its rules', () => {
    // T/1 asks a group that ended in 2001 for a report due 2030: nothing carried it out, so it has
    // LAPSED by 2002 though not due. T/2 asks a standing organ, and a report (2005) carries it out.
    const PREFIX = 'TEST-MANDATE';
    const text = (name: string, adopted: string) => ({ id: `${PREFIX}/${name}`, adopted, endDate: null, bodyId: null, props: { symbol: `${PREFIX}/${name}`, kind: 'RESOLUTION', origin: 'test' } });
    const texts = [text('1', '2000-01-01'), text('2', '2000-01-01'), text('REPORT', '2005-01-01')];
    beforeAll(async () => {
      await loadRows(app.db, {
        sources: [],
        bodies: [
          { id: `body:${PREFIX}-GROUP`, props: { acronym: 'GROUP', name: 'Group', kind: 'working-group', established: '1999', ended: '2001-03', origin: 'test' } },
          { id: `body:${PREFIX}-ORG`, props: { acronym: 'ORG', name: 'Organ', kind: 'un-organ', origin: 'test' } },
        ],
        instruments: texts,
        provisions: [
          { id: `${PREFIX}/1#1`, instrumentId: `${PREFIX}/1`, props: { number: '1', position: 0, due: '2030', origin: 'test' } },
          { id: `${PREFIX}/2#1`, instrumentId: `${PREFIX}/2`, props: { number: '1', position: 0, origin: 'test' } },
        ],
        links: [
          { key: 'm1', from: `${PREFIX}/1#1`, to: `body:${PREFIX}-GROUP`, type: 'REQUESTS', date: null, props: { method: 'test' } },
          { key: 'm2', from: `${PREFIX}/2#1`, to: `body:${PREFIX}-ORG`, type: 'REQUESTS', date: null, props: { method: 'test' } },
          { key: 'm3', from: `${PREFIX}/REPORT`, to: `${PREFIX}/2#1`, type: 'IMPLEMENTS', date: null, props: { method: 'test' } },
        ],
      });
    });
    afterAll(async () => {
      await app.db.transaction('test cleanup', (tx) => tx.run('delete-by-prefix', { prefix: PREFIX }));
    });

    it('says LAPSED once every body addressed has ended with nothing carrying the mandate out, and FULFILLED once a report does', async () => {
      expect(await mandateOn(`${PREFIX}/1#1`, '2001-03-30')).toMatchObject({ status: 'ACTIVE', due: '2030' });
      expect(await mandateOn(`${PREFIX}/1#1`, '2001-04-01')).toMatchObject({ status: 'LAPSED', statusNote: 'Nothing recorded carried it out, and GROUP (ended 2001-03) had ended.' });
      expect(await mandateOn(`${PREFIX}/2#1`, '2004-12-31')).toMatchObject({ status: 'ACTIVE', carriedOutBy: [] });
      expect(await mandateOn(`${PREFIX}/2#1`, '2005-01-01')).toMatchObject({ status: 'FULFILLED', carriedOutBy: [expect.objectContaining({ node: { id: `${PREFIX}/REPORT` }, date: '2005-01-01' })] });
    });
  });

  it('refuses a day that is not a date, a status not in the list, an empty status list and a page out of range', async () => {
    const day = await app.gql('{ provision(id: "A/RES/67/195#20") { mandate(asOf: "2013-13-01") { status } } }');
    expect(day.status).toBe(400);
    expect(day.body.errors[0].message).toMatch(/Date must be a calendar date/);
    const status = await app.gql('{ body(id: "CSTD") { mandates(status: [DONE]) { scanned } } }');
    expect(status.status).toBe(400);
    expect(status.body.errors[0].message).toMatch(/MandateStatus/);
    const none = await app.gql('{ mandates(status: []) { scanned } }');
    expect(none.body.errors[0]).toMatchObject({ message: expect.stringMatching(/`status` must name at least one MandateStatus/), extensions: { code: 'BAD_USER_INPUT', argumentName: 'status' } });
    const page = await app.gql('{ mandates(first: 101) { scanned } }');
    expect(page.body.errors[0]).toMatchObject({ message: expect.stringMatching(/`first` must be an integer from 1 to 100; got 101/), extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('history', () => {
  const HISTORY = `history { from { ${NODE_ID} } to { ${NODE_ID} } relation reversed date evidence { note method confidence sources strength fieldProvenance { field confidence note } } }`;
  type Step = Hop & { date: string | null; evidence: { note: string; method: string; confidence: string; sources: string[]; strength: string | null; fieldProvenance: { field: string; note: string }[] } };
  const steps = (list: Step[]) => list.map((h) => `${h.to.id} -${h.relation}-> ${h.from.id}`);
  const historyOf = async (field: 'provision' | 'instrument', arg: string) =>
    (await app.gql(`{ ${field}(${field === 'provision' ? 'id' : 'symbol'}: "${arg}") { ${HISTORY} } }`)).body.data[field].history as Step[];

  it('gives a Tunis paragraph\'s drafts, earliest first, with what changed, where it is read and what is less sure', async () => {
    const history = await historyOf('provision', `${TUNIS}#56`);
    expect(steps(history)).toEqual([
      'WSIS-II/PC-3/DT/15#63 -REVISES-> WSIS-II/PC-3/DT/15(Rev.5)#63',
      `WSIS-II/PC-3/DT/15(Rev.5)#63 -ADOPTS-> ${TUNIS}#56`,
    ]);
    expect(history[0].evidence).toMatchObject({ note: 'The agreed text added "mechanisms" and "inclusive".', method: 'curated', confidence: 'verified', sources: ['V2', 'T15'], strength: null });
    expect(history[1].date).toBe('2005-11-18');
    expect(history[1].evidence.fieldProvenance).toEqual([expect.objectContaining({ field: 'from', note: expect.stringContaining('final number 56 is inferred') })]);
  });

  it('orders stages by their links, so an undated draft resolution sits between the revisions and the resolution', async () => {
    const history = await historyOf('instrument', 'A/RES/80/173');
    expect(steps(history)).toEqual([
      'WSIS+20 zero draft -REVISES-> WSIS+20 zero draft (Rev.1)',
      'WSIS+20 zero draft (Rev.1) -REVISES-> A/80/L.41',
      'A/80/L.41 -ADOPTS-> A/RES/80/173',
    ]);
    expect(history.map((h) => h.date)).toEqual(['2025-11-07', null, '2025-12-17']);
  });

  it('gives a draft both what it came from and what it became', async () => {
    const history = await historyOf('instrument', 'WSIS-II/PC-3/DT/15(Rev.5)');
    expect(steps(history)).toEqual([
      'WSIS-II/PC-3/DT/10(Rev.2) -REVISES-> WSIS-II/PC-3/DT/15',
      'WSIS-II/PC-3/DT/15 -REVISES-> WSIS-II/PC-3/DT/15(Rev.3)',
      'WSIS-II/PC-3/DT/15(Rev.3) -REVISES-> WSIS-II/PC-3/DT/15(Rev.5)',
      `WSIS-II/PC-3/DT/15(Rev.5) -ADOPTS-> ${TUNIS}`,
    ]);
    const kinds = (await app.gql(`{ instruments(kind: DRAFT, first: 50) { totalCount edges { node { symbol } } } }`)).body.data.instruments;
    expect(kinds.totalCount).toBeGreaterThanOrEqual(12);
  });

  it("tells Opinion 6's way from the IEG's draft, and gives nothing for a text with no recorded history", async () => {
    const history = await historyOf('instrument', OPINION);
    expect(steps(history)).toEqual([`WTPF-13 IEG draft Opinion 6 -REVISES-> ${OPINION}`]);
    expect(history[0].evidence.note).toMatch(/compromise with India: recital \(a\) gained Tunis ¶65/);
    expect(await historyOf('provision', 'A/RES/67/195#20')).toEqual([]);
    expect((await app.gql(`{ provision(id: "NO/SUCH#1") { ${HISTORY} } }`)).body.data.provision).toBeNull();
  });

  it('costs the same round trips for every paragraph of the Tunis Agenda as for one', async () => {
    const q = (symbol: string) => `{ instrument(symbol: "${symbol}") { provisions { id ${HISTORY} } } }`;
    const one = await app.gql(q('A/RES/67/195'));
    const many = await app.gql(q(TUNIS));
    const tunis = many.body.data.instrument.provisions as { id: string; history: Step[] }[];
    expect(tunis.filter((p) => p.history.length > 0).map((p) => p.id.split('#')[1])).toEqual(['29', '30', '31', '32', '33', '55', '56', '57', '58', '59', '60', '61']);
    expect(many.roundTrips).toBe(one.roundTrips);
    expect(many.roundTrips).toBeLessThanOrEqual(3);
  });

  it('says who did what about a text and its drafts, and how its forum took it', async () => {
    const POSITION = 'positions { actor actorKind stance date note confidence sources }';
    const { body } = await app.gql(`{ instrument(symbol: "${OPINION}") { ${POSITION}
      history { to { ... on Instrument { id ${POSITION} } } } } }`);
    expect(body.data.instrument.positions).toEqual([
      { actor: 'WTPF-13', actorKind: 'forum', stance: 'CONSENSUS', date: '2013-05-16', note: 'The Forum adopted Opinion 6 by consensus in plenary.', confidence: 'verified', sources: ['S2'] },
    ]);
    const draft = body.data.instrument.history[0].to;
    expect(draft.id).toBe('WTPF-13 IEG draft Opinion 6');
    expect(draft.positions.map((p: { actor: string; stance: string }) => `${p.actor} ${p.stance}`)).toEqual([
      'United States SUPPORTED', 'RIPE NCC SUPPORTED', 'Internet Society (ISOC) SUPPORTED', 'Australia WITHDREW', 'India PROPOSED', 'Turkey STATED',
    ]);
    const brazil = (await app.gql(`{ instrument(symbol: "WTPF-13 Brazil draft opinion") { kind history { relation } ${POSITION} } }`)).body.data.instrument;
    expect(brazil).toMatchObject({ kind: 'DRAFT', history: [] });
    expect(brazil.positions.map((p: { stance: string }) => p.stance)).toEqual(['PROPOSED', 'NOT_ADOPTED']);
    // A paragraph, and a text with none recorded, have an empty list; a citation's end reads them from the whole node.
    expect((await app.gql(`{ provision(id: "A/RES/67/195#20") { ${POSITION} } }`)).body.data.provision.positions).toEqual([]);
    const cited = (await app.gql(`{ instrument(symbol: "A/RES/80/173") { citations(direction: OUT, relations: [ADOPTS]) { target { ... on Instrument { id } } } history { from { ... on Instrument { id positions { stance } } } } } }`)).body.data.instrument;
    expect(cited.citations).toEqual([{ target: { id: 'A/80/L.41' } }]);
    expect(cited.history.at(-1).from).toEqual({ id: 'A/RES/80/173', positions: [{ stance: 'CONSENSUS' }] });
  });

  it("lists a party's positions on every text, or those of a stance, oldest first, in one round trip", async () => {
    const q = `query($actor: String, $stance: [PositionStance!]) { positions(actor: $actor, stance: $stance) { position { actor stance date } text { ${NODE_ID} } textDate } }`;
    const india = await app.gql(q, { actor: '  india ' });
    expect(india.body.data.positions).toEqual([{ position: { actor: 'India', stance: 'PROPOSED', date: '2013-05-15' }, text: { id: 'WTPF-13 IEG draft Opinion 6' }, textDate: '2013-02' }]);
    expect(india.roundTrips).toBe(1);
    const all = (await app.gql(q, {})).body.data.positions as { position: { actor: string; stance: string; date: string | null }; text: { id: string } }[];
    expect(all).toHaveLength(17);
    const days = all.map((p) => p.position.date ?? '9999');
    expect(days).toEqual([...days].sort());
    expect(all[0]).toMatchObject({ position: { actor: 'General Assembly', stance: 'WITHOUT_VOTE' }, text: { id: 'A/RES/60/252' } });
    const turnedDown = (await app.gql(q, { stance: ['NOT_ADOPTED'] })).body.data.positions;
    expect(turnedDown.map((p: any) => p.text.id)).toEqual(['WTPF-13 Brazil draft opinion']);
    expect((await app.gql(q, { actor: 'General Assembly', stance: ['CONSENSUS'] })).body.data.positions.map((p: any) => p.text.id)).toEqual(['A/RES/80/173']);
    expect((await app.gql(q, { actor: 'Atlantis' })).body.data.positions).toEqual([]);
    // A blank actor or an empty stance list would ask for nothing: refused, naming the argument.
    for (const [variables, argument] of [[{ actor: '  ' }, 'actor'], [{ stance: [] }, 'stance']] as const) {
      const { body } = await app.gql(q, variables);
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
    }
  });

  it('is a trace too: upstream through ADOPTS and REVISES only', async () => {
    const { body } = await app.gql(`{ trace(from: "${TUNIS}#60", direction: UPSTREAM, relations: [ADOPTS, REVISES]) { ${HOPS} } }`);
    expect(chains(body.data.trace)).toEqual([[`${TUNIS}#60`, 'WSIS-II/PC-3/DT/15(Rev.5)#66', 'WSIS-II/PC-3/DT/15(Rev.3)#66']]);
  });
});

describe('trace', () => {
  it('walks upstream from Opinion 6 to Tunis ¶69', async () => {
    const { body } = await app.gql(`{ trace(from: "${OPINION}", direction: UPSTREAM) { ${HOPS} } }`);
    const ends = chains(body.data.trace).map((c) => c[c.length - 1]);
    expect(ends).toContain(`${TUNIS}#69`);
    const hop = body.data.trace.flatMap((p: any) => p.hops).find((h: any) => h.to.id === `${TUNIS}#69`);
    expect(hop).toMatchObject({ relation: 'REAFFIRMS', reversed: false, evidence: { clause: 'Is of the view' } });
  });

  it('walks downstream from Tunis ¶71 through A/RES/67/195 ¶20 to WGEC and on to WGEC-2', async () => {
    const { body } = await app.gql(`{ trace(from: "${TUNIS}#71", direction: DOWNSTREAM) { ${HOPS} } }`);
    const all = chains(body.data.trace);
    const viaWgec = all.find((c) => c.includes('body:WGEC'));
    expect(viaWgec).toBeDefined();
    expect(viaWgec!.indexOf('A/RES/67/195#20')).toBeGreaterThan(0);
    expect(viaWgec!.indexOf('A/RES/67/195#20')).toBeLessThan(viaWgec!.indexOf('body:WGEC'));
    expect(all.some((c) => c.includes('body:WGEC-2'))).toBe(true);
  });

  it('keeps chains in time order: nothing downstream of Tunis ¶71 predates it', async () => {
    const { body } = await app.gql(`{ trace(from: "${TUNIS}#71", direction: DOWNSTREAM, maxDepth: 10) { hops { to { ... on Instrument { adopted } ... on Body { id established } } } } }`);
    for (const path of body.data.trace) for (const hop of path.hops) if (hop.to.adopted) expect(hop.to.adopted >= '2005-11-18').toBe(true);
  });

  it('ends chains at standing bodies: upstream from WGEC-2 does not wander through the CSTD Chair', async () => {
    const { body } = await app.gql(`{ trace(from: "body:WGEC-2", direction: UPSTREAM) { ${HOPS} } }`);
    const all = chains(body.data.trace);
    expect(all.some((c) => c.includes('A/RES/70/125#65') && c.includes(`${TUNIS}#69`))).toBe(true);
    for (const c of all) expect(c.indexOf('body:CSTD-CHAIR'), c.join(' > ')).toBeOneOf([-1, c.length - 1]);
    expect(all.flat()).not.toContain('A/RES/66/184');
  });

  it('finds the chain to a given target, and only that', async () => {
    const { body } = await app.gql(`{ trace(from: "${TUNIS}#71", to: "body:WGEC-2") { ${HOPS} } }`);
    expect(body.data.trace.length).toBeGreaterThan(0);
    for (const c of chains(body.data.trace)) expect(c[c.length - 1]).toBe('body:WGEC-2');
    // To itself: no path, and an unknown start is still reported.
    expect((await app.gql(`{ trace(from: "${TUNIS}#71", to: "${TUNIS}#71") { ${HOPS} } }`)).body.data.trace).toEqual([]);
    expect((await app.gql('{ trace(from: "nothing#here", to: "nothing#here") { hops { relation } } }')).body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('follows only the relations asked for', async () => {
    const { body } = await app.gql(`{ trace(from: "${OPINION}", direction: UPSTREAM, relations: [RECALLS]) { hops { relation } } }`);
    const relations = new Set(body.data.trace.flatMap((p: any) => p.hops.map((h: any) => h.relation)));
    expect([...relations]).toEqual(['RECALLS']);
  });

  describe('on a graph made for its rules', () => {
    // Downstream from T/A#1 (2013-05-15): WG-YEAR (a working group established "2013": equal to the
    // day at that precision) passes; WG-OLD (2012) does not; WG-UNDATED passes with the clock
    // 2013-05-15, so T/E#1 (2014) implements it in time and T/D#1 (2012) does not; ORG is a standing
    // body, so T/F#1, which implements it, is not reached through it. T/G#1 (2015) mandates
    // WG-UNDATED, which walking upstream from T/E#1 (2014) must not reach.
    const PREFIX = 'TEST-TRACE';
    const text = (name: string, adopted: string) => ({ id: `${PREFIX}/${name}`, adopted, endDate: null, bodyId: null, props: { symbol: `${PREFIX}/${name}`, kind: 'RESOLUTION', origin: 'test' } });
    const body = (name: string, kind: string, established?: string) => ({ id: `body:${PREFIX}-${name}`, props: { acronym: name, name, kind, ...(established ? { established } : {}), origin: 'test' } });
    const link = (from: string, type: Relation, to: string) => ({ key: `${from}|${type}|${to}`, from, to, type, date: null, props: { method: 'test' } });
    const texts = [text('A', '2013-05-15'), text('D', '2012-06-01'), text('E', '2014-02-01'), text('F', '2015-01-01'), text('G', '2015-03-01')];
    const clause = (name: string) => `${PREFIX}/${name}#1`;
    const wg = (name: string) => `body:${PREFIX}-${name}`;
    const reached = async (from: string, direction: string, maxDepth = 6) => {
      const { body: res } = await app.gql(`{ trace(from: "${from}", direction: ${direction}, maxDepth: ${maxDepth}) { ${HOPS} } }`);
      expect(res.errors).toBeUndefined();
      return new Set(chains(res.data.trace).flatMap((c) => c.slice(1)));
    };

    beforeAll(async () => {
      await loadRows(app.db, {
        sources: [],
        bodies: [body('WG-YEAR', 'working-group', '2013'), body('WG-OLD', 'working-group', '2012'), body('WG-UNDATED', 'working-group'), body('ORG', 'organ')],
        instruments: texts,
        provisions: texts.map((t) => ({ id: `${t.id}#1`, instrumentId: t.id, props: { number: '1', position: 0, origin: 'test' } })),
        links: [
          link(clause('A'), 'MANDATES', wg('WG-YEAR')),
          link(clause('A'), 'ESTABLISHES', wg('WG-OLD')),
          link(clause('A'), 'REQUESTS', wg('WG-UNDATED')),
          link(clause('A'), 'REQUESTS', wg('ORG')),
          link(clause('D'), 'IMPLEMENTS', wg('WG-UNDATED')),
          link(clause('E'), 'IMPLEMENTS', wg('WG-UNDATED')),
          link(clause('F'), 'IMPLEMENTS', wg('ORG')),
          link(clause('G'), 'MANDATES', wg('WG-UNDATED')),
        ],
      });
    });
    afterAll(async () => {
      await app.db.transaction('test cleanup', (tx) => tx.run('delete-by-prefix', { prefix: PREFIX }));
    });

    it('keeps time order at each date\'s precision, carries the clock over undated nodes, and stops at standing bodies', async () => {
      expect(await reached(clause('A'), 'DOWNSTREAM')).toEqual(new Set([wg('WG-YEAR'), wg('WG-UNDATED'), wg('ORG'), clause('E')]));
      // From the instrument: its provision is a seed, so the same nodes.
      expect(await reached(`${PREFIX}/A`, 'DOWNSTREAM')).toEqual(new Set([wg('WG-YEAR'), wg('WG-UNDATED'), wg('ORG'), clause('E')]));
      expect(await reached(clause('E'), 'UPSTREAM')).toEqual(new Set([wg('WG-UNDATED'), clause('A')]));
    });

    it('goes no deeper than maxDepth', async () => {
      expect(await reached(clause('A'), 'DOWNSTREAM', 1)).toEqual(new Set([wg('WG-YEAR'), wg('WG-UNDATED'), wg('ORG')]));
      expect(await reached(clause('E'), 'UPSTREAM', 1)).toEqual(new Set([wg('WG-UNDATED')]));
    });
  });

  it('prepares the walk for the first trace by running it from a start no node has, which changes nothing', async () => {
    const before = await app.gql('{ health { nodes relationships } }');
    await expect(prepareTrace(app.db)).resolves.toBeUndefined();
    expect((await app.gql('{ health { nodes relationships } }')).body.data).toEqual(before.body.data);
  });

  it("prepares every request of the UI (npm start's background step) with the client's own documents, which changes nothing", async () => {
    const before = await app.gql('{ health { nodes relationships } }');
    const steps = ['search', 'neighbourhood', 'instrument panel', 'next citations', 'instrument mandate', 'text mandates', 'instrument history', 'provision panel', 'provision mandate', 'provision history', 'body panel', 'body mandates', 'trace upstream', 'trace downstream'];
    // Each UI request twice (graphql-jit compiles a document the second time it arrives); an
    // error in any of them (a client document the schema no longer takes) fails the test.
    expect(await prepareReads(app.db, `${app.url}graphql`)).toEqual(['trace walk', ...steps, ...steps]);
    expect((await app.gql('{ health { nodes relationships } }')).body.data).toEqual(before.body.data);
  });

  it('prepares again once the graph has changed and held still (npm start after an ingest), not while nothing changes', async () => {
    const PREFIX = 'TEST-PREPARE';
    const events: Array<{ again: boolean; size: GraphSize | null }> = [];
    const failures: Error[] = [];
    const size = async () => (await app.gql('{ health { nodes relationships } }')).body.data.health as GraphSize;
    const stop = keepPrepared(app.db, `${app.url}graphql`, {
      every: 50,
      planAge: 0,
      prepared: (_seconds, again, size) => events.push({ again, size }),
      failed: (error) => failures.push(error),
    });
    try {
      await vi.waitFor(() => expect(events).toHaveLength(1), { timeout: 30_000, interval: 20 });
      expect(events[0]).toEqual({ again: false, size: await size() });
      // Ten intervals and more with nothing changed: no preparation.
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(events).toHaveLength(1);
      const symbol = `${PREFIX}/1`;
      await loadRows(app.db, { sources: [], bodies: [], provisions: [], links: [], instruments: [{ id: symbol, adopted: '2020-01-01', endDate: null, bodyId: 'body:UNGA', props: { symbol, kind: 'RESOLUTION', origin: 'test' } }] });
      const grown = await size();
      expect(grown.nodes).toBe(events[0].size!.nodes + 1);
      await vi.waitFor(() => expect(events).toHaveLength(2), { timeout: 30_000, interval: 20 });
      expect(events[1]).toEqual({ again: true, size: grown });
    } finally {
      await stop();
      await app.db.transaction('test cleanup', (tx) => tx.run('delete-by-prefix', { prefix: PREFIX }));
    }
    expect(failures).toEqual([]);
  });

  it('refuses a depth over 10 and a citation direction, and reports an unknown start', async () => {
    const deep = await app.gql(`{ trace(from: "${OPINION}", maxDepth: 11) { hops { relation } } }`);
    expect(deep.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(deep.body.errors[0].message).toContain('10');
    const dir = await app.gql(`{ trace(from: "${OPINION}", direction: OUT) { hops { relation } } }`);
    expect(dir.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await app.gql('{ trace(from: "nothing#here") { hops { relation } } }');
    expect(unknown.status).toBe(200);
    expect(unknown.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('neighborhood', () => {
  it('says when a body ended, from its card, and nothing for what has no end', async () => {
    const { body } = await app.gql('{ neighborhood(id: "body:WGEC") { nodes { id kind date ended } } }');
    const nodes = new Map(body.data.neighborhood.nodes.map((n: any) => [n.id, n]));
    expect(nodes.get('body:WGEC')).toMatchObject({ kind: 'Body', ended: '2014-05-14' });
    expect(nodes.get('body:CSTD-CHAIR')).toMatchObject({ kind: 'Body', ended: null });
    for (const n of nodes.values() as Iterable<any>) if (n.kind !== 'Body') expect(n.ended, n.id).toBeNull();
  });

  it('returns Cytoscape-ready nodes and edges around Opinion 6', async () => {
    const { body } = await app.gql(`{ neighborhood(id: "${OPINION}") { truncated nodeCap nodes { id label kind parent forum } edges { id source target relation evidence { clause } } } }`);
    const g = body.data.neighborhood;
    expect(g.truncated).toBe(false);
    const ids = new Set(g.nodes.map((n: any) => n.id));
    for (const e of g.edges) {
      expect(ids.has(e.source)).toBe(true);
      expect(ids.has(e.target)).toBe(true);
    }
    expect(ids.has(`${TUNIS}#69`)).toBe(true);
    expect(ids.has(TUNIS)).toBe(true);
    expect(g.edges.filter((e: any) => e.relation === 'RECALLS' && e.source === `${OPINION}#recalling.a`)).toHaveLength(10);
    expect(g.nodes.find((n: any) => n.id === `${TUNIS}#69`)).toMatchObject({ kind: 'Provision', parent: TUNIS, forum: 'WSIS' });
  });

  it('gives neighbourhood edges the evidence fields asked for, the same as the citation lists', async () => {
    const all = 'clause quote language method confidence sourceUrl sources note date';
    const full = await app.gql(`{ neighborhood(id: "${OPINION}") { edges { id source target relation evidence { ${all} } } } }`);
    const some = await app.gql(`fragment E on Evidence { quote date } { neighborhood(id: "${OPINION}") { edges { id evidence { ...E } } } }`);
    const none = await app.gql(`{ neighborhood(id: "${OPINION}") { edges { id } } }`);
    const { body } = await app.gql(`{ instrument(symbol: "${OPINION}") { citations { source { ${NODE_ID} } target { ${NODE_ID} } relation evidence { ${all} } } } }`);
    const edges = full.body.data.neighborhood.edges as any[];
    for (const c of body.data.instrument.citations) {
      const edge = edges.find((e) => e.source === c.source.id && e.target === c.target.id && e.relation === c.relation);
      expect(edge?.evidence, `${c.source.id} ${c.relation} ${c.target.id}`).toEqual(c.evidence);
    }
    expect(edges.some((e) => e.evidence?.quote)).toBe(true);
    const byId = new Map(edges.map((e) => [e.id, e]));
    for (const e of some.body.data.neighborhood.edges) expect(e.evidence).toEqual(byId.get(e.id).evidence && { quote: byId.get(e.id).evidence.quote, date: byId.get(e.id).evidence.date });
    expect(none.body.data.neighborhood.edges.map((e: any) => e.id).sort()).toEqual([...byId.keys()].sort());
  });

  it('gives a provision at the centre its instrument, label, date and forum', async () => {
    const { body } = await app.gql(`{ neighborhood(id: "${TUNIS}#71") { nodes { id label date forum parent } edges { source target relation } } }`);
    const g = body.data.neighborhood;
    expect(g.nodes.find((n: any) => n.id === `${TUNIS}#71`)).toMatchObject({ label: 'Tunis Agenda ¶71', date: '2005-11-18', forum: 'WSIS', parent: TUNIS });
    expect(g.edges).toContainEqual({ source: `${TUNIS}#71`, target: TUNIS, relation: 'PART_OF' });
  });

  it('draws nodes from cards the loader keeps equal to their fields, and a node without one from its fields', async () => {
    // Every node the seed wrote (stubs later enriched included) has the card its fields make now.
    for (const label of LABELS) {
      const { records } = await app.db.driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS all, count(CASE WHEN n.card = ${cardCypher('n', label)} THEN 1 END) AS current`);
      expect(records[0].get('all').toNumber(), label).toBeGreaterThan(0);
      expect(records[0].get('current').toNumber(), label).toBe(records[0].get('all').toNumber());
    }
    // A node another tool wrote has no card: the neighbourhood reads its fields instead.
    const query = `{ neighborhood(id: "${OPINION}") { nodes { id label kind parent date forum } edges { id source target } } }`;
    const before = (await app.gql(query)).body.data.neighborhood;
    const cards = await app.db.driver.executeQuery('MATCH (n) WHERE n.id IN $ids WITH n, n.card AS card REMOVE n.card RETURN n.id AS id, card', { ids: before.nodes.map((n: any) => n.id) });
    try {
      expect(cards.records.length).toBe(before.nodes.length);
      expect((await app.gql(query)).body.data.neighborhood).toEqual(before);
    } finally {
      await app.db.driver.executeQuery('UNWIND $rows AS row MATCH (n {id: row.id}) SET n.card = row.card', { rows: cards.records.map((r) => r.toObject()) });
    }
  });

  it('returns, below the cap, exactly what a plain walk of the graph finds, level by level', async () => {
    // The reference: one simple statement per node, no limits, no skipping; the API's level queries
    // skip the edges back to the level before and stop early, and must still find the same graph.
    const cypher = async (query: string, params: Record<string, unknown>) => (await app.db.driver.executeQuery(query, params)).records.map((r) => r.toObject());
    const walk = async (id: string, depth: number) => {
      const nodes = new Set<string>([id]);
      const edges = new Set<string>();
      const [root] = await cypher('MATCH (n {id: $id}) OPTIONAL MATCH (n)-[:PART_OF]->(o:Instrument) OPTIONAL MATCH (n)-[:ISSUED_BY]->(b:Body) OPTIONAL MATCH (p:Provision)-[:PART_OF]->(n) RETURN o.id AS owner, b.id AS body, collect(p.id) AS provisions', { id });
      let frontier = [id, ...root.provisions];
      for (const p of root.provisions) (nodes.add(p), edges.add(`${p} PART_OF ${id}`));
      if (root.owner) (nodes.add(root.owner), edges.add(`${id} PART_OF ${root.owner}`));
      if (root.body) (nodes.add(root.body), edges.add(`${id} ISSUED_BY ${root.body}`));
      for (let level = 1; level <= depth; level++) {
        // The next level starts from every node this one reached that was not in the graph before it.
        const before = new Set(nodes);
        const next = new Set<string>();
        for (const n of frontier) {
          const rows = await cypher('MATCH (n {id: $n})-[r]-(m) WHERE NOT type(r) IN ["PART_OF", "ISSUED_BY"] OPTIONAL MATCH (m)-[:PART_OF]->(o:Instrument) RETURN startNode(r).id AS s, type(r) AS t, endNode(r).id AS e, m.id AS m, o.id AS owner', { n });
          for (const row of rows) {
            nodes.add(row.m);
            if (!before.has(row.m)) next.add(row.m);
            if (row.owner) (nodes.add(row.owner), edges.add(`${row.m} PART_OF ${row.owner}`));
            edges.add(`${row.s} ${row.t} ${row.e}`);
          }
        }
        frontier = [...next];
      }
      return { nodes: [...nodes].sort(), edges: [...edges].sort() };
    };
    for (const [id, depth] of [[`${TUNIS}#71`, 2], [`${TUNIS}#71`, 3], [OPINION, 1], ['body:WGEC', 2]] as const) {
      const { body } = await app.gql(`{ neighborhood(id: "${id}", depth: ${depth}) { truncated nodes { id } edges { source relation target } } }`);
      const g = body.data.neighborhood;
      expect(g.truncated, `${id} depth ${depth} fits under the cap`).toBe(false);
      const expected = await walk(id, depth);
      expect(g.nodes.map((n: any) => n.id).sort(), `${id} depth ${depth}`).toEqual(expected.nodes);
      expect([...new Set(g.edges.map((e: any) => `${e.source} ${e.relation} ${e.target}`))].sort(), `${id} depth ${depth}`).toEqual(expected.edges);
    }
  });

  it('caps the number of nodes and says so', async () => {
    const { body } = await app.gql(`{ neighborhood(id: "${TUNIS}", depth: 3, limit: 15) { truncated nodes { id } } }`);
    expect(body.data.neighborhood.truncated).toBe(true);
    expect(body.data.neighborhood.nodes.length).toBeLessThanOrEqual(15);
  });

  it('keeps under any cap a part of the whole neighbourhood, with every edge between its nodes, and says when it cut', async () => {
    // Caps that cut the start, level 1, and level 2 (whose limit and end the start statement sets itself).
    const query = (id: string, limit: number) => `{ neighborhood(id: "${id}", depth: 2, limit: ${limit}) { truncated nodes { id } edges { source relation target } } }`;
    for (const id of [OPINION, `${TUNIS}#71`]) {
      const whole = (await app.gql(query(id, 300))).body.data.neighborhood;
      expect(whole.truncated, id).toBe(false);
      const nodes = new Set(whole.nodes.map((n: any) => n.id));
      const edges = new Set(whole.edges.map((e: any) => `${e.source} ${e.relation} ${e.target}`));
      for (let cap = 3; cap < nodes.size + 5; cap += 4) {
        const g = (await app.gql(query(id, cap))).body.data.neighborhood;
        const kept = new Set(g.nodes.map((n: any) => n.id));
        expect(kept.size, `${id} cap ${cap}`).toBeLessThanOrEqual(cap);
        expect([...kept].every((n) => nodes.has(n)), `${id} cap ${cap}: nodes of the whole`).toBe(true);
        for (const e of g.edges) {
          expect(edges.has(`${e.source} ${e.relation} ${e.target}`), `${id} cap ${cap}: edge of the whole`).toBe(true);
          expect(kept.has(e.source) && kept.has(e.target), `${id} cap ${cap}: edge between kept nodes`).toBe(true);
        }
        if (nodes.size > cap) {
          expect(g.truncated, `${id} cap ${cap}`).toBe(true);
          // Cut at the cap, not before it (level 2 ends at the row that fills it).
          expect(kept.size, `${id} cap ${cap}: filled`).toBe(cap);
        }
        else if (!g.truncated) expect(kept, `${id} cap ${cap}: all of it`).toEqual(nodes);
      }
    }
  });

  it('filters relations and refuses depth 4', async () => {
    const { body } = await app.gql(`{ neighborhood(id: "${OPINION}", relations: [NOTES]) { edges { relation } } }`);
    expect(new Set(body.data.neighborhood.edges.map((e: any) => e.relation))).toEqual(new Set(['NOTES', 'PART_OF', 'ISSUED_BY']));
    const deep = await app.gql(`{ neighborhood(id: "${OPINION}", depth: 4) { truncated } }`);
    expect(deep.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await app.gql('{ neighborhood(id: "nope") { truncated } }');
    expect(unknown.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('among', () => {
  const SUB = 'truncated nodeCap nodes { id kind parent forum date label } edges { id source target relation evidence { clause quote date } }';

  it('gives a paragraph its instrument, and the citation between two paragraphs with its evidence', async () => {
    const { body, roundTrips } = await app.gql(`{ among(ids: ["${OPINION}#recalling.a", "${TUNIS}#69"]) { ${SUB} } }`);
    expect(body.errors).toBeUndefined();
    expect(roundTrips).toBe(1);
    const g = body.data.among;
    expect(g.nodes.map((n: any) => n.id).sort()).toEqual([OPINION, `${OPINION}#recalling.a`, TUNIS, `${TUNIS}#69`].sort());
    expect(g.nodes.find((n: any) => n.id === `${TUNIS}#69`)).toMatchObject({ kind: 'Provision', parent: TUNIS, forum: 'WSIS' });
    const edges = new Map(g.edges.map((e: any) => [`${e.source}|${e.relation}|${e.target}`, e]));
    expect(edges.has(`${TUNIS}#69|PART_OF|${TUNIS}`)).toBe(true);
    expect(edges.has(`${OPINION}#recalling.a|PART_OF|${OPINION}`)).toBe(true);
    const recalls = edges.get(`${OPINION}#recalling.a|RECALLS|${TUNIS}#69`) as any;
    expect(recalls.evidence).toMatchObject({ clause: 'Recalling (a)', date: '2013-05-15' });
    expect(recalls.evidence.quote).toMatch(/[\u0600-\u06FF]/);
    // The same edge, with the same id, as the neighbourhood draws it.
    const around = await app.gql(`{ neighborhood(id: "${TUNIS}#69") { edges { id source target relation } } }`);
    expect(around.body.data.neighborhood.edges.find((e: any) => e.source === `${OPINION}#recalling.a` && e.relation === 'RECALLS')?.id).toBe(recalls.id);
  });

  it("links a phrase's texts exactly as their neighbourhoods do, in one round trip", async () => {
    const hits = await app.gql('{ search(text: "\\"enhanced cooperation\\"", first: 100) { node { ... on Instrument { id } ... on Provision { id } ... on Body { id } } } }');
    const ids: string[] = [...new Set<string>(hits.body.data.search.map((h: any) => h.node.id as string))];
    expect(ids.length).toBeGreaterThan(10);
    const { body, roundTrips } = await app.gql('query($ids: [ID!]!) { among(ids: $ids) { nodes { id } edges { id source target relation } } }', { ids });
    expect(roundTrips).toBe(1);
    const nodes = new Set(body.data.among.nodes.map((n: any) => n.id as string));
    for (const id of ids) expect(nodes.has(id), id).toBe(true);
    const citing = (e: any) => e.relation !== 'PART_OF' && e.relation !== 'ISSUED_BY';
    const got = body.data.among.edges.filter(citing).map((e: any) => e.id).sort();
    // The oracle: every node's own neighbourhood, kept to the edges between two of the nodes.
    const expected = new Set<string>();
    for (const id of nodes) {
      const around = await app.gql(`query($id: ID!) { neighborhood(id: $id) { edges { id source target relation } } }`, { id });
      for (const e of around.body.data.neighborhood.edges) if (citing(e) && nodes.has(e.source) && nodes.has(e.target)) expected.add(e.id);
    }
    expect(expected.size).toBeGreaterThan(3);
    expect(got).toEqual([...expected].sort());
    for (const e of body.data.among.edges) expect(nodes.has(e.source) && nodes.has(e.target), e.id).toBe(true);
  });

  it('keeps, with minStrength, the citations whose clause acts at least that strongly, and the structure', async () => {
    const hits = await app.gql('{ search(text: "\\"enhanced cooperation\\"", first: 100) { node { ... on Instrument { id } ... on Provision { id } ... on Body { id } } } }');
    const ids: string[] = [...new Set<string>(hits.body.data.search.map((h: any) => h.node.id as string))];
    const edges = async (min: string | null) => {
      const { body } = await app.gql('query($ids: [ID!]!, $min: Strength) { among(ids: $ids, minStrength: $min) { nodes { id } edges { id relation evidence { strength } } } }', { ids, min });
      expect(body.errors).toBeUndefined();
      return body.data.among as { nodes: Array<{ id: string }>; edges: Array<{ id: string; relation: string; evidence: { strength: string | null } | null }> };
    };
    const structure = (e: { relation: string }) => e.relation === 'PART_OF' || e.relation === 'ISSUED_BY';
    const all = await edges(null);
    const strong = await edges('INVITES');
    // The oracle: the unfiltered answer, kept to invitations and stronger by each edge's own strength.
    const keep = new Set(['DECIDES', 'REQUESTS', 'CALLS_UPON', 'INVITES']);
    const expected = all.edges.filter((e) => structure(e) || keep.has(e.evidence?.strength ?? '')).map((e) => e.id).sort();
    expect(strong.edges.map((e) => e.id).sort()).toEqual(expected);
    expect(strong.nodes).toEqual(all.nodes);
    expect(expected.length).toBeLessThan(all.edges.length);
    expect(all.edges.filter((e) => !structure(e) && keep.has(e.evidence?.strength ?? '')).length).toBeGreaterThan(0);
  });

  it('filters relations, and refuses an unknown id, no ids, too many and too long', async () => {
    const ids = `["${OPINION}#recalling.a", "${TUNIS}#69", "${TUNIS}#71"]`;
    const notes = await app.gql(`{ among(ids: ${ids}, relations: [NOTES]) { edges { relation } } }`);
    expect(new Set(notes.body.data.among.edges.map((e: any) => e.relation))).toEqual(new Set(['PART_OF']));
    const unknown = await app.gql(`{ among(ids: ["${TUNIS}#69", "A/RES/1/1#1"]) { truncated } }`);
    expect(unknown.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(unknown.body.errors[0].message).toContain('A/RES/1/1#1');
    for (const [list, says] of [
      ['[]', '1 to 300 distinct nodes; got 0'],
      [JSON.stringify(Array.from({ length: 301 }, (_, i) => `A/RES/${i}/1`)), '1 to 300 distinct nodes; got 301'],
      [JSON.stringify(['x'.repeat(301)]), 'at most 300 characters'],
    ]) {
      const { body } = await app.gql(`{ among(ids: ${list}) { truncated } }`);
      expect(body.errors[0].extensions.code, says).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toContain(says);
    }
  });
});

describe('search', () => {
  const top = async (text: string, lang?: string) => {
    const { body } = await app.gql(`query($text: String!, $lang: Lang) { search(text: $text, lang: $lang, first: 5) { label score snippet language node { ${NODE_ID} ... on Provision { instrument { id } } } } }`, { text, lang });
    return body.data.search as any[];
  };
  const instrumentOf = (hit: any) => hit.node.instrument?.id ?? hit.node.id;

  it('puts the body an acronym names first, though its name does not hold the acronym', async () => {
    for (const [text, id] of [['WGEC', 'body:WGEC'], ['cstd', 'body:CSTD'], ['IGF', 'body:IGF']]) {
      const hits = await top(text);
      expect(hits[0]?.node.id, text).toBe(id);
      // The texts that mention it follow, as before.
      expect(hits.length, text).toBeGreaterThan(1);
    }
    // A word that is no acronym brings no body first.
    expect((await top('cooperation'))[0].node.id.startsWith('body:')).toBe(false);
  });

  it('finds Opinion 6 near the top for التعاون المعزز and for "enhanced cooperation"', async () => {
    const ar = await top('التعاون المعزز');
    expect(ar.slice(0, 3).map(instrumentOf)).toContain(OPINION);
    expect(ar[0].language).toBe('ar');
    const en = await top('enhanced cooperation');
    expect(en.slice(0, 5).map(instrumentOf)).toContain(OPINION);
  });

  it('finds a quoted phrase only as a phrase, in English and in Arabic quotes', async () => {
    const words = await top('cooperation enhanced');
    expect(words.map(instrumentOf)).toContain(OPINION);
    // The same words quoted in that order are a phrase no text has.
    expect(await top('"cooperation enhanced"')).toEqual([]);
    const phrase = await top('"enhanced cooperation"');
    expect(phrase.map(instrumentOf)).toContain(OPINION);
    for (const hit of phrase) expect(hit.snippet?.toLowerCase() ?? '', hit.label).toMatch(/enhanc\w* cooperation/);
    const arabic = await top('«التعاون المعزز»');
    expect(arabic.slice(0, 3).map(instrumentOf)).toContain(OPINION);
    expect(await top('«المعزز التعاون»')).toEqual([]);
  });

  it('matches Lucene syntax as plain text instead of interpreting it', async () => {
    for (const hostile of ['title:*', 'enhanced AND (', '"unclosed', 'a~2 OR b^3', '\\', '*:*', 'NOT']) {
      const { status, body } = await app.gql('query($t: String!) { search(text: $t) { label } }', { t: hostile });
      expect(status, hostile).toBe(200);
      const code = body.errors?.[0]?.extensions?.code;
      expect(code === undefined || code === 'BAD_USER_INPUT', `${hostile}: ${JSON.stringify(body.errors)}`).toBe(true);
    }
    const empty = await app.gql('{ search(text: "   ") { label } }');
    expect(empty.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('orders the same hits by date, oldest or newest first, undated last, each with its score', async () => {
    const NODE_DATE = '... on Instrument { id adopted } ... on Provision { id instrument { adopted } } ... on Body { id established }';
    const hits = async (order: string, first = 100) => {
      const { body } = await app.gql(`{ search(text: "\\"enhanced cooperation\\"", first: ${first}, order: ${order}) { score date node { ${NODE_DATE} } } }`);
      expect(body.errors).toBeUndefined();
      return body.data.search as Array<{ score: number; date: string | null; node: { id: string; adopted?: string | null; established?: string | null; instrument?: { adopted: string | null } } }>;
    };
    const dateOf = (hit: Awaited<ReturnType<typeof hits>>[number]) => hit.node.adopted ?? hit.node.instrument?.adopted ?? hit.node.established ?? null;
    const best = await hits('RELEVANCE');
    // Each hit says the date it is ordered by: its node's.
    for (const hit of best) expect(hit.date, hit.node.id).toBe(dateOf(hit));
    // Fewer than the cap, so every order holds every hit.
    expect(best.length).toBeGreaterThan(10);
    expect(best.length).toBeLessThan(100);
    const scores = new Map(best.map((hit) => [hit.node.id, hit.score]));
    // The order worked out here from each hit's own dates, as the API gives them: undated last, then by id.
    const byDate = (sign: 1 | -1) =>
      [...best].sort((a, b) => {
        const [x, y] = [dateOf(a), dateOf(b)];
        if (x !== y) return x === null ? 1 : y === null ? -1 : sign * (x < y ? -1 : 1);
        return a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0;
      }).map((hit) => hit.node.id);
    for (const [order, sign] of [['OLDEST', 1], ['NEWEST', -1]] as const) {
      const dated = await hits(order);
      expect(dated.map((hit) => hit.node.id), order).toEqual(byDate(sign));
      for (const hit of dated) expect(hit.score, hit.node.id).toBeCloseTo(scores.get(hit.node.id)!, 5);
      // A smaller `first` is the start of the same order.
      expect((await hits(order, 3)).map((hit) => hit.node.id), order).toEqual(byDate(sign).slice(0, 3));
    }
    // The earliest use of the phrase in the seed corpus is the Geneva Declaration's or the Tunis texts' (2003/2005).
    expect(dateOf((await hits('OLDEST', 1))[0]!)! < '2006').toBe(true);
  });

  it('keeps the hits dated within datedFrom and datedTo, in any order, comparing dates at the precision both have', async () => {
    // ITU Resolution 101's revisions are dated to the year (1998, 2002, 2006, 2014…) and to the month (2010-10).
    type Hit = { date: string | null; score: number; node: { id: string } };
    const hits = async (args: string, order = 'RELEVANCE') => {
      const { body } = await app.gql(`{ search(text: "\\"Internet Protocol\\"", first: 100, order: ${order}${args}) { date score node { ${NODE_ID} } } }`);
      expect(body.errors, args).toBeUndefined();
      return body.data.search as Hit[];
    };
    const all = await hits('');
    expect(all.length).toBeLessThan(100);
    const dates = new Set(all.map((hit) => hit.date));
    for (const date of ['1998', '2006', '2010-10', '2014']) expect(dates, date).toContain(date);
    const year = (hit: Hit) => Number(hit.date!.slice(0, 4));

    // Whole years: 2006 to 2012, every order, the same hits as the unfiltered search's in that period.
    const within = all.filter((hit) => hit.date !== null && year(hit) >= 2006 && year(hit) <= 2012);
    expect(within.length).toBeGreaterThan(1);
    expect(within.length).toBeLessThan(all.length);
    const best = await hits(', datedFrom: "2006", datedTo: "2012"');
    expect(best.map((hit) => hit.node.id)).toEqual(within.map((hit) => hit.node.id));
    const oldest = await hits(', datedFrom: "2006", datedTo: "2012"', 'OLDEST');
    expect(new Set(oldest.map((hit) => hit.node.id))).toEqual(new Set(within.map((hit) => hit.node.id)));
    expect(oldest.map((hit) => hit.date)).toEqual(oldest.map((hit) => hit.date).sort());

    // Partial dates: a text of "2006" is within "2006-05"; one of "2010-10" is after "2010-09" and within "2010".
    const ids = async (args: string) => (await hits(args)).map((hit) => hit.date);
    expect(await ids(', datedFrom: "2006-05", datedTo: "2006-05"')).toContain('2006');
    expect(await ids(', datedTo: "2010-09"')).not.toContain('2010-10');
    expect(await ids(', datedFrom: "2010-10-01", datedTo: "2010"')).toContain('2010-10');
    // June to December 2012 is a period; 2013 to June 2012 is none.
    expect((await app.gql('{ search(text: "Internet", datedFrom: "2012-06", datedTo: "2012") { date } }')).body.errors).toBeUndefined();
    const empty = await app.gql('{ search(text: "Internet", datedFrom: "2013", datedTo: "2012-06") { date } }');
    expect(empty.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'datedFrom' });
    expect(empty.body.errors[0].message).toContain('`datedFrom` (2013) is after `datedTo` (2012-06)');
    const malformed = await app.gql('{ search(text: "Internet", datedFrom: "2012-13") { date } }');
    expect(malformed.body.errors[0].message).toContain('PartialDate must be written YYYY-MM-DD, YYYY-MM or YYYY');
  });

  it('counts the texts a search matches, year by year, as the hits themselves are dated, and says when it counted only the best', async () => {
    type Years = { texts: number; undated: number; complete: boolean; datedComplete: boolean; years: Array<{ year: number; texts: number }> };
    const years = async (text: string) => {
      const { body } = await app.gql('query($text: String!) { searchYears(text: $text) { texts undated complete datedComplete years { year texts } } }', { text });
      expect(body.errors, text).toBeUndefined();
      return body.data.searchYears as Years;
    };
    // Fewer matches than `search` returns at most: its hits, counted here by their own dates, are every text.
    const phrase = '"enhanced cooperation"';
    const { body } = await app.gql('query($text: String!) { search(text: $text, first: 100) { date node { ' + NODE_ID + ' } } }', { text: phrase });
    const hits = body.data.search as Array<{ date: string | null }>;
    expect(hits.length).toBeLessThan(100);
    const byYear = new Map<number, number>();
    for (const hit of hits) if (hit.date !== null) byYear.set(Number(hit.date.slice(0, 4)), (byYear.get(Number(hit.date.slice(0, 4))) ?? 0) + 1);
    const counted = await years(phrase);
    expect(counted).toEqual({
      texts: hits.length,
      undated: hits.filter((hit) => hit.date === null).length,
      complete: true,
      datedComplete: true,
      years: [...byYear].sort(([a], [b]) => a - b).map(([year, texts]) => ({ year, texts })),
    });
    // More matches than a search returns: the count goes on past its 100 hits.
    const internet = await years('Internet');
    expect(internet.complete).toBe(true);
    expect(internet.texts).toBeGreaterThan(100);
    expect(internet.years.reduce((sum, y) => sum + y.texts, internet.undated)).toBe(internet.texts);
    // Over the window, the counts are of each index's best hits, and say so.
    const cut = await searchYears(app.db, 'Internet', null, 5);
    expect(cut.complete).toBe(false);
    expect(cut.datedComplete).toBe(true);
    // Over the date orders' window, it says their earliest may miss some; the counts stay whole.
    const dated = await searchYears(app.db, 'Internet', null, undefined, 5);
    expect(dated).toMatchObject({ complete: true, datedComplete: false, texts: internet.texts });
    expect(cut.texts).toBeGreaterThanOrEqual(5);
    expect(cut.texts).toBeLessThanOrEqual(10);
    // Nothing matches: nothing counted, and that is every match.
    expect(await years('zzzqqqxx')).toEqual({ texts: 0, undated: 0, complete: true, datedComplete: true, years: [] });
    // A text both the English and the French index match counts once.
    const both: Rows = {
      sources: [],
      bodies: [],
      instruments: [{ id: 'TEST-YEARS/1', adopted: '2020-01-01', endDate: null, bodyId: null, props: { symbol: 'TEST-YEARS/1', kind: 'RESOLUTION', titleEn: 'Quorblat accord', titleFr: 'Accord quorblat', origin: 'test' } }],
      provisions: [],
      links: [],
    };
    await loadRows(app.db, both);
    try {
      expect(await years('quorblat')).toEqual({ texts: 1, undated: 0, complete: true, datedComplete: true, years: [{ year: 2020, texts: 1 }] });
    } finally {
      await app.db.transaction('test cleanup', (tx) => tx.run('delete-by-prefix', { prefix: 'TEST-YEARS' }));
    }
    // Lucene syntax is escaped as in search; an over-long text is refused the same way.
    expect((await years('title:* AND (')).complete).toBe(true);
    const long = await app.gql('query($text: String!) { searchYears(text: $text) { texts } }', { text: 'x'.repeat(201) });
    expect(long.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  describe('with hits of equal score', () => {
    // Twelve instruments whose titles score the same for "zephyrine", stored in descending id
    // order (one transaction each), so Lucene's document order is the reverse of the ids'; the
    // last id has a shorter title, which scores higher.
    const PREFIX = 'TEST-TIES';
    const ids = Array.from({ length: 12 }, (_, i) => `${PREFIX}/${String(i + 1).padStart(2, '0')}`);
    const instrument = (id: string): Rows => ({
      sources: [],
      bodies: [],
      instruments: [{ id, adopted: '2020-01-01', endDate: null, bodyId: null, props: { symbol: id, kind: 'RESOLUTION', titleEn: id === ids[11] ? 'Zephyrine' : 'Zephyrine accord', origin: 'test' } }],
      provisions: [],
      links: [],
    });
    const hits = async (first: number) => {
      const { body } = await app.gql(`{ search(text: "zephyrine", first: ${first}) { node { ${NODE_ID} } } }`);
      expect(body.errors).toBeUndefined();
      return (body.data.search as { node: { id: string } }[]).map((hit) => hit.node.id);
    };

    beforeAll(async () => {
      for (const id of [...ids].reverse()) await loadRows(app.db, instrument(id));
    });
    afterAll(async () => {
      await app.db.transaction('test cleanup', (tx) => tx.run('delete-by-prefix', { prefix: PREFIX }));
    });

    it('orders them by id, whatever order they were stored in, so a larger `first` extends a smaller one', async () => {
      const all = await hits(20);
      expect(all).toEqual([ids[11], ...ids.slice(0, 11)]);
      for (const first of [1, 2, 3, 5, 8]) expect(await hits(first), `first: ${first}`).toEqual(all.slice(0, first));
    });
  });
});

describe('shutdown', () => {
  it('leaves SIGINT and SIGTERM to the process that runs it, even in production', async () => {
    // Apollo's own signal handlers called stop() a second time while ours was closing, and that
    // call never returned: Ctrl-C on the server process hung at "Stopping…".
    const env = process.env.NODE_ENV;
    const counts = () => [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    const before = counts();
    process.env.NODE_ENV = 'production';
    try {
      const server = await startServer(app.db, { port: 0, host: '127.0.0.1', corsOrigins: [] });
      expect(counts()).toEqual(before);
      await server.app.close();
    } finally {
      process.env.NODE_ENV = env;
    }
  });
});

describe('bad input and limits', () => {
  it('refuses a query deeper than the limit with HTTP 400 and BAD_USER_INPUT', async () => {
    const deep = `{ instrument(symbol: "${OPINION}") { provisions { instrument { provisions { instrument { provisions { instrument { provisions { instrument { provisions { id } } } } } } } } } } }`;
    const { status, body } = await app.gql(deep);
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/depth \d+ is over the limit of 10/);
  });

  it('refuses a query costlier than the limit with HTTP 400', async () => {
    const wide = `{ search(text: "cooperation", first: 100) { node { ... on Instrument { provisions { citations { source { ... on Provision { id } } } } } } } }`;
    const { status, body } = await app.gql(wide);
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/cost \d+ is over the limit of \d+/);
  });

  it('counts a citation list without `first` as the page it returns (100), not as a guess of 10', async () => {
    // 100 hits × 100 citations: over 5,000 at 100 a list, under it at 10.
    const unsized = '{ search(text: "cooperation", first: 100) { node { ... on Instrument { citations { relation } } } } }';
    const refused = await app.gql(unsized);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].message).toMatch(/cost \d+ is over the limit/);
    const sized = await app.gql('{ search(text: "cooperation", first: 100) { node { ... on Instrument { citations(first: 10) { relation } } } } }');
    expect(sized.status).toBe(200);
    expect(sized.body.data.search.length).toBeGreaterThan(0);
  });

  it('answers malformed queries and bad arguments with 400, never a stack or Cypher', async () => {
    const syntax = await app.gql('{ instrument(symbol: ');
    expect(syntax.status).toBe(400);
    const wrongType = await app.gql('{ trace(from: "x", maxDepth: "deep") { hops { relation } } }');
    expect(wrongType.status).toBe(400);
    const badEnum = await app.gql('query($r: [Relation!]) { trace(from: "x", relations: $r) { hops { relation } } }', { r: ['DETACH DELETE'] });
    expect(badEnum.status).toBe(400);
    expect(badEnum.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    for (const r of [syntax, wrongType, badEnum]) {
      const text = JSON.stringify(r.body);
      expect(text).not.toMatch(/stacktrace|MATCH \(|Neo4jError|at .*\.ts:/);
    }
  });

  it('has no mutations: the API is read-only', async () => {
    const { status, body } = await app.gql('mutation { health { ok } }');
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/mutation/i);
  });

  it('sends an answer with its length, in one piece, and its round trips', async () => {
    const res = await fetch(`${app.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ neighborhood(id: "${OPINION}") { nodes { id label } } }` }) });
    const bytes = Buffer.byteLength(await res.text());
    expect(res.headers.get('content-length')).toBe(String(bytes));
    expect(res.headers.get('transfer-encoding')).toBeNull();
    expect(res.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    expect(res.headers.get('x-cypher-round-trips')).toBe('1');
  });

  it('keeps CSRF prevention on for simple GET requests', async () => {
    const res = await fetch(`${app.url}graphql?query=${encodeURIComponent('{ health { ok } }')}`);
    expect(res.status).toBe(400);
  });

  it('serves GraphiQL offline to browsers at /graphql', async () => {
    const page = await fetch(`${app.url}graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/vendor/graphiql.js');
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ['graphiql.js', 'graphiql.css', 'react.js', 'react-dom.js', 'graphiql-init.js']) {
      expect((await fetch(`${app.url}vendor/${asset}`)).status, asset).toBe(200);
    }
  });
});

describe('the Cypher chokepoint', () => {
  it('names the query in a Neo4j error, and leaves stack traces on for everything else', async () => {
    const limit = Error.stackTraceLimit;
    // instruments-by-id without its $ids parameter: Neo4j refuses the statement.
    const error = await app.db.read('instruments-by-id', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'Neo.ClientError.Statement.ParameterMissing', query: 'instruments-by-id' });
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('after').stack).toMatch(/\n\s+at /);
  });
});

describe('Cypher round trips', () => {
  const PREFIX = 'TEST-RT';
  const query = (symbol: string) => `{ instrument(symbol: "${symbol}") { id body { id } provisions { id citations { relation target { ${NODE_ID} } } citedBy: citations(direction: IN) { relation } } } }`;

  /** Two instruments arranged for this test: one with 1 provision, one with 50, each citing Tunis ¶69. */
  function rows(symbol: string, provisions: number): Rows {
    return {
      sources: [],
      bodies: [],
      instruments: [{ id: symbol, adopted: '2020-01-01', endDate: null, bodyId: 'body:UNGA', props: { symbol, kind: 'RESOLUTION', origin: 'test' } }],
      provisions: Array.from({ length: provisions }, (_, i) => ({ id: `${symbol}#${i + 1}`, instrumentId: symbol, props: { number: String(i + 1), position: i, origin: 'test' } })),
      links: Array.from({ length: provisions }, (_, i) => ({ key: `${symbol}|${i}`, from: `${symbol}#${i + 1}`, to: `${TUNIS}#69`, type: 'RECALLS' as const, date: '2020-01-01', props: { method: 'test' } })),
    };
  }

  beforeAll(async () => {
    await loadRows(app.db, mergeRows(rows(`${PREFIX}/1`, 1), rows(`${PREFIX}/50`, 50)));
  });
  afterAll(async () => {
    await app.db.transaction('test cleanup', (tx) => tx.run('delete-by-prefix', { prefix: PREFIX }));
  });

  it('cost the same for an instrument with 1 provision and one with 50', async () => {
    const one = await app.gql(query(`${PREFIX}/1`));
    const fifty = await app.gql(query(`${PREFIX}/50`));
    expect(one.body.data.instrument.provisions).toHaveLength(1);
    expect(fifty.body.data.instrument.provisions).toHaveLength(50);
    expect(fifty.body.data.instrument.provisions[49].citations[0].target.id).toBe(`${TUNIS}#69`);
    expect(fifty.roundTrips).toBe(one.roundTrips);
    expect(fifty.roundTrips).toBeLessThanOrEqual(5);
  });

  it('cost one round trip for an instrument with its citations, however the citations are asked for', async () => {
    const plain = await app.gql(`{ instrument(symbol: "${OPINION}") { id citations { relation target { ${NODE_ID} } } } }`);
    const viaFragment = await app.gql(
      `query($r: [Relation!]) { instrument(symbol: "${OPINION}") { ...F } } fragment F on Instrument { id citations(relations: $r) { relation target { ${NODE_ID} } } }`,
      { r: ['RECALLS'] },
    );
    const twice = await app.gql(`{ instrument(symbol: "${OPINION}") { out: citations { relation } in: citations(direction: IN) { relation } } }`);
    expect(plain.roundTrips).toBe(1);
    expect(viaFragment.roundTrips).toBe(1);
    expect(plain.body.data.instrument.citations.length).toBeGreaterThan(viaFragment.body.data.instrument.citations.length);
    expect(viaFragment.body.data.instrument.citations.every((c: any) => c.relation === 'RECALLS')).toBe(true);
    // Two differently-argued citation fields: the ordinary path (instrument, then one batch per argument set).
    expect(twice.roundTrips).toBe(3);
    expect(twice.body.data.instrument.out.length).toBe(plain.body.data.instrument.citations.length);
  });

  it('cost one round trip for a search, and one for a neighbourhood\'s first two levels and one per level after', async () => {
    expect((await app.gql('{ search(text: "cooperation") { label } }')).roundTrips).toBe(1);
    for (const [id, depth, trips] of [[TUNIS, 1, 1], [TUNIS, 2, 1], [TUNIS, 3, 2], ['body:WGEC', 2, 1], [`${TUNIS}#71`, 3, 2]] as const) {
      const { body, roundTrips } = await app.gql(`{ neighborhood(id: "${id}", depth: ${depth}) { truncated } }`);
      expect(body.data.neighborhood.truncated, `${id} depth ${depth}`).toBe(false);
      expect(roundTrips, `${id} depth ${depth}`).toBe(trips);
    }
  });

  it('cost one round trip for a trace, whatever its start, its depth and however many chains it finds', async () => {
    for (const [from, maxDepth] of [[`${TUNIS}#71`, 1], [`${TUNIS}#71`, 6], [`${TUNIS}#71`, 10], [TUNIS, 6], ['body:WGEC', 6]] as const) {
      const { body, roundTrips } = await app.gql(`{ trace(from: "${from}", maxDepth: ${maxDepth}) { hops { relation } } }`);
      expect(body.data.trace.length, `${from} depth ${maxDepth}`).toBeGreaterThan(0);
      expect(roundTrips, `${from} depth ${maxDepth}`).toBe(1);
    }
  });
});

/** Pure server helpers: Lucene escaping, query depth, config validation, cursors. */
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/src/config.js';
import { queryDepth } from '../../../server/src/http/limits.js';
import { decodeCursor, encodeCursor } from '../../../server/src/instrument/instrument.repository.js';
import { luceneQuery, quotedPhrases, searchTerms } from '../../../server/src/search/lucene.js';
import { acronymOf, isEmptyRange, snippet } from '../../../server/src/search/search.service.js';
import { assertRelation, isActing, MANDATE_RELATIONS, RELATIONS } from '../../../cypher/model.js';
import { asNode, displayLabel, nodeFromList, type NodeRow } from '../../../server/src/graph/graph-node.js';
import { PLANNED_LIST_SIZE, relationsParam, strengthParams } from '../../../server/src/db/plain.js';
import { STRENGTHS } from '../../../cypher/strength.js';
import { walkParams } from '../../../server/src/trace/trace.service.js';
import { DateScalar, PartialDateScalar } from '../../../server/src/graph/scalars.js';
import type { InstrumentRow } from '../../../server/src/instrument/instrument.type.js';

describe('lucene', () => {
  it('escapes every operator character and neutralises keywords', () => {
    expect(searchTerms('title:* (a) b~2 "c" AND d || e')).toEqual(['title\\:\\*', '\\(a\\)', 'b\\~2', '\\"c\\"', 'and', 'd', '\\|\\|', 'e']);
    expect(luceneQuery('enhanced cooperation')).toBe('"enhanced cooperation"^4 OR (enhanced AND cooperation)^2 OR (enhanced OR cooperation)');
  });

  it('drops tatweel so an Arabic word matches however it was stretched', () => {
    expect(searchTerms('التعـاون')).toEqual(['التعاون']);
  });

  it('requires a quoted phrase, in straight, curly or Arabic quotes, and ranks by the words beside it', () => {
    expect(luceneQuery('"on an equal footing"')).toBe('+"on an equal footing"');
    expect(luceneQuery('“enhanced cooperation” Tunis')).toBe('+"enhanced cooperation" (Tunis)');
    expect(luceneQuery('«التعاون المعزز» تونس منتدى')).toBe('+"التعاون المعزز" ("تونس منتدى"^4 OR (تونس AND منتدى)^2 OR (تونس OR منتدى))');
    expect(luceneQuery('"a b" "c"')).toBe('+"a b" +"c"');
    // Inside quotes, operators are still text; a lone quote is text too.
    expect(luceneQuery('"x:y (z)"')).toBe('+"x\\:y \\(z\\)"');
    expect(luceneQuery('say "what')).toBe('"say \\"what"^4 OR (say AND \\"what)^2 OR (say OR \\"what)');
    expect(quotedPhrases('"a b" c «d»')).toEqual({ phrases: [['a', 'b'], ['d']], rest: '  c  ' });
    expect(() => luceneQuery('"" ""')).toThrow(/at least one word/);
  });

  it('refuses empty and over-long text with a message that says the limit', () => {
    expect(() => luceneQuery('   ')).toThrow(/at least one word/);
    expect(() => luceneQuery('x'.repeat(201))).toThrow(/200 characters/);
  });

  it('reads a one-word query as a body acronym, in capitals, and nothing else as one', () => {
    expect(['wgec', ' WGEC ', 'ITU-T', 'CSTD'].map(acronymOf)).toEqual(['WGEC', 'WGEC', 'ITU-T', 'CSTD']);
    for (const text of ['enhanced cooperation', '"WGEC"', 'التعاون', 'x', 'A'.repeat(17), '1998', 'WGEC*']) expect(acronymOf(text), text).toBeNull();
  });
});

describe('dates', () => {
  it('writes a PartialDate as precisely as it is known, and a Date as a day', () => {
    for (const d of ['2013-05-15', '2010-10', '2006']) expect(PartialDateScalar.serialize(d)).toBe(d);
    expect(PartialDateScalar.serialize('2010-13')).toBeNull();
    expect(PartialDateScalar.serialize('October 2010')).toBeNull();
    expect(PartialDateScalar.parseValue('2010-10')).toBe('2010-10');
    expect(() => PartialDateScalar.parseValue('2010-1')).toThrow(/YYYY-MM-DD, YYYY-MM or YYYY/);
    expect(() => DateScalar.parseValue('2010-10')).toThrow(/YYYY-MM-DD/);
  });

  it('holds a search range empty only when its start is after its end at the precision both have', () => {
    const empty = (from: string | null, to: string | null) => isEmptyRange({ from, to });
    expect(empty('2013', '2012-06')).toBe(true);
    expect(empty('2012-07-01', '2012-06')).toBe(true);
    // June to December 2012; within 2012 only 2012-06; one day; open ends.
    for (const [from, to] of [['2012-06', '2012'], ['2012', '2012-06'], ['2012-06-30', '2012-06-30'], ['2013', null], [null, '1998']] as const) expect(empty(from, to), `${from} to ${to}`).toBe(false);
  });

  it('gives an instrument without a full adoption date the month or year its sources give', () => {
    const row: InstrumentRow = { __kind: 'Instrument', id: 'X', symbol: 'X', kind: 'RESOLUTION', adoptedText: '2010-10' };
    expect(asNode(row).adopted).toBe('2010-10');
    expect(asNode({ ...row, adopted: '2010-10-22' }).adopted).toBe('2010-10-22');
    expect(asNode({ ...row, adoptedText: undefined }).adopted).toBeUndefined();
  });
});

describe('search snippets', () => {
  const node = (textEn: string) => ({ __kind: 'Provision', id: 'X#1', instrumentId: 'X', number: '1', textEn }) as NodeRow;

  it('cut the text at spaces, so no word or number is cut in two, and mark where it goes on', () => {
    const text = 'Recalling paragraphs 35, 37, 55, 60, 65, 68, 69, 70, 71 and 83 of the Tunis Agenda, in particular those on enhanced cooperation, and the relevant paragraphs of the Geneva Declaration of Principles and Plan of Action adopted in 2003';
    const out = snippet(node(text), 'enhanced cooperation').snippet!;
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    const words = text.split(' ');
    for (const word of out.replace(/…/g, '').trim().split(' ')) expect(words).toContain(word);
    expect(out).toContain('enhanced cooperation');
  });

  it('keep a short text whole, with no marks', () => {
    expect(snippet(node('Enhanced cooperation on public policy'), 'cooperation').snippet).toBe('Enhanced cooperation on public policy');
  });
});

describe('queryDepth', () => {
  it('counts nested fields through fragments and inline fragments, ignoring introspection', () => {
    expect(queryDepth(parse('{ a { b { c } } }'))).toBe(3);
    expect(queryDepth(parse('{ a { ...F } } fragment F on T { b { ... on U { c { d } } } }'))).toBe(4);
    expect(queryDepth(parse('{ __schema { types { fields { type { name } } } } a }'))).toBe(1);
  });

  it('does not loop on fragment cycles', () => {
    expect(queryDepth(parse('{ a { ...F } } fragment F on T { b { ...F } }'))).toBe(2);
  });
});

describe('config', () => {
  it('defaults to port 4000, the embedded Neo4j and CORS off', () => {
    expect(loadConfig({})).toMatchObject({ port: 4000, neo4j: { uri: null, user: 'neo4j' }, corsOrigins: [] });
  });

  it('reads NEO4J_* and PORT, and refuses a malformed URI or port with one clear message', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_DATABASE: 'atlas', PORT: '8080' })).toMatchObject({ port: 8080, neo4j: { uri: 'neo4j+s://x.databases.neo4j.io', database: 'atlas' } });
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(ConfigError);
    expect(() => loadConfig({ NEO4J_URI: 'not a uri' })).toThrow(/not a URI/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a port number/);
  });
});

describe('slim node lists', () => {
  it('reads each label in its fixed order, flags the row partial, and allows trailing items left out', () => {
    const tunis = nodeFromList(['Instrument', 'T', 'WSIS-05/TUNIS/DOC/6(Rev.1)', 'OUTCOME', 'Tunis Agenda', '2005-11-18', 'body:WSIS', 'Tunis Agenda for the Information Society']);
    expect(tunis).toMatchObject({ __kind: 'Instrument', __partial: true, id: 'T', kind: 'OUTCOME', shortTitle: 'Tunis Agenda', adopted: '2005-11-18', bodyId: 'body:WSIS', titleEn: 'Tunis Agenda for the Information Society', sources: [] });
    const para = nodeFromList(['Provision', 'T#69', 'T', '69', null]);
    expect(para).toMatchObject({ __kind: 'Provision', id: 'T#69', instrumentId: 'T', number: '69', label: undefined, position: undefined });
    expect(displayLabel(para, tunis as never)).toBe('Tunis Agenda ¶69');
    expect(nodeFromList(['Body', 'body:WGEC', 'WGEC', 'Working Group', null, 'WORKING_GROUP', '2013-01-01', null, 'verified', ['s1']])).toMatchObject({ __kind: 'Body', acronym: 'WGEC', kind: 'WORKING_GROUP', established: '2013-01-01', ended: undefined, confidence: 'verified', sources: ['s1'] });
  });
});

describe('cursors', () => {
  it('round-trip and refuse forgeries', () => {
    expect(decodeCursor(encodeCursor('2013-05-15|WTPF-13/DT/6'))).toBe('2013-05-15|WTPF-13/DT/6');
    expect(() => decodeCursor('garbage')).toThrow(/endCursor/);
  });
});

describe('graph vocabulary', () => {
  it('only lets closed-list relation types through', () => {
    expect(assertRelation('RECALLS')).toBe('RECALLS');
    expect(() => assertRelation('RECALLS]->() DETACH DELETE (n)<-[:X')).toThrow(/Unknown relation/);
    expect(MANDATE_RELATIONS.every((r) => RELATIONS.includes(r))).toBe(true);
    expect(isActing('MANDATES')).toBe(true);
    expect(isActing('IMPLEMENTS')).toBe(false);
  });
});

describe('relation filters as parameters', () => {
  it('sends every filter in the size class of the default, as the same set', () => {
    const one = relationsParam(['MANDATES']);
    expect(one).toHaveLength(PLANNED_LIST_SIZE);
    expect(new Set(one)).toEqual(new Set(['MANDATES']));
    const three = relationsParam(['RECALLS', 'NOTES', 'CITES']);
    expect(three.slice(0, 3)).toEqual(['RECALLS', 'NOTES', 'CITES']);
    expect(new Set(three)).toEqual(new Set(['RECALLS', 'NOTES', 'CITES']));
    expect(three.length).toBeGreaterThanOrEqual(PLANNED_LIST_SIZE);
    expect(relationsParam(RELATIONS)).toEqual([...RELATIONS]);
    expect(relationsParam([])).toEqual([]);
    // The walk as a request with the default (9 relations) and with one relation sends it.
    for (const relations of [[...MANDATE_RELATIONS], ['MANDATES' as const]]) {
      expect(walkParams('x', { downstream: true, relations, maxDepth: 6 }).relations.length).toBeGreaterThanOrEqual(PLANNED_LIST_SIZE);
    }
    // A strength filter is a flag and a list in the same size class, whether any strength goes or one.
    expect(strengthParams(null)).toEqual({ anyStrength: true, strengths: relationsParam(STRENGTHS) });
    const decides = strengthParams(['DECIDES']);
    expect(decides.anyStrength).toBe(false);
    expect(new Set(decides.strengths)).toEqual(new Set(['DECIDES']));
    expect(decides.strengths).toHaveLength(PLANNED_LIST_SIZE);
    expect(walkParams('x', { downstream: true, relations: ['MANDATES'], maxDepth: 6, minStrength: 'INVITES' })).toMatchObject({ anyStrength: false, strengths: relationsParam(['DECIDES', 'REQUESTS', 'CALLS_UPON', 'INVITES']) });
  });
});

describe('loader id shapes', () => {
  it('refuses ids whose shape would hide their label, before anything is written', async () => {
    const { assertIdShapes } = await import('../../../seed/src/load/loader.js');
    const { emptyRows } = await import('../../../seed/src/load/rows.types.js');
    const rows = emptyRows();
    rows.instruments.push({ id: 'A/RES/1#2', adopted: null, endDate: null, bodyId: null, props: {} });
    rows.bodies.push({ id: 'UNGA', props: {} });
    expect(() => assertIdShapes(rows)).toThrow(/instrument "A\/RES\/1#2".*body "UNGA"/);
    expect(() => assertIdShapes(emptyRows())).not.toThrow();
  });
});

describe('loader statements', () => {
  it('sends each link to the statement of its endpoints\' labels (and type, on an empty store), nodes first', async () => {
    const { loadStatements, loadRows, LoadError } = await import('../../../seed/src/load/loader.js');
    const { emptyRows } = await import('../../../seed/src/load/rows.types.js');
    const { loadQueries } = await import('../../../server/src/db/queries.js');
    const rows = emptyRows();
    const link = (from: string, to: string, type = 'RECALLS') => ({ key: `${from}|${to}`, from, to, type: type as 'RECALLS', date: null, props: {} });
    rows.links.push(link('A/RES/2#1', 'A/RES/1'), link('A/RES/2#3', 'A/RES/1#4'), link('A/RES/2#2', 'body:CSTD', 'REQUESTS'), link('A/RES/2#5', 'A/RES/1'));
    const statements = loadStatements(rows);
    expect(statements.slice(0, 4).map((s) => s.query)).toEqual(['load-sources', 'load-bodies', 'load-instruments', 'load-provisions']);
    expect(statements.slice(4).map((s) => [s.query, s.rows.length])).toEqual([
      ['load-links:Provision:Instrument', 2],
      ['load-links:Provision:Provision', 1],
      ['load-links:Provision:Body', 1],
    ]);
    // On an empty store, one statement per static type as well.
    expect(loadStatements(rows, true).slice(4).map((s) => [s.query, s.rows.length])).toEqual([
      ['load-links:Provision:Instrument:RECALLS', 2],
      ['load-links:Provision:Provision:RECALLS', 1],
      ['load-links:Provision:Body:REQUESTS', 1],
    ]);
    const queries = loadQueries();
    expect(queries.get('load-links:Provision:Body:REQUESTS')).toMatch(/MATCH \(a:Provision \{id: row\.from\}\)\s+MATCH \(b:Body \{id: row\.to\}\)\s+MERGE \(a\)-\[r:REQUESTS \{key: row\.key\}\]->\(b\)/);
    expect(queries.get('load-links:Provision:Body')).toMatch(/MERGE \(a\)-\[r:\$\(row\.type\) \{key: row\.key\}\]->\(b\)/);
    for (const [name, text] of queries) if (name.startsWith('load-links')) expect(text).not.toMatch(/FromLabel|ToLabel|RelType/);
    // A type outside the closed list has no statement: refused before anything is sent.
    rows.links.push(link('A/RES/2#6', 'A/RES/1', 'DELETES'));
    await expect(loadRows(null as never, rows)).rejects.toThrow(LoadError);
    await expect(loadRows(null as never, rows)).rejects.toThrow(/Unknown relation type "DELETES".*Nothing was written/);
  });
});

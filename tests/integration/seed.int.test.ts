/**
 * The seed pipeline against the real Neo4j of the global setup (already seeded once): re-running
 * changes nothing; a new document enriches or creates; bad input writes nothing.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../server/src/db/database.js';
import { LoadError, loadRows } from '../../seed/src/load/loader.js';
import { fillStrengths } from '../../seed/src/load/strength.fill.js';
import { emptyRows } from '../../seed/src/load/rows.types.js';
import { ParseError } from '../../seed/src/parse/index.js';
import { graphCounts, ingestDocument, ingestDocuments, parseFile, ROOT, seed } from '../../seed/src/seed.js';
import { testDatabase } from '../support/app.js';
import { evidenceRow } from '../../server/src/citation/citation.type.js';
import { nodeFromList } from '../../server/src/graph/graph-node.js';
import { int, strengthParams } from '../../server/src/db/plain.js';
import { mandatesByIds } from '../../server/src/mandate/mandate.repository.js';
import { mandateOn } from '../../server/src/mandate/mandate.service.js';

/** Every citation in one page: these tests read the statements directly, not through the API. */
const ALL = { first: int(1000), after: null, ...strengthParams(null) };

const FIXTURE = path.join(ROOT, 'tests/fixtures/documents/sample-resolution.en.txt');
let db: Database;

beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.driver.close());

async function count(query: 'count-instruments'): Promise<number> {
  const [row] = await db.read(query, { kind: null, bodies: null, adoptedFrom: null, adoptedTo: null });
  return Number(row.total);
}

describe('npm run seed', () => {
  it('is idempotent: a second run leaves every count unchanged', async () => {
    const before = await graphCounts(db);
    const after = await seed(db);
    expect(after).toEqual(before);
    expect(before.labels.Instrument).toBeGreaterThan(50);
    expect(before.relationships.RECALLS).toBeGreaterThanOrEqual(10);
  });

  it('drops, on a store an earlier version made, the index on Provision.instrumentId it no longer uses', async () => {
    const indexes = async () => (await db.driver.executeQuery('SHOW INDEXES YIELD name')).records.map((r) => r.get('name') as string);
    await db.driver.executeQuery('CREATE INDEX provision_instrument IF NOT EXISTS FOR (n:Provision) ON (n.instrumentId)');
    expect(await indexes()).toContain('provision_instrument');
    await db.applySchema();
    const after = await indexes();
    expect(after).not.toContain('provision_instrument');
    expect(after).toEqual(expect.arrayContaining(['provision_id', 'instrument_id', 'search_en']));
  });

  it('loads Opinion 6 with its forum dates and document date', async () => {
    const [row] = await db.read('instruments-by-id', { ids: ['WTPF-13/DT/6'] });
    const node = row.node as Record<string, unknown>;
    expect(node).toMatchObject({ adopted: '2013-05-15', forumStart: '2013-05-14', forumEnd: '2013-05-16', originalLanguage: 'en', kind: 'OPINION' });
    expect(node.confidence).toBeDefined();
    expect(node.sources).toEqual(expect.any(Array));
  });

  it('gives every citation its evidence: clause, method, confidence', async () => {
    const fields = ['clause', 'method', 'confidence'] as const;
    const [row] = await db.read('citations-of-instruments', { ids: ['WTPF-13/DT/6'], out: true, relations: ['RECALLS', 'NOTES', 'QUOTES', 'RECOGNIZES', 'REAFFIRMS', 'INVITES', 'CITES', 'CONSIDERS'], evidence: [...fields], withNode: false, ...ALL });
    // Each citation is a list: [relation, evidence values, source, target].
    const rows = row.citations as unknown[][];
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const r of rows) {
      const e = evidenceRow(fields, r[1] as unknown[]);
      expect(e.clause, JSON.stringify(e)).toEqual(expect.any(String));
      expect(e.method).toMatch(/^(rule:|curated)/);
      expect(['verified', 'seed-document', 'extracted', 'unconfirmed']).toContain(e.confidence);
    }
  });
});

describe('link statements', () => {
  const PREFIX = 'TEST/LINKS';
  const rowsFor = (symbol: string) => {
    const rows = emptyRows();
    rows.instruments.push({ id: symbol, adopted: '2021-01-01', endDate: null, bodyId: 'body:UNGA', props: { symbol, kind: 'RESOLUTION', origin: 'test' } });
    for (let i = 1; i <= 3; i++) rows.provisions.push({ id: `${symbol}#${i}`, instrumentId: symbol, props: { number: String(i), position: i, origin: 'test' } });
    const link = (from: string, to: string, type: 'RECALLS' | 'NOTES' | 'REQUESTS' | 'IMPLEMENTS') => ({ key: `${from}|${type}|${to}`, from, to, type, date: '2021-01-01', props: { method: 'test', clause: from } });
    rows.links.push(
      link(`${symbol}#1`, 'WSIS-05/TUNIS/DOC/6(Rev.1)#69', 'RECALLS'),
      link(`${symbol}#2`, 'A/RES/67/195', 'NOTES'),
      link(`${symbol}#3`, 'body:CSTD', 'REQUESTS'),
      link(symbol, 'A/RES/67/195#20', 'IMPLEMENTS'),
    );
    return rows;
  };
  const edges = async (symbol: string) => {
    const [row] = await db.read('citations-of-instruments', { ids: [symbol], out: true, relations: ['RECALLS', 'NOTES', 'REQUESTS', 'IMPLEMENTS'], evidence: ['clause', 'date'], withNode: false, ...ALL });
    // Each citation is a list: [relation, evidence values, source, target].
    return (row.citations as Array<[string, [string, string], unknown[], unknown[]]>)
      .map(([relation, evidence, source, target]) => `${nodeFromList(source).id.replace(symbol, '')} ${relation} ${nodeFromList(target).id} ${evidence[0].replace(symbol, '')} ${evidence[1]}`)
      .sort();
  };
  afterAll(async () => {
    await db.transaction('test cleanup', (tx) => tx.run('delete-by-prefix', { prefix: PREFIX }));
  });

  it('writes the same edges with a statement per static type (large first loads) as with the dynamic-type statements', async () => {
    await loadRows(db, rowsFor(`${PREFIX}/STATIC`), { staticTypes: true });
    await loadRows(db, rowsFor(`${PREFIX}/DYNAMIC`), { staticTypes: false });
    const [viaStatic, viaDynamic] = [await edges(`${PREFIX}/STATIC`), await edges(`${PREFIX}/DYNAMIC`)];
    expect(viaStatic).toHaveLength(4);
    expect(viaStatic).toEqual(viaDynamic);
    // Re-running with the other statements updates the same edges instead of adding new ones.
    await loadRows(db, rowsFor(`${PREFIX}/STATIC`), { staticTypes: false });
    expect(await edges(`${PREFIX}/STATIC`)).toEqual(viaStatic);
  });
});

describe('ingest', () => {
  afterAll(async () => {
    await db.transaction('test cleanup', (tx) => tx.run('delete-by-prefix', { prefix: 'A/RES/99/' }));
  });

  it('loads a new English document with its clauses and citations, and enriches on a second run', async () => {
    const doc = parseFile(FIXTURE);
    expect(doc.unresolved.length).toBeGreaterThan(0);
    await ingestDocument(db, doc);
    const once = await graphCounts(db);
    await ingestDocument(db, doc);
    expect(await graphCounts(db)).toEqual(once);
    const [row] = await db.read('provisions-by-instrument', { ids: [doc.symbol] });
    expect(row).toBeDefined();
    const [citing] = await db.read('citations-of-instruments', { ids: [doc.symbol], out: true, relations: ['RECALLS', 'NOTES', 'REQUESTS', 'DECIDES', 'CITES', 'WELCOMES', 'INVITES'], evidence: [], withNode: false, ...ALL });
    const cited = citing.citations as unknown[][];
    expect(cited.some((c) => nodeFromList(c[3] as unknown[]).id === 'E/RES/2010/2#24')).toBe(true);
  });

  /** A copy of the English fixture under another symbol (A/RES/99/<n>), in `dir`. */
  function fixtureAs(dir: string, n: number): string {
    const file = path.join(dir, `res-${n}.en.txt`);
    writeFileSync(file, readFileSync(FIXTURE, 'utf8').replaceAll('A/RES/99/999', `A/RES/99/${n}`));
    return file;
  }
  const instrumentIds = async (ids: string[]) => (await db.read('instruments-by-id', { ids })).map((r) => r.key as string).sort();

  it('gives a clause that dates the report it asks for a due date, which its mandate reads', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ig-atlas-due-')), 'res-780.en.txt');
    const text = readFileSync(FIXTURE, 'utf8').replaceAll('A/RES/99/999', 'A/RES/99/780');
    writeFileSync(file, text.replace('paragraph 24 of Economic and Social Council resolution 2010/2;', 'paragraph 24 of Economic and Social Council resolution 2010/2, in 2031;'));
    await ingestDocument(db, parseFile(file));
    const [row, undated] = await mandatesByIds(db, ['A/RES/99/780#2', 'A/RES/99/780#3']);
    expect(row).toMatchObject({ due: '2031', date: '2030-12-20', addressees: [expect.objectContaining({ relation: 'REQUESTS', node: expect.objectContaining({ id: 'body:UNSG' }) })] });
    expect(mandateOn(row!, '2031-12-31')?.status).toBe('ACTIVE');
    expect(mandateOn(row!, '2032-01-01')?.status).toBe('OVERDUE');
    // ¶3 invites contributions to that report but dates nothing.
    expect(undated?.due).toBeUndefined();
  });

  it('loads documents in order and stops at one that fails: those before it stay, it writes nothing, those after are not tried', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ig-atlas-many-'));
    const [first, second, third] = [1001, 1002, 1003].map((n) => fixtureAs(dir, n));
    // Changed after a check, as a file can be: it no longer parses when its turn comes.
    writeFileSync(second, 'A/RES/99/1002\n15 May 2013\nThe General Assembly,\nRecalling\n');
    const log: string[] = [];
    const run = ingestDocuments(db, [first, second, third], { loaded: (doc) => log.push(`loaded ${doc.symbol}`), stopped: (file, index) => log.push(`stopped ${path.basename(file)} ${index}`) });
    await expect(run).rejects.toThrow(ParseError);
    expect(log).toEqual(['loaded A/RES/99/1001', 'stopped res-1002.en.txt 1']);
    expect(await instrumentIds(['A/RES/99/1001', 'A/RES/99/1002', 'A/RES/99/1003'])).toEqual(['A/RES/99/1001']);
    const [provisions] = await db.read('provisions-by-instrument', { ids: ['A/RES/99/1001'] });
    expect(provisions).toBeDefined();
  });

  /** `npm run ingest -- …args` against the test database: its exit code and output. */
  const ingest = (...args: string[]) => {
    const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword'), NEO4J_DATABASE: inject('neo4jDatabase') };
    return promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(ROOT, 'seed/src/ingest.cli.ts'), ...args], { cwd: ROOT, env }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
  };

  it('npm run ingest --check says what a load would do, against the real graph, and writes nothing', async () => {
    const version = async () => (await db.read('health'))[0].dataVersion as number;
    const before = await version();
    const dir = mkdtempSync(path.join(tmpdir(), 'ig-atlas-check-'));
    const fresh = fixtureAs(dir, 3001);
    const checked = await ingest(fresh, path.join(ROOT, 'seed/documents/WTPF-13-DT-6.ar.txt'), '--check');
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toMatch(/Checked .*res-3001\.en\.txt \(A\/RES\/99\/3001\): it would load; rolled back, nothing written/);
    // The seed document against the seeded graph: the curated title it would leave as it is.
    expect(checked.stdout).toContain('would keep the curated titleAr of WTPF-13/DT/6: "دعم تفعيل عملية التعاون المعزز"');
    expect(checked.stdout).toContain('Checked 2 documents');
    expect(await instrumentIds(['A/RES/99/3001'])).toEqual([]);
    expect(await version()).toBe(before);
    const both = await ingest(fresh, '--check', '--dry-run');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--dry-run (no Neo4j) and --check (Neo4j, rolled back) exclude each other');
  });

  it('npm run ingest loads a folder; a folder with a file that does not parse names it and loads nothing', async () => {
    const ids = ['A/RES/99/2001', 'A/RES/99/2002', 'A/RES/99/2003'];
    const bad = mkdtempSync(path.join(tmpdir(), 'ig-atlas-bad-'));
    fixtureAs(bad, 2001);
    writeFileSync(path.join(bad, 'res-2002.en.txt'), 'A/RES/99/2002\n15 May 2013\nThe General Assembly,\nRecalling\n');
    const refused = await ingest(bad, '--json');
    expect(refused.code).toBe(1);
    // stdout stays valid JSON: the documents that parsed.
    expect((JSON.parse(refused.stdout) as { symbol: string }[]).map((d) => d.symbol)).toEqual(['A/RES/99/2001']);
    expect(refused.stderr).toMatch(/1 of 2 files did not parse, so nothing was loaded:\n.*res-2002\.en\.txt:\d+: expected/);
    expect(await instrumentIds(ids)).toEqual([]);

    const good = path.join(bad, 'good');
    mkdirSync(good);
    const files = [2001, 2002, 2003].map((n) => fixtureAs(good, n));
    const loaded = await ingest(good, '--json');
    expect(loaded.stderr).toContain('Loaded 3 documents');
    expect(loaded.code).toBe(0);
    expect((JSON.parse(loaded.stdout) as { symbol: string }[]).map((d) => d.symbol)).toEqual(ids);
    expect(await instrumentIds(ids)).toEqual(ids);
    // One file alone: its parse as an object, as before folders were accepted.
    const one = await ingest(files[0], '--json', '--dry-run');
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ symbol: 'A/RES/99/2001' });
  });

  it('keeps the curated facts of Opinion 6 when the seed document enriches it, and says which fields the document gave', async () => {
    const [row] = await db.read('instruments-by-id', { ids: ['WTPF-13/DT/6'] });
    const node = row.node as Record<string, unknown>;
    // The document's heading is "مشروع الرأي 6: …"; the curated title is the opinion's own.
    expect(node).toMatchObject({ titleAr: 'دعم تفعيل عملية التعاون المعزز', origin: 'curated', confidence: 'verified' });
    // The record's sources are the curated ones; what the document alone gave names its file.
    expect(node.sources).toEqual(['S1', 'S2', 'S8', 'SRC-DOC']);
    expect(JSON.parse(node.extractedFields as string)).toMatchObject({ forumStart: 'seed/documents/WTPF-13-DT-6.ar.txt', forumEnd: 'seed/documents/WTPF-13-DT-6.ar.txt' });
    expect(JSON.parse(node.extractedFields as string)).not.toHaveProperty('titleAr');
    // A clause the curated corpus does not have is the document's own record.
    const clauses = await db.read('provisions-by-instrument', { ids: ['WTPF-13/DT/6'] });
    const own = clauses.map((r) => r.node as Record<string, unknown>).find((p) => p.text);
    expect(own).toMatchObject({ origin: 'document', confidence: 'extracted', sources: ['seed/documents/WTPF-13-DT-6.ar.txt'] });
  });

  it('gives an instrument a new document creates the document as its source', async () => {
    await ingestDocument(db, parseFile(FIXTURE));
    const [row] = await db.read('instruments-by-id', { ids: ['A/RES/99/999'] });
    expect(row.node).toMatchObject({ origin: 'document', confidence: 'extracted', sources: ['tests/fixtures/documents/sample-resolution.en.txt'] });
  });

  it('reports the curated values a document contradicts and keeps them, with one issuing body', async () => {
    const id = 'A/RES/99/777';
    await loadRows(db, {
      ...emptyRows(),
      instruments: [{ id, adopted: '2030-12-20', endDate: null, bodyId: 'body:ECOSOC', props: { symbol: id, kind: 'RESOLUTION', titleEn: 'ICT for development', origin: 'curated', confidence: 'verified', sources: ['U1'], curatedFields: ['symbol', 'kind', 'titleEn', 'adopted', 'bodyId'] } }],
    });
    const file = fixtureAs(mkdtempSync(path.join(tmpdir(), 'ig-atlas-curated-')), 777);
    const { kept } = await ingestDocument(db, parseFile(file));
    expect(kept.map((k) => [k.field, k.kept])).toEqual([['titleEn', 'ICT for development'], ['bodyId', 'body:ECOSOC']]);
    const [row] = await db.read('instruments-by-id', { ids: [id] });
    const node = row.node as Record<string, unknown>;
    expect(node).toMatchObject({ titleEn: 'ICT for development', bodyId: 'body:ECOSOC', confidence: 'verified', originalLanguage: 'en' });
    expect(JSON.parse(node.extractedFields as string)).toEqual({ originalLanguage: path.relative(ROOT, file) });
    const { records } = await db.driver.executeQuery('MATCH (:Instrument {id: $id})-[:ISSUED_BY]->(b) RETURN collect(b.id) AS bodies', { id });
    expect(records[0]?.get('bodies')).toEqual(['body:ECOSOC']);
  });

  it('gives a document loaded again, naming another body, that body alone', async () => {
    const file = fixtureAs(mkdtempSync(path.join(tmpdir(), 'ig-atlas-body-')), 778);
    const issuers = async () => (await db.driver.executeQuery('MATCH (:Instrument {id: $id})-[:ISSUED_BY]->(b) RETURN collect(b.id) AS bodies', { id: 'A/RES/99/778' })).records[0]?.get('bodies');
    await ingestDocument(db, parseFile(file));
    expect(await issuers()).toEqual(['body:UNGA']);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('General Assembly', 'Economic and Social Council'));
    await ingestDocument(db, parseFile(file));
    expect(await issuers()).toEqual(['body:ECOSOC']);
    const [row] = await db.read('instruments-by-id', { ids: ['A/RES/99/778'] });
    expect(row.node).toMatchObject({ bodyId: 'body:ECOSOC' });
  });

  it('re-ingesting the seed document enriches Opinion 6 instead of creating a second one', async () => {
    const before = await graphCounts(db);
    await ingestDocument(db, parseFile(path.join(ROOT, 'seed/documents/WTPF-13-DT-6.ar.txt')));
    expect(await graphCounts(db)).toEqual(before);
  });
});

describe('a store loaded before edges carried a strength', () => {
  const PREFIX = 'TEST-FILL';
  afterAll(async () => {
    await db.transaction('test cleanup', (tx) => tx.run('delete-by-prefix', { prefix: PREFIX }));
  });

  it('gets the strength a fresh load would give each edge, once, with the data version raised', async () => {
    // Edges as an older loader wrote them: no strength property.
    const rows = emptyRows();
    const instrument = (id: string) => ({ id, adopted: '2030-01-01', endDate: null, bodyId: null, props: { symbol: id, kind: 'RESOLUTION' } });
    rows.instruments.push(instrument(`${PREFIX}/1`), instrument(`${PREFIX}/2`));
    rows.provisions.push(
      { id: `${PREFIX}/1#1`, instrumentId: `${PREFIX}/1`, props: { number: '1', role: 'operative', verb: 'Encourages' } },
      { id: `${PREFIX}/1#2`, instrumentId: `${PREFIX}/1`, props: { number: '2', role: 'preambular', verb: 'Recalling' } },
      { id: `${PREFIX}/1#3`, instrumentId: `${PREFIX}/1`, props: { number: '3', role: 'operative', verb: 'Also requests' } },
    );
    const link = (from: string, type: 'INVITES' | 'RECALLS' | 'MANDATES' | 'REQUESTS', to = `${PREFIX}/2`) => ({ key: `${PREFIX}|${from}|${type}`, from, to, type, date: '2030-01-01', props: { method: 'test' } });
    rows.links.push(link(`${PREFIX}/1#1`, 'INVITES'), link(`${PREFIX}/1#2`, 'RECALLS'), link(`${PREFIX}/1#3`, 'REQUESTS'), link(`${PREFIX}/1`, 'MANDATES'));
    await loadRows(db, rows);
    const strengths = async () =>
      Object.fromEntries(
        (await db.driver.executeQuery('MATCH (s)-[r]->() WHERE r.key STARTS WITH $prefix RETURN r.key AS key, r.strength AS strength', { prefix: PREFIX })).records.map((r) => [r.get('key'), r.get('strength')]),
      );
    expect(Object.values(await strengths()).every((s) => s === null)).toBe(true);
    const version = async () => Number((await db.read('health'))[0]?.dataVersion ?? 0);
    const before = await version();

    expect(await fillStrengths(db)).toBeGreaterThanOrEqual(3);
    expect(await strengths()).toEqual({
      [`${PREFIX}|${PREFIX}/1#1|INVITES`]: 'ENCOURAGES', // the verb, not the relation
      [`${PREFIX}|${PREFIX}/1#2|RECALLS`]: null, // a recital acts on nothing
      [`${PREFIX}|${PREFIX}/1#3|REQUESTS`]: 'REQUESTS',
      [`${PREFIX}|${PREFIX}/1|MANDATES`]: 'REQUESTS', // a whole instrument: its relation's
    });
    expect(await version()).toBe(before + 1);
    // Nothing left to fill: the next start writes nothing and leaves the version.
    expect(await fillStrengths(db)).toBe(0);
    expect(await version()).toBe(before + 1);
  });
});

describe('bad input writes nothing', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ig-atlas-'));
  const file = (name: string, content: string | Buffer) => {
    const p = path.join(dir, name);
    writeFileSync(p, content);
    return p;
  };

  it('rejects empty, binary and truncated files with the file and line named', () => {
    const cases = [file('empty.txt', ''), file('binary.txt', Buffer.from([0, 1, 2, 0xff, 0xfe, 0])), file('truncated.txt', 'A/RES/99/1\n15 May 2013\nThe General Assembly,\nRecalling\n')];
    for (const f of cases) {
      expect(() => parseFile(f), f).toThrow(ParseError);
      try {
        parseFile(f);
      } catch (error) {
        expect((error as ParseError).message).toContain(path.basename(f));
        expect((error as ParseError).line).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('rolls back the whole document when one citation cannot be loaded', async () => {
    const before = await count('count-instruments');
    const rows = emptyRows();
    rows.instruments.push({ id: 'TEST-ROLLBACK/1', adopted: null, endDate: null, bodyId: null, props: { symbol: 'TEST-ROLLBACK/1', kind: 'REPORT' } });
    rows.provisions.push({ id: 'TEST-ROLLBACK/1#1', instrumentId: 'TEST-ROLLBACK/1', props: { number: '1' } });
    rows.links.push({ key: 'k', from: 'TEST-ROLLBACK/1#1', to: 'NOWHERE/0', type: 'RECALLS', date: null, props: {} });
    await expect(loadRows(db, rows)).rejects.toThrow(LoadError);
    await expect(loadRows(db, rows)).rejects.toThrow(/NOWHERE\/0/);
    expect(await count('count-instruments')).toBe(before);
    expect(await db.read('instruments-by-id', { ids: ['TEST-ROLLBACK/1'] })).toEqual([]);
  });

  it('raises the data version with every load, saying when and what, and not for a load rolled back', async () => {
    const version = async () => (await db.read('health'))[0] as { dataVersion: number; dataLoadedAt: string; dataLoadedBy: string };
    const before = await version();
    expect(before.dataVersion).toBeGreaterThan(0); // the seed loaded
    const rows = emptyRows();
    rows.instruments.push({ id: 'TEST-VERSION/1', adopted: null, endDate: null, bodyId: null, props: { symbol: 'TEST-VERSION/1', kind: 'REPORT' } });
    await loadRows(db, rows, { name: 'ingest test-version.txt' });
    const after = await version();
    expect(after.dataVersion).toBe(before.dataVersion + 1);
    expect(after.dataLoadedBy).toBe('ingest test-version.txt');
    expect(Date.parse(after.dataLoadedAt)).toBeGreaterThan(Date.now() - 60_000);
    rows.links.push({ key: 'k', from: 'TEST-VERSION/1', to: 'NOWHERE/0', type: 'RECALLS', date: null, props: {} });
    await expect(loadRows(db, rows, { name: 'broken' })).rejects.toThrow(LoadError);
    expect(await version()).toEqual(after);
    await db.transaction('test cleanup', (tx) => tx.run('delete-by-prefix', { prefix: 'TEST-VERSION/' }));
  });
});

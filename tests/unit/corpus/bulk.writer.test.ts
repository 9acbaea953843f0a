/**
 * BulkWriter (seed/src/load/bulk.ts): what it writes for Neo4j's importer, what it keeps aside for
 * MERGE, and what it refuses. Files only; the import itself is tested against Neo4j in
 * tests/integration/bulk.int.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BulkWriter, importerArgs } from '../../../seed/src/load/bulk.js';
import { LoadError } from '../../../seed/src/load/loader.js';
import { emptyRows, type Rows } from '../../../seed/src/load/rows.types.js';

const dirs: string[] = [];
function writer(): BulkWriter {
  const dir = mkdtempSync(path.join(tmpdir(), 'bulk-writer-'));
  dirs.push(dir);
  return new BulkWriter(dir);
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The lines of the file written for a label (after close). */
function file(w: BulkWriter, label: string): string[] {
  const entry = w.csv.written.find((f) => f.label === label);
  if (!entry) return [];
  return readFileSync(entry.file, 'utf8').trimEnd().split('\n');
}

function rows(partial: Partial<Rows>): Rows {
  return { ...emptyRows(), ...partial };
}

const instrument = (id: string, props: Record<string, any> = { symbol: id }, bodyId: string | null = null) => ({ id, adopted: '2013-05-14', endDate: null, bodyId, props });

describe('BulkWriter', () => {
  it('writes typed headers, quotes text (doubling quotes, keeping commas and newlines) and joins lists with U+001F', () => {
    const w = writer();
    w.add(rows({ instruments: [instrument('A/RES/1', { symbol: 'A/RES/1', titleEn: 'Says "hello", twice\nand more', position: 3, sources: ['S1', 'S2'] })] }));
    w.csv.close();
    const [header, line] = file(w, 'Instrument');
    expect(header).toBe('id:ID,adopted:date,endDate:date,bodyId:string,card:string,symbol:string,titleEn:string,position:double,sources:string[]');
    // The card (cypher/card.ts): label, id, symbol, kind, shortTitle, adopted, bodyId.
    const card = ['Instrument', 'A/RES/1', 'A/RES/1', '', '', '2013-05-14', ''].join('\u001f');
    expect(readFileSync(w.csv.written[0].file, 'utf8')).toContain(`"A/RES/1",2013-05-14,,,"${card}","A/RES/1","Says ""hello"", twice\nand more",3,"S1\u001fS2"`);
    expect(line.startsWith('"A/RES/1",2013-05-14,,,')).toBe(true);
    expect(importerArgs(w)).toContain('--multiline-fields=true');
    const single = writer();
    single.add(rows({ instruments: [instrument('A/RES/2')] }));
    single.csv.close();
    expect(importerArgs(single)).toContain('--multiline-fields=false');
  });

  it('writes the first row of an id and keeps later ones (and repeated links) aside for MERGE, in order', () => {
    const w = writer();
    const link = { key: 'k', from: 'A/RES/2', to: 'A/RES/1', type: 'RECALLS' as const, date: null, props: { clause: '¶1' } };
    w.add(rows({ instruments: [instrument('A/RES/1'), instrument('A/RES/2')], links: [link] }));
    w.add(rows({ instruments: [instrument('A/RES/1', { symbol: 'A/RES/1', titleEn: 'Later' })], links: [{ ...link, props: { clause: '¶2' } }] }));
    w.csv.close();
    expect(file(w, 'Instrument')).toHaveLength(3);
    expect(w.deferred.instruments.map((i) => i.props.titleEn)).toEqual(['Later']);
    expect(w.deferred.links.map((l) => l.props.clause)).toEqual(['¶2']);
    expect([w.nodes, w.relationships]).toEqual([2, 1]);
  });

  it('sets an empty list through a MERGE row of its own (a CSV cell cannot hold one)', () => {
    const w = writer();
    w.add(rows({ instruments: [instrument('A/RES/1', { symbol: 'A/RES/1', sources: [] })] }));
    w.csv.close();
    expect(file(w, 'Instrument')[0]).not.toContain('sources');
    expect(w.deferred.instruments).toEqual([expect.objectContaining({ id: 'A/RES/1', stub: false, adopted: null, props: { sources: [] } })]);
  });

  it('links an instrument to its body only when the body came first, as the transactional loader does', () => {
    const w = writer();
    w.add(rows({ instruments: [instrument('A/RES/1', { symbol: 'A/RES/1' }, 'body:UNGA')] }));
    w.add(rows({ bodies: [{ id: 'body:UNGA', props: { acronym: 'UNGA' } }], instruments: [instrument('A/RES/2', { symbol: 'A/RES/2' }, 'body:UNGA')] }));
    w.csv.close();
    expect(file(w, 'ISSUED_BY')).toEqual([':START_ID,:END_ID', '"A/RES/2","body:UNGA"']);
    expect(file(w, 'Instrument').slice(1).map((l) => l.split(',')[3])).toEqual(['', '"body:UNGA"']);
  });

  it('refuses unknown endpoints, malformed ids, unknown relation types and U+001F in a list, naming them', () => {
    const w = writer();
    expect(() => w.add(rows({ instruments: [instrument('A/RES/1')], links: [{ key: 'k', from: 'A/RES/1', to: 'A/RES/404', type: 'RECALLS', date: null, props: {} }] }))).toThrow(/citations: unknown A\/RES\/404/);
    expect(() => w.add(rows({ provisions: [{ id: 'X/1#2', instrumentId: 'X/1', props: {} }] }))).toThrow(/provisions: unknown X\/1/);
    expect(() => w.add(rows({ instruments: [instrument('A/RES/1#2')] }))).toThrow(LoadError);
    expect(() => w.add(rows({ instruments: [instrument('A/RES/3')], links: [{ key: 'k', from: 'A/RES/3', to: 'A/RES/3', type: 'LIKES' as any, date: null, props: {} }] }))).toThrow(/Unknown relation type "LIKES"/);
    expect(() => w.add(rows({ instruments: [instrument('A/RES/4', { symbol: 'A/RES/4', sources: ['a\u001fb'] })] }))).toThrow(/U\+001F/);
    w.csv.close();
  });
});

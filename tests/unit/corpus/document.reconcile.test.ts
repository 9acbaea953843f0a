/** What a parsed document may write on a node the curated corpus holds (document.reconcile.ts). */
import { describe, expect, it } from 'vitest';
import { reconcileDocumentRow } from '../../../seed/src/load/document.reconcile.js';
import type { InstrumentLoadRow } from '../../../seed/src/load/rows.types.js';

const FILE = 'docs/res-777.en.txt';

/** A document's row for A/RES/99/777, as documentRows makes it. */
function documentRow(): InstrumentLoadRow {
  return {
    id: 'A/RES/99/777',
    document: FILE,
    adopted: '2030-12-20',
    endDate: null,
    bodyId: 'body:UNGA',
    props: {
      symbol: 'A/RES/99/777', kind: 'RESOLUTION', titleEn: 'Information and communications technologies', venue: 'New York',
      sourceFile: FILE, parsedLanguage: 'en', origin: 'document', confidence: 'extracted', sources: [FILE],
    },
  };
}

/** The curated node as Neo4j gives it back. */
const curated = {
  id: 'A/RES/99/777', symbol: 'A/RES/99/777', kind: 'RESOLUTION', titleEn: 'ICT for development', adopted: '2030-12-20', bodyId: 'body:ECOSOC',
  origin: 'curated', confidence: 'verified', sources: ['U1'], curatedFields: ['symbol', 'kind', 'titleEn', 'origin', 'confidence', 'sources', 'adopted', 'bodyId'],
};

describe('reconcileDocumentRow', () => {
  it('writes a document row as it is on a new node', () => {
    const row = documentRow();
    expect(reconcileDocumentRow(row, undefined, FILE)).toEqual({ row, kept: [] });
  });

  it('writes it as it is on a node a document made, adding the file to its sources', () => {
    const earlier = { ...curated, origin: 'document', confidence: 'extracted', sources: ['earlier.en.txt'] };
    const { row, kept } = reconcileDocumentRow(documentRow(), earlier, FILE);
    expect(kept).toEqual([]);
    expect(row).toEqual({ ...documentRow(), props: { ...documentRow().props, sources: ['earlier.en.txt', FILE] } });
  });

  it('lets a document rewrite what a citation stub wrote, adding its file to the sources', () => {
    const stub = { id: 'A/RES/99/777', symbol: 'A/RES/99/777', kind: 'OUTCOME_DOCUMENT', origin: 'reference', confidence: 'extracted', sources: ['other.en.txt'] };
    const { row, kept } = reconcileDocumentRow(documentRow(), stub, FILE);
    expect(kept).toEqual([]);
    expect(row.props).toMatchObject({ kind: 'RESOLUTION', origin: 'document', confidence: 'extracted', sources: ['other.en.txt', FILE] });
    expect(row).toMatchObject({ adopted: '2030-12-20', bodyId: 'body:UNGA' });
  });

  it('keeps every curated value the document contradicts, and reports it', () => {
    const { row, kept } = reconcileDocumentRow(documentRow(), curated, FILE);
    expect(kept).toEqual([
      { id: 'A/RES/99/777', field: 'titleEn', kept: 'ICT for development', document: 'Information and communications technologies' },
      { id: 'A/RES/99/777', field: 'bodyId', kept: 'body:ECOSOC', document: 'body:UNGA' },
    ]);
    expect(row.props.titleEn).toBeUndefined();
    // No second ISSUED_BY edge: the statement adds a body only when the row names one.
    expect(row.bodyId).toBeNull();
    // The same date: nothing reported, nothing to write.
    expect(row.adopted).toBeNull();
    // The record's own provenance stays the curated one.
    for (const name of ['origin', 'confidence', 'sources']) expect(row.props).not.toHaveProperty(name);
  });

  it('fills what the curated record lacks, and names the file each filled property came from', () => {
    const { row } = reconcileDocumentRow(documentRow(), curated, FILE);
    expect(row.props).toMatchObject({ venue: 'New York', sourceFile: FILE, parsedLanguage: 'en' });
    // The text's bookkeeping (sourceFile, parsedLanguage) is not a fact about the instrument.
    expect(JSON.parse(row.props.extractedFields as string)).toEqual({ venue: FILE });
  });

  it('on a curated node from before curatedFields, counts as curated what no document filled', () => {
    const old = { ...curated, curatedFields: undefined, venue: 'Geneva', extractedFields: JSON.stringify({ venue: 'first.en.txt' }) };
    const { row, kept } = reconcileDocumentRow(documentRow(), old, FILE);
    expect(row.props.venue).toBe('New York');
    expect(kept.map((k) => k.field)).toEqual(['titleEn', 'bodyId']);
  });

  it('lets a later document replace what an earlier one filled, but never a curated value', () => {
    const first = reconcileDocumentRow(documentRow(), curated, 'first.en.txt').row;
    const stored = { ...curated, ...first.props };
    const second = documentRow();
    second.props.venue = 'Geneva';
    const { row, kept } = reconcileDocumentRow(second, stored, FILE);
    expect(row.props.venue).toBe('Geneva');
    expect(kept.map((k) => k.field)).toEqual(['titleEn', 'bodyId']);
    expect(JSON.parse(row.props.extractedFields as string)).toEqual({ venue: FILE });
  });

  it('does not report a difference of case only (the corpus writes "invites", the parser "Invites")', () => {
    const row = { ...documentRow(), props: { ...documentRow().props, titleEn: 'ICT FOR DEVELOPMENT' }, bodyId: 'body:ECOSOC' };
    expect(reconcileDocumentRow(row, curated, FILE).kept).toEqual([]);
  });

  it('fills a date the curated record lacks, and keeps one it knows only to the month', () => {
    const undated = { ...curated, adopted: undefined };
    expect(reconcileDocumentRow(documentRow(), undated, FILE).row.adopted).toBe('2030-12-20');
    const monthOnly = { ...undated, adoptedText: '2030-12' };
    const { row, kept } = reconcileDocumentRow(documentRow(), monthOnly, FILE);
    expect(row.adopted).toBeNull();
    expect(kept).toContainEqual({ id: 'A/RES/99/777', field: 'adopted', kept: '2030-12', document: '2030-12-20' });
  });
});

/** The edges of a view as a CSV table (edge-table.ts). */
import { describe, expect, it } from 'vitest';
import { EDGE_TABLE_COLUMNS, edgeTable } from '../../../client/src/graph/edge-table.js';
import type { GEdge, GNode } from '../../../client/src/graph/types.js';

/** A minimal RFC 4180 reader: enough to read back what edgeTable writes. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

const nodes: GNode[] = [
  { id: 'WTPF-13/DT/6#recalling.a', label: 'Recalling (a)', kind: 'Provision' },
  { id: 'WSIS-05/TUNIS/DOC/6(Rev.1)#69', label: 'Tunis Agenda ¶69', kind: 'Provision' },
  { id: 'A/RES/66/184', label: 'UNGA res. 66/184', kind: 'Instrument' },
];
const edges: GEdge[] = [
  {
    id: 'e1', source: 'WTPF-13/DT/6#recalling.a', target: 'WSIS-05/TUNIS/DOC/6(Rev.1)#69', relation: 'RECALLS',
    evidence: { clause: 'Recalling (a)', quote: 'بالفقرات 35 و37، "ذات الصلة"\nمن برنامج عمل تونس', language: 'ar', method: 'rule:tunis-paragraphs', confidence: 'extracted', date: '2013-05-15', sources: ['seed/documents/WTPF-13-DT-6.ar.txt'] },
  },
  {
    id: 'e2', source: 'A/RES/66/184', target: 'A/RES/65/141', relation: 'SUCCEEDS',
    evidence: { strength: 'REQUESTS', quote: '=HYPERLINK("http://evil")', method: 'curated', confidence: 'verified', sources: ['U45', 'U25'], fieldProvenance: [{ field: 'relation', confidence: 'unconfirmed', sources: ['U45'], note: 'Inferred from the agenda item.' }] },
  },
  { id: 'e3', source: 'WSIS-05/TUNIS/DOC/6(Rev.1)#69', target: 'A/RES/66/184', relation: 'PART_OF' },
];

describe('edgeTable', () => {
  const text = edgeTable(nodes, edges, new Set(['e1']));
  const [header, ...rows] = readCsv(text.slice(1));

  it('writes a UTF-8 byte-order mark, a header Gephi reads, and one CRLF-ended row per edge', () => {
    expect(text.startsWith('\uFEFFSource,Target,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(header).toEqual([...EDGE_TABLE_COLUMNS]);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(EDGE_TABLE_COLUMNS.length);
  });

  it('reads back every value, Arabic, commas, quotes and line breaks included', () => {
    const recalls = Object.fromEntries(header.map((name, i) => [name, rows[0][i]]));
    expect(recalls).toMatchObject({
      Source: 'WTPF-13/DT/6#recalling.a', 'Target label': 'Tunis Agenda ¶69', Relation: 'RECALLS',
      Quote: 'بالفقرات 35 و37، "ذات الصلة"\nمن برنامج عمل تونس', Language: 'ar', Date: '2013-05-15', Sources: 'seed/documents/WTPF-13-DT-6.ar.txt',
      New: 'yes', // marked new by the time window
    });
  });

  it('names an end outside the nodes by its id, says which part of an edge is less sure, and leaves no formula to a spreadsheet', () => {
    const succeeds = Object.fromEntries(header.map((name, i) => [name, rows[1][i]]));
    expect(succeeds).toMatchObject({ 'Source label': 'UNGA res. 66/184', 'Target label': 'A/RES/65/141', Sources: 'U45 U25', 'Less sure': 'relation: unconfirmed (Inferred from the agenda item.)' });
    expect(succeeds.Quote).toBe('\'=HYPERLINK("http://evil")');
    expect(succeeds.New).toBe('');
    expect(succeeds.Strength).toBe('REQUESTS');
    expect(Object.fromEntries(header.map((name, i) => [name, rows[0][i]])).Strength).toBe(''); // a recital's: none
    expect(rows[2].slice(5).every((v) => v === '')).toBe(true); // a structural edge: no evidence
  });
});

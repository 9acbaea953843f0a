import { describe, expect, it } from 'vitest';
import { citeEdge, citeNode, QUOTE_CHARS, type DataRef } from '../../../client/src/cite.js';

const REF: DataRef = { url: 'http://127.0.0.1:4000/?instrument=WTPF-13%2FDT%2F6&v=12', version: 12, loadedAt: '2026-11-30T17:52:08.123Z' };

describe('references to cite', () => {
  it('names a node, its id, its date, the data version and the link', () => {
    expect(citeNode({ id: 'WTPF-13/DT/6', label: 'WTPF-13 Opinion 6 (DT/6)', date: '2013-05-15' }, REF)).toBe(
      'WTPF-13 Opinion 6 (DT/6) [WTPF-13/DT/6], 2013-05-15. ig-atlas, data version 12 (2026-11-30). http://127.0.0.1:4000/?instrument=WTPF-13%2FDT%2F6&v=12',
    );
    // No repeated id, no date, no version: what is known.
    expect(citeNode({ id: 'body:WGEC', label: 'body:WGEC' }, { url: 'http://x/', version: null, loadedAt: null })).toBe('body:WGEC. ig-atlas. http://x/');
  });

  it('says, for a node that gives a mandate, where the mandate stood on the day it was read', () => {
    const para = { id: 'A/RES/67/195#20', label: 'UNGA res. 67/195 ¶20', date: '2012-12-21' };
    const link = { url: 'http://x/?node=A%2FRES%2F67%2F195%2320&asOf=2013', version: 12, loadedAt: null };
    expect(citeNode(para, link, { status: 'IN_PROGRESS', asOf: '2013-12-31', due: '2014', basis: { label: 'WGEC', date: '2013-03-22' } })).toBe(
      'UNGA res. 67/195 ¶20 [A/RES/67/195#20], 2012-12-21. Mandate, as of 2013-12-31: in progress (WGEC, 2013-03-22), due 2014. ig-atlas, data version 12. http://x/?node=A%2FRES%2F67%2F195%2320&asOf=2013',
    );
    expect(citeNode(para, link, { status: 'OVERDUE', asOf: '2026-11-30', due: '2014', basis: null })).toContain('. Mandate, as of 2026-11-30: overdue, due 2014. ig-atlas');
    expect(citeNode(para, link, null)).toBe('UNGA res. 67/195 ¶20 [A/RES/67/195#20], 2012-12-21. ig-atlas, data version 12. http://x/?node=A%2FRES%2F67%2F195%2320&asOf=2013');
  });

  it('names an edge with its clause, its text, how it was made and how sure we are', () => {
    const edge = {
      id: 'e', source: 'WTPF-13/DT/6#recalling.a', target: 'WSIS-05/TUNIS/DOC/6(Rev.1)#69', relation: 'RECALLS',
      evidence: { clause: 'Recalling (a)', quote: 'بالفقرات ذات الصلة\nمن برنامج عمل تونس', date: '2013-05-15', method: 'rule:tunis-paragraphs', confidence: 'extracted' },
    };
    expect(citeEdge(edge, 'WTPF-13 Opinion 6 (DT/6) Recalling (a)', 'Tunis Agenda ¶69', REF)).toBe(
      'WTPF-13 Opinion 6 (DT/6) Recalling (a) recalls Tunis Agenda ¶69 [WTPF-13/DT/6#recalling.a RECALLS WSIS-05/TUNIS/DOC/6(Rev.1)#69]. Recalling (a): “بالفقرات ذات الصلة من برنامج عمل تونس” (2013-05-15; rule:tunis-paragraphs; extracted). ig-atlas, data version 12 (2026-11-30). http://127.0.0.1:4000/?instrument=WTPF-13%2FDT%2F6&v=12',
    );
    expect(citeEdge({ id: 'e', source: 'a', target: 'b', relation: 'CALLS_UPON' }, 'A', 'B', REF)).toBe('A calls upon B [a CALLS_UPON b]. ig-atlas, data version 12 (2026-11-30). http://127.0.0.1:4000/?instrument=WTPF-13%2FDT%2F6&v=12');
  });

  it('cuts a long quote at a space', () => {
    const quote = 'word '.repeat(200);
    const text = citeEdge({ id: 'e', source: 'a', target: 'b', relation: 'CITES', evidence: { quote } }, 'A', 'B', REF);
    const cited = text.slice(text.indexOf('“') + 1, text.indexOf('”'));
    expect(cited.length).toBeLessThanOrEqual(QUOTE_CHARS + 1);
    expect(cited.endsWith('word…')).toBe(true);
  });
});

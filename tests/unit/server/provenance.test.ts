/** fieldProvenance: a node's per-field provenance, from the curated marks and what documents filled. */
import { describe, expect, it } from 'vitest';
import { fieldProvenance } from '../../../server/src/graph/provenance.js';

describe('fieldProvenance', () => {
  it('lists the curated marks under the API names, then the extracted fields in the order they were written', () => {
    const node = {
      provenance: JSON.stringify({ summary: { confidence: 'seed-document', sources: ['SRC-DOC'], note: 'Paraphrase.' }, issuedBy: { confidence: 'unconfirmed', sources: [] } }),
      extractedFields: JSON.stringify({ venue: 'a.en.txt', forumEnd: 'a.en.txt', bodyId: 'b.en.txt' }),
    };
    expect(fieldProvenance(node)).toEqual([
      { field: 'summaryEn', confidence: 'seed-document', sources: ['SRC-DOC'], note: 'Paraphrase.' },
      { field: 'body', confidence: 'unconfirmed', sources: [], note: undefined },
      { field: 'venue', confidence: 'extracted', sources: ['a.en.txt'] },
      { field: 'forumEnd', confidence: 'extracted', sources: ['a.en.txt'] },
      { field: 'body', confidence: 'extracted', sources: ['b.en.txt'] },
    ]);
  });

  it('leaves out a field the curated record has since taken over', () => {
    const node = { curatedFields: ['venue'], extractedFields: JSON.stringify({ venue: 'a.en.txt', forumEnd: 'a.en.txt' }) };
    expect(fieldProvenance(node).map((f) => f.field)).toEqual(['forumEnd']);
  });

  it('gives nothing for a node without marks, or with marks edited by hand into something else', () => {
    expect(fieldProvenance({})).toEqual([]);
    expect(fieldProvenance({ provenance: '{not json', extractedFields: '[1, 2]' })).toEqual([]);
    expect(fieldProvenance({ provenance: JSON.stringify({ titleEn: 'verified' }), extractedFields: JSON.stringify({ venue: 3 }) })).toEqual([]);
  });
});

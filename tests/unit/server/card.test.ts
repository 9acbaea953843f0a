/** Cards (cypher/card.ts): the string the bulk importer writes reads back as the node it came from. */
import { describe, expect, it } from 'vitest';
import { cardCypher, cardOf, SEPARATOR } from '../../../cypher/card.js';
import { expandMacros } from '../../../server/src/db/queries.js';
import { nodeFromCard } from '../../../server/src/graph/graph-node.js';

describe('cards', () => {
  it('read back as the node they were made from, a missing value as undefined', () => {
    const provision = nodeFromCard(cardOf('Provision', { id: 'A/RES/67/195#20', instrumentId: 'A/RES/67/195', number: 20, label: null, text: 'not on the card' }));
    expect(provision).toMatchObject({ __kind: 'Provision', __partial: true, id: 'A/RES/67/195#20', instrumentId: 'A/RES/67/195', number: '20', label: undefined });
    expect(provision).not.toHaveProperty('text', expect.anything());

    const instrument = nodeFromCard(cardOf('Instrument', { id: 'A/RES/67/195', symbol: 'A/RES/67/195', kind: 'resolution', shortTitle: 'ICT for development', adopted: '2012-12-21', bodyId: 'body:UNGA' }));
    expect(instrument).toMatchObject({ __kind: 'Instrument', symbol: 'A/RES/67/195', kind: 'resolution', shortTitle: 'ICT for development', adopted: '2012-12-21', bodyId: 'body:UNGA' });

    const body = nodeFromCard(cardOf('Body', { id: 'body:CSTD', acronym: 'CSTD', name: 'Commission on Science and Technology for Development', nameAr: 'لجنة تسخير العلم والتكنولوجيا لأغراض التنمية' }));
    expect(body).toMatchObject({ __kind: 'Body', acronym: 'CSTD', nameAr: 'لجنة تسخير العلم والتكنولوجيا لأغراض التنمية', kind: undefined, established: undefined, ended: undefined });
    // A body's end is on its card; a card written before it was reads as a body with no end.
    expect(nodeFromCard(cardOf('Body', { id: 'body:WGEC', acronym: 'WGEC', established: '2013-03-22', ended: '2014-05-14' }))).toMatchObject({ established: '2013-03-22', ended: '2014-05-14' });
    expect(nodeFromCard(['Body', 'body:WGEC', 'WGEC', '', '', '', '2013-03-22'].join(SEPARATOR))).toMatchObject({ established: '2013-03-22', ended: undefined });
  });

  it('carry an adoption known only to the month or year, from adoptedText, in both writers', () => {
    const props = { id: 'ITU PP Res. 101 (Rev. Guadalajara, 2010)', symbol: 'ITU PP Res. 101 (Rev. Guadalajara, 2010)', kind: 'RESOLUTION', adoptedText: '2010-10' };
    expect(nodeFromCard(cardOf('Instrument', props, { adopted: null }))).toMatchObject({ adopted: '2010-10' });
    expect(nodeFromCard(['Instrument', props])).toMatchObject({ adopted: '2010-10' });
    // A full date wins over the text it was parsed from.
    expect(nodeFromCard(cardOf('Instrument', { ...props, adoptedText: '2010-10' }, { adopted: '2010-10-22' }))).toMatchObject({ adopted: '2010-10-22' });
    expect(cardCypher('i', 'Instrument')).toContain("coalesce(toString(i.adopted), i.adoptedText, '')");
  });

  it('are made from the label and properties a statement reads of a node that has none', () => {
    const props = { id: 'body:WGEC', acronym: 'WGEC', name: 'Working Group on Enhanced Cooperation', established: '2013-03-01', sources: ['UNGA-67-195'] };
    expect(nodeFromCard(['Body', props])).toEqual(nodeFromCard(cardOf('Body', props)));
    expect(nodeFromCard(['Body', props])).toMatchObject({ __kind: 'Body', acronym: 'WGEC', established: '2013-03-01' });
  });

  it('turn a separator inside a value into a space, so the fields still split right', () => {
    const card = cardOf('Provision', { id: 'X/1#1', instrumentId: 'X/1', number: '1', label: `a${SEPARATOR}b` });
    expect(card.split(SEPARATOR)).toHaveLength(5);
    expect(nodeFromCard(card)).toMatchObject({ label: 'a b' });
  });

  it('are made in Cypher from the same fields in the same order', () => {
    expect(cardCypher('p', 'Provision')).toBe(
      ["'Provision'", ...['id', 'instrumentId', 'number', 'label'].map((f) => `replace(coalesce(toString(p.${f}), ''), '\\u001f', ' ')`)].join(" + '\\u001f' + "),
    );
  });

  it('are expanded in query files, and a label outside the closed list is refused', () => {
    expect(expandMacros('SET b.card = CARD(b:Body)', 'x')).toBe(`SET b.card = ${cardCypher('b', 'Body')}`);
    expect(expandMacros('RETURN CARD(m)', 'x')).toBe('RETURN coalesce(m.card, [head(labels(m)), properties(m)])');
    expect(() => expandMacros('SET n.card = CARD(n:Person)', 'bad')).toThrow(/bad\.cypher: CARD\(n:Person\) names no label/);
  });

  it('expand LEVEL_ROW to the row a neighbourhood level sends, reading both nodes\' cards', () => {
    const row = expandMacros('RETURN collect(LEVEL_ROW(r, m, f.id, parent)) AS found', 'x');
    expect(row).toBe(
      "RETURN collect([type(r), r.key, [k IN $evidence | CASE k WHEN 'date' THEN toString(r.date) ELSE r[k] END], f.id, startNode(r) = m, " +
        'coalesce(m.card, [head(labels(m)), properties(m)]), CASE WHEN parent IS NOT NULL THEN coalesce(parent.card, [head(labels(parent)), properties(parent)]) END]) AS found',
    );
    expect(() => expandMacros('RETURN LEVEL_ROW(r, m)', 'short')).toThrow(/short\.cypher: LEVEL_ROW takes four expressions/);
  });
});

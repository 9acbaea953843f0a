/** The citation cursor: opaque both ways, and nothing but a cursor a page gave is taken. */
import { describe, expect, it } from 'vitest';
import { decodeCitationCursor, encodeCitationCursor } from '../../../server/src/citation/citation.cursor.js';

describe('citation cursor', () => {
  it('gives back the place it encodes, keys with separators and any script included', () => {
    for (const order of [[20121221, 0, 'A/RES/67/195#20|MANDATES|body:WGEC'], [99999999, 2147483647, 'WTPF-13/DT/6|recalls|x'], [20130515, 12, 'مفتاح|ключ'], [20050101, -1, '4:1a2b:17']] as const) {
      const cursor = encodeCitationCursor([...order]);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCitationCursor(cursor)).toEqual(order);
    }
  });

  it('refuses what no page gave, naming the argument', () => {
    for (const forged of ['', 'zzz', Buffer.from('x|1|key').toString('base64url'), Buffer.from('20200101|1.5|key').toString('base64url'), Buffer.from('20200101|99999999999|key').toString('base64url'), Buffer.from('20200101|5|').toString('base64url'), Buffer.from('5|key').toString('base64url')]) {
      expect(() => decodeCitationCursor(forged), forged).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'after' }) }));
    }
  });
});

/** CITATION_DEGREE (cypher/degree.ts): a count of one named type per term, each type from the closed list. */
import { describe, expect, it } from 'vitest';
import { citationDegreeCypher } from '../../../cypher/degree.js';
import { RELATIONS } from '../../../cypher/model.js';
import { expandMacros } from '../../../server/src/db/queries.js';

describe('CITATION_DEGREE', () => {
  it('counts each type of RELATIONS in each direction, when $relations has it, and names no other type', () => {
    const text = citationDegreeCypher('x');
    for (const type of RELATIONS) {
      expect(text).toContain(`CASE WHEN '${type}' IN $relations THEN COUNT { (x)-[:${type}]->() } ELSE 0 END`);
      expect(text).toContain(`CASE WHEN '${type}' IN $relations THEN COUNT { (x)<-[:${type}]-() } ELSE 0 END`);
    }
    const named = [...text.matchAll(/\[:(\w+)\]/g)].map((m) => m[1]);
    expect(named).toHaveLength(2 * RELATIONS.length);
    expect(new Set(named)).toEqual(new Set(RELATIONS));
    expect(text.startsWith('CASE WHEN $out THEN ')).toBe(true);
  });

  it('is expanded in query files', () => {
    expect(expandMacros('RETURN sum(CITATION_DEGREE(n)) AS total', 'x')).toBe(`RETURN sum(${citationDegreeCypher('n')}) AS total`);
  });
});

/**
 * The citation macros: CITATION_DEGREE (cypher/degree.ts), a count of one named type per term, each
 * type from the closed list; CITATION_PAGE (cypher/citation-page.ts), the clauses of a page.
 */
import { describe, expect, it } from 'vitest';
import { citationPageCypher } from '../../../cypher/citation-page.js';
import { citationDegreeCypher } from '../../../cypher/degree.js';
import { DRAFTING_RELATIONS, RELATIONS } from '../../../cypher/model.js';
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

describe('CITATION_PAGE', () => {
  it('is expanded in query files, for the relationship variable it names', () => {
    const text = expandMacros('MATCH (n)-[rel]-(m)\nCITATION_PAGE(rel)\nRETURN rel', 'x');
    expect(text).toBe(`MATCH (n)-[rel]-(m)\n${citationPageCypher('rel')}\nRETURN rel`);
    expect(text).toContain('WITH rel, rel.date AS d');
    expect(text).not.toMatch(/\br\./);
  });
});

describe('NODE_OF_ID', () => {
  it('binds n to the node an id names, by the label its shape names, for the variable it is given', () => {
    const text = expandMacros('UNWIND $ids AS key\nNODE_OF_ID(key)\nRETURN n', 'x');
    expect(text).toContain("CALL (key) {\nWITH key WHERE key CONTAINS '#'\nMATCH (n:Provision {id: key}) RETURN n\nUNION");
    expect(text).toContain("WITH key WHERE key STARTS WITH 'body:'\nMATCH (n:Body {id: key}) RETURN n");
    expect(text).toContain("WITH key WHERE NOT key CONTAINS '#' AND NOT key STARTS WITH 'body:'\nMATCH (n:Instrument {id: key}) RETURN n\n}");
    expect(text).not.toContain('NODE_OF_ID');
  });
});

describe(':DRAFTING', () => {
  it('names the drafting relations from the closed list, and nothing that merely starts with the word', () => {
    const text = expandMacros('MATCH (n) (()-[up:DRAFTING]->()){1,10} ()\n// DRAFTING_RELATIONS: :DRAFTING_X', 'x');
    expect(text).toContain(`(()-[up:${DRAFTING_RELATIONS.join('|')}]->())`);
    expect(text).toContain('-[up:ADOPTS|REVISES]->');
    expect(text).toContain(':DRAFTING_X');
  });
});

describe('TEXT_DATE', () => {
  it("dates a text by its own adoption, as written, else by its instrument's", () => {
    const text = expandMacros('MATCH (p) RETURN TEXT_DATE(p) AS date', 'x');
    expect(text).toContain('coalesce(toString(p.adopted), p.adoptedText, head([(p)-[:PART_OF]->(owner:Instrument) | coalesce(toString(owner.adopted), owner.adoptedText)])) AS date');
    expect(text).not.toContain('TEXT_DATE');
  });
});

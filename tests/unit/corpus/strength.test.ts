import { describe, expect, it } from 'vitest';
import { ACTING_RELATIONS, CITING_RELATIONS, DRAFTING_RELATIONS } from '../../../cypher/model.js';
import { STRENGTHS, isStrength, strengthOf, strengthsFrom, verbStrength } from '../../../cypher/strength.js';
import { loadCorpus } from '../../../seed/src/corpus/corpus.validate.js';
import { corpusRows } from '../../../seed/src/load/corpus.rows.js';
import { documentRows } from '../../../seed/src/load/document.rows.js';
import { OPERATIVE, PREAMBULAR } from '../../../seed/src/parse/lexicon.js';
import { parseDocument } from '../../../seed/src/parse/index.js';
import { EN_FIXTURE, read } from '../parse/helpers.js';

describe('the strength scale', () => {
  it('ranks strongest first, and "at least" keeps the stronger ones', () => {
    expect(STRENGTHS.map((s) => strengthsFrom(s).length)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(strengthsFrom('DECIDES')).toEqual(['DECIDES']);
    expect(strengthsFrom('INVITES')).toEqual(['DECIDES', 'REQUESTS', 'CALLS_UPON', 'INVITES']);
    expect(strengthsFrom('DECLARES')).toEqual([...STRENGTHS]);
    expect(isStrength('REQUESTS')).toBe(true);
    expect(isStrength('requests')).toBe(false);
    expect(isStrength(undefined)).toBe(false);
  });

  it('reads every operative verb of the lexicon, telling apart what its relation merges', () => {
    const byVerb = Object.fromEntries(OPERATIVE.map((row) => [row.verb, strengthOf({ role: 'operative', verb: row.verb }, row.relation)]));
    expect(byVerb).toEqual({
      Decides: 'DECIDES', Resolves: 'DECIDES', Establishes: 'DECIDES', Adopts: 'DECIDES', Endorses: 'DECIDES',
      Requests: 'REQUESTS', Instructs: 'REQUESTS',
      Urges: 'CALLS_UPON', 'Calls upon': 'CALLS_UPON',
      Invites: 'INVITES',
      // Encourages is an INVITES edge, one step weaker.
      Encourages: 'ENCOURAGES',
      // Takes note stays below approving: the distinction readers are warned about.
      'Takes note': 'DECLARES', Notes: 'DECLARES', Welcomes: 'DECLARES', Recognizes: 'DECLARES', Reaffirms: 'DECLARES',
      Emphasizes: 'DECLARES', Acknowledges: 'DECLARES', Affirms: 'DECLARES',
    });
  });

  it('gives a recital no strength, whatever its verb', () => {
    for (const row of PREAMBULAR) expect(strengthOf({ role: 'preambular', verb: row.verb }, row.relation)).toBeNull();
    expect(strengthOf({ role: 'preambular', verb: 'Requesting' }, 'REQUESTS')).toBeNull();
  });

  it('reads curated verbs in any case, with "also" or "further", and summit paragraphs', () => {
    expect(verbStrength('Also requests')).toBe('REQUESTS');
    expect(verbStrength('further also invites')).toBe('INVITES');
    expect(verbStrength('calls on')).toBe('CALLS_UPON');
    expect(verbStrength('encourage')).toBe('ENCOURAGES');
    expect(verbStrength('note with satisfaction')).toBeNull();
    expect(verbStrength(undefined)).toBeNull();
    expect(strengthOf({ role: 'paragraph', verb: 'commit' }, 'CITES')).toBe('DECLARES');
    expect(strengthOf({ role: 'paragraph', verb: 'encourage' }, 'CITES')).toBe('ENCOURAGES');
  });

  it('gives a whole instrument or a body what its relation alone says', () => {
    expect(strengthOf(null, 'MANDATES')).toBe('REQUESTS');
    expect(strengthOf(null, 'ESTABLISHES')).toBe('DECIDES');
    expect(strengthOf(null, 'ENDORSES')).toBe('DECIDES');
    expect(strengthOf(null, 'RECALLS')).toBeNull();
    expect(strengthOf({ role: 'operative' }, 'REPORTS_TO')).toBeNull();
    expect(strengthOf(null, 'REPORTS_TO')).toBeNull();
    // An operative clause whose verb says nothing takes its relation's, else DECLARES.
    expect(strengthOf({ role: 'operative', verb: 'Is of the view' }, 'MANDATES')).toBe('REQUESTS');
    expect(strengthOf({ role: 'view', verb: 'Is of the view' }, 'REAFFIRMS')).toBe('DECLARES');
    for (const relation of [...CITING_RELATIONS, ...ACTING_RELATIONS]) {
      const strength = strengthOf({ role: 'operative', verb: 'Notes' }, relation);
      const actsOnNothing = relation === 'REPORTS_TO' || DRAFTING_RELATIONS.includes(relation);
      expect(strength === null ? relation : STRENGTHS.includes(strength)).toBe(actsOnNothing ? relation : true);
    }
  });

  it('gives none to a drafting link, whatever its clause says: it records where a text came from', () => {
    expect(strengthOf({ role: 'paragraph', verb: 'decide' }, 'ADOPTS')).toBeNull();
    expect(strengthOf({ role: 'operative', verb: 'Requests' }, 'REVISES')).toBeNull();
    expect(strengthOf(null, 'ADOPTS')).toBeNull();
  });
});

describe('the loaders store each edge\'s strength', () => {
  it('on a parsed document\'s edges, from its clause', () => {
    const doc = parseDocument(read(EN_FIXTURE), EN_FIXTURE);
    const strengths = documentRows(doc, '.').links.map((l) => `${l.props.clause} ${l.type} ${l.props.strength ?? '-'}`);
    expect(new Set(strengths)).toEqual(new Set([
      'Recalling RECALLS -', 'Reaffirming REAFFIRMS -',
      'Operative 1 CITES DECIDES', 'Operative 2 CITES REQUESTS', 'Operative 2 REQUESTS REQUESTS', 'Operative 3 INVITES INVITES',
    ]));
  });

  it('on curated links, from the linking provision, else the relation', () => {
    const links = corpusRows(loadCorpus()).links;
    const of = (from: string, type: string) => links.find((l) => l.from === from && l.type === type)?.props.strength;
    // A/RES/67/195 ¶20 invites the CSTD Chair to set up the WGEC: the mandate is an invitation.
    expect(of('A/RES/67/195#20', 'MANDATES')).toBe('INVITES');
    for (const l of links) {
      if (l.type === 'REPORTS_TO') expect(l.props.strength).toBeUndefined();
      if (l.props.strength !== undefined) expect(STRENGTHS).toContain(l.props.strength);
    }
    expect(links.filter((l) => l.props.strength).length).toBeGreaterThan(40);
  });
});

import { describe, expect, it } from 'vitest';
import { positionsOf } from '../../../server/src/position/position.type.js';

describe('the positions stored on a node', () => {
  it('reads the JSON list the loader writes, in its order', () => {
    const stored = JSON.stringify([
      { actor: 'India', actorKind: 'state', stance: 'PROPOSED', date: '2013-05-15', note: 'Asked for para 65.', confidence: 'verified', sources: ['S8'] },
      { actor: 'WTPF-13', actorKind: 'forum', stance: 'CONSENSUS', note: 'Adopted.', confidence: 'verified', sources: ['S2'] },
    ]);
    expect(positionsOf({ positions: stored }).map((p) => `${p.actor} ${p.stance}`)).toEqual(['India PROPOSED', 'WTPF-13 CONSENSUS']);
  });

  it('gives none for a node without them, and for what a hand-edited store may hold instead', () => {
    expect(positionsOf({})).toEqual([]);
    expect(positionsOf({ positions: '[]' })).toEqual([]);
    expect(positionsOf({ positions: 'not json' })).toEqual([]);
    expect(positionsOf({ positions: '{"actor":"x"}' })).toEqual([]);
    expect(positionsOf({ positions: '[{"stance":"PROPOSED"}, null, {"actor":"Chile","stance":"OPPOSED"}]' }).map((p) => p.actor)).toEqual(['Chile']);
  });
});

/**
 * Internal: the DataLoaders of one GraphQL request. Created per request in the context function and
 * never shared, so caching cannot leak between users. Each batch function is one parameterised
 * round trip (or one per distinct argument set, for citations), whatever the number of keys: an
 * instrument with 1 or 50 provisions and their citations costs the same number of round trips.
 */
import DataLoader from 'dataloader';
import type { Relation } from '../../cypher/model.js';
import type { BodyRow } from './body/body.type.js';
import type { CitationRow } from './citation/citation.type.js';
import type { Database, Row } from './db/database.js';
import { groupBy, manyPerKey, onePerKey } from './db/batch.js';
import { asNode, type NodeRow } from './graph/graph-node.js';
import type { InstrumentRow } from './instrument/instrument.type.js';
import type { ProvisionRow } from './provision/provision.type.js';

export interface CitationKey {
  id: string;
  out: boolean;
  relations: readonly Relation[];
}

function citationKeyString(key: CitationKey): string {
  return `${key.out ? 'out' : 'in'}|${[...key.relations].sort().join(',')}|${key.id}`;
}

function toCitation(row: Row): CitationRow {
  return {
    relation: row.relation as string,
    evidence: row.evidence as CitationRow['evidence'],
    source: asNode(row.source as NodeRow),
    target: asNode(row.target as NodeRow),
  };
}

function nodeLoader<T extends NodeRow>(db: Database, query: 'instruments-by-id' | 'provisions-by-id' | 'bodies-by-id') {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.read(query, { ids });
    return onePerKey<T>(ids, rows).map((n) => (n ? asNode(n) : null));
  });
}

function citationLoader(db: Database, query: 'citations-of-nodes' | 'citations-of-instruments') {
  return new DataLoader<CitationKey, CitationRow[], string>(
    async (keys) => {
      const results = new Map<CitationKey, CitationRow[]>();
      const groups = groupBy(keys, (k) => `${k.out}|${[...k.relations].sort().join(',')}`);
      for (const group of groups.values()) {
        const ids = [...new Set(group.map((k) => k.id))];
        const rows = await db.read(query, { ids, out: group[0].out, relations: [...group[0].relations] });
        const perId = manyPerKey(ids, rows, toCitation);
        group.forEach((k) => results.set(k, perId[ids.indexOf(k.id)]));
      }
      return keys.map((k) => results.get(k) ?? []);
    },
    { cacheKeyFn: citationKeyString },
  );
}

export function createLoaders(db: Database) {
  return {
    instrument: nodeLoader<InstrumentRow>(db, 'instruments-by-id'),
    provision: nodeLoader<ProvisionRow>(db, 'provisions-by-id'),
    body: nodeLoader<BodyRow>(db, 'bodies-by-id'),
    provisionsOfInstrument: new DataLoader<string, ProvisionRow[]>(async (ids) =>
      manyPerKey(ids, await db.read('provisions-by-instrument', { ids }), (r) => asNode(r.node as ProvisionRow)),
    ),
    bodyOfInstrument: new DataLoader<string, BodyRow | null>(async (ids) =>
      onePerKey<BodyRow>(ids, await db.read('body-of-instruments', { ids })).map((b) => (b ? asNode(b) : null)),
    ),
    citationsOfNode: citationLoader(db, 'citations-of-nodes'),
    citationsOfInstrument: citationLoader(db, 'citations-of-instruments'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Internal: the DataLoaders of one GraphQL request. Created per request in the context function and
 * never shared, so caching cannot leak between users. Each batch function is one parameterised
 * round trip (or one per distinct argument set, for citations), whatever the number of keys: an
 * instrument with 1 or 50 provisions and their citations costs the same number of round trips.
 */
import DataLoader from 'dataloader';
import type { Relation } from '../../cypher/model.js';
import type { BodyRow } from './body/body.type.js';
import { evidenceRow, type CitationRow, type EvidenceField } from './citation/citation.type.js';
import type { Database, Row } from './db/database.js';
import { groupBy, manyPerKey, onePerKey } from './db/batch.js';
import { asNode, nodeFromList, type NodeRow } from './graph/graph-node.js';
import type { InstrumentRow } from './instrument/instrument.type.js';
import type { ProvisionRow } from './provision/provision.type.js';

export interface CitationKey {
  id: string;
  out: boolean;
  relations: readonly Relation[];
  /** The evidence fields to fetch (the client's selection, in EVIDENCE_FIELDS order). */
  evidence: readonly EvidenceField[];
}

/** What a citation batch shares: one statement per distinct direction, relations and evidence fields. */
function citationGroup(key: Omit<CitationKey, 'id'>): string {
  return `${key.out ? 'out' : 'in'}|${[...key.relations].sort().join(',')}|${key.evidence.join(',')}`;
}

function citationKeyString(key: CitationKey): string {
  return `${citationGroup(key)}|${key.id}`;
}

/** A citation from its relation, evidence values and slim ends (graph-node.ts, nodeFromList). */
function toCitation([relation, values, source, target]: unknown[], evidence: readonly EvidenceField[]): CitationRow {
  return { relation: relation as string, evidence: evidenceRow(evidence, values as unknown[]), source: nodeFromList(source as unknown[]), target: nodeFromList(target as unknown[]) };
}

function nodeLoader<T extends NodeRow>(db: Database, query: 'instruments-by-id' | 'provisions-by-id' | 'bodies-by-id') {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.read(query, { ids });
    return onePerKey<T>(ids, rows).map((n) => (n ? asNode(n) : null));
  });
}

/** Citations per node id: citations-of-nodes returns a row per citation, citations-of-instruments a row per instrument. */
const citationsPerId: Record<'citations-of-nodes' | 'citations-of-instruments', (ids: string[], rows: Row[], evidence: readonly EvidenceField[]) => CitationRow[][]> = {
  'citations-of-nodes': (ids, rows, evidence) => manyPerKey(ids, rows, (row) => toCitation([row.relation, row.evidence, row.source, row.target], evidence)),
  'citations-of-instruments': (ids, rows, evidence) => onePerKey<unknown[][]>(ids, rows, 'citations').map((list) => (list ?? []).map((c) => toCitation(c, evidence))),
};

function citationLoader(db: Database, query: 'citations-of-nodes' | 'citations-of-instruments') {
  return new DataLoader<CitationKey, CitationRow[], string>(
    async (keys) => {
      const results = new Map<CitationKey, CitationRow[]>();
      const groups = groupBy(keys, citationGroup);
      for (const group of groups.values()) {
        const ids = [...new Set(group.map((k) => k.id))];
        const { out, relations, evidence } = group[0];
        const rows = await db.read(query, { ids, out, relations: [...relations], evidence: [...evidence], withNode: false });
        const perId = citationsPerId[query](ids, rows, evidence);
        group.forEach((k) => results.set(k, perId[ids.indexOf(k.id)]));
      }
      return keys.map((k) => results.get(k) ?? []);
    },
    { cacheKeyFn: citationKeyString },
  );
}

export function createLoaders(db: Database) {
  const instrument = nodeLoader<InstrumentRow>(db, 'instruments-by-id');
  const citationsOfInstrument = citationLoader(db, 'citations-of-instruments');
  return {
    instrument,
    /**
     * An instrument and its citations for `key` in ONE round trip, for a query that asks for both
     * (Query.instrument looks ahead): both loaders are primed, so the citations field then costs
     * nothing. Without this, the citations could only be asked for once the instrument is back.
     */
    async instrumentWithCitations(key: CitationKey): Promise<InstrumentRow | null> {
      const [row] = await db.read('citations-of-instruments', { ids: [key.id], out: key.out, relations: [...key.relations], evidence: [...key.evidence], withNode: true });
      const node = row ? asNode(row.node as InstrumentRow) : null;
      instrument.prime(key.id, node);
      if (row) citationsOfInstrument.prime(key, (row.citations as unknown[][]).map((c) => toCitation(c, key.evidence)));
      return node;
    },
    provision: nodeLoader<ProvisionRow>(db, 'provisions-by-id'),
    body: nodeLoader<BodyRow>(db, 'bodies-by-id'),
    provisionsOfInstrument: new DataLoader<string, ProvisionRow[]>(async (ids) =>
      manyPerKey(ids, await db.read('provisions-by-instrument', { ids }), (r) => asNode(r.node as ProvisionRow)),
    ),
    bodyOfInstrument: new DataLoader<string, BodyRow | null>(async (ids) =>
      onePerKey<BodyRow>(ids, await db.read('body-of-instruments', { ids })).map((b) => (b ? asNode(b) : null)),
    ),
    citationsOfNode: citationLoader(db, 'citations-of-nodes'),
    citationsOfInstrument,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

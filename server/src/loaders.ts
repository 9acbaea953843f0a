/**
 * Internal: the DataLoaders of one GraphQL request. Created per request in the context function and
 * never shared, so caching cannot leak between users. Each batch function is one parameterised
 * round trip (or one per distinct argument set, for citations), whatever the number of keys: an
 * instrument with 1 or 50 provisions and their citations costs the same number of round trips.
 */
import DataLoader from 'dataloader';
import type { Relation } from '../../cypher/model.js';
import type { Strength } from '../../cypher/strength.js';
import type { BodyRow } from './body/body.type.js';
import { evidenceRow, type CitationRow, type EvidenceField } from './citation/citation.type.js';
import type { Database, Row } from './db/database.js';
import { groupBy, manyPerKey, onePerKey } from './db/batch.js';
import { int, relationsParam, strengthParams } from './db/plain.js';
import { asNode, nodeFromList, type NodeRow } from './graph/graph-node.js';
import type { InstrumentRow } from './instrument/instrument.type.js';
import type { ProvisionRow } from './provision/provision.type.js';
import { historiesByIds } from './history/history.repository.js';
import { mandatesByIds } from './mandate/mandate.repository.js';
import type { MandateRow } from './mandate/mandate.type.js';
import type { HopRow } from './trace/path.type.js';
import type { CitationOrder } from './citation/citation.cursor.js';

/** The key of a `citationCount` field: the node, the direction and the relation types. */
export interface CitationCountKey {
  id: string;
  out: boolean;
  relations: readonly Relation[];
  /** Only edges of these strengths (an "at least" filter), or null for every edge. */
  strengths: readonly Strength[] | null;
}

/** The key of a `citations` field: a page of what its count counts. */
export interface CitationKey extends CitationCountKey {
  /** The page: its size, and the place of the citation it starts after (null: the first page). */
  first: number;
  after: CitationOrder | null;
  /** The evidence fields to fetch (the client's selection, in EVIDENCE_FIELDS order). */
  evidence: readonly EvidenceField[];
}

function countGroup(key: Omit<CitationCountKey, 'id'>): string {
  return `${key.out ? 'out' : 'in'}|${[...key.relations].sort().join(',')}|${key.strengths?.join(',') ?? ''}`;
}

function countKeyString(key: CitationCountKey): string {
  return `${countGroup(key)}|${key.id}`;
}

/** What a citation batch shares: one statement per distinct direction, relations, page and evidence fields. */
function citationGroup(key: Omit<CitationKey, 'id'>): string {
  return `${countGroup(key)}|${key.first}|${key.after ? JSON.stringify(key.after) : ''}|${key.evidence.join(',')}`;
}

function citationKeyString(key: CitationKey): string {
  return `${citationGroup(key)}|${key.id}`;
}

/** A citation from its relation, evidence values and slim ends (graph-node.ts, nodeFromList). */
function toCitation([relation, values, source, target, order]: unknown[], evidence: readonly EvidenceField[]): CitationRow {
  return {
    relation: relation as string,
    evidence: evidenceRow(evidence, values as unknown[]),
    source: nodeFromList(source as unknown[]),
    target: nodeFromList(target as unknown[]),
    order: order as CitationOrder,
  };
}

/** The parameters of a page of citations (citations-of-nodes, citations-of-instruments). */
function pageParams(key: Omit<CitationKey, 'id'>) {
  return { out: key.out, relations: relationsParam(key.relations), ...strengthParams(key.strengths), first: int(key.first), after: key.after ? [int(key.after[0]), int(key.after[1]), key.after[2]] : null, evidence: [...key.evidence] };
}

function nodeLoader<T extends NodeRow>(db: Database, query: 'instruments-by-id' | 'provisions-by-id' | 'bodies-by-id') {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.read(query, { ids });
    return onePerKey<T>(ids, rows).map((n) => (n ? asNode(n) : null));
  });
}

/** Citations per node id: citations-of-nodes returns a row per citation, citations-of-instruments a row per instrument. */
const citationsPerId: Record<'citations-of-nodes' | 'citations-of-instruments', (ids: string[], rows: Row[], evidence: readonly EvidenceField[]) => CitationRow[][]> = {
  'citations-of-nodes': (ids, rows, evidence) => manyPerKey(ids, rows, (row) => toCitation([row.relation, row.evidence, row.source, row.target, row.order], evidence)),
  'citations-of-instruments': (ids, rows, evidence) => onePerKey<unknown[][]>(ids, rows, 'citations').map((list) => (list ?? []).map((c) => toCitation(c, evidence))),
};

function citationLoader(db: Database, query: 'citations-of-nodes' | 'citations-of-instruments') {
  return new DataLoader<CitationKey, CitationRow[], string>(
    async (keys) => {
      const results = new Map<CitationKey, CitationRow[]>();
      const groups = groupBy(keys, citationGroup);
      for (const group of groups.values()) {
        const ids = [...new Set(group.map((k) => k.id))];
        const rows = await db.read(query, { ids, ...pageParams(group[0]), withNode: false });
        const perId = citationsPerId[query](ids, rows, group[0].evidence);
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
      const [row] = await db.read('citations-of-instruments', { ids: [key.id], ...pageParams(key), withNode: true });
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
    /** How many citations a `citations` field pages through: one round trip per direction and relation set. */
    citationCount: new DataLoader<CitationCountKey, number, string>(
      async (keys) => {
        const counts = new Map<string, number>();
        for (const group of groupBy(keys, countGroup).values()) {
          const ids = [...new Set(group.map((k) => k.id))];
          const rows = await db.read('count-citations', { ids, out: group[0].out, relations: relationsParam(group[0].relations), ...strengthParams(group[0].strengths) });
          onePerKey<unknown>(ids, rows, 'total').forEach((total, i) => counts.set(countKeyString({ ...group[0], id: ids[i] }), Number(total ?? 0)));
        }
        return keys.map((k) => counts.get(countKeyString(k)) ?? 0);
      },
      { cacheKeyFn: countKeyString },
    ),
    /** The mandate a provision or instrument gives (null when none), whatever day is asked: the day is applied after. */
    mandate: new DataLoader<string, MandateRow | null>((ids) => mandatesByIds(db, ids)),
    /** A text's drafting history (its ADOPTS and REVISES steps both ways), in drafting order. */
    history: new DataLoader<string, HopRow[]>((ids) => historiesByIds(db, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

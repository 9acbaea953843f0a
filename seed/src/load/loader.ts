/**
 * Internal: sends load rows to Neo4j in ONE write transaction, batched with UNWIND (never one
 * query per row). Either everything commits or nothing does: a count that does not match the rows
 * sent (a link whose endpoint is missing, a provision whose instrument is missing) throws inside
 * the transaction, which rolls it back, and the error names what was missing.
 */
import type { Database, WriteTx } from '../../../server/src/db/database.js';
import { isRelation, labelOfId, type Label } from '../../../cypher/model.js';
import { linkQuery, type QueryName } from '../../../server/src/db/queries.js';
import { reconcileDocumentRow, type Kept } from './document.reconcile.js';
import type { LinkRow, NodeRow, Rows } from './rows.types.js';

export const BATCH_SIZE = 5000;
/**
 * Links beyond which a load into an empty store uses a statement per static relationship type
 * (see load-links.cypher): below it the empty-store plan's scans cost little, and the ~20 more
 * statements would cost more to plan (the shipped seed has a few hundred links).
 */
const STATIC_TYPES_ABOVE = 2000;

export class LoadError extends Error {
  override name = 'LoadError';
}

async function sendBatches(tx: WriteTx, query: QueryName, rows: object[], what: string, batchSize: number): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const [result] = await tx.run(query, { rows: batch });
    const count = Number(result?.count ?? 0);
    if (count !== batch.length) await explainShortfall(tx, what, batch);
  }
}

/** Finds which ids of a short batch are missing, for a message that says what to fix. */
async function explainShortfall(tx: WriteTx, what: string, batch: object[]): Promise<never> {
  const wanted = new Set<string>();
  for (const row of batch as Array<{ from?: string; to?: string; instrumentId?: string }>) {
    for (const id of [row.from, row.to, row.instrumentId]) if (id) wanted.add(id);
  }
  const found = new Set((await tx.run('nodes-by-id', { ids: [...wanted] })).map((r) => r.key as string));
  const missing = [...wanted].filter((id) => !found.has(id));
  throw new LoadError(`Could not load ${what}: ${missing.length ? `unknown ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''}` : 'some rows did not match'}. Nothing was written.`);
}

export interface LoadOptions {
  batchSize?: number;
  /** Names the transaction in Neo4j's query log, e.g. the document's file. */
  name?: string;
  /**
   * One link statement per static relationship type (true) or the dynamic-type ones (false).
   * Default: static only for a load of over STATIC_TYPES_ABOVE links into a store with no
   * relationships (see load-links.cypher).
   */
  staticTypes?: boolean;
  /**
   * Run the whole load, then roll it back: every statement runs against the graph as it is, so the
   * report (and any LoadError) is what a real load would give, and nothing is written.
   */
  rollback?: boolean;
}

/** Thrown inside a load's transaction to roll it back on purpose (LoadOptions.rollback). */
class RollBack extends Error {
  constructor(readonly report: LoadReport) {
    super('rolled back on purpose');
  }
}

/**
 * Ids name their label by their shape (symbol#number for provisions, body:ACRONYM for bodies, the
 * bare symbol for instruments), which lets every lookup use one index. A row that breaks this would
 * be unreachable: refuse it before anything is written.
 */
export function assertIdShapes(rows: Rows): void {
  const misshapen = (label: Label, list: readonly { id: string }[], expected: string) =>
    list.filter((r) => labelOfId(r.id) !== label).map((r) => `${label.toLowerCase()} "${r.id}" (${expected})`);
  const bad = [
    ...misshapen('Instrument', rows.instruments, 'a symbol has no "#" and does not start with "body:"'),
    ...misshapen('Provision', rows.provisions, 'expected symbol#number'),
    ...misshapen('Body', rows.bodies, 'expected body:ACRONYM'),
  ];
  if (bad.length) throw new LoadError(`Malformed ids: ${bad.slice(0, 5).join('; ')}${bad.length > 5 ? ` and ${bad.length - 5} more` : ''}. Nothing was written.`);
}

/** One statement of a load and the rows it is sent, in the order a load runs them. */
export interface LoadStatement {
  query: QueryName;
  rows: object[];
  what: string;
}

/**
 * The statements of a load in order (nodes before the links between them). Links go to the
 * statement for their endpoints' labels, read from the ids' shapes, so each endpoint is one index
 * seek; with `staticTypes` (an empty store), also one statement per relationship type (see
 * load-links.cypher for why).
 */
export function loadStatements(rows: Rows, staticTypes = false): LoadStatement[] {
  const links = new Map<string, { query: QueryName; rows: LinkRow[]; what: string }>();
  for (const link of rows.links) {
    const [from, to]: [Label, Label] = [labelOfId(link.from), labelOfId(link.to)];
    const query = linkQuery(from, to, staticTypes ? link.type : undefined);
    const group = links.get(query) ?? links.set(query, { query, rows: [], what: `citations from ${from} to ${to}` }).get(query)!;
    group.rows.push(link);
  }
  return [
    { query: 'load-sources', rows: rows.sources, what: 'sources' },
    { query: 'load-bodies', rows: rows.bodies, what: 'bodies' },
    { query: 'load-instruments', rows: rows.instruments, what: 'instruments' },
    { query: 'load-provisions', rows: rows.provisions, what: 'provisions' },
    ...links.values(),
  ];
}

/**
 * A parsed document's own rows, reconciled in the load's transaction with the nodes they would
 * write on (document.reconcile.ts): a curated node keeps its facts. One read per label, and none
 * for a load without document rows (the curated corpus, the benchmark's corpus).
 */
async function reconcileDocumentRows(tx: WriteTx, rows: Rows): Promise<{ rows: Rows; kept: Kept[] }> {
  const kept: Kept[] = [];
  const reconcile = async <R extends NodeRow>(query: QueryName, list: R[]): Promise<R[]> => {
    const ids = [...new Set(list.filter((r) => r.document).map((r) => r.id))];
    if (!ids.length) return list;
    const nodes = new Map((await tx.run(query, { ids })).map((r) => [r.key as string, r.node as Record<string, unknown>]));
    return list.map((row) => {
      if (!row.document) return row;
      const done = reconcileDocumentRow(row, nodes.get(row.id), row.document);
      kept.push(...done.kept);
      return done.row;
    });
  };
  const instruments = await reconcile('instruments-by-id', rows.instruments);
  const provisions = await reconcile('provisions-by-id', rows.provisions);
  return { rows: { ...rows, instruments, provisions }, kept };
}

/** What a load reports beyond its counts: the curated values a document disagreed with, kept. */
export interface LoadReport {
  kept: Kept[];
}

export async function loadRows(db: Database, rows: Rows, options: LoadOptions = {}): Promise<LoadReport> {
  assertIdShapes(rows);
  const size = options.batchSize ?? BATCH_SIZE;
  // A type outside the closed list has no statement: refuse it before anything is sent.
  const unknown = rows.links.find((link) => !isRelation(link.type));
  if (unknown) throw new LoadError(`Unknown relation type "${unknown.type}" (${unknown.key}). Nothing was written.`);
  const load = async (tx: WriteTx): Promise<LoadReport> => {
    const [existing] = await tx.run('count-relationships');
    const reconciled = await reconcileDocumentRows(tx, rows);
    const statements = loadStatements(reconciled.rows, options.staticTypes ?? (Number(existing?.count ?? 0) === 0 && rows.links.length > STATIC_TYPES_ABOVE));
    for (const statement of statements) await sendBatches(tx, statement.query, statement.rows, statement.what, size);
    await tx.run('bump-data-version', { by: options.name ?? 'seed' });
    const report = { kept: reconciled.kept };
    if (options.rollback) throw new RollBack(report);
    return report;
  };
  try {
    return await db.transaction(options.name ?? 'seed', load);
  } catch (error) {
    if (error instanceof RollBack) return error.report;
    throw error;
  }
}

/** Merges several row sets (e.g. the corpus and the shipped documents) in order. */
export function mergeRows(...sets: Rows[]): Rows {
  return {
    sources: sets.flatMap((s) => s.sources),
    bodies: sets.flatMap((s) => s.bodies),
    instruments: sets.flatMap((s) => s.instruments),
    provisions: sets.flatMap((s) => s.provisions),
    links: sets.flatMap((s) => s.links),
  };
}

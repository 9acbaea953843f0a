/**
 * Internal: the first load of a large corpus into an EMPTY embedded store, through Neo4j's offline
 * importer (`neo4j-admin database import full`) instead of Cypher transactions. On this project's
 * 2-core machine MERGE through Bolt writes about 8,000 relationships/s, and half of that CPU is
 * the JVM's garbage collection (BENCHMARKS.md); the importer writes the store files directly.
 *
 * Contract: the graph is the one loadRows would build from the same chunks, in the same order (a
 * test compares the two, node by node and edge by edge). To keep that true without holding the
 * corpus in memory, the CSV files get the FIRST row of every node id and link key; every later row
 * for an id or key already written (a document enriching an instrument, a stub named twice) is
 * kept aside and sent through loadRows once the store is up, where MERGE applies it exactly as it
 * would have applied it in sequence. A chunk may only refer to nodes of its own or earlier chunks,
 * as with loadRows; what does not hold (a malformed id, an unknown relation type or endpoint, a
 * value the CSV cannot carry) throws a LoadError before anything is imported, and a failure at any
 * later step removes the store again, so it is empty as before.
 */
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { cardOf } from '../../../cypher/card.js';
import { isRelation } from '../../../cypher/model.js';
import { embeddedStorePaths, runEmbeddedImport, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../../scripts/neo4j.js';
import { createDriver, Database } from '../../../server/src/db/database.js';
import { assertIdShapes, LoadError, loadRows } from './loader.js';
import { countRows, emptyRows, type NodeRow, type Props, type Rows } from './rows.types.js';

/** Separates the items of a list property; refused inside a value (see cell). */
const ARRAY_DELIMITER = '\u001f';

/**
 * One CSV file per kind of row and set of property names and types (a header fits one shape).
 * Rows arrive by the million: no closure is made per row (under tsx every closure costs a
 * defineProperty through esbuild's __name helper: about a fifth of the writer's time in a profile).
 */
class CsvFiles {
  /**
   * By fixed header (which differs between nodes and relationships), then label: the files of each
   * property shape seen so far. Two maps rather than one key made per row: the headers are string
   * constants whose hashes V8 keeps, a key made per row is hashed every time.
   */
  private readonly shapes = new Map<string, Map<string, Array<{ names: string[]; types: string[]; fd: number; lines: string[] }>>>();
  readonly written: Array<{ option: '--nodes' | '--relationships'; label: string; file: string }> = [];
  /** Whether a value spans lines; only then does the importer need its slower, serial parsing. */
  multiline = false;

  constructor(private readonly dir: string) {}

  /** `header` and `cells`: the fixed columns (already CSV); then one column per property. */
  add(option: '--nodes' | '--relationships', label: string, header: string, cells: string, props: Props): void {
    let byLabel = this.shapes.get(header);
    if (!byLabel) this.shapes.set(header, (byLabel = new Map()));
    let shapes = byLabel.get(label);
    if (!shapes) byLabel.set(label, (shapes = []));
    let shape;
    for (const candidate of shapes) if (sameShape(candidate.names, candidate.types, props)) shape = candidate;
    if (!shape) {
      const names = Object.keys(props);
      const types = names.map((name) => typeOf(props[name], name));
      const file = path.join(this.dir, `${label || 'links'}-${this.written.length}.csv`);
      shape = { names, types, fd: openSync(file, 'w'), lines: [[header, ...names.map((name, i) => `${name}:${types[i]}`)].join(',')] };
      shapes.push(shape);
      this.written.push({ option, label, file });
    }
    let line = cells;
    for (const name of shape.names) line += `,${cell(props[name], name)}`;
    if (!this.multiline && (line.includes('\n') || line.includes('\r'))) this.multiline = true;
    shape.lines.push(line);
    // Written a few hundred lines at a time: held for a whole chunk, the lines outlived V8's young
    // generation and GC took a third of the time.
    if (shape.lines.length >= 256) this.write(shape);
  }

  private write(shape: { fd: number; lines: string[] }): void {
    writeSync(shape.fd, shape.lines.join('\n') + '\n');
    shape.lines.length = 0;
  }

  /** Writes what is left and closes the files. */
  close(): void {
    for (const byLabel of this.shapes.values()) {
      for (const shapes of byLabel.values()) {
        for (const shape of shapes) {
          if (shape.lines.length) this.write(shape);
          closeSync(shape.fd);
        }
      }
    }
    this.shapes.clear();
  }

  importArgs(): string[] {
    return this.written.map(({ option, label, file }) => `${option}=${label ? `${label}=` : ''}${file}`);
  }
}

/** Whether `props` has exactly these names with these types (no string is built per row). */
function sameShape(names: string[], types: string[], props: Props): boolean {
  let count = 0;
  for (const name in props) {
    const i = names.indexOf(name);
    if (i < 0 || !hasType(props[name], types[i])) return false;
    count++;
  }
  return count === names.length;
}

function hasType(value: Props[string], type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'double':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return Array.isArray(value);
  }
}

/** The importer's type for a property, as the driver would send it (a JS number is a float). */
function typeOf(value: Props[string], name: string): string {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return 'string[]';
  throw new LoadError(`Property "${name}" holds a value the bulk import cannot write (${JSON.stringify(value).slice(0, 60)}). Nothing was written.`);
}

function cell(value: Props[string] | null | undefined, name: string): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    if (value.some((v) => v.includes(ARRAY_DELIMITER))) throw new LoadError(`Property "${name}" holds a list item with the control character U+001F. Nothing was written.`);
    return quote(value.join(ARRAY_DELIMITER));
  }
  return typeof value === 'string' ? quote(value) : String(value);
}

function quote(text: string): string {
  return `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;
}

/** A 53-bit hash of a string (two 32-bit FNV-1a lanes). */
function hash(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** A date cell: ISO dates need no quotes. */
const day = (value: string | null) => value ?? '';

/** Turns chunks of rows into CSV files, and keeps aside the rows MERGE has to apply afterwards. */
export class BulkWriter {
  readonly csv: CsvFiles;
  readonly deferred = emptyRows();
  private readonly ids = new Set<string>();
  private readonly bodies = new Set<string>();
  /** Hashes, not the keys: a million strings kept alive made GC most of the work. A collision only sends a link through MERGE, which is still right. */
  private readonly linkKeys = new Set<number>();
  private readonly sourceKeys = new Set<string>();
  nodes = 0;
  relationships = 0;

  constructor(readonly dir: string) {
    this.csv = new CsvFiles(dir);
  }

  /** Validates one chunk against itself and the chunks before it, then writes it. */
  add(rows: Rows): void {
    assertIdShapes(rows);
    const untyped = rows.links.find((link) => !isRelation(link.type));
    if (untyped) throw new LoadError(`Unknown relation type "${untyped.type}" (${untyped.key}). Nothing was written.`);
    const chunkIds = new Set<string>();
    for (const list of [rows.bodies, rows.instruments, rows.provisions]) for (const row of list) chunkIds.add(row.id);
    const unknown = new Set<string>();
    const check = (id: string) => {
      if (!this.ids.has(id) && !chunkIds.has(id)) unknown.add(id);
    };
    for (const p of rows.provisions) check(p.instrumentId);
    this.refuse('provisions', unknown);
    for (const l of rows.links) {
      check(l.from);
      check(l.to);
    }
    this.refuse('citations', unknown);

    for (const s of rows.sources) {
      if (this.sourceKeys.has(s.key)) this.deferred.sources.push(s);
      else {
        this.sourceKeys.add(s.key);
        this.csv.add('--nodes', 'Source', 'key:ID(Source),title:string,url:string', `${quote(s.key)},${quote(s.title)},${s.url === null ? '' : quote(s.url)}`, {});
        this.nodes++;
      }
    }
    for (const b of rows.bodies) {
      if (!this.first(b, this.deferred.bodies)) continue;
      this.bodies.add(b.id);
      this.csv.add('--nodes', 'Body', 'id:ID,card:string', `${quote(b.id)},${quote(cardOf('Body', b.props, { id: b.id }))}`, this.withoutEmptyLists(b, this.deferred.bodies));
    }
    for (const i of rows.instruments) {
      if (!this.first(i, this.deferred.instruments)) continue;
      // As load-instruments.cypher: the body edge and bodyId only when the body exists by then.
      const body = i.bodyId && this.bodies.has(i.bodyId) ? i.bodyId : null;
      const card = cardOf('Instrument', i.props, { id: i.id, adopted: i.adopted, bodyId: body });
      const cells = `${quote(i.id)},${day(i.adopted)},${day(i.endDate)},${body ? quote(body) : ''},${quote(card)}`;
      this.csv.add('--nodes', 'Instrument', 'id:ID,adopted:date,endDate:date,bodyId:string,card:string', cells, this.withoutEmptyLists(i, this.deferred.instruments));
      if (body) this.edge('ISSUED_BY', i.id, body);
    }
    for (const p of rows.provisions) {
      if (!this.first(p, this.deferred.provisions)) continue;
      const card = cardOf('Provision', p.props, { id: p.id, instrumentId: p.instrumentId });
      this.csv.add('--nodes', 'Provision', 'id:ID,instrumentId:string,card:string', `${quote(p.id)},${quote(p.instrumentId)},${quote(card)}`, this.withoutEmptyLists(p, this.deferred.provisions));
      this.edge('PART_OF', p.id, p.instrumentId);
    }
    for (const l of rows.links) {
      // MERGE keys a link on its endpoints, type and key: a repeat is MERGEd afterwards.
      const key = hash(`${l.from}\n${l.type}\n${l.key}\n${l.to}`);
      if (this.linkKeys.has(key)) {
        this.deferred.links.push(l);
        continue;
      }
      this.linkKeys.add(key);
      const cells = `${quote(l.from)},${quote(l.to)},${l.type},${quote(l.key)},${day(l.date)}`;
      this.csv.add('--relationships', '', ':START_ID,:END_ID,:TYPE,key:string,date:date', cells, this.withoutEmptyLists(l, this.deferred.links));
      this.relationships++;
    }
  }

  /** The message loadRows gives for rows whose nodes are missing (as explainShortfall). */
  private refuse(what: string, unknown: Set<string>): void {
    if (!unknown.size) return;
    const ids = [...unknown];
    throw new LoadError(`Could not load ${what}: unknown ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ` and ${ids.length - 10} more` : ''}. Nothing was written.`);
  }

  /**
   * The props to write; an empty list (which a CSV cell cannot tell from no value) is set by a
   * copy of the row with only those props, deferred to MERGE right after it, so before any later
   * row of the same id. The copy is not a stub (MERGE ignores a stub's props on an existing node)
   * and has no dates or body, which MERGE then leaves as they are.
   */
  private withoutEmptyLists<T extends { props: Props }>(row: T, deferred: T[]): Props {
    let empty: string[] | null = null;
    for (const name in row.props) {
      const value = row.props[name];
      if (Array.isArray(value) && value.length === 0) (empty ??= []).push(name);
    }
    if (!empty) return row.props;
    const only: Props = {};
    const rest: Props = {};
    for (const [name, value] of Object.entries(row.props)) (empty.includes(name) ? only : rest)[name] = value;
    deferred.push({ ...row, stub: false, adopted: null, endDate: null, bodyId: null, date: null, props: only });
    return rest;
  }

  /** True for the first row of an id (written now); a later one is deferred to MERGE. */
  private first<T extends NodeRow>(row: T, deferred: T[]): boolean {
    if (this.ids.has(row.id)) {
      deferred.push(row);
      return false;
    }
    this.ids.add(row.id);
    this.nodes++;
    return true;
  }

  private edge(type: 'ISSUED_BY' | 'PART_OF', from: string, to: string): void {
    this.csv.add('--relationships', type, ':START_ID,:END_ID', `${quote(from)},${quote(to)}`, {});
    this.relationships++;
  }

  get deferredCount(): number {
    return countRows(this.deferred);
  }
}

/** The importer's options for the files BulkWriter writes. */
export function importerArgs(writer: BulkWriter): string[] {
  return [
    ...writer.csv.importArgs(),
    '--id-type=string',
    '--delimiter=,',
    '--quote="',
    `--array-delimiter=U+001F`,
    `--multiline-fields=${writer.csv.multiline}`,
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    '--bad-tolerance=0',
    `--report-file=${path.join(writer.dir, 'import.report')}`,
  ];
}

export interface BulkOptions {
  /** The embedded Neo4j's data folder; it must not hold a database yet. */
  home: string;
  port?: number;
  heap?: string;
  pageCacheMiB?: number;
  log?: (line: string) => void;
}

export interface BulkResult {
  neo4j: EmbeddedNeo4j;
  db: Database;
  nodes: number;
  relationships: number;
  deferred: number;
  /** Seconds spent writing CSV, in the importer, starting Neo4j, building the schema's indexes, and MERGEing the deferred rows. */
  seconds: { csv: number; import: number; start: number; indexes: number; deferred: number; total: number };
}

/**
 * Loads `chunks` into the empty embedded store at `home` and leaves it running (the caller stops
 * `neo4j` and closes `db`). Throws LoadError (the input) or ImportToolError/SetupError (the tools),
 * with the store removed again.
 */
export async function bulkLoad(chunks: Iterable<Rows> | AsyncIterable<Rows>, options: BulkOptions): Promise<BulkResult> {
  const home = path.resolve(options.home);
  const store = embeddedStorePaths(home);
  if (existsSync(store[0])) throw new LoadError(`${store[0]} already holds a database: the bulk import only makes a first load into an empty store. Use \`npm run ingest\` to add to it, or remove the folder. Nothing was written.`);
  const dir = path.join(home, 'import-csv');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const log = options.log ?? (() => {});
  const clock = () => performance.now() / 1000;
  const started = clock();
  let neo4j: EmbeddedNeo4j | null = null;
  let db: Database | null = null;
  try {
    const writer = new BulkWriter(dir);
    try {
      for await (const chunk of chunks) writer.add(chunk);
    } finally {
      writer.csv.close();
    }
    const csvDone = clock();
    log(`bulk: ${writer.nodes.toLocaleString('en')} nodes and ${writer.relationships.toLocaleString('en')} relationships in ${writer.csv.written.length} CSV files, ${writer.deferredCount} rows deferred to MERGE`);
    await runEmbeddedImport(home, importerArgs(writer), options.heap);
    const imported = clock();
    neo4j = await startEmbeddedNeo4j({ home, port: options.port, heap: options.heap, pageCacheMiB: options.pageCacheMiB });
    db = new Database(createDriver({ uri: neo4j.uri, user: 'neo4j', password: '', database: undefined }), undefined);
    const up = clock();
    // An hour: filling the indexes of a big import takes longer than an ordinary start's wait.
    await db.applySchema(3600);
    const indexed = clock();
    if (writer.deferredCount) await loadRows(db, writer.deferred, { name: 'bulk import: repeated rows' });
    else await db.write('bump-data-version', { by: 'bulk import' });
    const done = clock();
    rmSync(dir, { recursive: true, force: true });
    const round = (s: number) => Math.round(s * 10) / 10;
    return {
      neo4j,
      db,
      nodes: writer.nodes,
      relationships: writer.relationships,
      deferred: writer.deferredCount,
      seconds: { csv: round(csvDone - started), import: round(imported - csvDone), start: round(up - imported), indexes: round(indexed - up), deferred: round(done - indexed), total: round(done - started) },
    };
  } catch (error) {
    await db?.driver.close().catch(() => {});
    await neo4j?.stop().catch(() => {});
    for (const p of [...store, dir]) rmSync(p, { recursive: true, force: true });
    throw error;
  }
}

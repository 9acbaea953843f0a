/**
 * Internal: builds and runs the embedded Neo4j (neo4j-launcher/), the default when no NEO4J_URI is
 * given. Used by `npm start`, the test global setup and `npm run neo4j` (which just runs it).
 *
 * Every failure a user can fix (Java or Maven missing, port taken, build failed) is thrown as a
 * `SetupError` whose message is one line saying what to do; callers print it without a stack.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LAUNCHER_DIR = path.join(ROOT, 'neo4j-launcher');
const LAUNCHER_JAR = path.join(LAUNCHER_DIR, 'target', 'launcher.jar');
const READY_MARK = 'IG_ATLAS_NEO4J_READY';
/** The launcher and Neo4j's jars (copied into target/lib, see pom.xml), once ensureLauncherBuilt ran. */
export const LAUNCHER_CLASSPATH = `${LAUNCHER_JAR}${path.delimiter}${path.join(LAUNCHER_DIR, 'target', 'lib', '*')}`;

/** The JVM flags Neo4j's own neo4j.conf ships (its embedded kernel needs the same opens). */
export const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
];

export class SetupError extends Error {
  override name = 'SetupError';
}

export interface EmbeddedNeo4j {
  uri: string;
  version: string;
  /** The JVM's process id, for measurements (the bench reads its CPU time). */
  pid: number | undefined;
  /** Sends SIGTERM (clean shutdown through Neo4j's shutdown hook) and waits for the JVM to exit. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Data folder; created if missing. Default NEO4J_DATA_DIR or `.data/neo4j`. */
  home?: string;
  /** Bolt port on 127.0.0.1. Default 7687. */
  port?: number;
  /** Heap, e.g. '1g'. Default NEO4J_HEAP or '1g'. */
  heap?: string;
  /** Page cache in MiB. Default NEO4J_PAGECACHE_MB or 512. */
  pageCacheMiB?: number;
  /**
   * A file of further Neo4j settings in neo4j.conf's format (`db.transaction.timeout=30s`), applied
   * after the launcher's own. Default NEO4J_CONF; none when unset.
   */
  conf?: string;
  /** Forward Neo4j's own output (debug only). */
  verbose?: boolean;
}

function hasCommand(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.status === 0;
}

/** The newest modification time of any file under `dir` (to know whether a build is stale). */
export function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Where a build records the Neo4j version it was asked for ('' for the pom's own). */
const BUILT_VERSION = path.join(LAUNCHER_DIR, 'target', 'neo4j.version');

/** The Java major version `java -version` reports (17 for "17.0.15", 1 for "1.8.0"), or 0 if unknown. */
export function javaMajor(versionOutput: string): number {
  const match = /version "(\d+)/.exec(versionOutput);
  return match ? Number(match[1]) : 0;
}

/**
 * Maven's arguments to build the launcher for `version` (NEO4J_VERSION; empty: the pom's 5.26).
 * A calendar version (2025.01 onward) is compiled for Java 21, which it needs at run time too:
 * refused before Maven runs when `java` is older. Throws a SetupError for a malformed version.
 */
export function launcherBuildArgs(version: string, java: number): string[] {
  const args = ['-q', '-B', 'clean', 'package', '-DskipTests'];
  if (!version) return args;
  if (!/^(5\.\d+\.\d+|20\d\d\.\d\d\.\d+)$/.test(version)) {
    throw new SetupError(`NEO4J_VERSION is "${version}": give a Neo4j version from Maven Central, such as 5.26.31 or 2026.08.1, or unset it for the default (5.26).`);
  }
  if (version.startsWith('5.')) return [...args, `-Dneo4j.version=${version}`];
  if (java < 21) {
    throw new SetupError(`Neo4j ${version} needs Java 21 or later, and \`java\` here is Java ${java || 'of an unknown version'}: put a newer JDK first on the PATH, or unset NEO4J_VERSION for the default (5.26, Java 17).`);
  }
  return [...args, `-Dneo4j.version=${version}`, '-Dmaven.compiler.release=21'];
}

/**
 * Builds neo4j-launcher with Maven when its jar is missing, older than its sources, or built for
 * another Neo4j version than NEO4J_VERSION asks for (unset: the pom's). Returns what `java
 * -version` printed (it names the JVM a class archive is made for).
 */
export function ensureLauncherBuilt(log: (line: string) => void = console.log): string {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.status !== 0) {
    throw new SetupError('Java 17+ is needed for the embedded Neo4j: install a JDK (e.g. apt-get install openjdk-17-jdk) or set NEO4J_URI to an existing Neo4j.');
  }
  const javaVersion = `${java.stderr}${java.stdout}`;
  const version = (process.env.NEO4J_VERSION ?? '').trim();
  const args = launcherBuildArgs(version, javaMajor(javaVersion));
  const sourcesTime = Math.max(newestMtime(path.join(LAUNCHER_DIR, 'src')), statSync(path.join(LAUNCHER_DIR, 'pom.xml')).mtimeMs);
  const built = existsSync(BUILT_VERSION) ? readFileSync(BUILT_VERSION, 'utf8') : '';
  if (existsSync(LAUNCHER_JAR) && existsSync(path.join(LAUNCHER_DIR, 'target', 'lib')) && statSync(LAUNCHER_JAR).mtimeMs >= sourcesTime && built === version) return javaVersion;
  if (!hasCommand('mvn', ['-v'])) {
    throw new SetupError('Maven is needed to build the embedded Neo4j once: install it (e.g. apt-get install maven) or set NEO4J_URI to an existing Neo4j.');
  }
  log(`Building the embedded Neo4j launcher${version ? ` for Neo4j ${version}` : ''} with Maven (once per Neo4j version; downloads it from Maven Central)…`);
  // `clean` first: target/lib would otherwise keep the jars of a Neo4j version built before (a
  // version bump, or NEO4J_VERSION), and the importer's classpath takes all of lib/*.
  const r = spawnSync('mvn', args, { cwd: LAUNCHER_DIR, encoding: 'utf8' });
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-5).join(' | ');
    throw new SetupError(`Maven could not build neo4j-launcher (exit ${r.status}): ${tail}`);
  }
  writeFileSync(BUILT_VERSION, version);
  return javaVersion;
}

/**
 * The class archive (CDS) for launcher starts on the JVM whose `java -version` printed
 * `javaVersion`: one per JVM, in target/, so `mvn clean` removes it with the jars it was made from.
 */
export function classArchivePath(javaVersion: string): string {
  const jvm = createHash('sha256').update(javaVersion.trim()).digest('hex').slice(0, 12);
  return path.join(LAUNCHER_DIR, 'target', `launcher-${jvm}.jsa`);
}

/**
 * Makes, once per launcher build and JVM, a class-data-sharing archive of the classes a launcher
 * start loads, and returns its path (null when it cannot be made: the start then goes without).
 * Given to the JVM with -XX:SharedArchiveFile, it maps those classes instead of loading and
 * verifying them from the jars, and Neo4j is ready about 3 s sooner (7.5 to 8.6 s → 4.5 to 4.8 s
 * on a store of 1.1 million nodes; BENCHMARKS.md, twelfth session), for `npm start`, the tests and
 * the bulk import's start alike.
 *
 * Made by a training start on an empty folder that exits as soon as it is ready (about 20 s, most
 * of it the JVM writing the archive at exit), into a temporary file renamed when complete, so a
 * concurrent start never maps half an archive. The JVM checks an archive against itself and the
 * jars and, if it does not fit, starts without it (-Xshare:auto), so a stale archive costs only
 * the gain (checked: another collector in NEO4J_JAVA_OPTS keeps it, uncompressed oops start
 * without it). A failed training leaves `<archive>.failed` with its reason and is not retried for
 * this build; `-Xshare:off` in NEO4J_JAVA_OPTS turns the archive off.
 */
export async function ensureClassArchive(javaVersion: string, log: (line: string) => void = console.log): Promise<string | null> {
  const archive = classArchivePath(javaVersion);
  if (existsSync(archive)) return archive;
  if (existsSync(`${archive}.failed`)) return null;
  log('Preparing a class archive so the embedded Neo4j starts faster (once per build and Java)…');
  const home = mkdtempSync(path.join(os.tmpdir(), 'ig-atlas-class-archive-'));
  const partial = `${archive}.${process.pid}.partial`;
  try {
    const port = await freePort();
    const { child, exited } = spawnLauncher(['-Xmx512m', `-XX:ArchiveClassesAtExit=${partial}`], { home, port, pageCacheMiB: 32 });
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    try {
      await waitForReady(child, exited, false);
      // Closing its standard input makes the launcher exit(0) (watchStdin), and the JVM writes the archive then.
      child.stdin?.end();
      const code = await exited;
      if (code !== 0 || !existsSync(partial)) throw new Error(`the training start exited with code ${code} and no archive`);
    } finally {
      clearTimeout(timer);
    }
    renameSync(partial, archive);
    return archive;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    writeFileSync(`${archive}.failed`, `${reason}\n`);
    log(`No class archive (${reason.slice(0, 200)}): the embedded Neo4j starts without one.`);
    return null;
  } finally {
    rmSync(partial, { force: true });
    rmSync(home, { recursive: true, force: true });
  }
}

/** Resolves when nothing listens on 127.0.0.1:port; rejects with a SetupError otherwise. */
export function assertPortFree(port: number, what: string, envVar: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () => reject(new SetupError(`Port ${port} (${what}) is already in use: stop what uses it or set ${envVar} to another port.`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** A port on 127.0.0.1 that nothing listens on now (for a Neo4j of its own, e.g. in tests). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Extra JVM flags from NEO4J_JAVA_OPTS (space-separated), after ours so they win. */
function javaOpts(): string[] {
  return (process.env.NEO4J_JAVA_OPTS ?? '').split(/\s+/).filter(Boolean);
}

/** Starts the embedded Neo4j and resolves once its default database accepts Bolt sessions. */
export async function startEmbeddedNeo4j(options: EmbeddedOptions = {}): Promise<EmbeddedNeo4j> {
  const home = path.resolve(ROOT, options.home ?? process.env.NEO4J_DATA_DIR ?? '.data/neo4j');
  const port = options.port ?? Number(process.env.NEO4J_BOLT_PORT ?? 7687);
  const heap = options.heap ?? process.env.NEO4J_HEAP ?? '1g';
  const pageCache = options.pageCacheMiB ?? Number(process.env.NEO4J_PAGECACHE_MB ?? 512);
  const conf = options.conf ?? (process.env.NEO4J_CONF || undefined);
  const confFile = conf === undefined ? undefined : path.resolve(ROOT, conf);
  if (confFile && !existsSync(confFile)) throw new SetupError(`NEO4J_CONF names ${confFile}, which does not exist: give the path of a file of Neo4j settings (neo4j.conf's format), or unset it.`);
  const archive = await ensureClassArchive(ensureLauncherBuilt());
  await assertPortFree(port, 'embedded Neo4j Bolt', 'NEO4J_BOLT_PORT');
  mkdirSync(home, { recursive: true });

  const { child, exited } = spawnLauncher([`-Xms${heap}`, `-Xmx${heap}`, ...(archive ? [`-XX:SharedArchiveFile=${archive}`] : []), ...javaOpts()], { home, port, pageCacheMiB: pageCache, confFile });
  const version = await waitForReady(child, exited, options.verbose ?? false);
  const uri = `bolt://127.0.0.1:${port}`;
  return {
    uri,
    version,
    pid: child.pid,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Runs the launcher with our JVM flags, then `jvmOptions`, then its settings; the one command line
 * for a start and for the class archive's training start, so the archive is made under the flags
 * it is used with. Its stdin stays open for the JVM's whole life: when this process dies, it
 * closes and Neo4j stops (watchStdin).
 */
function spawnLauncher(jvmOptions: string[], settings: { home: string; port: number; pageCacheMiB: number; confFile?: string }): { child: ChildProcess; exited: Promise<number | null> } {
  const { home, port, pageCacheMiB, confFile } = settings;
  const child = spawn(
    'java',
    [...JVM_FLAGS, ...jvmOptions, `-Digatlas.home=${home}`, `-Digatlas.port=${port}`, `-Digatlas.pagecache=${pageCacheMiB}`, ...(confFile ? [`-Digatlas.conf=${confFile}`] : []), '-Digatlas.watchStdin=true', '-jar', LAUNCHER_JAR],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited };
}

function waitForReady(child: ChildProcess, exited: Promise<number | null>, verbose: boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (verbose) process.stderr.write(text);
      output = (output + text).slice(-20_000);
      const match = output.match(new RegExp(`${READY_MARK} \\S+ (\\S+)`));
      if (match) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      if (output.includes('FileLockException')) {
        reject(new SetupError(`The data folder is in use by another Neo4j (is \`npm start\` running? Give this command the same NEO4J_BOLT_PORT and NEO4J_DATA_DIR so it uses that one, or stop it).`));
        return;
      }
      // The root cause, unless the first exception already says it and more (a refused setting:
      // "Error evaluating value for setting 'X'. Missing numeric value", caused by "Missing numeric value").
      const exceptions = output.match(/(Caused by: [^\n]+|Exception[^\n]*: [^\n]+)/g) ?? [];
      const [first, root] = [exceptions[0], exceptions.at(-1)];
      const rootMessage = root?.replace(/^Caused by: [\w.$]+: /, '');
      const reason = (first && rootMessage && first.includes(rootMessage) ? first : root) ?? output.trim().split('\n').pop() ?? '';
      reject(new SetupError(`The embedded Neo4j exited (code ${code}) before it was ready: ${reason.slice(0, 300)}`));
    });
  });
}

/** Where the embedded Neo4j keeps the default database's store and its transaction logs. */
export function embeddedStorePaths(home: string): string[] {
  return [path.join(home, 'data', 'databases', 'neo4j'), path.join(home, 'data', 'transactions', 'neo4j')];
}

/**
 * Runs Neo4j's offline importer (`neo4j-admin database import full`, shipped in the launcher's
 * classpath) into the default database of the embedded store at `home`, which must not be running
 * nor hold a database. `args` are the importer's options (files and CSV settings). Rejects with
 * the importer's last error line; the caller removes a failed import's files (embeddedStorePaths).
 */
export function runEmbeddedImport(home: string, args: string[], heap = '1g'): Promise<void> {
  ensureLauncherBuilt();
  const child = spawn('java', [`-Xmx${heap}`, ...JVM_FLAGS, ...javaOpts(), '-cp', LAUNCHER_CLASSPATH, 'org.neo4j.cli.AdminTool', 'database', 'import', 'full', 'neo4j', ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-50_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => reject(new SetupError(`Could not run Neo4j's importer: ${error.message}`)));
    child.once('exit', (code) => {
      if (code === 0) {
        resolve();
        return;
      }
      const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
      const reason = lines.filter((l) => /Exception|Error|error:|failed/i.test(l) && !l.startsWith('at ')).pop() ?? lines.pop() ?? '';
      reject(new ImportToolError(`Neo4j's importer failed (exit ${code}): ${reason.slice(0, 400)}`));
    });
  });
}

/** The offline importer refused its input (bad CSV, an unknown endpoint, a duplicate id). */
export class ImportToolError extends Error {
  override name = 'ImportToolError';
}

// `npm run neo4j`: run the embedded Neo4j alone, for use with NEO4J_URI from another shell.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const neo4j = await startEmbeddedNeo4j();
    console.log(`Neo4j ${neo4j.version} listening at ${neo4j.uri} (Ctrl-C stops it)`);
    const stop = () => void neo4j.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(error instanceof SetupError ? error.message : error);
    process.exit(1);
  }
}

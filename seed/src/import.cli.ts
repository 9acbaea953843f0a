/**
 * `npm run import -- [FILE|FOLDER...]`: the FIRST load of the embedded store, through Neo4j's
 * offline importer instead of Cypher transactions (seed/src/load/bulk.ts): the curated corpus, the
 * shipped documents, then each FILE (a UN, WSIS or ITU text; a FOLDER stands for the `.txt` files
 * in it), in the order `npm run seed` and `npm run
 * ingest` would load them, and into the same graph. Worth it for a large corpus: its fixed cost is
 * about 15 s of JVM starts (BENCHMARKS.md). The store (NEO4J_DATA_DIR, default .data/neo4j) must
 * not hold a database yet and must not be in use; `npm start` serves it afterwards. Not for a
 * Neo4j named by NEO4J_URI, whose files this process cannot write: use `npm run ingest` there, or
 * that server's own `neo4j-admin database import`.
 */
import path from 'node:path';
import { ROOT } from '../../scripts/neo4j.js';
import { ConfigError, loadConfig } from '../../server/src/config.js';
import { runCli } from './cli.js';
import { bulkLoad } from './load/bulk.js';
import { documentRows } from './load/document.rows.js';
import type { Rows } from './load/rows.types.js';
import { checkFiles, documentFiles, formatCounts, graphCounts, parseFile, seedChunks } from './seed.js';

const USAGE = 'usage: npm run import -- [FILE|FOLDER...]   (a first load into an empty embedded store)';

await runCli(async () => {
  const args = process.argv.slice(2);
  const options = args.filter((a) => a.startsWith('-'));
  if (options.length) {
    console.error(`error: unknown option ${options.join(' ')}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const { files, problems } = documentFiles(args);
  if (problems.length) {
    for (const problem of problems) console.error(`error: ${problem}`);
    process.exitCode = 2;
    return;
  }
  if (loadConfig().neo4j.uri) throw new ConfigError('npm run import writes the embedded store\'s files, and NEO4J_URI names another Neo4j: unset it, or use npm run seed and npm run ingest against that server.');
  const started = performance.now();
  // Parsed up front: files that do not parse stop the import before anything is written. The
  // documents are parsed again as the importer reads them, rather than held (see checkFiles).
  checkFiles(files, (doc) => {
    console.log(`${doc.file}: ${doc.symbol} (${doc.language}), ${doc.clauses.length} clauses`);
    for (const u of doc.unresolved) console.log(`  unresolved: ${doc.file}:${u.line} [${u.clause}] "${u.text}": ${u.reason}`);
  });
  function* chunks(): Generator<Rows> {
    yield* seedChunks();
    for (const file of files) yield documentRows(parseFile(file), ROOT);
  }
  const home = path.resolve(ROOT, process.env.NEO4J_DATA_DIR ?? '.data/neo4j');
  const result = await bulkLoad(chunks(), { home, log: console.log });
  try {
    console.log(formatCounts(await graphCounts(result.db)));
    const s = result.seconds;
    console.log(`Imported into ${path.relative(ROOT, home) || home} in ${((performance.now() - started) / 1000).toFixed(1)} s (CSV ${s.csv} s, importer ${s.import} s, start ${s.start} s, indexes ${s.indexes} s, ${result.deferred} repeated rows MERGEd in ${s.deferred} s). \`npm start\` serves it.`);
  } finally {
    await result.db.driver.close();
    await result.neo4j.stop();
  }
});

/**
 * `npm run ingest -- FILE|FOLDER... [--dry-run] [--json]`: parses UN, WSIS or ITU texts (Arabic,
 * English or French) and loads each in one transaction; a FOLDER stands for the `.txt` files in it.
 * Every file is parsed before anything is loaded, so one that does not parse stops the run with
 * each such file named and nothing written. A document whose symbol already exists enriches that
 * instrument. --json prints the parse on stdout (an object when the one argument is a file, an
 * array otherwise); --dry-run loads nothing. Unresolved references are always listed (on stderr
 * with --json), never dropped silently.
 */
import { statSync } from 'node:fs';
import { connect } from '../../scripts/connect.js';
import { runCli } from './cli.js';
import { documentRows } from './load/document.rows.js';
import { toJson } from './parse/index.js';
import { documentFiles, ingestDocuments, parseFiles, ROOT } from './seed.js';

const USAGE = 'usage: npm run ingest -- FILE|FOLDER... [--dry-run] [--json]';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

await runCli(async () => {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const paths = args.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--dry-run' && f !== '--json');
  if (paths.length === 0 || unknown.length) {
    console.error(unknown.length ? `error: unknown option ${unknown.join(' ')}\n${USAGE}` : USAGE);
    process.exitCode = 2;
    return;
  }
  const { files, problems } = documentFiles(paths);
  if (problems.length) {
    for (const problem of problems) console.error(`error: ${problem}`);
    process.exitCode = 2;
    return;
  }
  const report = flags.has('--json') ? console.error : console.log;
  const started = performance.now();
  const docs = parseFiles(files);
  const parsedMs = performance.now() - started;
  if (flags.has('--json')) {
    const single = paths.length === 1 && statSync(paths[0]).isFile();
    console.log(JSON.stringify(single ? toJson(docs[0]) : docs.map(toJson), null, 2));
  }

  for (const doc of docs) {
    report(`${doc.file}: ${doc.symbol} (${doc.language}), "${doc.title}"`);
    report(`  ${doc.clauses.length} clauses, ${documentRows(doc, ROOT).links.length} citations`);
    for (const u of doc.unresolved) report(`  unresolved: ${doc.file}:${u.line} [${u.clause}] "${u.text}": ${u.reason}`);
  }
  const unresolved = docs.filter((doc) => doc.unresolved.length > 0);
  const references = unresolved.reduce((sum, doc) => sum + doc.unresolved.length, 0);
  report(`Parsed ${plural(docs.length, 'document')} in ${parsedMs.toFixed(1)} ms; ${references ? `${plural(references, 'unresolved reference')} (listed above) in ${unresolved.length} of them` : 'every reference resolved'}.`);
  if (flags.has('--dry-run')) {
    report('Dry run: nothing loaded.');
    return;
  }
  const connection = await connect({ reuseRunning: true });
  try {
    await connection.db.applySchema();
    const loadStart = performance.now();
    await ingestDocuments(connection.db, docs, {
      loaded: (doc, ms) => report(`Loaded ${doc.file} (${doc.symbol}) in one transaction in ${ms.toFixed(0)} ms.`),
      stopped: (doc, index) =>
        console.error(`Stopped at ${doc.file} (${index + 1} of ${docs.length}), which wrote nothing: ${plural(index, 'document')} before it loaded, ${docs.length - index - 1} after it not tried.`),
    });
    if (docs.length > 1) report(`Loaded ${docs.length} documents in ${((performance.now() - loadStart) / 1000).toFixed(1)} s.`);
  } finally {
    await connection.close();
  }
});

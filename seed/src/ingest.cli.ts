/**
 * `npm run ingest -- FILE|FOLDER... [--dry-run|--check] [--json]`: parses UN, WSIS or ITU texts (Arabic,
 * English or French) and loads each in one transaction; a FOLDER stands for the `.txt` files in it.
 * Every file is parsed before anything is loaded, so one that does not parse stops the run with
 * each such file named and nothing written. A document whose symbol already exists enriches that
 * instrument. --json prints the parse on stdout (an object when the one argument is a file, an
 * array otherwise); --dry-run loads nothing and needs no Neo4j; --check loads each document into
 * the graph in a transaction that is then rolled back, so it says what a load would do (which
 * curated values it would keep, whether Neo4j would refuse it) and writes nothing. Each document
 * is checked against the graph as it is, not as the files before it would leave it. Unresolved
 * references are always listed (on stderr with --json), never dropped silently.
 */
import { connect } from '../../scripts/connect.js';
import { runCli } from './cli.js';
import { documentRows } from './load/document.rows.js';
import { toJson } from './parse/index.js';
import type { ParsedDocument } from './parse/index.js';
import { checkFiles, documentFiles, ingestDocuments, keptLine, ROOT } from './seed.js';

const USAGE = 'usage: npm run ingest -- FILE|FOLDER... [--dry-run|--check] [--json]';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

await runCli(async () => {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const paths = args.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--dry-run' && f !== '--check' && f !== '--json');
  const both = flags.has('--dry-run') && flags.has('--check');
  if (paths.length === 0 || unknown.length || both) {
    console.error(unknown.length ? `error: unknown option ${unknown.join(' ')}\n${USAGE}` : both ? `error: --dry-run (no Neo4j) and --check (Neo4j, rolled back) exclude each other\n${USAGE}` : USAGE);
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
  // One file alone prints its parse as an object, anything else an array, written as it goes. A
  // file comes back from documentFiles as named; a folder's files do not equal the folder.
  const single = paths.length === 1 && files[0] === paths[0];
  const json = (doc: ParsedDocument, index: number) => {
    const text = JSON.stringify(toJson(doc), null, 2);
    process.stdout.write(single ? `${text}\n` : `${index === 0 ? '[\n' : ',\n'}${text}`);
  };
  const started = performance.now();
  let parsed = 0;
  let unresolved = 0;
  let references = 0;
  // Every file is parsed before anything loads (checkFiles throws if any does not parse). The
  // array is closed either way, so stdout stays valid JSON: the documents that parsed.
  try {
    checkFiles(files, (doc) => {
      if (flags.has('--json')) json(doc, parsed);
      parsed += 1;
      if (doc.unresolved.length) unresolved += 1;
      references += doc.unresolved.length;
      report(`${doc.file}: ${doc.symbol} (${doc.language}${doc.date ? `, ${doc.date}` : ', undated'}${doc.body ? `, ${doc.body}` : ''}), "${doc.title}"`);
      report(`  ${doc.clauses.length} clauses, ${documentRows(doc, ROOT).links.length} citations`);
      for (const u of doc.unresolved) report(`  unresolved: ${doc.file}:${u.line} [${u.clause}] "${u.text}": ${u.reason}`);
    });
  } finally {
    if (flags.has('--json') && !single) process.stdout.write(parsed ? '\n]\n' : '[]\n');
  }
  report(`Parsed ${plural(parsed, 'document')} in ${(performance.now() - started).toFixed(1)} ms; ${references ? `${plural(references, 'unresolved reference')} (listed above) in ${unresolved} of them` : 'every reference resolved'}.`);
  if (flags.has('--dry-run')) {
    report('Dry run: nothing loaded.');
    return;
  }
  const check = flags.has('--check');
  const connection = await connect({ reuseRunning: true });
  try {
    // A check writes nothing, not even the schema: the statements run without it, only slower.
    if (!check) await connection.db.applySchema();
    const loadStart = performance.now();
    await ingestDocuments(
      connection.db,
      files,
      {
        loaded: (doc, ms, { kept }) => {
          report(check ? `Checked ${doc.file} (${doc.symbol}): it would load; rolled back, nothing written (${ms.toFixed(0)} ms).` : `Loaded ${doc.file} (${doc.symbol}) in one transaction in ${ms.toFixed(0)} ms.`);
          for (const k of kept) report(`  ${check ? 'would keep' : 'kept'}${keptLine(k).slice('kept'.length)}`);
        },
        stopped: (file, index) =>
          console.error(
            check
              ? `Stopped at ${file} (${index + 1} of ${files.length}), which would not load; nothing was written.`
              : `Stopped at ${file} (${index + 1} of ${files.length}), which wrote nothing: ${plural(index, 'document')} before it loaded, ${files.length - index - 1} after it not tried.`,
          ),
      },
      { check },
    );
    if (files.length > 1) report(`${check ? 'Checked' : 'Loaded'} ${files.length} documents in ${((performance.now() - loadStart) / 1000).toFixed(1)} s.${check ? ' Nothing was written.' : ''}`);
  } finally {
    await connection.close();
  }
});

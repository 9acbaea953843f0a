/**
 * `npm run ingest -- FILE [--dry-run] [--json]`: parses a UN, WSIS or ITU text (Arabic, English or
 * French) and loads it in one transaction. A document whose symbol already exists enriches that
 * instrument. --json prints the parse on stdout; --dry-run loads nothing. Unresolved references
 * are always listed (on stderr), never dropped silently.
 */
import { existsSync, statSync } from 'node:fs';
import { connect } from '../../scripts/connect.js';
import { runCli } from './cli.js';
import { documentRows } from './load/document.rows.js';
import { toJson } from './parse/index.js';
import { ingestDocument, parseFile, ROOT } from './seed.js';

const USAGE = 'usage: npm run ingest -- FILE [--dry-run] [--json]';

await runCli(async () => {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--dry-run' && f !== '--json');
  if (files.length !== 1 || unknown.length) {
    console.error(unknown.length ? `error: unknown option ${unknown.join(' ')}\n${USAGE}` : USAGE);
    process.exitCode = 2;
    return;
  }
  const file = files[0];
  if (!existsSync(file) || !statSync(file).isFile()) {
    console.error(`error: ${file}: no such file`);
    process.exitCode = 2;
    return;
  }
  const report = flags.has('--json') ? console.error : console.log;
  const started = performance.now();
  const doc = parseFile(file);
  const parsedMs = performance.now() - started;
  if (flags.has('--json')) console.log(JSON.stringify(toJson(doc), null, 2));

  const rows = documentRows(doc, ROOT);
  report(`${doc.file}: ${doc.symbol} (${doc.language}), "${doc.title}"`);
  report(`  ${doc.clauses.length} clauses, ${rows.links.length} citations, parsed in ${parsedMs.toFixed(1)} ms`);
  for (const u of doc.unresolved) report(`  unresolved: ${doc.file}:${u.line} [${u.clause}] "${u.text}": ${u.reason}`);
  if (flags.has('--dry-run')) {
    report('  dry run: nothing loaded');
    return;
  }
  const connection = await connect({ reuseRunning: true });
  try {
    await connection.db.applySchema();
    const loadStart = performance.now();
    await ingestDocument(connection.db, doc);
    report(`  loaded in one transaction in ${(performance.now() - loadStart).toFixed(0)} ms`);
  } finally {
    await connection.close();
  }
});

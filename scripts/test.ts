/**
 * `npm test`: every test layer, against a real Neo4j. Builds the embedded Neo4j launcher and its
 * class archive once up front (the integration and e2e global setups each start their own
 * instance, in parallel, and would otherwise both make it), type checks, then runs vitest (unit,
 * integration, e2e). Extra arguments go to vitest.
 */
import { spawnSync } from 'node:child_process';
import { runCli } from '../seed/src/cli.js';
import { ensureClientBuilt } from './client-build.js';
import { ensureClassArchive, ensureLauncherBuilt, ROOT } from './neo4j.js';

function run(command: string, args: string[]): void {
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

await runCli(async () => {
  if (!process.env.NEO4J_URI) await ensureClassArchive(ensureLauncherBuilt());
  ensureClientBuilt();
  run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
});

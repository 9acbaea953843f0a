/** Internal: builds the UI with Vite when dist/client is missing or older than client/. */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { newestMtime, ROOT, SetupError } from './neo4j.js';

const CLIENT_SRC = path.join(ROOT, 'client');
const CLIENT_OUT = path.join(ROOT, 'dist', 'client', 'index.html');

export function ensureClientBuilt(): void {
  if (!existsSync(path.join(CLIENT_SRC, 'index.html'))) return;
  if (existsSync(CLIENT_OUT) && statSync(CLIENT_OUT).mtimeMs >= newestMtime(CLIENT_SRC)) return;
  console.log('Building the UI (vite build)…');
  const r = spawnSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new SetupError('The UI build failed (see above); the API would still work: fix the client or run `npm run build:client` to see the error.');
}


/** Internal: builds the UI with Vite when dist/client is missing or older than client/. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT, SetupError } from './neo4j.js';

const CLIENT_SRC = path.join(ROOT, 'client');
const CLIENT_OUT = path.join(ROOT, 'dist', 'client', 'index.html');

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
    const p = path.join(dir, e.name);
    return Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);
}

export function ensureClientBuilt(): void {
  if (!existsSync(path.join(CLIENT_SRC, 'index.html'))) return;
  if (existsSync(CLIENT_OUT) && statSync(CLIENT_OUT).mtimeMs >= newest(CLIENT_SRC)) return;
  console.log('Building the UI (vite build)…');
  const r = spawnSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new SetupError('The UI build failed (see above); the API would still work: fix the client or run `npm run build:client` to see the error.');
}


/**
 * Internal: builds the UI with Vite when dist/client is missing or older than its sources: client/
 * and what it imports from outside it (the vocabulary in cypher/ and the parser's lexicon and
 * corpus types in seed/src/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { newestMtime, ROOT, SetupError } from './neo4j.js';

const CLIENT_SRC = path.join(ROOT, 'client');
const SHARED_SRC = [path.join(ROOT, 'cypher'), path.join(ROOT, 'seed', 'src')];
const CLIENT_OUT = path.join(ROOT, 'dist', 'client', 'index.html');

export function ensureClientBuilt(): void {
  if (!existsSync(path.join(CLIENT_SRC, 'index.html'))) return;
  const newest = Math.max(newestMtime(CLIENT_SRC), ...SHARED_SRC.map((dir) => newestMtime(dir)));
  if (existsSync(CLIENT_OUT) && statSync(CLIENT_OUT).mtimeMs >= newest) return;
  console.log('Building the UI (vite build)…');
  const r = spawnSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new SetupError('The UI build failed (see above); the API would still work: fix the client or run `npm run build:client` to see the error.');
}


/**
 * Internal: serves the built client (dist/client) and the offline GraphiQL assets from
 * node_modules. Paths are resolved inside their root folder only (no traversal).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CLIENT_DIR = path.join(ROOT, 'dist', 'client');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** GraphiQL and its React, from npm, so the IDE works without the internet. */
export const VENDOR_FILES: Record<string, string> = {
  'react.js': 'node_modules/react/umd/react.production.min.js',
  'react-dom.js': 'node_modules/react-dom/umd/react-dom.production.min.js',
  'graphiql.js': 'node_modules/graphiql/graphiql.min.js',
  'graphiql.css': 'node_modules/graphiql/graphiql.min.css',
};

export function sendFile(res: ServerResponse, file: string, cache: string): boolean {
  if (!existsSync(file) || !statSync(file).isFile()) return false;
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': cache, 'x-content-type-options': 'nosniff' });
  createReadStream(file).pipe(res);
  return true;
}

/** Serves a file of the built client; unknown paths get index.html (the app reads the URL itself). */
export function sendClient(res: ServerResponse, urlPath: string, clientDir = CLIENT_DIR): void {
  const file = path.resolve(clientDir, `.${decodeURIComponent(urlPath)}`);
  const inside = file.startsWith(clientDir + path.sep);
  if (inside && path.extname(file) && sendFile(res, file, urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache')) return;
  if (sendFile(res, path.join(clientDir, 'index.html'), 'no-cache')) return;
  res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('The UI is not built yet: run `npm run build:client` (npm start does it for you). The API is at /graphql.');
}

export function graphiqlPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ig-atlas GraphiQL</title>
<link rel="stylesheet" href="/vendor/graphiql.css">
<style>body{margin:0;height:100vh}#graphiql{height:100vh}</style></head>
<body><div id="graphiql">Loading GraphiQL…</div>
<script src="/vendor/react.js"></script><script src="/vendor/react-dom.js"></script><script src="/vendor/graphiql.js"></script>
<script src="/vendor/graphiql-init.js"></script></body></html>`;
}

export const GRAPHIQL_INIT = `const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
const defaultQuery = '# ig-atlas: try a query, e.g.\\n{\\n  instrument(symbol: "WTPF-13/DT/6") {\\n    symbol\\n    title\\n    citations { relation target { ... on Provision { id label } ... on Instrument { symbol } } }\\n  }\\n}\\n';
ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, { fetcher, defaultQuery }));`;

/**
 * Internal: the HTTP server. Plain node:http (no Express: measured here, Apollo on Express 5 serves
 * about half the requests per second of Apollo's own HTTP handling) with five routes:
 * /graphql (API; GraphiQL for browsers), /feeds/* (Atom: cited-by, search), /healthz, /vendor/*
 * (GraphiQL assets) and the UI.
 */
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import type { Config } from '../config.js';
import type { Context } from '../context.type.js';
import type { Database } from '../db/database.js';
import { citedByFeed, parseFeedRequest, parseSearchFeedRequest, searchFeed, sendFeed } from '../feed/feed.route.js';
import { createLoaders } from '../loaders.js';
import { CompiledExecutor } from './executor.js';
import { formatError } from './format-error.js';
import { limitsPlugin } from './limits.js';
import { GRAPHIQL_INIT, graphiqlPage, ROOT, sendClient, sendFile, VENDOR_FILES } from './static.js';

const MAX_BODY_BYTES = 1_000_000;

export interface App {
  server: http.Server;
  apollo: ApolloServer<Context>;
  /** Listens and resolves with the base URL, e.g. http://127.0.0.1:4000/. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, `Request body over ${MAX_BODY_BYTES} bytes.`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...extra });
  res.end(JSON.stringify(value));
}

function wantsHtml(req: IncomingMessage, url: URL): boolean {
  return req.method === 'GET' && !url.searchParams.has('query') && (req.headers.accept ?? '').includes('text/html');
}

export async function createApp(schema: GraphQLSchema, db: Database, config: Pick<Config, 'corsOrigins'>): Promise<App> {
  const apollo = new ApolloServer<Context>({
    // The schema, served through a compiling executor (executor.ts).
    gateway: new CompiledExecutor(schema).gateway(),
    formatError,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // No cache-control hints are used, and the plugin wraps every field resolver: off (BENCHMARKS.md).
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), limitsPlugin(schema)],
    // Whoever runs the server handles SIGINT/SIGTERM and calls close() (scripts/start.ts). Apollo's
    // own handlers would call stop() a second time, concurrently, and that second call waited
    // forever: Ctrl-C sent to the server process alone left it hanging at "Stopping…".
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const raw = await readBody(req);
      const type = headers.get('content-type') ?? '';
      if (/^application\/(graphql-response\+)?json/i.test(type) || type === '') {
        try {
          body = raw === '' ? undefined : JSON.parse(raw);
        } catch {
          throw new HttpError(400, 'The request body is not valid JSON.');
        }
      } else body = raw;
    }
    const request: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
    const scoped = db.scoped();
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: async () => ({ db: scoped, loaders: createLoaders(scoped), roundTrips: scoped.counter }),
    });
    res.statusCode = response.status ?? 200;
    res.setHeader('x-cypher-round-trips', String(scoped.counter.roundTrips));
    for (const [key, value] of response.headers) res.setHeader(key, value);
    // A complete body is sent by end() alone, before any header is written, so node:http gives it a
    // Content-Length and writes it in one piece rather than as chunks (an incremental delivery
    // body, which Apollo streams, is chunked).
    if (response.body.kind === 'complete') res.end(response.body.string);
    else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  /** The feeds (feed/feed.route.ts); their errors are the API's, as JSON with their HTTP status. */
  async function feed(res: ServerResponse, url: URL): Promise<void> {
    const scoped = db.scoped();
    try {
      const xml = url.pathname === '/feeds/search' ? await searchFeed(scoped, parseSearchFeedRequest(url.searchParams)) : await citedByFeed(scoped, parseFeedRequest(url.searchParams));
      sendFeed(res, xml, scoped.counter.roundTrips);
    } catch (error) {
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      const status = code === 'BAD_USER_INPUT' ? 400 : code === 'NOT_FOUND' ? 404 : code === 'SERVICE_UNAVAILABLE' ? 503 : 0;
      if (!status) throw error;
      sendJson(res, status, { errors: [{ message: (error as GraphQLError).message, extensions: (error as GraphQLError).extensions }] }, status === 503 ? { 'retry-after': '5' } : {});
    }
  }

  async function healthz(res: ServerResponse): Promise<void> {
    try {
      await db.read('ping');
      sendJson(res, 200, { status: 'ok', neo4j: 'reachable' });
    } catch {
      sendJson(res, 503, { status: 'unavailable', neo4j: 'unreachable' }, { 'retry-after': '5' });
    }
  }

  function cors(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = req.headers.origin;
    if (!origin || !config.corsOrigins.includes(origin) && !config.corsOrigins.includes('*')) return false;
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'origin');
    res.setHeader('access-control-allow-headers', 'content-type, apollo-require-preflight');
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    return true;
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const allowed = cors(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(allowed ? 204 : 405);
      res.end();
      return;
    }
    if (url.pathname === '/graphql') {
      if (wantsHtml(req, url)) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(graphiqlPage());
      } else await graphql(req, res, url);
    } else if ((url.pathname === '/feeds/cited-by' || url.pathname === '/feeds/search') && (req.method === 'GET' || req.method === 'HEAD')) await feed(res, url);
    else if (url.pathname === '/healthz') await healthz(res);
    else if (url.pathname === '/vendor/graphiql-init.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(GRAPHIQL_INIT);
    } else if (url.pathname.startsWith('/vendor/')) {
      const file = VENDOR_FILES[url.pathname.slice('/vendor/'.length)];
      if (!file || !sendFile(res, path.join(ROOT, file), 'public, max-age=86400')) sendJson(res, 404, { error: 'not found' });
    } else if (req.method === 'GET' || req.method === 'HEAD') sendClient(res, url.pathname);
    else sendJson(res, 405, { error: `${req.method} is not allowed on ${url.pathname}` });
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) return sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
      console.error('[ig-atlas] request failed:', error);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;

  return {
    server,
    apollo,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          const actual = typeof address === 'object' && address ? address.port : port;
          resolve(`http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/`);
        });
      }),
    close: async () => {
      // server.close() waits for keep-alive connections to end; close them now so Ctrl-C is quick.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}

/**
 * Neo4j unreachable: the server still serves, /healthz says 503, GraphQL answers
 * SERVICE_UNAVAILABLE, and both recover by themselves when Neo4j comes back. The outage is real:
 * the server talks to the real Neo4j through a TCP relay on loopback that the test cuts and restores.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createDriver, Database } from '../../server/src/db/database.js';
import { startServer, type RunningServer } from '../../server/src/index.js';
import { NEO4J_VERSION_PATTERN } from '../support/app.js';

class Relay {
  private server: net.Server | null = null;
  private sockets = new Set<net.Socket>();
  constructor(readonly port: number, private readonly target: { host: string; port: number }) {}

  up(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    return new Promise((resolve) => this.server!.listen(this.port, '127.0.0.1', () => resolve()));
  }

  down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}

let relay: Relay;
let db: Database;
let server: RunningServer;

beforeAll(async () => {
  const target = new URL(inject('neo4jUri'));
  relay = new Relay(await freePort(), { host: target.hostname, port: Number(target.port) });
  db = new Database(createDriver({ uri: `bolt://127.0.0.1:${relay.port}`, user: inject('neo4jUser'), password: inject('neo4jPassword'), database: undefined }), undefined);
  server = await startServer(db, { port: 0, host: '127.0.0.1', corsOrigins: [] });
});
afterAll(async () => {
  await server.app.close();
  await db.driver.close();
  await relay.down();
});

const health = () => fetch(`${server.url}healthz`).then((r) => r.status);
const gqlHealth = () =>
  fetch(`${server.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ health { ok neo4jVersion } }' }) }).then((r) => r.json() as Promise<any>);

describe('Neo4j outage', () => {
  it('starts without Neo4j, answers 503 and SERVICE_UNAVAILABLE, then recovers when Neo4j is back', async () => {
    expect(await health()).toBe(503);
    const down = await gqlHealth();
    expect(down.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(down)).not.toMatch(/ECONNREFUSED|Neo4jError|bolt:\/\//);

    await relay.up();
    expect(await health()).toBe(200);
    expect((await gqlHealth()).data.health.neo4jVersion).toMatch(NEO4J_VERSION_PATTERN);

    await relay.down();
    expect(await health()).toBe(503);
    await relay.up();
    expect(await health()).toBe(200);
  });
});

/**
 * Bolt messages both ways against the real Neo4j. The driver's, with the chunk buffers
 * bolt-chunks.ts widens: a statement of a few KB goes in one socket write (the driver alone makes
 * one per 1,400 bytes), and messages larger than a buffer, sent and received, still arrive whole.
 * Neo4j's, from the embedded launcher (which flushes a result every 64 KiB, not 8): a 40-KB result
 * comes in two pieces at most (the statement's header, then its records).
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { CHUNK_BUFFER_BYTES, enlargeBoltChunks } from '../../server/src/db/bolt-chunks.js';
import { createDriver } from '../../server/src/db/database.js';

const driver = createDriver({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword'), database: undefined });
const boltPort = Number(new URL(inject('neo4jUri')).port);

type SocketWithPush = net.Socket & { push(chunk: unknown, ...rest: unknown[]): boolean };

/**
 * Runs `query` in a session and counts, while it runs, our writes to Neo4j's port and the pieces
 * read from it (each a socket read that brought data).
 */
async function writesOf(query: string, params: Record<string, unknown> = {}): Promise<{ writes: number; reads: number; records: unknown[] }> {
  const session = driver.session();
  const proto = net.Socket.prototype as SocketWithPush;
  const { write, push } = proto;
  try {
    await session.run('RETURN 1'); // the connection is open and past its handshake
    let writes = 0;
    let reads = 0;
    proto.write = function (this: net.Socket, ...args: unknown[]) {
      if (this.remotePort === boltPort) writes++;
      return (write as (...a: unknown[]) => boolean).apply(this, args);
    } as typeof write;
    proto.push = function (this: SocketWithPush, chunk: unknown, ...rest: unknown[]) {
      if (chunk && this.remotePort === boltPort) reads++;
      return push.call(this, chunk, ...rest);
    };
    const result = await session.run(query, params);
    return { writes, reads, records: result.records.map((r) => r.toObject()) };
  } finally {
    proto.write = write;
    proto.push = push;
    await session.close();
  }
}

beforeAll(() => driver.verifyConnectivity());
afterAll(() => driver.close());

describe('Bolt chunks', () => {
  it('are widened on the installed driver', () => {
    expect(enlargeBoltChunks()).toBe(true);
  });

  it('send a 3-KB statement in one write', async () => {
    const padding = Array.from({ length: 250 }, (_, i) => `$p AS p${i}`).join(', ');
    const query = `RETURN ${padding}`;
    expect(query.length).toBeGreaterThan(1400);
    expect(query.length).toBeLessThan(CHUNK_BUFFER_BYTES - 200);
    const { writes, records } = await writesOf(query, { p: 'x'.repeat(1500) });
    expect(records).toHaveLength(1);
    expect(writes).toBe(1);
  });

  it('carry messages larger than a buffer whole, both ways', async () => {
    const text = 'ي٪x'.repeat(30_000); // 150 KB of UTF-8, with multi-byte characters across chunk edges
    const rows = Array.from({ length: 5_000 }, (_, i) => ({ i, s: `row ${i} ${'é'.repeat(i % 17)}` }));
    const { writes, records } = await writesOf('RETURN $text AS text, $rows AS rows, size($rows) AS n', { text, rows });
    const [record] = records as { text: string; rows: { i: number; s: string }[] }[];
    expect(record.text).toBe(text);
    expect(record.rows.map((r) => [r.i, r.s])).toEqual(rows.map((r) => [r.i, r.s]));
    // The message is about 300 KB: 1,400-byte buffers take over 200 writes (the text alone 107),
    // 16-KiB ones about 20.
    expect(writes).toBeLessThan(Buffer.byteLength(text) / 1400 / 4);
  });

  it('bring a 40-KB result from the embedded Neo4j in two pieces at most', async () => {
    const { reads, records } = await writesOf('UNWIND range(1, 400) AS i RETURN i, $s AS s', { s: 'x'.repeat(100) });
    expect(records).toHaveLength(400);
    expect(reads).toBeGreaterThan(0);
    // Flushed every 8 KiB (Neo4j's default), the same result came in 7.
    if (inject('neo4jEmbedded')) expect(reads).toBeLessThanOrEqual(2);
  });
});

/**
 * Internal: makes the driver send a Bolt message in one socket write rather than one per 1,400
 * bytes.
 *
 * neo4j-driver writes every message through a Chunker whose buffer holds 1,400 bytes: when it
 * fills, it goes to the socket (one `write`) and another begins. Bolt sends a statement's text with
 * every run, so the depth-2 neighbourhood (2.7 KB of text and parameters) cost three writes per
 * request, and a 5,000-row load batch hundreds. On this machine's loopback each write costs the
 * sender the receiver's wake-up: with 16 KiB buffers the neighbourhood served 1 to 11% more
 * requests per second in alternating runs, with less CPU on both sides (BENCHMARKS.md, ninth session). The protocol
 * allows chunks of up to 65,535 bytes, and Neo4j itself sends 8 KiB ones.
 *
 * The buffer size is not an option of the driver, so this widens it on the driver's own Chunker:
 * once a connection's chunker has flushed its first message (the handshake's HELLO), later buffers
 * are CHUNK_BUFFER_BYTES. The Chunker is loaded from beside the neo4j-driver we import, so the
 * patch reaches the copy the driver uses. Contract: the bytes on the wire stay valid Bolt whatever
 * happens here; if a driver upgrade changes the Chunker's shape, nothing is patched, the driver
 * keeps its 1,400 bytes, and tests/integration/bolt-chunks.int.test.ts fails to say so.
 */
import { createRequire } from 'node:module';

/** Bytes per buffer: a chunk spans at most the buffer less its 2-byte header (Bolt's limit: 65,535). */
export const CHUNK_BUFFER_BYTES = 16 * 1024;

interface ChunkerLike {
  _bufferSize: number;
  _buffer: { position: number };
  flush(): unknown;
}

let applied: boolean | undefined;

/** Widens the driver's chunk buffers (once per process); returns whether the driver has them now. */
export function enlargeBoltChunks(): boolean {
  if (applied !== undefined) return applied;
  applied = false;
  try {
    const require = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
    const { Chunker } = require('neo4j-driver-bolt-connection/lib/channel/chunking.js') as { Chunker?: { prototype: ChunkerLike } };
    const { alloc } = require('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as { alloc?: (size: number) => ChunkerLike['_buffer'] };
    const proto = Chunker?.prototype;
    if (!proto || typeof proto.flush !== 'function' || typeof alloc !== 'function') return false;
    const flush = proto.flush;
    proto.flush = function (this: ChunkerLike) {
      const result = flush.call(this);
      // An empty buffer after a flush: the next message starts in a wider one.
      if (this._bufferSize < CHUNK_BUFFER_BYTES && this._buffer?.position === 0) {
        this._bufferSize = CHUNK_BUFFER_BYTES;
        this._buffer = alloc(CHUNK_BUFFER_BYTES);
      }
      return result;
    };
    applied = true;
  } catch {
    // A driver without these files: it keeps its own buffers.
  }
  return applied;
}

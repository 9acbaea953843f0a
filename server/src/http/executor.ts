/**
 * Internal: runs operations through graphql-jit, which compiles a query document once into a
 * JavaScript function, where graphql-js walks the document again for every field of every object
 * on every request. On a 300-node neighbourhood (600 objects, 3,600 fields) that walk was a third
 * of the server's CPU; compiled, the server's CPU per request fell by 30% (BENCHMARKS.md).
 *
 * Apollo Server takes another executor only through its gateway interface, so this is a gateway
 * with a fixed schema and no federation. Apollo still parses, validates, costs (limits.ts) and
 * formats errors as before; only execution changes, and it returns the same data and errors as
 * graphql-js (tests/integration/executor.int.test.ts compares the two on every example query).
 *
 * Contract: a document is compiled the second time it arrives, so a stream of one-off documents
 * cannot make the server compile on every request (the first run goes through graphql-js);
 * at most MAX_COMPILED documents are kept, the least recently used dropped first. A document
 * graphql-jit cannot compile (it answers errors, or throws) runs through graphql-js.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

const MAX_COMPILED = 500;

/** What the cache holds per document: seen once, compiled, or refused by the compiler. */
type Entry = CompiledQuery | 'seen' | 'graphql-js';

const documentKey = (source: string | undefined, operationName: string | null | undefined) => `${operationName ?? ''}\n${source}`;

export class CompiledExecutor {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly schema: GraphQLSchema) {}

  readonly execute: GatewayExecutor = async (request) => {
    const { document, operationName, source } = request;
    const variables = request.request.variables ?? {};
    const entry = this.entry(documentKey(source, operationName), () => compileQuery(this.schema, document, operationName ?? undefined));
    if (typeof entry !== 'string') return entry.query(undefined, request.context, variables) as Promise<ExecutionResult>;
    return execute({ schema: this.schema, document, operationName, variableValues: variables, contextValue: request.context });
  };

  /** The entry for `key` after this arrival, moved to the most recent end of the map. */
  private entry(key: string, compile: () => CompiledQuery | ExecutionResult): Entry {
    const previous = this.entries.get(key);
    let entry: Entry = 'seen';
    if (previous === 'seen') {
      let compiled: CompiledQuery | ExecutionResult | null = null;
      try {
        compiled = compile();
      } catch {
        // A compiler failure is not the client's: the document runs through graphql-js instead.
      }
      entry = compiled && isCompiledQuery(compiled) ? compiled : 'graphql-js';
    } else if (previous) entry = previous;
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > MAX_COMPILED) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  /** Whether the document `source` (operation `operationName`) is held compiled now (for tests). */
  isCompiled(source: string, operationName: string | null = null): boolean {
    return typeof (this.entries.get(documentKey(source, operationName)) ?? 'seen') !== 'string';
  }

  /** How many documents are held compiled now (for tests). */
  get compiledCount(): number {
    let n = 0;
    for (const entry of this.entries.values()) if (typeof entry !== 'string') n++;
    return n;
  }

  /** This executor as an Apollo gateway serving `schema`. */
  gateway(): GatewayInterface {
    return {
      onSchemaLoadOrUpdate: (callback) => {
        callback({ apiSchema: this.schema, coreSupergraphSdl: '' });
        return () => {};
      },
      load: async () => ({ executor: this.execute }),
      stop: async () => {},
    };
  }
}

/** The compiling executor's cache: compile on second sight, at most 500 documents, graphql-js otherwise. */
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CompiledExecutor } from '../../../server/src/http/executor.js';
import { buildAtlasSchema } from '../../../server/src/schema/build.js';

const schema = await buildAtlasSchema();

/** What Apollo hands a gateway executor, reduced to what ours reads. */
function request(source: string) {
  return { source, document: parse(source), operationName: null, request: {}, context: {} } as any;
}

describe('CompiledExecutor', () => {
  it('runs a document through graphql-js first and compiles it the second time', async () => {
    const executor = new CompiledExecutor(schema);
    expect(await executor.execute(request('{ __typename }'))).toEqual({ data: { __typename: 'Query' } });
    expect(executor.compiledCount).toBe(0);
    expect(await executor.execute(request('{ __typename }'))).toEqual({ data: { __typename: 'Query' } });
    expect(executor.compiledCount).toBe(1);
  });

  it('keeps at most 500 documents, dropping the least recently used', async () => {
    const executor = new CompiledExecutor(schema);
    const doc = (i: number) => `{ a${i}: __typename }`;
    for (let i = 0; i < 501; i++) {
      await executor.execute(request(doc(i)));
      await executor.execute(request(doc(i)));
      if (i === 0) continue;
      // Document 0 is used again each round, so it stays; the others age out in order.
      await executor.execute(request(doc(0)));
    }
    expect(executor.compiledCount).toBe(500);
    expect(executor.isCompiled(doc(0))).toBe(true);
    expect(executor.isCompiled(doc(1))).toBe(false);
    expect(executor.isCompiled(doc(2))).toBe(true);
    expect(await executor.execute(request(doc(0)))).toEqual({ data: { a0: 'Query' } });
  });
});

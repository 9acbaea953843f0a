/**
 * The compiling executor (server/src/http/executor.ts) through the real HTTP endpoint on the seeded
 * graph: a document's first run goes through graphql-js and later runs through its compiled form,
 * so every response is asked for three times and must not change. Covers every operation of
 * examples.graphql, errors, introspection, and string literals that would break generated code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, Kind } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/neo4j.js';
import { startTestApp, type TestApp } from '../support/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const EXAMPLES = readFileSync(path.join(ROOT, 'examples.graphql'), 'utf8');
const OPERATIONS = parse(EXAMPLES).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));

async function post(body: object): Promise<{ status: number; json: any }> {
  const res = await fetch(`${app.url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

/** The three answers to the same request: graphql-js, then compiled twice. */
async function thrice(body: object) {
  const answers = [];
  for (let i = 0; i < 3; i++) answers.push(await post(body));
  return answers;
}

describe('compiled execution answers as graphql-js does', () => {
  it('finds the examples', () => {
    expect(OPERATIONS.length).toBeGreaterThanOrEqual(10);
  });

  it.each(OPERATIONS)('example %s', async (operationName) => {
    const [first, ...later] = await thrice({ query: EXAMPLES, operationName });
    expect(first.status).toBe(200);
    expect(first.json.errors).toBeUndefined();
    for (const answer of later) expect(answer).toEqual(first);
  });

  it('errors keep their code, message and path', async () => {
    const cases = [
      { query: 'query($id: ID!) { neighborhood(id: $id) { truncated } }', variables: { id: 'NO/SUCH/SYMBOL' }, code: 'NOT_FOUND' },
      { query: '{ neighborhood(id: "WTPF-13/DT/6", depth: 9) { truncated } }', code: 'BAD_USER_INPUT' },
      { query: '{ a: instrument(symbol: "WTPF-13/DT/6") { symbol } b: neighborhood(id: "nope") { truncated } }', code: 'NOT_FOUND' },
    ];
    for (const { code, ...body } of cases) {
      const [first, ...later] = await thrice(body);
      expect(first.json.errors[0].extensions.code).toBe(code);
      for (const answer of later) expect(answer).toEqual(first);
    }
  });

  it('introspection and __typename', async () => {
    const [first, ...later] = await thrice({ query: '{ __typename __schema { queryType { name } } __type(name: "GraphNode") { possibleTypes { name } } }' });
    expect(first.json.data.__type.possibleTypes.map((t: any) => t.name).sort()).toEqual(['Body', 'Instrument', 'Provision']);
    for (const answer of later) expect(answer).toEqual(first);
  });

  it('string literals that would break generated code are only data', async () => {
    const hostile = 'x"); throw new Error("injected"); ("` ${process.exit(1)} \\\\ \u2028';
    const query = `{ search(text: ${JSON.stringify(hostile)}, first: 3) { label } instrument(symbol: ${JSON.stringify(hostile)}) { symbol } }`;
    const [first, ...later] = await thrice({ query });
    expect(first.status).toBe(200);
    expect(JSON.stringify(first.json)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(first.json.data.instrument).toBeNull();
    for (const answer of later) expect(answer).toEqual(first);
  });
});

/** The committed schema.graphql is the contract: it must match what the resolvers build. */
import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAtlasSchema, SCHEMA_FILE } from '../../../server/src/schema/build.js';

describe('schema.graphql', () => {
  it('matches the schema the resolvers build (run `npm run schema` after an API change)', async () => {
    const built = printSchema(await buildAtlasSchema());
    const committed = readFileSync(SCHEMA_FILE, 'utf8').replace(/^#.*\n/gm, '').trim();
    expect(committed).toBe(built.trim());
  });

  it('has the binding names of the contract, and no mutations', async () => {
    const schema = await buildAtlasSchema();
    const fields = Object.keys(schema.getQueryType()!.getFields());
    expect(fields).toEqual(expect.arrayContaining(['health', 'instrument', 'instruments', 'search', 'neighborhood', 'trace']));
    expect(schema.getMutationType()).toBeUndefined();
    for (const type of ['Instrument', 'Provision', 'Citation', 'Evidence', 'Body', 'GraphNode', 'Path', 'Hop', 'Subgraph', 'SearchHit', 'InstrumentConnection']) {
      expect(schema.getType(type), type).toBeDefined();
    }
  });
});

import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Three layers (see README "Tests"):
 * - unit: pure functions (parsers, corpus validation, mappers, client controller on headless Cytoscape);
 * - integration: GraphQL and Cypher against a real Neo4j (started by tests/setup/neo4j.global.ts);
 * - e2e: the built UI in a real headless Chromium against the running server.
 */
export default defineConfig({
  // graphql 16 ships CJS (main) and ESM (module) builds. Node resolves type-graphql's and Apollo's
  // imports to the CJS one; Vite would give our code the ESM one, and two graphql instances break
  // instanceof checks (a custom scalar is "not an input type"). Pin ours to the one Node uses.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    // type-graphql's decorators need the Reflect metadata API loaded before any type module.
    setupFiles: ['reflect-metadata'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.int.test.ts'],
          globalSetup: ['tests/setup/neo4j.global.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/setup/neo4j.global.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});

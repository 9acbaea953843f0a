import { defineConfig } from 'vitest/config';

/**
 * Three layers (see README "Tests"):
 * - unit: pure functions (parsers, corpus validation, mappers, client controller on headless Cytoscape);
 * - integration: GraphQL and Cypher against a real Neo4j (started by tests/setup/neo4j.global.ts);
 * - e2e: the built UI in a real headless Chromium against the running server.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
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

/**
 * The GraphQL-over-HTTP audit suite of graphql-http, run against the real HTTP endpoint: every
 * MUST-level audit passes; SHOULD and MAY results are printed so regressions show.
 */
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('GraphQL over HTTP audits', () => {
  it('passes every MUST audit', async () => {
    const results = [];
    for (const audit of serverAudits({ url: `${app.url}graphql` })) {
      const result = await audit.fn();
      results.push({ name: audit.name, status: result.status, reason: result.status === 'ok' ? '' : result.reason });
    }
    const passed = results.filter((r) => r.status === 'ok').length;
    console.log(`graphql-http audits: ${passed}/${results.length} pass`);
    for (const r of results.filter((r) => r.status !== 'ok')) console.log(`  ${r.status}: ${r.name}: ${r.reason}`);
    const failedMust = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok');
    expect(failedMust).toEqual([]);
    expect(passed).toBeGreaterThan(0);
  });
});

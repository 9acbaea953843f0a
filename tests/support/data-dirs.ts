/**
 * Test support: fresh folders under .data/ (git-ignored, beside the embedded Neo4j's own) for tests
 * that start embedded Neo4j instances of their own; `removeAll` deletes every folder made.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/neo4j.js';

export function dataDirs(prefix: string): { make(): string; removeAll(): void } {
  const made: string[] = [];
  return {
    make() {
      mkdirSync(path.join(ROOT, '.data'), { recursive: true });
      const dir = mkdtempSync(path.join(ROOT, '.data', `${prefix}-`));
      made.push(dir);
      return dir;
    },
    removeAll() {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

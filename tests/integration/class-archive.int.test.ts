/**
 * The launcher's class archive (ensureClassArchive, scripts/neo4j.ts): made once per build and JVM
 * by a training start, then given to every start. Against real JVMs: a start with -Xshare:on,
 * which refuses to run when the archive does not fit, is ready and was given the archive; an archive is made for
 * a JVM that has none, once; and a training that failed before is not retried.
 */
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { classArchivePath, ensureClassArchive, ensureLauncherBuilt, freePort, startEmbeddedNeo4j } from '../../scripts/neo4j.js';
import { dataDirs } from '../support/data-dirs.js';

const dirs = dataDirs('class-archive-test');
afterAll(dirs.removeAll);

describe('the embedded Neo4j’s class archive', () => {
  it('is made for this JVM, and a start that must use it (-Xshare:on) is ready and answers', async () => {
    const archive = await ensureClassArchive(ensureLauncherBuilt());
    expect(archive).not.toBeNull();
    expect(statSync(archive!).size).toBeGreaterThan(10_000_000);
    const before = process.env.NEO4J_JAVA_OPTS;
    process.env.NEO4J_JAVA_OPTS = '-Xshare:on';
    try {
      const embedded = await startEmbeddedNeo4j({ home: dirs.make(), port: await freePort(), heap: '512m', pageCacheMiB: 32 });
      const driver = neo4j.driver(embedded.uri);
      try {
        // the JVM was given this archive (and, with -Xshare:on, would not have started had it not mapped it)
        const { records } = await driver.executeQuery("CALL dbms.queryJmx('java.lang:type=Runtime') YIELD attributes RETURN attributes.InputArguments AS args");
        const args = records[0].get('args');
        const flags: string[] = args.value ?? args;
        expect(flags).toContain(`-XX:SharedArchiveFile=${archive}`);
        expect(flags).toContain('-Xshare:on');
      } finally {
        await driver.close();
        await embedded.stop();
      }
    } finally {
      if (before === undefined) delete process.env.NEO4J_JAVA_OPTS;
      else process.env.NEO4J_JAVA_OPTS = before;
    }
  }, 120_000);

  it('is made by a training start when the JVM has none, once', async () => {
    const jvm = `openjdk version "test-${process.pid}-${Date.now()}"`;
    const archive = classArchivePath(jvm);
    const lines: string[] = [];
    try {
      expect(existsSync(archive)).toBe(false);
      expect(await ensureClassArchive(jvm, (line) => lines.push(line))).toBe(archive);
      expect(statSync(archive).size).toBeGreaterThan(10_000_000);
      expect(lines).toEqual([expect.stringMatching(/^Preparing a class archive/)]);
      expect(await ensureClassArchive(jvm, (line) => lines.push(line))).toBe(archive);
      expect(lines).toHaveLength(1);
    } finally {
      rmSync(archive, { force: true });
    }
  }, 180_000);

  it('is not tried again after a training that failed', async () => {
    const jvm = `openjdk version "failed-${process.pid}-${Date.now()}"`;
    const failed = `${classArchivePath(jvm)}.failed`;
    writeFileSync(failed, 'the training start exited with code 1 and no archive\n');
    const lines: string[] = [];
    try {
      expect(await ensureClassArchive(jvm, (line) => lines.push(line))).toBeNull();
      expect(lines).toEqual([]);
    } finally {
      rmSync(failed, { force: true });
    }
  });
});

/**
 * NEO4J_CONF (the `conf` option of startEmbeddedNeo4j): a file of Neo4j settings the embedded
 * launcher applies after its own. Against real embedded Neo4j instances of their own: a setting
 * from the file is in force, one the launcher sets can be overridden, and a file Neo4j refuses
 * (an unknown setting, a bad value) or that does not exist stops the start with a message naming
 * the cause.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, SetupError, startEmbeddedNeo4j } from '../../scripts/neo4j.js';
import { dataDirs } from '../support/data-dirs.js';

const dirs = dataDirs('conf-test');
const newDir = dirs.make;
afterAll(dirs.removeAll);

function confFile(lines: string[]): string {
  const file = path.join(newDir(), 'neo4j.conf');
  writeFileSync(file, `# test settings\n${lines.join('\n')}\n`);
  return file;
}

describe('NEO4J_CONF: further settings for the embedded Neo4j', () => {
  it('applies the settings of the file, after the launcher’s own', async () => {
    const conf = confFile(['db.transaction.timeout=7s', 'server.memory.pagecache.size=24m']);
    const embedded = await startEmbeddedNeo4j({ home: newDir(), port: await freePort(), heap: '512m', pageCacheMiB: 64, conf });
    const driver = neo4j.driver(embedded.uri);
    try {
      const { records } = await driver.executeQuery("SHOW SETTINGS YIELD name, value WHERE name IN ['db.transaction.timeout', 'server.memory.pagecache.size'] RETURN name, value ORDER BY name");
      const settings = Object.fromEntries(records.map((r) => [r.get('name'), r.get('value')]));
      expect(settings['db.transaction.timeout']).toBe('7s');
      // the launcher sets the page cache (64m here); the file comes last and wins
      expect(settings['server.memory.pagecache.size']).toMatch(/^(24m|24\.00MiB|25165824)$/);
    } finally {
      await driver.close();
      await embedded.stop();
    }
  });

  it('stops the start, naming the setting, when Neo4j refuses the file', async () => {
    const unknown = startEmbeddedNeo4j({ home: newDir(), port: await freePort(), heap: '512m', pageCacheMiB: 64, conf: confFile(['db.no_such_setting=1']) });
    await expect(unknown).rejects.toThrow(SetupError);
    await expect(unknown).rejects.toThrow(/db\.no_such_setting/);
    // a known setting with a bad value: Neo4j's own message names the setting, its cause does not
    const bad = startEmbeddedNeo4j({ home: newDir(), port: await freePort(), heap: '512m', pageCacheMiB: 64, conf: confFile(['db.transaction.timeout=banana']) });
    await expect(bad).rejects.toThrow(/db\.transaction\.timeout.*Missing numeric value/);
  });

  it('refuses a file that does not exist before starting anything', async () => {
    const missing = path.join(newDir(), 'missing.conf');
    await expect(startEmbeddedNeo4j({ home: newDir(), port: await freePort(), conf: missing })).rejects.toThrow(/NEO4J_CONF names .*missing\.conf, which does not exist/);
  });
});

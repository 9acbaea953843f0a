import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { classArchivePath, javaMajor, launcherBuildArgs, SetupError } from '../../../scripts/neo4j.js';

describe('embedded Neo4j launcher build (NEO4J_VERSION)', () => {
  it('reads the Java major version from `java -version`', () => {
    expect(javaMajor('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
    expect(javaMajor('openjdk version "25.0.3" 2026-04-21 LTS')).toBe(25);
    expect(javaMajor('java version "1.8.0_401"')).toBe(1);
    expect(javaMajor('no version here')).toBe(0);
  });

  it("builds the pom's version by default, a 5.x as asked, and a calendar version for Java 21", () => {
    const base = ['-q', '-B', 'clean', 'package', '-DskipTests'];
    expect(launcherBuildArgs('', 17)).toEqual(base);
    expect(launcherBuildArgs('5.26.31', 17)).toEqual([...base, '-Dneo4j.version=5.26.31']);
    expect(launcherBuildArgs('2026.08.1', 25)).toEqual([...base, '-Dneo4j.version=2026.08.1', '-Dmaven.compiler.release=21']);
  });

  it('refuses a calendar version on a Java older than 21, and a malformed version, saying what to do', () => {
    expect(() => launcherBuildArgs('2026.08.1', 17)).toThrow(SetupError);
    expect(() => launcherBuildArgs('2026.08.1', 17)).toThrow(/needs Java 21 or later, and `java` here is Java 17/);
    expect(() => launcherBuildArgs('2026.08.1', 0)).toThrow(/Java of an unknown version/);
    for (const bad of ['banana', '5.26', '2026.8.1', '5.26.31; rm -rf /', '-Dx=y']) {
      expect(() => launcherBuildArgs(bad, 25)).toThrow(/NEO4J_VERSION is ".*": give a Neo4j version from Maven Central/);
    }
  });

  it('keeps one class archive per JVM, beside the build (mvn clean removes it)', () => {
    const jdk17 = classArchivePath('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)');
    const jdk25 = classArchivePath('openjdk version "25.0.3" 2026-04-21 LTS');
    expect(path.basename(jdk17)).toMatch(/^launcher-[0-9a-f]{12}\.jsa$/);
    expect(path.dirname(jdk17).split(path.sep).slice(-2)).toEqual(['neo4j-launcher', 'target']);
    expect(jdk25).not.toBe(jdk17);
    expect(classArchivePath('openjdk version "25.0.3" 2026-04-21 LTS\n')).toBe(jdk25);
  });
});

/**
 * Internal (bench): `npm start` in a process group of its own, with its output kept, for the
 * scripts that time it (bench.ts's start times, after-ingest.ts).
 */
import { spawn } from 'node:child_process';
import { ROOT } from '../scripts/neo4j.js';

export interface NpmStart {
  /** Everything it printed so far, both streams. */
  output(): string;
  /** Its exit code once it has exited, undefined before. */
  exitCode(): number | null | undefined;
  /** Waits up to `ms` for its output to match `pattern`; false on timeout or exit. */
  waitFor(pattern: RegExp, ms: number): Promise<boolean>;
  /** SIGINT to the group (SIGKILL after 60 s); resolves with the milliseconds it took to exit. */
  stop(): Promise<number>;
}

/** Starts `npm start` with `env` over this process's environment. */
export function spawnNpmStart(env: Record<string, string>): NpmStart {
  const child = spawn('npm', ['start'], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  return {
    output: () => output,
    exitCode: () => exitCode,
    async waitFor(pattern, ms) {
      const deadline = performance.now() + ms;
      while (performance.now() < deadline && exitCode === undefined && !pattern.test(output)) await new Promise((r) => setTimeout(r, 100));
      return pattern.test(output);
    },
    async stop() {
      const stopping = performance.now();
      if (exitCode === undefined) {
        process.kill(-child.pid!, 'SIGINT');
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            // gone
          }
        }, 60_000);
        await exited;
        clearTimeout(timer);
      }
      return performance.now() - stopping;
    },
  };
}

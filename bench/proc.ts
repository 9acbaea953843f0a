/**
 * Internal: what the bench harnesses read about processes from Linux's /proc.
 */
import { readFileSync } from 'node:fs';

/** CPU seconds (user + system) process `pid` has used so far; null when there is no such process (or no /proc). */
export function cpuSeconds(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

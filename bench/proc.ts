/**
 * Internal: what the bench harnesses read from Linux's /proc about processes (CPU time) and the
 * machine (CPU steal).
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

/** The machine's CPU time so far from /proc/stat's first line, in clock ticks: all of it, and what the hypervisor stole (given to other guests while ours wanted to run); null without /proc. */
export function machineTicks(): { total: number; steal: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal guest guest_nice; guest time is already in user.
    return { total: fields.slice(0, 8).reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
  } catch {
    return null;
  }
}

/** The percentage of the machine's CPU time stolen between two machineTicks() readings; null when either is missing. */
export function stealPercent(from: ReturnType<typeof machineTicks>, to: ReturnType<typeof machineTicks>): number | null {
  if (!from || !to || to.total <= from.total) return null;
  return Math.round((1000 * (to.steal - from.steal)) / (to.total - from.total)) / 10;
}

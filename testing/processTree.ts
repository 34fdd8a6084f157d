/**
 * Finds processes by a marker in their environment, so a test can tell whether anything a process
 * started outlived it. Children inherit the environment, and each test gives the process under
 * test a data directory of its own, so "every process whose environment names that directory" is
 * that process and all it started — even after re-parenting to init. Linux only (/proc).
 */
import { readdirSync, readFileSync } from 'node:fs';

export const CAN_LIST_PROCESSES = process.platform === 'linux';

/** Pids of live processes whose environment contains `marker` (ours only: others are unreadable). */
export function processesWithEnv(marker: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let environ: string;
    try {
      environ = readFileSync(`/proc/${entry}/environ`, 'latin1');
      // A zombie (exited, not yet reaped) has an empty environment and holds nothing.
    } catch {
      continue;
    }
    if (environ.includes(marker)) found.push(Number(entry));
  }
  return found;
}

/** Kills whatever a failed test left behind, so one failure does not leak into the next run. */
export function killAll(pids: readonly number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

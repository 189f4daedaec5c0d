import type { CheckTally } from './check-tally.js';
import type { Sample } from './types.js';

/** How often, at most, one target's progress line is printed during a gate. */
export const PROGRESS_EVERY_MS = 30_000;

/** What a progress printer needs: the gate's start and timeout, a clock and where lines go. */
export interface GateProgressOptions {
  startedAt: number;
  timeoutMs: number;
  now(): number;
  print(line: string): void;
  /** Default {@link PROGRESS_EVERY_MS}. */
  everyMs?: number;
}

/**
 * Makes an `onSample` that prints at most one line per target every
 * `everyMs` (and at once on a target's first failing sample): the verdict so
 * far, rounds and time left, so a 10-minute soak is not silent and a long
 * one does not flood the log. `lhr: 12 rounds, 12 passed, 0 failed, 0 errors; verdict so far Running; 4m 30s left`.
 */
export function createGateProgress(o: GateProgressOptions): (sample: Sample, tally: CheckTally) => void {
  const every = o.everyMs ?? PROGRESS_EVERY_MS;
  const lastPrinted = new Map<string, number>();
  const failing = new Set<string>();
  return (sample, tally) => {
    const now = o.now();
    const firstFailure = sample.status !== 'pass' && !failing.has(sample.target);
    if (sample.status !== 'pass') failing.add(sample.target);
    const last = lastPrinted.get(sample.target);
    if (!firstFailure && last !== undefined && now - last < every) return;
    if (!firstFailure && last === undefined && now - o.startedAt < every) {
      // Quiet for the first interval: a short gate prints nothing but its verdict.
      return;
    }
    lastPrinted.set(sample.target, now);
    const left = Math.max(0, o.startedAt + o.timeoutMs - now);
    const observed = sample.status === 'pass' ? '' : ` (last: ${sample.check} ${sample.message})`;
    o.print(`${sample.target}: ${sample.check} round ${sample.round + 1}, ${tally.successes} passed, ${tally.failures} failed, ${tally.errors} errors; verdict so far ${tally.verdict}${observed}; ${Math.ceil(left / 1000)}s left`);
  };
}

import type { GateClock } from './types.js';

/**
 * Time a last round that starts exactly at the gate's deadline (soak equal to
 * the timeout) gets to answer before the watchdog cuts it: the gate still
 * ends within its timeout + 1 s.
 */
export const DEADLINE_GRACE_MS = 500;

/** The gate's deadline as a signal: aborts when the timeout (plus grace) has passed in real time. */
export interface Watchdog {
  /** Aborts at the deadline. */
  signal: AbortSignal;
  /** Clears the alarm: a gate that ended in time leaves no timer behind. */
  cancel(): void;
}

/**
 * Arms the gate's deadline with the clock's alarm (a timer the gate owns:
 * `AbortSignal.timeout` inside `AbortSignal.any` never fires after garbage
 * collection on Node 20). A clock without an alarm (a fake one in unit tests,
 * whose probes answer at once) gives a watchdog that never fires.
 */
export function startWatchdog(clock: GateClock, ms: number): Watchdog {
  const ctl = new AbortController();
  const clear = clock.setAlarm?.(Math.max(0, ms), () => ctl.abort(new DeadlineError(ms))) ?? ((): void => undefined);
  return { signal: ctl.signal, cancel: clear };
}

/** The reason a watchdog aborts with. */
export class DeadlineError extends Error {
  override name = 'DeadlineError';
  constructor(readonly ms: number) {
    super(`deadline of ${ms}ms reached`);
  }
}

/**
 * Settles like `work`, or rejects with the signal's reason as soon as the
 * signal aborts, whichever comes first: work that ignores its signal (a
 * getaddrinfo call, a probe that never answers) cannot hold the caller. The
 * listener is removed once `work` settles, so a long gate leaves none behind.
 */
export function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((ok, fail) => {
    const onAbort = (): void => fail(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(ok, fail).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Aborts `to` when `from` aborts (with its reason); returns the unlink. A listener, never AbortSignal.any. */
export function linkAbort(from: AbortSignal | undefined, to: AbortController): () => void {
  if (!from) return () => undefined;
  if (from.aborted) {
    to.abort(from.reason);
    return () => undefined;
  }
  const onAbort = (): void => to.abort(from.reason);
  from.addEventListener('abort', onAbort, { once: true });
  return () => from.removeEventListener('abort', onAbort);
}

import { runMain, type FailureReporter } from '@stagegate/action-kit';
import { releaseRolloutLocks } from './session-lock.js';

// Apart from action-shell.ts: an action's shell starts with this, and it must not pull in the
// GitHub client or the plan parser before the inputs are known to be usable.

/**
 * Turns the runner's cancellation into an AbortSignal. When a job is cancelled
 * the runner sends SIGINT, then SIGTERM, then SIGKILL a few seconds later: the
 * first signal aborts, so running commands are killed and their deployments
 * marked error "cancelled" while there is still time to tell GitHub.
 */
export function abortOnSignals(onSignal: (name: NodeJS.Signals) => void = () => {}): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const handler = (name: NodeJS.Signals): void => {
    if (!controller.signal.aborted) onSignal(name);
    controller.abort(new Error(`received ${name}`));
  };
  const names: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];
  // Listening replaces Node's default (exit at once); our finally-paths then run to the end.
  for (const n of names) process.on(n, handler);
  return { signal: controller.signal, dispose: () => names.forEach((n) => process.off(n, handler)) };
}

/**
 * An action's outer shell with cancellation: `work` gets a signal that aborts
 * on SIGTERM/SIGINT, runs inside runMain (the one outer catch); afterwards the
 * rollout lock taken by holdRolloutLock is released (whatever happened) and
 * the signal handlers are removed. `reporter` is @actions/core, passed in by
 * main.ts.
 */
export async function runCancellableMain(work: (signal: AbortSignal) => Promise<void>, reporter: FailureReporter & { warning(message: string): void }, stopping: string): Promise<void> {
  const cancel = abortOnSignals((name) => reporter.warning(`${name} received: the job is being cancelled; ${stopping}`));
  try {
    await runMain(() => work(cancel.signal), reporter);
  } finally {
    await releaseRolloutLocks(cancel.signal.aborted ? 'cancelled' : process.exitCode ? 'failed' : 'done', (m) => reporter.warning(m));
    cancel.dispose();
  }
}

import { loadPlanInput, markdownLink, markdownTable, parseBooleanInput, readRunContext, runMain, type FailureReporter, type RunContext } from '@stagegate/action-kit';
import { ConfigError, formatDuration, type Plan } from '@stagegate/core';
import { createGitHubClient, DeploymentStore, type GitHubClient } from '@stagegate/github';
import { releaseRolloutLocks } from './session-lock.js';
import type { RunInfo, TargetOutcome, TargetState } from './types.js';

/**
 * What the run-stage and rollback actions' I/O shells share: reading the
 * common inputs, cancellation from the runner's signals, and the summary
 * table. @actions/core itself is passed in by main.ts, never imported here.
 */

/** The raw input strings both deploying actions share (as core.getInput returns them). */
export interface SessionInputs {
  token: string;
  dryRun: string;
  repository: string;
  plan: string;
  /** Ref override; empty means GITHUB_SHA. */
  ref?: string;
}

/** What run-stage and rollback work with once their common inputs are read. */
export interface ActionSession {
  ctx: RunContext;
  plan: Plan;
  /** The octokit client under the store (the rollout lock uses it directly). */
  client: GitHubClient;
  store: DeploymentStore;
  dryRun: boolean;
  run: RunInfo;
}

/**
 * Parses the inputs run-stage and rollback share and opens the store. Errors
 * name the input at fault. main.ts masks the token before calling this.
 */
export function openActionSession(inputs: SessionInputs, env: Record<string, string | undefined>, onWait: (message: string) => void): ActionSession {
  const dryRun = parseBooleanInput('dry-run', inputs.dryRun, false);
  if (!inputs.token && !dryRun) throw new ConfigError([{ path: 'input token', message: 'expected a token with deployments: write (default ${{ github.token }})' }]);
  const ctx = readRunContext(env, inputs.repository.trim() || undefined);
  const plan = loadPlanInput(inputs.plan, ctx.workspace);
  const client = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, onWait });
  const store = new DeploymentStore(client, { owner: ctx.owner, repo: ctx.repo });
  const run: RunInfo = { id: ctx.runId, attempt: ctx.runAttempt, url: ctx.runUrl, ref: inputs.ref?.trim() || ctx.sha, workspace: ctx.workspace };
  return { ctx, plan, client, store, dryRun, run };
}

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

const ICON: Record<TargetState, string> = { succeeded: '✅', failed: '❌', error: '⚠️', cancelled: '⏹️', skipped: '⏭️', planned: '📝' };

/**
 * The step summary table of a deploy or rollback: target, environment, from
 * version, to version, result (with the reason), duration, link to the log.
 * Every user-supplied cell is escaped by markdownTable.
 */
export function renderOutcomeTable(outcomes: readonly TargetOutcome[]): string {
  return markdownTable(
    ['target', 'environment', 'from version', 'to version', 'result', 'duration', 'log'],
    outcomes.map((o) => [
      o.target,
      o.environment,
      o.fromVersion ?? '—',
      o.toVersion ?? '—',
      `${ICON[o.state]} ${o.state}: ${o.reason}`,
      o.deploymentId === undefined && o.durationMs === 0 ? '—' : formatDuration(o.durationMs),
      o.logUrl ? markdownLink(o.deploymentId === undefined ? 'run log' : `deployment ${o.deploymentId}`, o.logUrl) : '—',
    ]),
  );
}

/** Target names whose outcome is in one of `states`. */
export function listTargetsIn(outcomes: readonly TargetOutcome[], states: readonly TargetState[]): string[] {
  return outcomes.filter((o) => states.includes(o.state)).map((o) => o.target);
}

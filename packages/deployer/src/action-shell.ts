import { loadPlanInput, markdownLink, markdownTable, parseIntegerInput, readRunContext, type RunContext } from '@stagegate/action-kit';
import { formatDuration, type Plan } from '@stagegate/core';
import { createGitHubClient, DeploymentStore, type GitHubClient } from '@stagegate/github';
import { checkSessionInputs } from './session-inputs.js';
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
  /** Writes a minute after the burst (the writes-per-minute input); empty means 50, 0 unpaced. */
  writesPerMinute?: string;
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
  const dryRun = checkSessionInputs(inputs);
  const ctx = readRunContext(env, inputs.repository.trim() || undefined);
  const plan = loadPlanInput(inputs.plan, ctx.workspace);
  const perMinute = parseIntegerInput('writes-per-minute', inputs.writesPerMinute ?? '', 50, { min: 0, max: 80 });
  const client = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, onWait, writePacing: { perMinute } });
  const store = new DeploymentStore(client, { owner: ctx.owner, repo: ctx.repo });
  const run: RunInfo = { id: ctx.runId, attempt: ctx.runAttempt, url: ctx.runUrl, ref: inputs.ref?.trim() || ctx.sha, workspace: ctx.workspace };
  return { ctx, plan, client, store, dryRun, run };
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

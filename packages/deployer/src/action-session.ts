import { loadPlanInput, parseBooleanInput, readRunContext, type RunContext } from '@stagegate/action-kit';
import { ConfigError, type Plan } from '@stagegate/core';
import { createGitHubClient, DeploymentStore } from '@stagegate/github';
import type { RunInfo } from './types.js';

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
  const store = new DeploymentStore(createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, onWait }), { owner: ctx.owner, repo: ctx.repo });
  const run: RunInfo = { id: ctx.runId, attempt: ctx.runAttempt, url: ctx.runUrl, ref: inputs.ref?.trim() || ctx.sha, workspace: ctx.workspace };
  return { ctx, plan, store, dryRun, run };
}

import { resolve } from 'node:path';
import { environmentUrlFor, formatDuration, parseDuration, type Color, type Command } from '@stagegate/core';
import type { DeploymentPayload, DeploymentRecord, DeploymentState } from '@stagegate/github';
import { describeStderrTail, runCommand, type CommandResult } from './run-command.js';
import { SYSTEM_CLOCK, type DeployDeps, type TargetOutcome, type TargetState } from './types.js';

/** One target's deploy or rollback, ready to run: placeholders already filled. */
export interface TargetJob {
  /** switch: a blue-green stage's traffic switch to `color` (see switch-traffic.ts). */
  kind: 'deploy' | 'rollback' | 'switch';
  target: string;
  environment: string;
  stage: string;
  /** The version this job puts on the target. */
  version: string;
  fromVersion: string | undefined;
  /** Ref or sha recorded on the deployment. */
  ref: string;
  /** The command with placeholders filled, argv only. */
  argv: string[];
  /** Extra variables for the command, placeholders filled. */
  commandEnv: Record<string, string>;
  command: Command;
  /** For a rollback: what it replaces and why (recorded in the payload). */
  rollback?: DeploymentPayload['rollback'];
  /** The deployment that was good before: marked inactive by hand where GitHub's auto_inactive does not apply. */
  previousGood: DeploymentRecord | undefined;
  /** Prefix output lines with the target (parallel targets cannot share log groups). */
  prefixLines: boolean;
  /** Digest of the plan, recorded in the payload. */
  planDigest: string;
  /** Blue-green: the colour this job deploys to or switches traffic to ({color}); recorded in the payload. */
  color?: Color | undefined;
  /** Blue-green deploy: the colour serving traffic before it (undefined on a first deploy). */
  fromColor?: Color | undefined;
  /** A weighted stage's traffic weight (for a rollback, the one it returns to): filled as {weight}, recorded in the payload. */
  weight?: number | undefined;
}

/**
 * Runs one target's life as GitHub Deployments record it: create the
 * deployment (pending), run the command, then success, failure or error
 * with the reason. Every path that created a deployment leaves it in a final
 * state, including a timeout and a cancelled job. `release` is called once
 * the command has ended, so the next target's command need not wait for this
 * one's final status to reach GitHub.
 */
export async function runTargetJob(job: TargetJob, deps: DeployDeps, release: () => void = () => {}): Promise<TargetOutcome> {
  const clock = deps.clock ?? SYSTEM_CLOCK;
  const started = clock.now();
  const outcome = (state: TargetState, reason: string, deploymentId?: number): TargetOutcome => ({
    target: job.target, environment: job.environment, deploymentId, fromVersion: job.fromVersion, toVersion: job.version,
    state, reason, durationMs: clock.now() - started, logUrl: deps.run.url,
    // What a rollback of this deploy returns to, known without asking GitHub again.
    ...(job.kind === 'deploy' && job.previousGood ? { previousGood: { deploymentId: job.previousGood.id, sha: job.previousGood.sha } } : {}),
    ...(job.color ? { color: job.color, fromColor: job.fromColor } : {}),
  });
  const task = job.kind === 'rollback' ? 'deploy:rollback' : 'deploy';
  if (deps.dryRun) {
    deps.log.info(`[dry-run] ${job.target}: would POST /repos/{owner}/{repo}/deployments (environment ${job.environment}, task ${task}, ref ${job.ref}, version ${job.version}), run ${JSON.stringify(job.argv)}, then set success or failure`);
    return outcome('planned', `dry run: would ${job.kind} ${job.version}`);
  }
  if (deps.signal?.aborted) return outcome('cancelled', 'cancelled before it started');
  let deployment: DeploymentRecord;
  const environmentUrl = environmentUrlFor(deps.plan, job.target, { version: job.version, environment: job.environment });
  try {
    deployment = await deps.store.createDeployment({
      ref: job.ref, environment: job.environment, task,
      payload: {
        tool: 'stagegate', service: deps.plan.service, version: job.version, stage: job.stage, target: job.target, plan: job.planDigest,
        run: { id: deps.run.id, attempt: deps.run.attempt, url: deps.run.url }, ...describeRunOrigin(job.ref, deps.env ?? process.env), ...(job.rollback ? { rollback: job.rollback } : {}),
        ...(job.color ? { color: job.color } : {}),
        ...(job.weight !== undefined ? { weight: job.weight } : {}),
      },
      description: job.kind === 'rollback' ? `rollback ${job.target} to ${job.version}: ${job.rollback?.reason ?? ''}` : undefined,
    });
  } catch (e) {
    return outcome('error', `could not record the deployment: ${(e as Error).message}`);
  }
  const finish = async (state: TargetState, ghState: DeploymentState, reason: string): Promise<TargetOutcome> => {
    try {
      await deps.store.setStatus(deployment.id, ghState, { description: reason, logUrl: deps.run.url, environmentUrl });
      // GitHub's auto_inactive skips production environments: retire the one known good deployment by hand (one bounded call).
      if (ghState === 'success' && deployment.production && job.previousGood && job.previousGood.id !== deployment.id) await deps.store.markInactive(job.previousGood.id, `superseded by ${job.version}`);
    } catch (e) {
      deps.log.warning(`${job.target}: could not record ${ghState} on deployment ${deployment.id}: ${(e as Error).message}`);
      return outcome(state === 'succeeded' ? 'error' : state, `${reason}; recording it failed: ${(e as Error).message}`, deployment.id);
    }
    return outcome(state, reason, deployment.id);
  };
  if (deps.signal?.aborted) return finish('cancelled', 'error', 'cancelled');
  // No in_progress status: the final one follows the command, and GitHub (like stagegate's readers)
  // shows a deployment without a status as pending, so in_progress would cost a write per target
  // (a fifth of a large fleet's hourly requests) to say what the deployment already says.
  const result = await runJobCommand(job, deps);
  release();
  const [state, ghState, reason] = judgeCommand(result, job, { ...(deps.env ?? process.env), ...job.commandEnv });
  // Blue-green: the idle colour holds the version but serves no traffic yet; success waits for the switch (switch-traffic.ts).
  if (job.color && ghState === 'success') return finish(state, 'in_progress', reason);
  return finish(state, ghState, reason);
}

/** Runs the job's command with its output grouped (one at a time) or prefixed (parallel). */
export async function runJobCommand(job: TargetJob, deps: DeployDeps): Promise<CommandResult> {
  const title = `${job.kind} ${job.target} (${job.environment}) → ${job.version}`;
  const prefix = job.prefixLines ? `[${job.target}] ` : '';
  if (job.prefixLines) deps.log.info(`${prefix}${title}: ${JSON.stringify(job.argv)}`);
  else deps.log.startGroup(title);
  try {
    if (!job.prefixLines) deps.log.info(`run ${JSON.stringify(job.argv)}`);
    return await (deps.exec ?? runCommand)({
      argv: job.argv,
      cwd: resolve(deps.run.workspace, job.command['working-directory'] ?? '.'),
      env: { ...commandBaseEnv(deps.env ?? process.env), ...job.commandEnv },
      timeoutMs: parseDuration(job.command.timeout),
      signal: deps.signal,
      onLine: (line) => deps.log.info(`${prefix}${line}`),
    });
  } finally {
    if (!job.prefixLines) deps.log.endGroup();
  }
}

/**
 * Maps how the command ended to our state, GitHub's state and a reason a
 * person can read first: what ended it (exit code, signal, timeout) and its
 * last stderr lines, redacted: `deploy exited 7 — ERROR: registry refused image`.
 */
export function judgeCommand(r: CommandResult, job: TargetJob, env: Record<string, string | undefined> = {}): [TargetState, DeploymentState, string] {
  const what = job.kind === 'switch' ? `switched traffic to ${job.color ?? '?'} (${job.version})`
    : job.kind === 'rollback' ? `rolled back to ${job.version}${job.color ? ` (traffic switched back to ${job.color})` : ''}`
      : `deployed ${job.version}${job.color ? ` to ${job.color}${job.fromColor ? ` (idle; ${job.fromColor} serves traffic until the switch)` : ''}` : ''}`;
  const tail = describeStderrTail(r.stderrTail, env);
  const withTail = (head: string): string => (tail ? `${head} — ${tail}` : head);
  if (r.outcome === 'timeout') return ['error', 'error', withTail(`${job.kind} timed out after ${formatDuration(parseDuration(job.command.timeout))}: the command and its children were killed`)];
  if (r.outcome === 'cancelled') return ['cancelled', 'error', 'cancelled'];
  if (r.outcome === 'spawn-error') return ['failed', 'failure', `could not start ${JSON.stringify(job.argv[0])}: ${r.error ?? 'unknown error'}`];
  if (r.exitCode === 0) return ['succeeded', 'success', what];
  if (r.exitCode === null && r.signal) return ['failed', 'failure', withTail(`${job.kind} killed by ${r.signal}`)];
  return ['failed', 'failure', withTail(`${job.kind} exited ${r.exitCode}`)];
}

/**
 * Who deployed which commit from which ref, for the payload: a person reading
 * the Deployments page needs them. The sha is the ref deployed when it is one,
 * else the run's commit.
 */
export function describeRunOrigin(ref: string, env: Record<string, string | undefined>): { actor?: string; sha?: string; ref?: string } {
  const sha = /^[0-9a-f]{40}$/i.test(ref) ? ref : env.GITHUB_SHA;
  return { ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}), ...(sha ? { sha } : {}), ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}) };
}

/** The runner's environment without INPUT_* variables: the token input must not leak to user commands. */
function commandBaseEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('INPUT_')));
}

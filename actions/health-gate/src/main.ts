import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { parseIntegerInput, parseListInput, readRunContext, runMain, writeJournal, type RunContext } from '@stagegate/action-kit';
import { assertSafeVersion, environmentFor, type Plan } from '@stagegate/core';
import type { GateRun } from '@stagegate/probes';
import { describeGateEvents } from './gate-journal.js';
import { describeGateCause, renderGateSummary } from './gate-summary.js';
import { findBlamedTargets, markBlamedDeployments, parseDeploymentIds } from './mark-blamed.js';

/** The I/O shell of health-gate: inputs → runGate → outputs, samples file and summary. */
export async function main(): Promise<void> {
  // A cancelled job sends SIGINT/SIGTERM: end the gate (in Error) and still report.
  const cancel = new AbortController();
  const onSignal = (): void => cancel.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await runMain(() => run(cancel.signal), core);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function run(signal: AbortSignal): Promise<void> {
  const ctx = readRunContext(process.env);
  // Loaded once the run context is known to be usable: the plan parser and the probes are most of the start-up.
  const [{ loadPlanInput }, { runGate }, { parseChecksInput, parseFailOn }] = await Promise.all([import('@stagegate/action-kit'), import('@stagegate/probes'), import('./gate-inputs.js')]);
  const planInput = core.getInput('plan');
  const checksInput = core.getInput('checks');
  const checks = checksInput.trim() ? parseChecksInput(checksInput) : undefined;
  // Inline checks alone need no plan; otherwise the plan (default .github/rollout.yml) is read.
  const plan: Plan | undefined = planInput.trim() || !checks ? loadPlanInput(planInput, ctx.workspace) : undefined;
  const stage = core.getInput('stage').trim() || undefined;
  const failOn = parseFailOn(core.getInput('fail-on'));
  // Checked before any placeholder is filled: a check may be `sh -c "… {version}"`.
  const versionInput = core.getInput('version').trim();
  const version = versionInput ? assertSafeVersion(versionInput, plan?.['version-pattern'], 'version') : undefined;
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const deploymentIds = parseDeploymentIds(core.getInput('deployment-ids'));
  const concurrency = core.getInput('concurrency');
  const consecutive = core.getInput('consecutive-success');
  const result = await runGate({
    plan, stage, checks, signal, cwd: ctx.workspace,
    version,
    targets: parseListInput('targets', core.getInput('targets')),
    soak: core.getInput('soak').trim() || undefined,
    interval: core.getInput('interval').trim() || undefined,
    timeout: core.getInput('timeout').trim() || undefined,
    concurrency: concurrency ? parseIntegerInput('concurrency', concurrency, 20, { min: 1, max: 1000 }) : undefined,
    consecutiveSuccess: consecutive ? parseIntegerInput('consecutive-success', consecutive, 1, { min: 1 }) : undefined,
    progress: core.info,
  });
  const samplesFile = resolveSamplesFile(core.getInput('samples-file'), stage ?? 'inline');
  mkdirSync(dirname(samplesFile), { recursive: true });
  writeFileSync(samplesFile, JSON.stringify({ verdict: result.verdict, reason: result.reason, stage, settings: result.settings, startedAt: new Date(result.startedAt).toISOString(), endedAt: new Date(result.endedAt).toISOString(), checks: result.checks, samples: result.samples }, null, 2));
  const brief = (c: (typeof result.checks)[number]) => ({ target: c.target, check: c.check, verdict: c.verdict, reason: c.reason, samples: c.samples, failures: c.failures, errors: c.errors, lastValue: c.lastValue });
  core.setOutput('verdict', result.verdict);
  core.setOutput('failed-checks', JSON.stringify(result.failedChecks.map(brief)));
  core.setOutput('samples-file', samplesFile);
  core.setOutput('result', JSON.stringify({ verdict: result.verdict, reason: result.reason, rounds: result.rounds, durationMs: result.endedAt - result.startedAt, checks: result.checks.map(brief) }));
  await core.summary.addRaw(renderGateSummary(result, `Health gate${stage ? ` for stage ${stage}` : ''}`), true).write();
  core.info(`verdict: ${result.verdict}: ${result.reason}`);
  await recordBlame(result, { plan, stage, token, deploymentIds, ctx, version });
  // After the blame is marked (production records first): the verdicts and the samples file, for record-history; a failed upload is only a warning.
  await writeJournal(process.env, core.getInput('journal-prefix'), (base, time) => describeGateEvents(base, result, stage, version ?? '', time), [samplesFile], core);
  // The cause first: which target, which check, what it observed (status and body).
  if (failOn.has(result.verdict)) core.setFailed(`${describeGateCause(result)} — health gate ${result.verdict}${stage ? ` on stage ${stage}` : ''}`);
}

/**
 * Marks the blamed targets' deployments `failure` (after the outputs are
 * written, so a slow GitHub loses nothing); a problem is a warning naming the
 * target, never a failed step of its own.
 */
async function recordBlame(result: GateRun, o: { plan: Plan | undefined; stage: string | undefined; version: string | undefined; token: string; deploymentIds: Map<string, number>; ctx: RunContext }): Promise<void> {
  const blamed = findBlamedTargets(result.verdict, result.checks);
  core.setOutput('marked-deployments', '[]');
  if (blamed.length === 0) return;
  const targets = blamed.map((b) => b.target).join(', ');
  if (!o.token) {
    core.warning(`health gate blamed ${targets}, but no token was given: their deployments were not marked failure (set input token, default \${{ github.token }}, with deployments: write)`);
    return;
  }
  const { createGitHubClient, DeploymentStore } = await import('@stagegate/github');
  const store = new DeploymentStore(createGitHubClient({ token: o.token, baseUrl: o.ctx.apiUrl, retries: 2, onWait: core.info }), { owner: o.ctx.owner, repo: o.ctx.repo });
  const { marked, unmarked } = await markBlamedDeployments({
    store, blamed, deploymentIds: o.deploymentIds, service: o.plan?.service, version: o.version, stage: o.stage, logUrl: o.ctx.runUrl,
    environmentOf: (t) => (o.plan ? environmentFor(o.plan, t) : `production/${t}`),
  });
  for (const m of marked) core.info(`marked deployment ${m.deploymentId} of ${m.target} failure: ${m.description}`);
  for (const u of unmarked) core.warning(`could not mark ${u.target}'s deployment failure: ${u.reason}`);
  core.setOutput('marked-deployments', JSON.stringify(marked));
}

/** Where the samples go: the input (relative to the workspace) or RUNNER_TEMP. */
function resolveSamplesFile(value: string, stage: string): string {
  const v = value.trim();
  if (v) return isAbsolute(v) ? v : resolve(readRunContext(process.env).workspace, v);
  return join(process.env.RUNNER_TEMP || process.cwd(), `stagegate-gate-${stage.replace(/[^A-Za-z0-9._-]/g, '_')}-samples.json`);
}

/** The entry point @github/local-action calls (it requires a `run` export); the same step as `main`. */
export { main as run };

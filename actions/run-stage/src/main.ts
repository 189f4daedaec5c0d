import * as core from '@actions/core';
import { loadPlanInput, parseBooleanInput, parseIntegerInput, readRunContext, runMain } from '@stagegate/action-kit';
import { ConfigError, parseDuration } from '@stagegate/core';
import { abortOnSignals, deployStage, renderOutcomeTable, targetsIn, type DeployLog } from '@stagegate/deployer';
import { createGitHubClient, DeploymentStore } from '@stagegate/github';

/** The I/O shell of run-stage: inputs → deployStage → outputs and summary. */
export async function main(): Promise<void> {
  const cancel = abortOnSignals((name) => core.warning(`${name} received: the job is being cancelled; stopping the running deploys`));
  try {
    await runMain(run.bind(null, cancel.signal), core);
  } finally {
    cancel.dispose();
  }
}

async function run(signal: AbortSignal): Promise<void> {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const dryRun = parseBooleanInput('dry-run', core.getInput('dry-run'), false);
  if (!token && !dryRun) throw new ConfigError([{ path: 'input token', message: 'expected a token with deployments: write (default ${{ github.token }})' }]);
  const ctx = readRunContext(process.env, core.getInput('repository') || undefined);
  const plan = loadPlanInput(core.getInput('plan'), ctx.workspace);
  const stage = core.getInput('stage', { required: true }).trim();
  const parallelText = core.getInput('parallel');
  const timeout = core.getInput('timeout').trim();
  if (timeout) checkDuration('timeout', timeout);
  const store = new DeploymentStore(createGitHubClient({ token, baseUrl: ctx.apiUrl, onWait: core.info }), { owner: ctx.owner, repo: ctx.repo });
  const result = await deployStage({
    plan, stage, store, signal, dryRun,
    version: core.getInput('version', { required: true }).trim(),
    parallel: parallelText ? parseIntegerInput('parallel', parallelText, 1, { min: 1, max: 256 }) : undefined,
    timeout: timeout || undefined,
    run: { id: ctx.runId, attempt: ctx.runAttempt, url: ctx.runUrl, ref: core.getInput('ref').trim() || ctx.sha, workspace: ctx.workspace },
    log: actionLog(),
  });
  core.setOutput('deployed-targets', JSON.stringify(targetsIn(result.targets, ['succeeded'])));
  core.setOutput('failed-targets', JSON.stringify(targetsIn(result.targets, ['failed', 'error', 'cancelled'])));
  core.setOutput('deployment-ids', JSON.stringify(Object.fromEntries(result.targets.filter((t) => t.deploymentId !== undefined).map((t) => [t.target, t.deploymentId]))));
  core.setOutput('result', result.result);
  await core.summary
    .addHeading(`${dryRun ? 'Dry run: ' : ''}stage ${result.stage} → ${result.version}: ${result.result}`, 3)
    .addRaw(renderOutcomeTable(result.targets), true)
    .write();
  if (result.result !== 'succeeded') {
    const bad = result.targets.filter((t) => !['succeeded', 'skipped', 'planned'].includes(t.state));
    core.setFailed(`stage ${result.stage} ${result.result}: ${bad.map((t) => `${t.target} ${t.state} (${t.reason})`).join('; ')}`);
  }
}

/** Throws a ConfigError naming the input when `text` is not a duration. */
function checkDuration(name: string, text: string): void {
  try {
    parseDuration(text);
  } catch (e) {
    throw new ConfigError([{ path: `input ${name}`, message: (e as Error).message }]);
  }
}

/** Deploy output through the runner's log: groups for one target at a time, plain lines otherwise. */
function actionLog(): DeployLog {
  return { info: core.info, warning: core.warning, startGroup: core.startGroup, endGroup: core.endGroup };
}

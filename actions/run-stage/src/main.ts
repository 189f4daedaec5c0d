import * as core from '@actions/core';
import { parseIntegerInput, parseListInput, writeJournal } from '@stagegate/action-kit';
import { assertSafeVersion, describeTargetEvents, findStage, parseRequestBudgetMode } from '@stagegate/core';
import { checkSessionInputs, runCancellableMain, listTargetsIn, type DeployLog } from '@stagegate/deployer';
import { describeStageHeadline, renderStageSummary } from './stage-summary.js';

/** The I/O shell of run-stage: inputs → deployStage → outputs and summary. */
export async function main(): Promise<void> {
  await runCancellableMain(run, core, 'stopping the running deploys');
}

async function run(signal: AbortSignal): Promise<void> {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  // A missing token fails before the GitHub client and the plan parser are loaded.
  checkSessionInputs({ token, dryRun: core.getInput('dry-run') });
  const { checkRequestBudget, holdRolloutLock, openActionSession, deployStage } = await import('@stagegate/deployer');
  const session = openActionSession({ token, dryRun: core.getInput('dry-run'), repository: core.getInput('repository'), plan: core.getInput('plan'), ref: core.getInput('ref'), writesPerMinute: core.getInput('writes-per-minute') }, process.env, core.info);
  const { ctx, plan, store, dryRun, run: runInfo } = session;
  const stage = core.getInput('stage', { required: true }).trim();
  const parallelText = core.getInput('parallel');
  const timeout = core.getInput('timeout').trim();
  // One shard of a fanned-out stage (the plan action's matrix.targets); empty: the whole stage.
  const targets = parseListInput('targets', core.getInput('targets'));
  const budget = parseRequestBudgetMode(core.getInput('request-budget'));
  // Bad input is refused before any request, the rate-limit read included.
  assertSafeVersion(core.getInput('version', { required: true }).trim(), plan['version-pattern'], 'version');
  const planned = findStage(plan, stage);
  // A shard predicts its own targets only: shards run at once on one token, so each checks what it spends.
  const shard = { ...planned, targets: targets.length ? planned.targets.filter((t) => targets.includes(t)) : planned.targets };
  if (!dryRun) await checkRequestBudget({ client: session.client, plan, stages: [shard], freeze: false, mode: budget, lock: core.getInput('lock').trim() !== 'off', log: core, signal });
  await holdRolloutLock(session, { lock: core.getInput('lock'), timeout: core.getInput('lock-timeout'), versions: { version: core.getInput('version', { required: true }).trim() }, stage, targets }, signal, core);
  const result = await deployStage({
    plan, stage, store, signal, dryRun, targets,
    version: core.getInput('version', { required: true }).trim(),
    parallel: parallelText ? parseIntegerInput('parallel', parallelText, 1, { min: 1, max: 256 }) : undefined,
    timeout: timeout || undefined,
    run: runInfo,
    log: actionLog(),
  });
  core.setOutput('deployed-targets', JSON.stringify(listTargetsIn(result.targets, ['succeeded'])));
  core.setOutput('failed-targets', JSON.stringify(listTargetsIn(result.targets, ['failed', 'error', 'cancelled'])));
  core.setOutput('deployment-ids', JSON.stringify(Object.fromEntries(result.targets.filter((t) => t.deploymentId !== undefined).map((t) => [t.target, t.deploymentId]))));
  core.setOutput('result', result.result);
  const summary = { service: plan.service, stage: result.stage, version: result.version, result: result.result, targets: result.targets, dryRun, repo: { serverUrl: ctx.serverUrl, owner: ctx.owner, repo: ctx.repo } };
  await core.summary.addRaw(renderStageSummary(summary), true).write();
  // Recorded for record-history, whatever the result; a failed upload is only a warning.
  await writeJournal(process.env, core.getInput('journal-prefix'), (base, time) => describeTargetEvents(base, 'deploy-finished', result.stage, result.targets, time), [], core);
  // The annotation leads with the cause (exit code and stderr) and what production runs now.
  if (result.result !== 'succeeded') core.setFailed(describeStageHeadline(summary));
}

/** Deploy output through the runner's log: groups for one target at a time, plain lines otherwise. */
function actionLog(): DeployLog {
  return { info: core.info, warning: core.warning, startGroup: core.startGroup, endGroup: core.endGroup };
}

/** The entry point @github/local-action calls (it requires a `run` export); the same step as `main`. */
export { main as run };

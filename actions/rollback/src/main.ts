import * as core from '@actions/core';
import { parseBooleanInput, parseIntegerInput, parseListInput, writeJournal, type RunContext } from '@stagegate/action-kit';
import { allTargets, ConfigError, describeTargetEvents, findStage, type Plan } from '@stagegate/core';
import { checkSessionInputs, runCancellableMain, listTargetsIn } from '@stagegate/deployer';
import { describeRollbackHeadline, renderRollbackSummary } from './rollback-summary.js';

/** The I/O shell of rollback: inputs → rollbackTargets → outputs and summary. */
export async function main(): Promise<void> {
  await runCancellableMain(run, core, 'stopping the running rollbacks');
}

async function run(signal: AbortSignal): Promise<void> {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  // A missing token fails before the GitHub client and the plan parser are loaded.
  checkSessionInputs({ token, dryRun: core.getInput('dry-run') });
  const { holdRolloutLock, openActionSession, rollbackTargets } = await import('@stagegate/deployer');
  const session = openActionSession({ token, dryRun: core.getInput('dry-run'), repository: core.getInput('repository'), plan: core.getInput('plan'), ref: '' }, process.env, core.info);
  const { ctx, plan, store, dryRun, run: runInfo } = session;
  const targets = chooseTargets(plan, core.getInput('stage').trim(), core.getInput('targets'));
  const parallelText = core.getInput('parallel');
  const toVersion = core.getInput('to-version').trim();
  const failedVersion = core.getInput('failed-version').trim();
  await holdRolloutLock(session, { lock: core.getInput('lock'), timeout: core.getInput('lock-timeout'), versions: { 'to-version': toVersion }, targets }, signal, core);
  const reason = core.getInput('reason').trim() || defaultReason(ctx);
  const result = await rollbackTargets({
    plan, targets, store, signal, dryRun,
    toVersion: toVersion || undefined,
    allowUnknownVersion: parseBooleanInput('allow-unknown-version', core.getInput('allow-unknown-version'), false),
    exclude: failedVersion ? [failedVersion] : [],
    reason,
    parallel: parallelText ? parseIntegerInput('parallel', parallelText, 1, { min: 1, max: 256 }) : undefined,
    run: runInfo,
    log: { info: core.info, warning: core.warning, startGroup: core.startGroup, endGroup: core.endGroup },
  });
  const failures = result.targets.filter((t) => ['failed', 'error', 'cancelled'].includes(t.state));
  core.setOutput('rolled-back-targets', JSON.stringify(listTargetsIn(result.targets, ['succeeded'])));
  core.setOutput('skipped-targets', JSON.stringify(listTargetsIn(result.targets, ['skipped'])));
  core.setOutput('versions', JSON.stringify(Object.fromEntries(result.targets.filter((t) => ['succeeded', 'skipped', 'planned'].includes(t.state)).map((t) => [t.target, t.toVersion]))));
  core.setOutput('failures', JSON.stringify(Object.fromEntries(failures.map((t) => [t.target, t.reason]))));
  core.setOutput('result', result.result);
  const summary = { service: plan.service, targets: result.targets, result: result.result, reason, dryRun, repo: { serverUrl: ctx.serverUrl, owner: ctx.owner, repo: ctx.repo } };
  await core.summary.addRaw(renderRollbackSummary(summary), true).write();
  // Recorded for record-history, whatever the result; a failed upload is only a warning.
  await writeJournal(process.env, core.getInput('journal-prefix'), (base, time) => describeTargetEvents(base, 'rollback-finished', undefined, result.targets, time), [], core);
  if (failures.length) core.setFailed(describeRollbackHeadline(summary));
}

/** The targets named by the stage or targets input (`all`: every target); exactly one of them. */
function chooseTargets(plan: Plan, stage: string, targetsText: string): string[] {
  const list = parseListInput('targets', targetsText);
  if (stage && list.length) throw new ConfigError([{ path: 'input targets', message: 'give stage or targets, not both' }]);
  if (stage) return findStage(plan, stage).targets;
  if (list.length === 1 && list[0] === 'all') return allTargets(plan);
  if (list.length) return list;
  throw new ConfigError([{ path: 'input targets', message: 'expected a stage, a list of targets, or all: say what to roll back' }]);
}

/** The reason recorded when none is given: who asked, from which run. */
function defaultReason(ctx: RunContext): string {
  return `rollback requested by ${ctx.actor || 'a workflow'} in run ${ctx.runId}`;
}

/** The entry point @github/local-action calls (it requires a `run` export); the same step as `main`. */
export { main as run };

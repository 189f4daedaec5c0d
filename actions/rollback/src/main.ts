import * as core from '@actions/core';
import { loadPlanInput, parseBooleanInput, parseIntegerInput, parseListInput, readRunContext, runMain, type RunContext } from '@stagegate/action-kit';
import { allTargets, ConfigError, findStage, type Plan } from '@stagegate/core';
import { abortOnSignals, renderOutcomeTable, rollbackTargets, targetsIn } from '@stagegate/deployer';
import { createGitHubClient, DeploymentStore } from '@stagegate/github';

/** The I/O shell of rollback: inputs → rollbackTargets → outputs and summary. */
export async function main(): Promise<void> {
  const cancel = abortOnSignals((name) => core.warning(`${name} received: the job is being cancelled; stopping the running rollbacks`));
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
  const targets = chooseTargets(plan, core.getInput('stage').trim(), core.getInput('targets'));
  const parallelText = core.getInput('parallel');
  const toVersion = core.getInput('to-version').trim();
  const failedVersion = core.getInput('failed-version').trim();
  const store = new DeploymentStore(createGitHubClient({ token, baseUrl: ctx.apiUrl, onWait: core.info }), { owner: ctx.owner, repo: ctx.repo });
  const result = await rollbackTargets({
    plan, targets, store, signal, dryRun,
    toVersion: toVersion || undefined,
    allowUnknownVersion: parseBooleanInput('allow-unknown-version', core.getInput('allow-unknown-version'), false),
    exclude: failedVersion ? [failedVersion] : [],
    reason: core.getInput('reason').trim() || defaultReason(ctx),
    parallel: parallelText ? parseIntegerInput('parallel', parallelText, 1, { min: 1, max: 256 }) : undefined,
    run: { id: ctx.runId, attempt: ctx.runAttempt, url: ctx.runUrl, ref: ctx.sha, workspace: ctx.workspace },
    log: { info: core.info, warning: core.warning, startGroup: core.startGroup, endGroup: core.endGroup },
  });
  const failures = result.targets.filter((t) => ['failed', 'error', 'cancelled'].includes(t.state));
  core.setOutput('rolled-back-targets', JSON.stringify(targetsIn(result.targets, ['succeeded'])));
  core.setOutput('skipped-targets', JSON.stringify(targetsIn(result.targets, ['skipped'])));
  core.setOutput('versions', JSON.stringify(Object.fromEntries(result.targets.filter((t) => ['succeeded', 'skipped', 'planned'].includes(t.state)).map((t) => [t.target, t.toVersion]))));
  core.setOutput('failures', JSON.stringify(Object.fromEntries(failures.map((t) => [t.target, t.reason]))));
  core.setOutput('result', result.result);
  await core.summary
    .addHeading(`${dryRun ? 'Dry run: ' : ''}rollback of ${targets.join(', ')}: ${result.result}`, 3)
    .addRaw(renderOutcomeTable(result.targets), true)
    .write();
  if (failures.length) core.setFailed(`rollback ${result.result}: ${failures.map((t) => `${t.target} ${t.state} (${t.reason})`).join('; ')}`);
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

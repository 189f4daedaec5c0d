import * as core from '@actions/core';
import { parseBooleanInput, parseListInput } from '@stagegate/action-kit';
import { allTargets, assertSafeVersion, ConfigError, defaultHistoryFile, parseDuration, parseRequestBudgetMode, selectStages } from '@stagegate/core';
import { checkSessionInputs, runCancellableMain } from '@stagegate/deployer';

const RESULTS = ['rolled-back', 'partially-failed', 'paused', 'failed', 'cancelled', 'frozen', 'held'] as const;

/** The I/O shell of the root action: inputs → runPipeline → outputs and summary. */
export async function main(): Promise<void> {
  await runCancellableMain(run, core, 'stopping the running stage: its commands are killed and its deployments marked error');
}

async function run(signal: AbortSignal): Promise<void> {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  // A missing token fails before the GitHub client, the plan parser and the orchestrator are loaded.
  checkSessionInputs({ token, dryRun: core.getInput('dry-run') });
  const [{ checkRequestBudget, holdRolloutLock, openActionSession }, { defaultAuditFile, runContextFromEnv, secretsOf }, { renderPipelineSummary, resolvePipelineRoutes, runPipeline, wirePipeline, writeRunReports }] = await Promise.all([
    import('@stagegate/deployer'), import('@stagegate/notify'), import('@stagegate/pipeline'),
  ]);
  const session = openActionSession({ token, dryRun: core.getInput('dry-run'), repository: core.getInput('repository'), plan: core.getInput('plan'), ref: core.getInput('ref'), writesPerMinute: core.getInput('writes-per-minute') }, process.env, core.info);
  const { plan, dryRun } = session;
  const version = core.getInput('version', { required: true }).trim();
  const failOnText = parseListInput('fail-on', core.getInput('fail-on'));
  // An empty fail-on means the documented default, never "nothing fails the step".
  // A pause leaves a new version live for a person to judge: the step fails unless the user says otherwise.
  const failOn = failOnText.length ? failOnText : ['rolled-back', 'partially-failed', 'failed', 'paused'];
  const unknown = failOn.filter((r) => !(RESULTS as readonly string[]).includes(r));
  if (unknown.length) throw new ConfigError([{ path: 'input fail-on', message: `expected results among ${RESULTS.join(', ')}; got ${unknown.join(', ')}` }]);
  const notifyTimeoutMs = readDurationInput('notify-timeout', '30s');
  const verifyRollback = parseBooleanInput('verify-rollback', core.getInput('verify-rollback'), true);
  const routes = resolvePipelineRoutes(plan.notify, process.env, dryRun, core.warning);
  for (const s of secretsOf(routes)) core.setSecret(s.value);
  const historyFile = core.getInput('history-file').trim() || defaultHistoryFile(process.env);
  const auditFile = core.getInput('audit-file').trim() || defaultAuditFile(process.env);
  const deps = wirePipeline({
    plan, store: session.store, run: session.run, routes, historyFile, auditFile, dryRun, signal, notifyTimeoutMs, context: runContextFromEnv(process.env),
    log: { info: core.info, warning: core.warning, startGroup: core.startGroup, endGroup: core.endGroup },
  });
  const startAt = core.getInput('start-at').trim() || undefined;
  const only = parseListInput('only', core.getInput('only'));
  const budget = parseRequestBudgetMode(core.getInput('request-budget'));
  if (!dryRun) {
    // Before the lock and the first deployment: a rollout that would run out of requests mid-way does not start.
    assertSafeVersion(version, plan['version-pattern'], 'version');
    await checkRequestBudget({ client: session.client, plan, stages: selectStages(plan, { startAt, only }), statusFileTargets: allTargets(plan).length, mode: budget, lock: core.getInput('lock').trim() !== 'off', log: core, signal });
  }
  await holdRolloutLock(session, { lock: core.getInput('lock'), timeout: core.getInput('lock-timeout'), versions: { version } }, signal, core);
  const report = await runPipeline(plan, { version, startAt, only, verifyRollback }, deps);

  core.setOutput('result', report.result);
  core.setOutput('stages', JSON.stringify(report.stages));
  core.setOutput('rolled-back-targets', JSON.stringify(report.rollback?.targets.filter((t) => t.state === 'succeeded').map((t) => t.target) ?? []));
  core.setOutput('unrecorded', JSON.stringify(report.unrecorded));
  core.setOutput('undelivered', JSON.stringify(report.undelivered));
  core.setOutput('history-file', historyFile);
  core.setOutput('audit-file', auditFile);
  // After the run, never before: the status file and the incident report say what production runs now.
  if (!dryRun) {
    // A file that cannot be written is reported, never a reason to lose the verdict, summary or annotation below.
    const files = await writeRunReports({ plan, store: session.store, report, historyFile, runUrl: session.run.url, context: runContextFromEnv(process.env), repository: core.getInput('repository').trim() || process.env.GITHUB_REPOSITORY, warn: core.warning })
      .catch((e: unknown) => void core.warning(`the status file and incident report were not written beside ${historyFile}: ${(e as Error).message}`));
    core.setOutput('status-file', files?.statusFile ?? '');
    core.setOutput('incident-file', files?.incidentFile ?? '');
  }
  await core.summary.addRaw(renderPipelineSummary(plan.service, report, dryRun), true).write();
  if (report.unrecorded.length) core.warning(`${report.unrecorded.length} Deployments record(s) could not be written (${report.unrecorded[0]?.target}: ${report.unrecorded[0]?.cause}): see the unrecorded output and the summary`);
  if (report.undelivered.length) core.warning(`${report.undelivered.length} urgent notification(s) reached no channel (${report.undelivered[0]}): see ${auditFile}`);
  // The annotation a person reads first: outcome, cause, what production runs now, then the next step.
  const annotation = `${report.headline} Next: ${report.nextStep.join('; ')}`;
  // A cancelled, frozen or held run always fails its step: the rollout did not finish, whatever fail-on says.
  if (report.result === 'cancelled' || report.result === 'frozen' || report.result === 'held' || (failOn as string[]).includes(report.result)) core.setFailed(annotation);
  else if (report.result !== 'succeeded') core.warning(annotation);
  // A dry run sends nothing, so it never has undelivered events.
  else if (report.undelivered.length) core.setFailed('urgent notifications could not be delivered to any channel');
}

/** A duration input (e.g. "30s", "2m"); a bad one is the user's mistake, named. */
function readDurationInput(name: string, fallback: string): number {
  const text = core.getInput(name).trim() || fallback;
  try {
    return parseDuration(text);
  } catch (e) {
    throw new ConfigError([{ path: `input ${name}`, message: (e as Error).message }]);
  }
}

/** The entry point @github/local-action calls (it requires a `run` export); the same step as `main`. */
export { main as run };

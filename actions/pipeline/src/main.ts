import * as core from '@actions/core';
import { parseListInput } from '@stagegate/action-kit';
import { ConfigError, defaultHistoryFile } from '@stagegate/core';
import { holdRolloutLock, openActionSession, runCancellableMain } from '@stagegate/deployer';
import { defaultAuditFile, secretsOf } from '@stagegate/notify';
import { renderPipelineSummary, resolvePipelineRoutes, runPipeline, wirePipeline } from '@stagegate/pipeline';

const RESULTS = ['rolled-back', 'partially-failed', 'paused', 'failed'] as const;

/** The I/O shell of the root action: inputs → runPipeline → outputs and summary. */
export async function main(): Promise<void> {
  await runCancellableMain(run, core, 'stopping the running stage');
}

async function run(signal: AbortSignal): Promise<void> {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const session = openActionSession({ token, dryRun: core.getInput('dry-run'), repository: core.getInput('repository'), plan: core.getInput('plan'), ref: core.getInput('ref') }, process.env, core.info);
  const { plan, dryRun } = session;
  const version = core.getInput('version', { required: true }).trim();
  const failOnText = parseListInput('fail-on', core.getInput('fail-on'));
  // An empty fail-on means the documented default, never "nothing fails the step".
  const failOn = failOnText.length ? failOnText : ['rolled-back', 'partially-failed', 'failed'];
  const unknown = failOn.filter((r) => !(RESULTS as readonly string[]).includes(r));
  if (unknown.length) throw new ConfigError([{ path: 'input fail-on', message: `expected results among ${RESULTS.join(', ')}; got ${unknown.join(', ')}` }]);
  const routes = resolvePipelineRoutes(plan.notify, process.env, dryRun, core.warning);
  for (const s of secretsOf(routes)) core.setSecret(s.value);
  const historyFile = core.getInput('history-file').trim() || defaultHistoryFile(process.env);
  const auditFile = core.getInput('audit-file').trim() || defaultAuditFile(process.env);
  const deps = wirePipeline({
    plan, store: session.store, run: session.run, routes, historyFile, auditFile, dryRun, signal,
    log: { info: core.info, warning: core.warning, startGroup: core.startGroup, endGroup: core.endGroup },
  });
  await holdRolloutLock(session, { lock: core.getInput('lock'), timeout: core.getInput('lock-timeout'), versions: { version } }, signal, core);
  const report = await runPipeline(plan, { version, startAt: core.getInput('start-at').trim() || undefined, only: parseListInput('only', core.getInput('only')) }, deps);

  core.setOutput('result', report.result);
  core.setOutput('stages', JSON.stringify(report.stages));
  core.setOutput('rolled-back-targets', JSON.stringify(report.rollback?.targets.filter((t) => t.state === 'succeeded').map((t) => t.target) ?? []));
  core.setOutput('history-file', historyFile);
  core.setOutput('audit-file', auditFile);
  await core.summary.addRaw(renderPipelineSummary(plan.service, report, dryRun), true).write();
  const undelivered = deps.deliveries.filter((d) => d.mustFail);
  if (undelivered.length) core.warning(`${undelivered.length} urgent notification(s) reached no channel: see ${auditFile}`);
  const why = report.stages.find((s) => s.reason)?.reason;
  if ((failOn as string[]).includes(report.result)) core.setFailed(`rollout of ${version}: ${report.result}${why ? ` (${why})` : ''}`);
  // A dry run sends nothing, so it never has undelivered events.
  else if (undelivered.length) core.setFailed('urgent notifications could not be delivered to any channel');
}

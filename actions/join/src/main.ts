import * as core from '@actions/core';
import { parseChoiceInput, parseIntegerInput, writeJournal } from '@stagegate/action-kit';
import { ConfigError, DEFAULT_SHARD_SIZE, describeTargetEvents } from '@stagegate/core';
import { checkSessionInputs, listTargetsIn, runCancellableMain } from '@stagegate/deployer';

const JOB_RESULTS = ['success', 'failure', 'cancelled', 'skipped'] as const;

/** The I/O shell of join: inputs → joinShardedStage → outputs, summary and annotation. */
export async function main(): Promise<void> {
  await runCancellableMain(run, core, 'stopping the running rollbacks');
}

async function run(signal: AbortSignal): Promise<void> {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  // A missing token fails before the GitHub client and the plan parser are loaded.
  checkSessionInputs({ token, dryRun: 'false' });
  const { holdRolloutLock, openActionSession } = await import('@stagegate/deployer');
  const session = openActionSession({ token, dryRun: 'false', repository: core.getInput('repository'), plan: core.getInput('plan'), ref: '' }, process.env, core.info);
  const { ctx, plan, store, run: runInfo } = session;
  const stage = core.getInput('stage', { required: true }).trim();
  const version = core.getInput('version', { required: true }).trim();
  const shardSize = parseIntegerInput('shard-size', core.getInput('shard-size'), DEFAULT_SHARD_SIZE, { min: 1 });
  const jobs = core.getInput('shards-result').trim() ? parseChoiceInput('shards-result', core.getInput('shards-result'), JOB_RESULTS, 'success') : '';
  const sha = core.getInput('ref').trim() || ctx.sha;
  // GitHub lists deployments by the commit they resolved to: a branch name would match nothing.
  if (!/^[0-9a-f]{40}$/i.test(sha)) throw new ConfigError([{ path: core.getInput('ref').trim() ? 'input ref' : 'GITHUB_SHA', message: `expected the 40-character commit sha the shards deployed; got ${JSON.stringify(sha)}` }]);
  const parallelText = core.getInput('parallel');
  const lockInputs = { lock: core.getInput('lock'), timeout: core.getInput('lock-timeout'), versions: { version }, stage };
  // Loaded once the inputs are read: the pipeline brings the probes and notifiers, and a step that
  // fails on its inputs should not pay for them (bench/cold-start).
  const { describeJoinHeadline, describeJoinNextStep, joinShardedStage, renderJoinSummary } = await import('@stagegate/pipeline');
  const report = await joinShardedStage({
    plan, stage, version, shardSize, jobs, store, run: runInfo, sha: sha.toLowerCase(), signal,
    parallel: parallelText ? parseIntegerInput('parallel', parallelText, 16, { min: 1, max: 256 }) : undefined,
    log: { info: core.info, warning: core.warning, startGroup: core.startGroup, endGroup: core.endGroup },
    beforeRollback: () => holdRolloutLock(session, lockInputs, signal, core),
  });
  core.setOutput('result', report.result);
  core.setOutput('failed-targets', JSON.stringify(report.outcome.failedTargets));
  core.setOutput('rolled-back', JSON.stringify(report.rollback ? listTargetsIn(report.rollback.targets, ['succeeded']) : []));
  core.setOutput('next-stage', report.nextStage ?? '');
  const facts = { plan, stage, version, shardSize, report };
  await core.summary.addRaw(renderJoinSummary(facts), true).write();
  if (report.rollback) await writeJournal(process.env, core.getInput('journal-prefix'), (base, time) => describeTargetEvents(base, 'rollback-finished', undefined, report.rollback?.targets ?? [], time), [], core);
  if (report.unrecorded.length) core.warning(`${report.unrecorded.length} Deployments record(s) could not be written (${report.unrecorded[0]?.target}: ${report.unrecorded[0]?.cause}): see the summary`);
  // The annotation a person reads first: which shard and target failed and why, what production runs now, the next step.
  const annotation = `${describeJoinHeadline(facts)} Next: ${describeJoinNextStep(facts).join('; ')}`;
  if (report.result === 'next') core.info(annotation);
  else if (report.result === 'continue') core.warning(annotation);
  else core.setFailed(annotation);
}

/** The entry point @github/local-action calls (it requires a `run` export); the same step as `main`. */
export { main as run };

import {
  assertSafeVersion, decideAfterStage, describeShardFailures, findStage, indexShards, shardTargets, summarizeShardedStage,
  type Plan, type PolicyDecision, type ShardedStageOutcome, type ShardJobsResult, type StageOutcome, type TargetRecord,
} from '@stagegate/core';
import { createRecordKeeper, rollbackTargets, type DeployLog, type RollbackResult, type RunInfo, type UnrecordedWrite } from '@stagegate/deployer';
import { listRunDeployments, readStatusesOf, type DeploymentRecord, type DeploymentStore } from '@stagegate/github';

/** What the join of a fanned-out stage needs. */
export interface JoinOptions {
  plan: Plan;
  stage: string;
  version: string;
  /** The plan action's shard-size: the join cuts the same shards to say which one failed. */
  shardSize: number;
  /** How the shard jobs ended (`needs.<job>.result`). */
  jobs: ShardJobsResult;
  store: DeploymentStore;
  run: RunInfo;
  /** The commit the shards deployed (their deployments are listed by it). */
  sha: string;
  log: DeployLog;
  signal?: AbortSignal;
  env?: Record<string, string | undefined>;
  /** Targets rolled back at once. Default min(16, targets). */
  parallel?: number;
  /** Bound on each target's last-known-good lookup during a rollback. Default 30 s. */
  lookupTimeoutMs?: number;
  /** How long the join waits at its end for Deployments records still being written. Default 30 s. */
  recordTimeoutMs?: number;
  /** Called once a rollback is decided, before it starts (the rollout lock). */
  beforeRollback?: () => Promise<void>;
}

/** What the join decided and did. */
export type JoinResult = 'next' | 'continue' | 'paused' | 'cancelled' | 'rolled-back' | 'failed';

/** The join's report, for outputs and the summary. */
export interface JoinReport extends ShardedStageOutcome {
  result: JoinResult;
  decision: PolicyDecision;
  shards: number;
  /** The stage after this one when the rollout goes on (next or continue). */
  nextStage?: string | undefined;
  rollback?: RollbackResult | undefined;
  unrecorded: UnrecordedWrite[];
  /** GitHub requests the read took: list pages and status reads. */
  reads: { pages: number; statuses: number };
}

/**
 * Joins the shard jobs of one stage: reads each target's deployment by this
 * run from the Deployments API (the record every job shares), judges the
 * stage, applies its on-failure policy with decideAfterStage, and for a
 * rollback puts every touched target back (all shards; the earlier stages'
 * too under rollback-all): the rollback's commands start before anything is
 * recorded, this run's deployments of those targets are then marked failure
 * in the background, and the join waits for those records only at its end.
 */
export async function joinShardedStage(o: JoinOptions): Promise<JoinReport> {
  const { plan } = o;
  const stage = findStage(plan, o.stage);
  const version = assertSafeVersion(o.version, plan['version-pattern']);
  const shards = shardTargets(stage.targets, o.shardSize);
  const at = plan.stages.indexOf(stage);
  // Earlier stages matter only when this one may roll them back.
  const earlier = stage['on-failure'] === 'rollback-all' ? plan.stages.slice(0, at) : [];
  const wanted = new Set([...stage.targets, ...earlier.flatMap((s) => s.targets)]);
  const found = await listRunDeployments(o.store, { sha: o.sha, runId: o.run.id, service: plan.service, version, targets: wanted });
  if (found.truncated) o.log.warning(`join: stopped listing the deployments of ${o.sha} after ${found.pages} pages; targets not found by then count as not deployed`);
  const ours = stage.targets.map((t) => found.byTarget.get(t)).filter((d): d is DeploymentRecord => d !== undefined);
  const statuses = await readStatusesOf(o.store, ours.map((d) => d.id));
  const records: TargetRecord[] = stage.targets.map((target) => {
    const d = found.byTarget.get(target);
    const read = d ? statuses.get(d.id) : undefined;
    if (read instanceof Error) return { target, deploymentId: d?.id, readError: read.message };
    return { target, deploymentId: d?.id, statuses: read?.map((s) => ({ state: s.state, description: s.description })) };
  });
  const judged = summarizeShardedStage(stage.name, records, indexShards(shards), o.jobs);
  const history: StageOutcome[] = earlier.map((s) => ({ stage: s.name, deploy: 'succeeded', gate: 'Successful', touchedTargets: s.targets.filter((t) => found.byTarget.has(t)), failedTargets: [] }));
  const decision = decideAfterStage(stage['on-failure'], judged.outcome, history);
  const base = { ...judged, decision, shards: shards.length, unrecorded: [] as UnrecordedWrite[], reads: { pages: found.pages, statuses: ours.length } };
  const nextStage = plan.stages[at + 1]?.name;
  switch (decision.kind) {
    case 'next':
    case 'continue':
      return { ...base, result: decision.kind, nextStage };
    case 'pause':
      return { ...base, result: judged.outcome.deploy === 'cancelled' ? 'cancelled' : 'paused' };
    case 'rollback':
      break;
  }
  const targets = [...new Set(decision.items.map((i) => i.target))];
  if (!targets.length) return { ...base, result: 'failed' };
  o.log.info(`join: ${decision.reason} → rollback-${decision.scope} of ${targets.length} target(s)`);
  await o.beforeRollback?.();
  const keeper = createRecordKeeper({ warn: (l) => o.log.warning(l) });
  // Recorded on every rollback deployment: the observed cause first, as the pipeline records it.
  const reason = `${describeShardFailures(judged.failures, 2) || decision.reason} (stage ${stage.name}, join of ${shards.length} shards, run ${o.run.id})`;
  const rolling = rollbackTargets({
    plan, store: o.store, run: o.run, log: o.log, signal: o.signal, env: o.env, records: keeper, targets, reason, exclude: [version],
    parallel: o.parallel ?? Math.min(16, targets.length), lookupTimeoutMs: o.lookupTimeoutMs,
  });
  // The commands have started. Now the record: this run's deployments still saying success get the
  // rollback's failure, so no later last-known-good returns to this version there.
  const blamedOrFailed = new Set(judged.failures.map((f) => f.target));
  for (const target of targets) {
    const d = found.byTarget.get(target);
    if (!d || blamedOrFailed.has(target)) continue;
    void keeper.write({ target, environment: d.environment, deploymentId: d.id, what: `status failure on deployment ${d.id} (${version}): rolled back` }, () =>
      o.store.setStatus(d.id, 'failure', { description: `rolled back: ${reason}`, logUrl: o.run.url, autoInactive: false }));
  }
  const rollback = await rolling;
  await keeper.settle(o.recordTimeoutMs ?? 30_000);
  return { ...base, result: rollback.result === 'succeeded' ? 'rolled-back' : 'failed', rollback, unrecorded: keeper.unrecorded };
}

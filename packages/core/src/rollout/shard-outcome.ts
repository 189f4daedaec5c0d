import type { StageOutcome } from './rollout-policy.js';

/**
 * The join of a fanned-out stage, without I/O: what the shard jobs recorded
 * in the Deployments API (this run's deployment of each target and its
 * statuses) turned into the StageOutcome the stage's policy decides on.
 */

/** A deployment status as the join reads it. */
export interface RecordedStatus {
  state: string;
  description: string;
}

/** What this run recorded for one target of the stage: its newest deployment's statuses, newest first; undefined when it has none. */
export type TargetRecord = {
  target: string;
  deploymentId?: number | undefined;
  statuses?: readonly RecordedStatus[] | undefined;
  /** Why its statuses could not be read: a record GitHub would not give back proves nothing. */
  readError?: string | undefined;
};

/** How one target ended, as its records say. */
export type RecordedState = 'succeeded' | 'blamed' | 'deploy-failed' | 'error' | 'cancelled' | 'unfinished' | 'missing';

/** One target's verdict, with the record that proves it. */
export interface JudgedTarget {
  target: string;
  state: RecordedState;
  /** The status description that decided it (the deploy's exit and stderr, the gate's check), or why none was found. */
  reason: string;
}

const FINAL = new Set(['success', 'failure', 'error', 'inactive']);

/**
 * Reads one target's statuses. A failure after a success is the health
 * gate's blame (the deploy had succeeded); a failure with no success before
 * it is the deploy's own; error is a timeout or a cancel; a deployment with
 * no final status belongs to a shard job that died mid-deploy.
 */
export function judgeTargetRecord(record: TargetRecord): JudgedTarget {
  const { target, statuses } = record;
  if (record.deploymentId === undefined) return { target, state: 'missing', reason: 'no deployment of this run: its shard job did not deploy it' };
  if (record.readError !== undefined) return { target, state: 'unfinished', reason: `the statuses of deployment ${record.deploymentId} could not be read: ${record.readError}` };
  const oldestFirst = [...(statuses ?? [])].reverse();
  const final = oldestFirst.filter((s) => FINAL.has(s.state));
  const failed = final.find((s) => s.state === 'failure' || s.state === 'error');
  if (!failed) {
    if (final.some((s) => s.state === 'success')) return { target, state: 'succeeded', reason: final.find((s) => s.state === 'success')?.description ?? '' };
    return { target, state: 'unfinished', reason: `deployment ${record.deploymentId} has no final status: its shard job ended while deploying` };
  }
  const succeededFirst = final.indexOf(failed) > 0 && final.slice(0, final.indexOf(failed)).some((s) => s.state === 'success');
  if (failed.state === 'error') return { target, state: failed.description === 'cancelled' ? 'cancelled' : 'error', reason: failed.description };
  return { target, state: succeededFirst ? 'blamed' : 'deploy-failed', reason: failed.description };
}

/** How the shard jobs ended, as `needs.<job>.result` says: success, failure, cancelled or skipped ('' when not given). */
export type ShardJobsResult = 'success' | 'failure' | 'cancelled' | 'skipped' | '';

/** The stage's outcome from its targets' records, and each failed target with its shard. */
export interface ShardedStageOutcome {
  outcome: StageOutcome;
  judged: JudgedTarget[];
  /** Failed targets in plan order, each with the shard that ran it. */
  failures: Array<JudgedTarget & { shard: string }>;
  /** Set when the shard jobs failed but recorded no failure: the join cannot tell why. */
  unexplained?: string;
}

const DEPLOY_FAILED: ReadonlySet<RecordedState> = new Set(['deploy-failed', 'error', 'unfinished', 'missing', 'cancelled']);

/**
 * The stage's outcome: the deploy failed where a target's own deploy did,
 * the gate Failed where one was blamed. Shard jobs that failed although
 * every record says success (a gate Inconclusive or in Error blames no one,
 * a job that broke after its deploys) make the gate Inconclusive: neither
 * healthy nor proven broken, a person's call, as the pipeline does.
 */
export function summarizeShardedStage(stage: string, records: readonly TargetRecord[], shardOf: ReadonlyMap<string, string>, jobs: ShardJobsResult): ShardedStageOutcome {
  const judged = records.map(judgeTargetRecord);
  const bad = judged.filter((j) => j.state !== 'succeeded');
  const deployBad = judged.filter((j) => DEPLOY_FAILED.has(j.state));
  const deploy: StageOutcome['deploy'] = jobs === 'cancelled' || judged.some((j) => j.state === 'cancelled')
    ? 'cancelled'
    : deployBad.length === 0 ? 'succeeded' : deployBad.length === judged.length ? 'failed' : 'partially-failed';
  const blamed = judged.some((j) => j.state === 'blamed');
  const unexplained = !bad.length && jobs === 'failure'
    ? 'a shard job failed but recorded no failed deployment: its health gate was Inconclusive or in Error (it blames no target), or the job failed after deploying; see the shard jobs\' logs'
    : undefined;
  const gate: StageOutcome['gate'] = deploy !== 'succeeded' ? 'skipped' : blamed ? 'Failed' : unexplained ? 'Inconclusive' : 'Successful';
  const outcome: StageOutcome = {
    stage, deploy, gate,
    touchedTargets: records.filter((r) => r.deploymentId !== undefined).map((r) => r.target),
    failedTargets: bad.map((j) => j.target),
  };
  return { outcome, judged, failures: bad.map((j) => ({ ...j, shard: shardOf.get(j.target) ?? '?' })), ...(unexplained ? { unexplained } : {}) };
}

/**
 * The cause in one line, grouped by shard: `shard 3/10: w8: health gate wide
 * failed on w8: health: status 503 …; shard 7/10: w61: deploy exited 7 — …`.
 */
export function describeShardFailures(failures: ShardedStageOutcome['failures'], limit = 5): string {
  const byShard = new Map<string, string[]>();
  for (const f of failures) byShard.set(f.shard, [...(byShard.get(f.shard) ?? []), `${f.target}: ${f.reason}`]);
  const parts = [...byShard].map(([shard, lines]) => `shard ${shard}: ${lines.slice(0, limit).join('; ')}${lines.length > limit ? `; and ${lines.length - limit} more` : ''}`);
  return parts.slice(0, limit).join('; ') + (parts.length > limit ? `; and ${parts.length - limit} more shards` : '');
}

import { allTargets, describeCheckCause, environmentFor, gateChecks, linkAbort, rollbackWeight, type Plan, type RollbackItem, type Stage } from '@stagegate/core';
import { createRecordKeeper, deployStage, rollbackTargets, switchTraffic, type DeployLog, type KnownPrevious, type RunInfo, type TargetOutcome } from '@stagegate/deployer';
import { createPreviousVersionReader, readFreeze, type DeploymentStore } from '@stagegate/github';
import { createNotifier, digestFileFor, routesFromPlan, sleepUnlessAborted, type DeliveryReport, type Routes, type RunContext } from '@stagegate/notify';
import { resolveGate, runGate } from '@stagegate/probes';
import { createHistoryWriter } from './history-writer.js';
import { createNotificationQueue } from './notification-queue.js';
import { createTargetTracker } from './target-tracker.js';
import type { PipelineDeps, PipelineTarget } from './pipeline-types.js';
import { verifyRolledBack } from './verify-rollback.js';

/** What the pipeline is wired to. */
export interface WireOptions {
  plan: Plan;
  store: DeploymentStore;
  run: RunInfo;
  log: DeployLog;
  routes: Routes;
  historyFile: string;
  auditFile: string;
  dryRun: boolean;
  signal?: AbortSignal;
  /** Extra environment for deploy commands. */
  env?: Record<string, string | undefined>;
  /** How long the run waits at its end for notifications, and for Deployments records, still in flight. Default 30 s. */
  notifyTimeoutMs?: number;
  /** Bound on a last-known-good lookup during a rollback (only for targets the run did not deploy). Default 30 s. */
  lookupTimeoutMs?: number;
  /** Repo, ref, commit, actor and server shown in every message (main.ts reads them from GITHUB_*). */
  context?: RunContext;
}

/** The wired dependencies, plus the notification deliveries they made (for the step's verdict). */
export interface WiredPipeline extends PipelineDeps {
  deliveries: DeliveryReport[];
}

/**
 * The plan's notification routes. A missing secret is an error, except in a
 * dry run, where it only warns: a dry run sends nothing and must still show the plan.
 */
export function resolvePipelineRoutes(notify: Plan['notify'], env: Record<string, string | undefined>, dryRun: boolean, warn: (message: string) => void): Routes {
  try {
    const routes = routesFromPlan(notify, env);
    for (const u of routes.unconfigured ?? []) warn(`notify: ${u.name} is not configured (${u.path}: ${u.variable} is not set): its alerts are logged locally only, in the audit trail; set ${u.variable} from a secret, or add required: true to stop the run instead`);
    return routes;
  } catch (e) {
    if (!dryRun) throw e;
    warn(`dry run: notifications would fail: ${(e as Error).message}`);
    return { channels: [], failOnError: 'never' };
  }
}

const toPipelineTarget = (t: TargetOutcome): PipelineTarget => ({
  target: t.target, environment: t.environment, state: t.state, fromVersion: t.fromVersion, toVersion: t.toVersion, reason: t.reason, deploymentId: t.deploymentId,
  ...(t.color ? { color: t.color, fromColor: t.fromColor } : {}),
});

/**
 * Wires the pipeline to the real adapters: the deployer (GitHub Deployments and
 * the plan's commands), the health gate (real probes), the notifier and the
 * history file. The run remembers what each target ran before its own deploy,
 * so a rollback starts without reading GitHub; every Deployments write on the
 * failure path (a gate's blame, the rollback's records) goes through a record
 * keeper in the background, bounded, and what it could not write is reported.
 */
export function wirePipeline(o: WireOptions): WiredPipeline {
  const history = createHistoryWriter(o.historyFile, { id: o.run.id, attempt: o.run.attempt });
  const budgetMs = o.notifyTimeoutMs ?? 30_000;
  // The runner SIGKILLs a cancelled job a few seconds after its first signal: wait less then.
  const waitMs = (): number => (o.signal?.aborted ? Math.min(budgetMs, 3000) : budgetMs);
  const tracker = createTargetTracker();
  const notifications = createNotificationQueue({
    plan: o.plan, routes: o.routes, run: o.run, dryRun: o.dryRun, log: o.log, waitMs, context: o.context, states: tracker.states,
    create: (signal) => createNotifier({ routes: o.routes, auditFile: o.auditFile, log: (l) => o.log.info(l), signal, digestFile: (time) => digestFileFor(o.auditFile, time) }),
  });
  const records = createRecordKeeper({ warn: (l) => o.log.warning(l) });
  // This run's deployment per target, while its GitHub status is still success (a failed
  // deploy already says so): the ones a gate failure or a rollback must mark failed.
  const liveDeployments = new Map<string, { id: number; version: string }>();
  // What each target ran before this run's deploy: a rollback goes back to it with no lookup.
  const known = new Map<string, KnownPrevious>();
  let blame: { targets: string[]; describe: (target: string) => string } | undefined;
  // Blue-green: each target's deploy to its idle colour, which the switch completes.
  const idle = new Map<string, TargetOutcome>();
  const markFailed = (targets: readonly string[], description: (target: string) => string): void => {
    for (const target of targets) {
      const live = liveDeployments.get(target);
      if (!live) continue;
      liveDeployments.delete(target);
      void records.write({ target, environment: environmentFor(o.plan, target), deploymentId: live.id, what: `status failure on deployment ${live.id} (${live.version}): ${description(target)}` }, () =>
        o.store.setStatus(live.id, 'failure', { description: description(target), logUrl: o.run.url, autoInactive: false }));
    }
  };
  const recordVerdict = (): void => {
    if (blame && !o.dryRun) markFailed(blame.targets, blame.describe);
    blame = undefined;
  };
  // One shared read of previous versions for the whole run: later stages reuse its pages.
  const previousVersions = createPreviousVersionReader(o.store, { service: o.plan.service, fleetSize: allTargets(o.plan).length });
  const common = { plan: o.plan, store: o.store, run: o.run, log: o.log, signal: o.signal, dryRun: o.dryRun, env: o.env };
  const now = (): string => new Date().toISOString();

  return {
    deliveries: notifications.deliveries,
    now: () => Date.now(),
    dryRun: o.dryRun,
    log: (line) => o.log.info(line),
    cancelled: () => o.signal?.aborted ?? false,
    readFreeze: (environment) => readFreeze(o.store, environment),
    sleep: (ms) => sleepUnlessAborted(ms, o.signal),
    async deployStage(stage: Stage, version: string, budget?: AbortSignal) {
      const r = await withStageSignal(o.signal, budget, (signal) => deployStage({ ...common, signal, stage: stage.name, version, before: known, previousVersions }));
      for (const t of r.targets) {
        if (t.deploymentId === undefined) continue;
        if (t.state === 'succeeded') liveDeployments.set(t.target, { id: t.deploymentId, version });
        const ours = known.get(t.target);
        // A later weighted stage of this run: the target still goes back to what it ran before the run.
        if (ours?.current === version) known.set(t.target, { ...ours, currentDeploymentId: t.deploymentId });
        // Redeploying the version already there teaches nothing: leave that target to a lookup.
        else if (t.fromVersion !== version) known.set(t.target, { version: t.fromVersion, sha: t.previousGood?.sha, current: version, currentDeploymentId: t.deploymentId, color: t.fromColor, currentColor: t.color });
        if (t.color) idle.set(t.target, t);
      }
      history.recordTargets('deploy-finished', stage.name, r.targets, now());
      tracker.deployed(r.targets, version);
      for (const t of r.targets) if (t.color && t.state === 'succeeded') tracker.idle(t.target, t.fromVersion, `${version} on ${t.color}, idle: no traffic until the switch`);
      return { outcome: r.result, targets: r.targets.map(toPipelineTarget) };
    },
    async gateStage(stage: Stage, version: string, targets: string[], budget?: AbortSignal) {
      if (o.dryRun) {
        const resolved = resolveGate({ plan: o.plan, stage: stage.name, version, targets, colors: Object.fromEntries(targets.map((t) => [t, idle.get(t)?.color])) });
        for (const spec of resolved.specs) o.log.info(`[dry-run] gate ${stage.name}: would probe ${spec.target} with ${JSON.stringify(spec.detail)}`);
        o.log.info(`[dry-run] gate ${stage.name}: soak ${resolved.soakMs} ms, every ${resolved.intervalMs} ms, timeout ${resolved.timeoutMs} ms`);
        return { verdict: 'Successful' as const, failedTargets: [], failedChecks: [] };
      }
      if (!gateChecks(o.plan, stage).length) return { verdict: 'Successful' as const, failedTargets: [], failedChecks: [] };
      const colors = Object.fromEntries(targets.map((t) => [t, idle.get(t)?.color]));
      const g = await withStageSignal(o.signal, budget, (signal) => runGate({ plan: o.plan, stage: stage.name, version, targets, colors, signal, cwd: o.run.workspace, progress: (line) => o.log.info(`gate ${stage.name}: ${line}`) }));
      const failedTargets = [...new Set(g.failedChecks.map((c) => c.target))];
      const failedChecks = g.failedChecks.map(describeCheckCause);
      tracker.unhealthy(g.failedChecks, version);
      for (const t of failedTargets.flatMap((f) => idle.get(f) ?? [])) tracker.idle(t.target, t.fromVersion, `${version} on ${t.color ?? '?'} failed its gate and never received traffic`);
      if (g.verdict === 'Failed' || g.verdict === 'Error') {
        // The deploy said success; the gate says otherwise. Its word goes on the targets it blamed
        // (all of them when it could not tell), written by recordVerdict once any rollback has started.
        // Inconclusive blames no one: a person decides.
        blame = {
          targets: failedTargets.length ? failedTargets : targets,
          // A gate stopped by the stage's budget says so on the deployments, not "cancelled".
          describe: (target) => `health gate ${g.verdict}: ${g.failedChecks.filter((c) => c.target === target).map(describeCheckCause).join('; ') || (budget?.aborted ? String((budget.reason as Error).message) : g.reason)}`,
        };
      }
      return { verdict: g.verdict, failedTargets, failedChecks: failedChecks.length ? failedChecks : g.verdict === 'Successful' ? [] : [g.reason] };
    },
    async switchStage(stage: Stage, version: string, targets: PipelineTarget[]) {
      const deployed = targets.map((t) => idle.get(t.target)).filter((t): t is TargetOutcome => t !== undefined);
      const switched = await switchTraffic({ ...common, stage: stage.name, version, deployed });
      tracker.deployed(switched, version);
      const failed = switched.filter((t) => t.state !== 'succeeded');
      // A failed switch leaves traffic uncertain: its deployment is marked failed once any rollback has started.
      if (failed.length) blame = { targets: failed.map((t) => t.target), describe: (target) => failed.find((t) => t.target === target)?.reason ?? 'switch failed' };
      return switched.map(toPipelineTarget);
    },
    recordVerdict,
    async rollback(items: RollbackItem[], reason: string, failedVersion: string) {
      const targets = items.map((i) => i.target);
      // Recovery is what matters now: every target at once (bounded), from what this run knows.
      const from = new Map(items.map((i) => [i.target, { stage: i.stage, weight: rollbackWeight(o.plan, i.stage, i.target) }]));
      const unrecorded = (target: string): void => markFailed([target], () => `rolled back: ${reason}`);
      const running = rollbackTargets({ ...common, records, onRollbackUnrecorded: o.dryRun ? undefined : unrecorded, known, targets, reason, exclude: [failedVersion], parallel: Math.min(16, Math.max(1, targets.length)), lookupTimeoutMs: o.lookupTimeoutMs, from });
      tracker.rollingBack(targets, (t) => ({ environment: environmentFor(o.plan, t), from: known.get(t)?.current ?? failedVersion, to: known.get(t)?.version }));
      // The commands have started. Now the record: the gate's blame (it carries the cause). The other
      // targets' deployments of the failed version get no failure status of their own: each rollback
      // deployment names what it replaces, which makes that version bad there by the one rule (when
      // GitHub refuses that deployment, onRollbackUnrecorded marks the failed one instead), and a
      // write per target saved is what keeps a large fleet's rollback within its request budget.
      recordVerdict();
      const r = await running;
      // A rollback that did not succeed says nothing against the failed version either: mark it.
      if (!o.dryRun) markFailed(r.targets.filter((t) => t.state !== 'succeeded' && t.state !== 'skipped').map((t) => t.target), () => `rolled back: ${reason}`);
      history.recordTargets('rollback-finished', items[0]?.stage, r.targets, now());
      tracker.rolledBack(r.targets, failedVersion);
      return { ok: r.result === 'succeeded', targets: r.targets.map(toPipelineTarget) };
    },
    async verifyRollback(back) {
      if (o.dryRun) return [];
      const unhealthy = await verifyRolledBack(o.plan, back, { signal: o.signal, cwd: o.run.workspace, log: (l) => o.log.info(l) });
      tracker.stillUnhealthy(unhealthy);
      return unhealthy;
    },
    notify: (e) => notifications.send(e),
    record(e) {
      if (!o.dryRun) history.record(e);
    },
    async settleRecords() {
      await records.settle(waitMs());
      return records.unrecorded;
    },
    settleNotifications: () => notifications.settle(),
  };
}

/** Runs a stage's work on a signal that the run's cancel and the stage's budget both abort (listeners, never AbortSignal.any). */
async function withStageSignal<T>(run: AbortSignal | undefined, budget: AbortSignal | undefined, work: (signal: AbortSignal | undefined) => Promise<T>): Promise<T> {
  if (!budget) return work(run);
  const both = new AbortController();
  const unlink = [linkAbort(run, both), linkAbort(budget, both)];
  try {
    return await work(both.signal);
  } finally {
    for (const u of unlink) u();
  }
}

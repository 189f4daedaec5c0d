import { gateChecks, stageOfTarget, type Plan, type RollbackItem, type Stage } from '@stagegate/core';
import { deployStage, rollbackTargets, type DeployLog, type RunInfo, type TargetOutcome } from '@stagegate/deployer';
import type { DeploymentStore } from '@stagegate/github';
import { createEvent, createNotifier, routesFromPlan, type DeliveryReport, type EventKind, type Routes } from '@stagegate/notify';
import { resolveGate, runGate } from '@stagegate/probes';
import { createHistoryWriter } from './history-writer.js';
import type { PipelineDeps, PipelineEvent, PipelineTarget } from './pipeline-types.js';

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
    return routesFromPlan(notify, env);
  } catch (e) {
    if (!dryRun) throw e;
    warn(`dry run: notifications would fail: ${(e as Error).message}`);
    return { channels: [], failOnError: 'never' };
  }
}

const toPipelineTarget = (t: TargetOutcome): PipelineTarget => ({ target: t.target, environment: t.environment, state: t.state, fromVersion: t.fromVersion, toVersion: t.toVersion, reason: t.reason, deploymentId: t.deploymentId });

/**
 * Wires the pipeline to the real adapters: the deployer (GitHub Deployments and
 * the plan's commands), the health gate (real probes), the notifier and the
 * history file. A failed gate also marks the stage's deployments `failure`, so
 * the Deployments API tells the truth about what was unhealthy.
 */
export function wirePipeline(o: WireOptions): WiredPipeline {
  const history = createHistoryWriter(o.historyFile, { id: o.run.id, attempt: o.run.attempt });
  const notifier = createNotifier({ routes: o.routes, auditFile: o.auditFile, log: (l) => o.log.info(l) });
  const deliveries: DeliveryReport[] = [];
  // This run's deployment per target, while its GitHub status is still success (a failed
  // deploy already says so): the ones a gate failure or a rollback must mark failed.
  const liveDeployments = new Map<string, number>();
  const markFailed = (targets: readonly string[], description: (target: string) => string): Promise<unknown> =>
    Promise.all(targets.map(async (target) => {
      const id = liveDeployments.get(target);
      if (id === undefined) return;
      liveDeployments.delete(target);
      await o.store.setStatus(id, 'failure', { description: description(target), logUrl: o.run.url, autoInactive: false })
        .catch((e: unknown) => o.log.warning(`could not mark ${target}'s deployment ${id} failed: ${(e as Error).message}`));
    }));
  const common = { plan: o.plan, store: o.store, run: o.run, log: o.log, signal: o.signal, dryRun: o.dryRun, env: o.env };
  const now = (): string => new Date().toISOString();

  return {
    deliveries,
    now: () => Date.now(),
    log: (line) => o.log.info(line),
    async deployStage(stage: Stage, version: string) {
      const r = await deployStage({ ...common, stage: stage.name, version });
      for (const t of r.targets) if (t.deploymentId !== undefined && t.state === 'succeeded') liveDeployments.set(t.target, t.deploymentId);
      history.recordTargets('deploy-finished', stage.name, r.targets, now());
      return { outcome: r.result, targets: r.targets.map(toPipelineTarget) };
    },
    async gateStage(stage: Stage, version: string, targets: string[]) {
      if (o.dryRun) {
        const resolved = resolveGate({ plan: o.plan, stage: stage.name, version, targets });
        for (const spec of resolved.specs) o.log.info(`[dry-run] gate ${stage.name}: would probe ${spec.target} with ${JSON.stringify(spec.detail)}`);
        o.log.info(`[dry-run] gate ${stage.name}: soak ${resolved.soakMs} ms, every ${resolved.intervalMs} ms, timeout ${resolved.timeoutMs} ms`);
        return { verdict: 'Successful' as const, failedTargets: [], failedChecks: [] };
      }
      if (!gateChecks(o.plan, stage).length) return { verdict: 'Successful' as const, failedTargets: [], failedChecks: [] };
      const g = await runGate({ plan: o.plan, stage: stage.name, version, targets, signal: o.signal, cwd: o.run.workspace });
      const failedTargets = [...new Set(g.failedChecks.map((c) => c.target))];
      const failedChecks = g.failedChecks.map((c) => `${c.target}/${c.check}: ${c.reason}`);
      if (g.verdict === 'Failed' || g.verdict === 'Error') {
        // The deploy said success; the gate says otherwise. Record the gate's word on the targets it
        // blamed (all of them when it could not tell). Inconclusive blames no one: a person decides.
        await markFailed(failedTargets.length ? failedTargets : targets, (target) => {
          const why = g.failedChecks.filter((c) => c.target === target).map((c) => `${c.check}: ${c.reason}`).join('; ') || g.reason;
          return `health gate ${g.verdict}: ${why}`;
        });
      }
      return { verdict: g.verdict, failedTargets, failedChecks: failedChecks.length ? failedChecks : g.verdict === 'Successful' ? [] : [g.reason] };
    },
    async rollback(items: RollbackItem[], reason: string, failedVersion: string) {
      const targets = items.map((i) => i.target);
      // A version rolled back is not good on these targets any more, even where its own gate passed:
      // say so on its deployments, so no later rollback returns to it and DORA counts the failure.
      // Known from this run's own writes: no status reads on the recovery path.
      if (!o.dryRun) await markFailed(targets, () => `rolled back: ${reason}`);
      // Recovery is what matters now: roll every target back at once (bounded), not at the stages' deploy pace.
      const r = await rollbackTargets({ ...common, targets, reason, exclude: [failedVersion], parallel: Math.min(16, Math.max(1, targets.length)) });
      history.recordTargets('rollback-finished', items[0] ? stageOfTarget(o.plan, items[0].target)?.name : undefined, r.targets, now());
      return { ok: r.result === 'succeeded', targets: r.targets.map(toPipelineTarget) };
    },
    async notify(e: PipelineEvent) {
      if (o.dryRun) {
        o.log.info(`[dry-run] would notify ${e.kind}${o.routes.channels.length ? ` to ${o.routes.channels.map((c) => c.name).join(', ')}` : ' (no channels configured)'}`);
        return;
      }
      if (!o.routes.channels.length) return;
      const event = createEvent({ kind: e.kind as EventKind, service: o.plan.service, version: e.version, stage: e.stage, targets: e.targets, reason: e.reason, runUrl: o.run.url }, new Date(e.at));
      deliveries.push(await notifier.notify(event));
    },
    async record(e: PipelineEvent) {
      if (!o.dryRun) history.record(e);
    },
  };
}

import { chooseIdleColor, environmentFor, gateChecks, isBlueGreen, planDigest, readColor, rollbackWeight, type Plan, type RollbackItem, type Stage } from '@stagegate/core';
import { prepareJob, type RunInfo, type TargetJob } from '@stagegate/deployer';
import { findLastKnownGoodMany, type DeploymentStore } from '@stagegate/github';
import type { Routes } from '@stagegate/notify';
import { resolveGate } from '@stagegate/probes';
import type { PipelineDeps, PipelineEvent, PipelineTarget } from './pipeline-types.js';

/** What a dry run is wired to: reads only, and a printer. */
export interface DryRunOptions {
  plan: Plan;
  /** Read for each target's previous good version ({previous}); never written. */
  store: DeploymentStore;
  run: RunInfo;
  routes: Routes;
  /**
   * Where each deployment would be recorded, for people: e.g.
   * `with POST https://api.github.com/repos/acme/api/deployments` or `in .stagegate/deployments.json (local)`.
   */
  recordsTo: string;
  /** One line of the plan. */
  print(line: string): void;
}

/**
 * The pipeline's dependencies for `--dry-run`: the same orchestration as a
 * real run, wired to adapters that print what they would do (commands with
 * placeholders filled, the records they would write, the probes they would
 * run, the messages they would send) and write nothing: no deployment, no
 * history, no notification, no command run. The gate is not run, so it is
 * never reported as passed; the orchestrator's own narration ("stage passed")
 * is dropped for the same reason.
 */
export function wireDryRun(o: DryRunOptions): PipelineDeps {
  const digest = planDigest(o.plan);
  const say = (line: string): void => o.print(line);
  // Blue-green: the idle colour each target's deploy would go to ({color} of its deploy, gate and switch).
  const colors = new Map<string, { color: string; fromColor?: string | undefined }>();
  return {
    now: () => Date.now(),
    dryRun: true,
    log: () => {},
    async deployStage(stage: Stage, version: string) {
      const environments = stage.targets.map((t) => environmentFor(o.plan, t, stage));
      const good = await findLastKnownGoodMany(o.store, environments, { service: o.plan.service });
      say(`stage ${stage.name} (${stage.targets.length} target${stage.targets.length === 1 ? '' : 's'}, ${stage.parallel} at a time, on failure: ${stage['on-failure']})`);
      const targets: PipelineTarget[] = stage.targets.map((target, i) => {
        const environment = environments[i] as string;
        const previous = good.get(environment)?.version;
        const fromColor = isBlueGreen(stage) ? readColor(good.get(environment)?.deployment.payload?.color) : undefined;
        const color = isBlueGreen(stage) ? chooseIdleColor(fromColor) : undefined;
        if (color) colors.set(target, { color, fromColor });
        const basics = { target, environment, stage: stage.name, ref: o.run.ref, previousGood: undefined, prefixLines: false, planDigest: digest, color };
        const job = prepareJob({ ...basics, kind: 'deploy', version, fromVersion: previous, weight: stage.weight }, o.plan.deploy, 'deploy', o.plan.service);
        say(`  ${target} (${environment}): ${previous ?? 'no previous version (first deploy)'} → ${version}${stage.weight !== undefined ? ` at weight ${stage.weight}` : ''}`);
        say(`    would record a deployment ${o.recordsTo} (environment ${environment}, ref ${o.run.ref}), then success or failure`);
        say(`    would run ${describeCommand(job, o.run.workspace)}`);
        if (color) say(`    blue-green: deploys to ${color} (idle${fromColor ? `; ${fromColor} serves traffic` : ', first deploy'}), gates it, then switches; if it fails its gate, no switch: traffic never reaches it`);
        else if (previous === undefined) say('    if it fails: nothing to roll back to on this target');
        else {
          const back = prepareJob({ ...basics, kind: 'rollback', version: previous, fromVersion: version, weight: rollbackWeight(o.plan, stage.name, target) }, o.plan.rollback ?? o.plan.deploy, o.plan.rollback ? 'rollback' : 'deploy', o.plan.service);
          say(`    if it fails: would roll back to ${previous} with ${describeCommand(back, o.run.workspace)}`);
        }
        return { target, environment, state: 'planned', fromVersion: previous, toVersion: version, reason: `dry run: would deploy ${version}`, ...(color ? { color, fromColor } : {}) };
      });
      return { outcome: 'succeeded' as const, targets };
    },
    async gateStage(stage: Stage, version: string, targets: string[]) {
      if (!gateChecks(o.plan, stage).length) {
        say(`  gate ${stage.name}: no checks`);
      } else {
        const gate = resolveGate({ plan: o.plan, stage: stage.name, version, targets, colors: Object.fromEntries(targets.map((t) => [t, colors.get(t)?.color])) });
        say(`  gate ${stage.name}: not run in a dry run; would probe for ${gate.soakMs / 1000} s, every ${gate.intervalMs / 1000} s, verdict within ${gate.timeoutMs / 1000} s:`);
        for (const spec of gate.specs) say(`    ${spec.target} ${spec.check}: ${JSON.stringify(spec.detail)}`);
      }
      // Not a verdict: the orchestrator needs one to plan the next stage as if this one held.
      return { verdict: 'Successful' as const, failedTargets: [], failedChecks: [] };
    },
    async switchStage(stage: Stage, version: string, targets: PipelineTarget[]) {
      return targets.map((t) => {
        const job = prepareJob({ kind: 'switch', target: t.target, environment: t.environment, stage: stage.name, version, fromVersion: t.fromVersion, ref: o.run.ref, previousGood: undefined, prefixLines: false, planDigest: digest, color: readColor(t.color) }, stage.switch ?? o.plan.deploy, 'switch', o.plan.service);
        say(`  switch ${t.target} → ${t.color ?? '?'}: would run ${describeCommand(job, o.run.workspace)}`);
        return { ...t, state: 'planned', reason: `dry run: would switch traffic to ${t.color ?? '?'}` };
      });
    },
    async rollback(items: RollbackItem[]) {
      return { ok: true, targets: items.map((i) => ({ target: i.target, environment: environmentFor(o.plan, i.target), state: 'planned', reason: 'dry run' })) };
    },
    // Nothing is written in a dry run, so there is no verdict to record and nothing left in flight at the end.
    recordVerdict: () => {},
    notify(e: PipelineEvent) {
      if (!o.routes.channels.length) return;
      say(`  would notify ${o.routes.channels.map((c) => c.name).join(', ')}: ${e.kind}${e.stage ? ` (${e.stage})` : ''}`);
    },
    record: () => {},
    settleRecords: async () => [],
    settleNotifications: async () => [],
  };
}

/** argv as JSON (each element one argument, as it would be passed), with its folder and time limit. */
function describeCommand(job: TargetJob, workspace: string): string {
  const dir = job.command['working-directory'];
  return `${JSON.stringify(job.argv)}${dir ? ` in ${dir}` : ''} (in ${workspace}, timeout ${job.command.timeout})`;
}

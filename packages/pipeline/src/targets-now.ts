import type { TargetAction, TargetNow } from '@stagegate/core';
import type { PipelineTarget, RollbackReport, StageReport } from './pipeline-types.js';

/** One target of the plan after a run: what it runs now, what ran before, what this run did. */
export interface TargetRow extends TargetNow {
  stage: string;
  environment: string;
  /** Its last good version before this run (undefined when this run never looked). */
  previous: string | undefined;
  /** Why, when the run did something other than deploy it cleanly. */
  reason?: string | undefined;
}

/**
 * Every target of the plan, in plan order, with the version live now, the
 * previous good and this run's action. A rolled-back target never shows as
 * deployed; a target whose command failed has no known live version; one
 * this run never touched says so.
 */
export function listTargetsNow(
  planStages: ReadonlyArray<{ name: string; targets: readonly string[] }>,
  stages: readonly StageReport[],
  rollback: RollbackReport | undefined,
  version: string,
): TargetRow[] {
  const deployed = new Map<string, { t: PipelineTarget; s: StageReport }>();
  for (const s of stages) for (const t of s.targets) deployed.set(t.target, { t, s });
  const rolled = new Map((rollback?.targets ?? []).map((t) => [t.target, t]));
  // One row per target: a target of several weighted stages under the last one this run deployed it in.
  const rows = new Map<string, string>();
  for (const stage of planStages) for (const target of stage.targets) if (!rows.has(target) || deployed.get(target)?.s.stage === stage.name) rows.set(target, stage.name);
  return [...rows].map(([target, stageName]): TargetRow => {
    const stage = { name: stageName };
    const d = deployed.get(target);
    const r = rolled.get(target);
    const base = { target, stage: stage.name, environment: d?.t.environment ?? r?.environment ?? '', previous: d?.t.fromVersion ?? r?.toVersion };
    if (r && r.state !== 'skipped') {
      const ok = r.state === 'succeeded';
      // Why it was rolled back: its own failure (command or check), else the stage's or an earlier one's.
      const own = d ? (d.t.state !== 'succeeded' ? d.t.reason : failedChecksOf(d.s, target).join('; ')) : '';
      return { ...base, live: ok ? r.toVersion : undefined, action: ok ? 'rolled back' : 'rollback failed', reason: ok ? own || 'rolled back with the failed stage' : r.reason };
    }
    if (!d) return { ...base, live: undefined, action: 'untouched' };
    const action = actionOf(d.t, d.s);
    // Blue-green: a colour never switched to served no traffic, so the version before still runs there.
    const live = d.t.switched === false ? d.t.fromVersion : action === 'deployed' || action === 'gate failed' ? version : action === 'untouched' || action === 'would deploy' ? d.t.fromVersion : undefined;
    const reason = action === 'gate failed' ? failedChecksOf(d.s, target).join('; ') : action === 'deployed' ? undefined : d.t.reason;
    return { ...base, live, action, reason };
  });
}

function actionOf(t: PipelineTarget, s: StageReport): TargetAction {
  if (t.state === 'planned') return 'would deploy';
  if (t.state === 'skipped') return 'untouched';
  if (t.state === 'cancelled') return 'cancelled';
  if (t.state !== 'succeeded') return 'failed';
  const blamed = failedChecksOf(s, t.target).length > 0 || (s.gate !== 'Successful' && s.gate !== 'skipped' && !s.failedChecks.some((c) => /^[^:\s]+: /.test(c)));
  return blamed ? 'gate failed' : 'deployed';
}

/** The stage's failed checks that name this target (each reads `<target>: …`). */
function failedChecksOf(s: StageReport, target: string): string[] {
  return s.failedChecks.filter((c) => c.startsWith(`${target}:`));
}

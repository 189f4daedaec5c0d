import type { PipelineResult } from './rollout-policy.js';

/** What a run did to one target, as a person reads it in a summary. */
export type TargetAction = 'deployed' | 'gate failed' | 'failed' | 'rolled back' | 'rollback failed' | 'already there' | 'untouched' | 'cancelled' | 'would deploy';

/** One target after a run: what it runs now (undefined when unknown) and what this run did to it. */
export interface TargetNow {
  target: string;
  /** The version live now; undefined when the run cannot know (a failed command, an untouched target). */
  live: string | undefined;
  action: TargetAction;
}

/** The facts a run's headline and next step are made of. */
export interface RolloutFacts {
  service: string;
  version: string;
  result: PipelineResult;
  /** The first failure's cause: `ewr: health 503 (expected 200) — body {…}`. */
  cause?: string | undefined;
  /** The stage that failed (or paused). */
  failedStage?: string | undefined;
  /** The stage after the failed one, when there is one. */
  nextStage?: string | undefined;
  targets: readonly TargetNow[];
  dryRun?: boolean;
}

const OUTCOME: Record<PipelineResult, string> = {
  succeeded: 'is live', 'rolled-back': 'rolled back', 'partially-failed': 'partially failed', paused: 'paused', failed: 'failed', cancelled: 'cancelled',
  frozen: 'stopped by a freeze', held: 'held',
};

/** The outcome in words: "rolled back", "paused", "is live". */
export function describeResult(result: PipelineResult): string {
  return OUTCOME[result];
}

/**
 * What production runs now, grouped by version, untouched targets counted:
 * `v1 on lhr, nrt, ewr; v3 on ord; ord, fra, sin, bom untouched`.
 */
export function describeProduction(targets: readonly TargetNow[]): string {
  const byVersion = new Map<string, string[]>();
  const untouched: string[] = [];
  const unknown: string[] = [];
  for (const t of targets) {
    if (t.action === 'untouched') untouched.push(t.target);
    else if (t.live === undefined) unknown.push(t.target);
    else byVersion.set(t.live, [...(byVersion.get(t.live) ?? []), t.target]);
  }
  const parts = [...byVersion].map(([v, ts]) => `${v} on ${ts.join(', ')}`);
  if (unknown.length) parts.push(`unknown on ${unknown.join(', ')} (its command failed)`);
  if (untouched.length) parts.push(`${untouched.join(', ')} untouched`);
  return parts.join('; ') || 'nothing changed';
}

/**
 * The one line a person reads first: outcome, cause, what production runs
 * now. `trading-api v3 rolled back: ewr: health 503 (expected 200) — body {…}. Production runs v1 on lhr, nrt, ewr; …`
 */
export function describeHeadline(f: RolloutFacts): string {
  const cause = f.result === 'succeeded' || !f.cause ? '' : `: ${f.cause}`;
  return `${f.dryRun ? 'Dry run: ' : ''}${f.service} ${f.version} ${describeResult(f.result)}${cause}. Production runs ${describeProduction(f.targets)}.`;
}

/**
 * The next step as ready commands: resume (`start-at`) or re-run, and the
 * rollback workflow for the targets the new version is still live on.
 */
export function describeNextStep(f: RolloutFacts): string[] {
  const live = f.targets.filter((t) => t.live === f.version && t.action !== 'untouched').map((t) => t.target);
  const rollback = live.length ? `roll back: \`gh workflow run rollback.yml -f targets=${live.join(',')} -f reason="…"\` (a reviewer of the production-rollback environment approves)` : undefined;
  const rerun = (stage: string | undefined): string => stage
    ? `re-run with \`version: ${f.version}\` and \`start-at: ${stage}\` (CLI: \`stagegate run --version ${f.version} --start-at ${stage}\`)`
    : `re-run with \`version: ${f.version}\` (CLI: \`stagegate run --version ${f.version}\`)`;
  switch (f.result) {
    case 'succeeded':
      return f.dryRun ? [`run it for real: ${rerun(undefined).replace(/^re-run/, 'run')}`] : ['nothing to do'];
    case 'paused':
      return [
        `${f.version} is live on ${live.join(', ') || 'no target'}; a person decides`,
        ...(f.nextStage ? [`accept and go on: ${rerun(f.nextStage)}`] : []),
        `gate the stage again: ${rerun(f.failedStage)}`,
        ...(rollback ? [rollback] : []),
      ];
    case 'rolled-back':
      // The version itself is the usual suspect: a fixed version is the way forward, and re-running
      // the same one only makes sense when the cause was outside it (a platform, a dependency).
      return [`deploy a fixed version; if the cause was outside ${f.version}, fix it and ${rerun(live.length ? f.failedStage : undefined)}`, ...(rollback ? [`still on ${f.version} from earlier stages: ${live.join(', ')}; to undo them too, ${rollback}`] : [])];
    case 'partially-failed':
      return [`fix the failed targets, then ${rerun(f.failedStage)}`, ...(rollback ? [rollback] : [])];
    case 'frozen':
      // failedStage is the stage it stopped before: resuming starts there once thawed.
      return [`wait for the thaw (\`stagegate thaw --reason …\` or the freeze action with mode: thaw), then ${rerun(f.failedStage)}`, ...(rollback ? [`to undo ${live.join(', ')} during the freeze (rollbacks still run): ${rollback}`] : [])];
    case 'held':
      return [`${rerun(f.failedStage)} once the window opens (or change the plan's windows)`, ...(rollback ? [rollback] : [])];
    case 'failed':
    case 'cancelled': {
      // Every touched target known to run its old version (a blue-green colour never switched to): nothing to undo.
      const unsure = f.targets.some((t) => t.action !== 'untouched' && (t.live === undefined || t.live === f.version));
      return [`check the targets marked failed or unknown above; ${rollback ?? (unsure ? 'roll back with the rollback workflow' : `nothing to roll back: no target serves ${f.version}`)}`, `then ${rerun(f.failedStage)}`];
    }
  }
}

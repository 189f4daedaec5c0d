import type { PipelineTarget } from './pipeline-types.js';
import type { TrackedTarget } from './rollout-messages.js';

/** What the tracker reads from a deploy or rollback result. */
type TargetResult = Omit<PipelineTarget, 'deploymentId'>;

/** What each target of this run runs now, for the messages: updated as the run deploys, gates and rolls back. */
export interface TargetTracker {
  states(): ReadonlyMap<string, TrackedTarget>;
  deployed(targets: readonly TargetResult[], version: string): void;
  unhealthy(checks: ReadonlyArray<{ target: string; check: string; reason: string }>, version: string): void;
  rollingBack(targets: readonly string[], of: (target: string) => { environment: string; from: string; to?: string | undefined }): void;
  rolledBack(targets: readonly TargetResult[], failedVersion: string): void;
  stillUnhealthy(targets: ReadonlyArray<{ target: string; cause: string }>): void;
  /** Blue-green: what serves traffic while the new version sits on the idle colour (before or without a switch). */
  idle(target: string, runs: string | undefined, note: string): void;
}

/**
 * Tracks what each touched target runs now. Only what this run knows: a
 * failed deploy's target may run either version, and says so; targets the
 * run never touched are absent (messages count them instead of listing them).
 */
export function createTargetTracker(): TargetTracker {
  const map = new Map<string, TrackedTarget>();
  const set = (target: string, environment: string | undefined, runs: string | undefined, note: string): void => {
    map.set(target, { target, environment: environment ?? map.get(target)?.environment ?? '', ...(runs ? { runs } : {}), note });
  };
  return {
    states: () => map,
    deployed(targets, version) {
      for (const t of targets) {
        if (t.state === 'skipped' || t.state === 'planned') continue;
        if (t.state === 'succeeded') set(t.target, t.environment, version, `deployed${t.fromVersion ? ` over ${t.fromVersion}` : ''}`);
        else set(t.target, t.environment, undefined, `deploy of ${version} ${t.state}: ${t.reason}; before it ran ${t.fromVersion ?? 'an unknown version'}`);
      }
    },
    unhealthy(checks, version) {
      for (const target of new Set(checks.map((c) => c.target))) {
        const why = checks.filter((c) => c.target === target).map((c) => `${c.check}: ${c.reason}`).join('; ');
        set(target, undefined, version, `unhealthy: ${why}`);
      }
    },
    rollingBack(targets, of) {
      for (const target of targets) {
        const o = of(target);
        set(target, o.environment, o.from, `rolling back to ${o.to ?? 'its last good version'}`);
      }
    },
    rolledBack(targets, failedVersion) {
      for (const t of targets) {
        if (t.state === 'succeeded') set(t.target, t.environment, t.toVersion, `rolled back from ${failedVersion}`);
        else if (t.state !== 'skipped') set(t.target, t.environment, t.fromVersion, `rollback ${t.state}: ${t.reason}`);
      }
    },
    stillUnhealthy(targets) {
      for (const u of targets) set(u.target, undefined, map.get(u.target)?.runs, `still unhealthy after the rollback: ${u.cause}`);
    },
    idle: (target, runs, note) => set(target, undefined, runs, note),
  };
}

import type { HistoryEvent, HistoryEventBase, HistoryEventKind } from './history-event.js';

/** What a deploy or rollback did on one target, as the deployer reports it. */
export interface TargetOutcomeFacts {
  target: string;
  /** The version the target was sent to. */
  toVersion?: string | undefined;
  /** succeeded, failed, error, cancelled, skipped or planned. */
  state: string;
  reason: string;
  deploymentId?: number | undefined;
}

/** One history event per target of a deploy or rollback: the verdict is the target's state, the detail its reason. */
export function describeTargetEvents(base: HistoryEventBase, kind: HistoryEventKind, stage: string | undefined, targets: readonly TargetOutcomeFacts[], time: string): HistoryEvent[] {
  return targets.map((t) => ({
    time, ...base, kind,
    ...(stage ? { stage } : {}),
    target: t.target,
    ...(t.toVersion ? { version: t.toVersion } : {}),
    verdict: t.state,
    detail: t.reason,
    ...(t.deploymentId !== undefined ? { deploymentId: t.deploymentId } : {}),
  }));
}

/** The journal artifact name of one job of one run attempt: `<prefix>-<run>-<attempt>-<job>` (the job id made name-safe). */
export function journalArtifactName(prefix: string, base: HistoryEventBase): string {
  const job = (base.job || 'job').replace(/[^A-Za-z0-9._-]/g, '_');
  return `${prefix}-${base.run.id}-${base.run.attempt}-${job}`;
}

/**
 * Whether an artifact name is a journal of run `runId` written by attempt
 * `attempt` or an earlier one (a re-run keeps the jobs that passed before).
 * A second step of the same job, or a matrix sibling, adds `-2`, `-3`, … to the name.
 */
export function isJournalOf(name: string, prefix: string, runId: string, attempt: number): boolean {
  if (!name.startsWith(`${prefix}-${runId}-`)) return false;
  const m = /^(\d+)-./.exec(name.slice(prefix.length + runId.length + 2));
  return m !== null && Number(m[1]) <= attempt;
}

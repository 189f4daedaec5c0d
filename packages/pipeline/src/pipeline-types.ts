import type { TargetRow } from './targets-now.js';
import type { DeployOutcome, FreezeState, PipelineResult, Priority, PolicyDecision, RollbackItem, Stage, StageGateVerdict } from '@stagegate/core';
import type { UnrecordedWrite } from '@stagegate/deployer';

/** One target's result within a stage, as the pipeline reports it. */
export interface PipelineTarget {
  target: string;
  environment: string;
  state: string;
  fromVersion?: string | undefined;
  toVersion?: string | undefined;
  reason: string;
  deploymentId?: number | undefined;
  /** Blue-green: the colour deployed to (idle until the switch), the colour live before, and whether traffic was switched. */
  color?: string | undefined;
  fromColor?: string | undefined;
  switched?: boolean | undefined;
}

/** What a stage's deploy step returns to the pipeline. */
export interface StageDeployReport {
  outcome: DeployOutcome;
  targets: PipelineTarget[];
}

/** What a stage's gate returns to the pipeline. */
export interface StageGateReport {
  verdict: StageGateVerdict;
  /** Targets with a failing check. */
  failedTargets: string[];
  /** One line per failed check, for people. */
  failedChecks: string[];
}

/** What a rollback returns to the pipeline. */
export interface RollbackReport {
  /** True when every target is back on a good version (or already was). */
  ok: boolean;
  targets: PipelineTarget[];
}

/** Events the pipeline emits (to notifications and the history). */
export type PipelineEventKind =
  | 'deploy-started' | 'stage-started' | 'stage-succeeded' | 'stage-failed' | 'gate-failed' | 'rollback-started' | 'rollback-succeeded'
  | 'rollback-failed' | 'pipeline-succeeded' | 'pipeline-failed' | 'manual-approval-waiting' | 'gate-finished'
  /** History only: Deployments records the run could not write (a later run can write them). */
  | 'records-missing';

/** One event of a run. */
export interface PipelineEvent {
  kind: PipelineEventKind;
  at: string;
  stage?: string;
  targets?: string[];
  version: string;
  reason?: string;
  verdict?: string;
  result?: PipelineResult;
  /** Overrides the kind's priority for people (a failure under `continue` is P1). */
  priority?: Priority;
}

/**
 * What the pipeline needs from the outside world. The action and the CLI wire
 * these to the deployer, the gate, the notifier and the history; tests may
 * wire them to anything that keeps the same promises.
 */
export interface PipelineDeps {
  /** `budget` aborts when the stage's time budget runs out: stop the running commands. */
  deployStage(stage: Stage, version: string, budget?: AbortSignal): Promise<StageDeployReport>;
  /** Runs the gate; what it blames is written to GitHub only by {@link PipelineDeps.recordVerdict}. `budget` as for deployStage. */
  gateStage(stage: Stage, version: string, targets: string[], budget?: AbortSignal): Promise<StageGateReport>;
  /** The newest freeze record of an environment (readFreeze of @stagegate/github); absent: freezes are not checked. */
  readFreeze?(environment: string): Promise<FreezeState | undefined>;
  /** Waits for a deploy window to open, on a timer the run owns; a cancel ends it early. Default: a plain timer. */
  sleep?(ms: number): Promise<void>;
  /**
   * Rolls targets back. Must start their commands before its first await
   * (production first): the pipeline records and notifies only after calling it.
   */
  rollback(items: RollbackItem[], reason: string, failedVersion: string): Promise<RollbackReport>;
  /** Blue-green: moves traffic to each target's new colour (the stage's `switch`); one result per target switched. */
  switchStage?(stage: Stage, version: string, targets: PipelineTarget[]): Promise<PipelineTarget[]>;
  /** Writes the last gate's verdict on the deployments it blamed, in the background; never throws. */
  recordVerdict(): void;
  /** Runs the gate of each rolled-back target's stage once more; the targets still unhealthy, with the cause. */
  verifyRollback?(targets: PipelineTarget[]): Promise<Array<{ target: string; cause: string }>>;
  /** Sends a notification in the background (fire and track); never throws, never waits. */
  notify(event: PipelineEvent): void;
  /** Appends to the run's history, at once. */
  record(event: PipelineEvent): void;
  /** Waits (bounded) for the Deployments writes still in flight; returns what could not be written. */
  settleRecords(): Promise<UnrecordedWrite[]>;
  /** Waits (bounded) for the notifications still in flight; returns one line per event that reached no channel. */
  settleNotifications(): Promise<string[]>;
  /** True once the run is being cancelled (SIGTERM/SIGINT): no rollback, no pause, result cancelled. */
  cancelled?(): boolean;
  log(line: string): void;
  now(): number;
  /** Set by a dry run: the headline and next step say so. */
  dryRun?: boolean;
}

/** One stage as the pipeline saw it. */
export interface StageReport {
  stage: string;
  deploy: DeployOutcome;
  gate: StageGateVerdict;
  /** The policy's decision, or cancelled when the run was stopped during this stage. */
  decision: PolicyDecision['kind'] | 'cancelled';
  reason?: string;
  /** The failure's cause, observed: `lhr: deploy exited 7 — ERROR: …` or `ewr: health 503 (expected 200) — body …`. */
  cause?: string;
  targets: PipelineTarget[];
  failedChecks: string[];
  durationMs: number;
}

/** The pipeline's result. */
export interface PipelineReport {
  result: PipelineResult;
  version: string;
  /** One line: outcome, cause, what production runs now. */
  headline: string;
  /** Ready commands or links for the person on call. */
  nextStep: string[];
  /** The first failure's cause with its stage, when something failed. */
  cause?: string | undefined;
  /** Every target of the plan, touched or not: live version, previous good, this run's action. */
  targetsNow: TargetRow[];
  /** Every stage of the plan, including those this run never started. */
  plannedStages: Array<{ name: string; targets: string[] }>;
  stages: StageReport[];
  rollback?: RollbackReport & { reason: string; items: RollbackItem[]; stillUnhealthy?: Array<{ target: string; cause: string }> };
  /** Deployments records this run could not write (status, body): a later run can write them. */
  unrecorded: UnrecordedWrite[];
  /** Urgent notifications that reached no channel, one line each. */
  undelivered: string[];
  events: PipelineEvent[];
  durationMs: number;
}

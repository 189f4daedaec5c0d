import type { DeployOutcome, PipelineResult, PolicyDecision, RollbackItem, Stage, StageGateVerdict } from '@stagegate/core';

/** One target's result within a stage, as the pipeline reports it. */
export interface PipelineTarget {
  target: string;
  environment: string;
  state: string;
  fromVersion?: string | undefined;
  toVersion?: string | undefined;
  reason: string;
  deploymentId?: number | undefined;
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
  | 'rollback-failed' | 'pipeline-succeeded' | 'pipeline-failed' | 'manual-approval-waiting' | 'gate-finished';

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
}

/**
 * What the pipeline needs from the outside world. The action and the CLI wire
 * these to the deployer, the gate, the notifier and the history; tests may
 * wire them to anything that keeps the same promises.
 */
export interface PipelineDeps {
  deployStage(stage: Stage, version: string): Promise<StageDeployReport>;
  gateStage(stage: Stage, version: string, targets: string[]): Promise<StageGateReport>;
  rollback(items: RollbackItem[], reason: string, failedVersion: string): Promise<RollbackReport>;
  /** Sends a notification; must not throw for a failed delivery (the notifier records it). */
  notify(event: PipelineEvent): Promise<void>;
  /** Appends to the run's history. */
  record(event: PipelineEvent): Promise<void>;
  log(line: string): void;
  now(): number;
}

/** One stage as the pipeline saw it. */
export interface StageReport {
  stage: string;
  deploy: DeployOutcome;
  gate: StageGateVerdict;
  decision: PolicyDecision['kind'];
  reason?: string;
  targets: PipelineTarget[];
  failedChecks: string[];
  durationMs: number;
}

/** The pipeline's result. */
export interface PipelineReport {
  result: PipelineResult;
  version: string;
  stages: StageReport[];
  rollback?: RollbackReport & { reason: string; items: RollbackItem[] };
  events: PipelineEvent[];
  durationMs: number;
}

import type { Color, Plan } from '@stagegate/core';
import type { DeploymentStore } from '@stagegate/github';
import type { RecordKeeper } from './record-keeper.js';
import type { CommandRunner } from './run-command.js';

/** Where the deploy output and progress go (core.info / startGroup in an action, a buffer in tests). */
export interface DeployLog {
  info(line: string): void;
  warning(line: string): void;
  /** Opens a foldable group; groups cannot nest or interleave, so parallel targets use prefixes instead. */
  startGroup(name: string): void;
  endGroup(): void;
}

/** A clock in milliseconds (injected so durations are testable). */
export interface Clock {
  now(): number;
}

/** The workflow run doing the work: recorded in payloads and used as log_url. */
export interface RunInfo {
  id: string;
  attempt: number;
  /** Link to this run attempt's log. */
  url: string;
  /** The ref or sha to deploy (GITHUB_SHA unless overridden). */
  ref: string;
  /** The checkout folder; command working directories are relative to it. */
  workspace: string;
}

/** How one target ended. */
export type TargetState = 'succeeded' | 'failed' | 'error' | 'cancelled' | 'skipped' | 'planned';

/** One target's line in a result and in the step summary. */
export interface TargetOutcome {
  target: string;
  environment: string;
  /** The GitHub deployment recorded, or undefined when none was created. */
  deploymentId: number | undefined;
  /** What the target ran before (its last known good for a deploy, its current version for a rollback). */
  fromVersion: string | undefined;
  toVersion: string | undefined;
  state: TargetState;
  /** Why it ended so: exit code, timeout, cancelled, no known good version… */
  reason: string;
  durationMs: number;
  logUrl: string;
  /** For a deploy: the deployment of the version it replaced (its last known good), so a rollback needs no lookup. */
  previousGood?: { deploymentId: number; sha: string } | undefined;
  /** Blue-green: the colour this job deployed to, switched to, or (a rollback) switched traffic back to. */
  color?: Color | undefined;
  /** Blue-green deploy: the colour serving traffic before it (undefined on a first deploy). */
  fromColor?: Color | undefined;
}

/** What every deploy or rollback call needs besides its own options. */
export interface DeployDeps {
  plan: Plan;
  store: DeploymentStore;
  run: RunInfo;
  /** Runs a command; default {@link runCommand} (own process group, killable). */
  exec?: CommandRunner;
  clock?: Clock;
  log: DeployLog;
  /** Aborted when the job is cancelled: no new target starts, running ones are killed and marked error. */
  signal?: AbortSignal;
  /** Print what would be done, touch nothing. */
  dryRun?: boolean;
  /** Extra environment for commands (default process.env without INPUT_* variables). */
  env?: Record<string, string | undefined>;
  /**
   * Where a rollback's Deployments records are written in the background
   * (the pipeline settles it at its end). Without one, a rollback still runs
   * its command first but waits for its records before it returns.
   */
  records?: RecordKeeper;
  /**
   * Called at the first refusal of a rollback's deployment (before its retries): unless a retry
   * gets through, nothing in GitHub says the version it replaced was rolled back there, so the
   * caller marks that version's deployment instead.
   */
  onRollbackUnrecorded?: (target: string) => void;
}

/** A log that drops everything (for callers that do not care). */
export const SILENT_LOG: DeployLog = { info: () => {}, warning: () => {}, startGroup: () => {}, endGroup: () => {} };

/** The real clock. */
export const SYSTEM_CLOCK: Clock = { now: () => Date.now() };

import type { TargetStatus } from './deployment-facts.js';
import type { HistoryEvent } from './history-event.js';
import { findOpenRollout, type RolloutRun } from './rollout-runs.js';

/**
 * `deploy-status.json`: what runs where and what the rollout is doing, in one
 * file a dashboard, a script or another workflow can read without the API.
 * Built from the per-target status (the Deployments API, see
 * computeTargetStatus) and the run history (events); pure. The fields are
 * documented for users in docs/status-file.md.
 */

/** What a target (or the whole service) is doing. */
export const DEPLOY_STATES = ['idle', 'deploying', 'gating', 'paused', 'rolling-back', 'frozen'] as const;
/** One of {@link DEPLOY_STATES}. */
export type DeployState = (typeof DEPLOY_STATES)[number];

/** Who froze deployments, why and when (the freeze record, read by the caller). */
export interface FreezeInfo {
  reason: string;
  actor: string;
  at: string;
}

/** One target in the status file. */
export interface StatusFileTarget {
  target: string;
  environment: string;
  /** The version live now (undefined: none known good). */
  version?: string;
  /** When it went live. */
  since?: string;
  /** The good version before it: what a rollback returns to. */
  previous?: string;
  state: DeployState;
  /** The version being rolled out to it, while a deployment is running. */
  rollingOut?: string;
  /** Its newest deployment failed and nothing has replaced it yet. */
  failing: boolean;
  /** A blue-green target: the colour serving traffic. */
  color?: 'blue' | 'green';
}

/** The rollout a run has not finished (in progress or paused). */
export interface StatusFileRollout {
  version: string;
  /** The stage it is in (or paused after). */
  stage?: string;
  /** The stage it goes to next (resume with start-at for a paused one). */
  nextStage?: string;
  state: DeployState;
  run: { id: string; attempt: number };
  startedAt: string;
}

/** The whole file. */
export interface DeployStatusFile {
  /** Format version of this file: 1. */
  format: 1;
  generatedAt: string;
  service?: string;
  repository?: string;
  /** The service's state: frozen, the open rollout's state, else idle. */
  state: DeployState;
  frozen?: FreezeInfo;
  rollout?: StatusFileRollout;
  /** The newest rollout that ended: its version, result and when. */
  lastRollout?: { version: string; result: string; run: { id: string; attempt: number }; finishedAt: string };
  targets: StatusFileTarget[];
}

/** What the builder needs. */
export interface DeployStatusInput {
  now: Date;
  service?: string;
  repository?: string;
  /** The plan's stages in order: the next stage and a stage's targets come from here. */
  stages?: ReadonlyArray<{ name: string; targets: readonly string[] }>;
  /** Per target, from the Deployments API (or the local store). */
  statuses: readonly TargetStatus[];
  /** The run history, any order (a missing history only loses the rollout's phase). */
  events?: readonly HistoryEvent[];
  /** The freeze in force, when there is one. */
  frozen?: FreezeInfo;
}

/**
 * Builds the status file. A target's state: rolling-back while a rollback of
 * the open rollout covers it (rollbacks run during a freeze too), else frozen
 * when deployments are frozen, else the open rollout's phase for the targets
 * of its stage (paused: the targets it left on its version), else deploying
 * when a deployment of it is still running, else idle.
 */
export function buildDeployStatus(input: DeployStatusInput): DeployStatusFile {
  const { open, last } = findOpenRollout(input.events ?? [], input.now);
  const stageTargets = (name: string | undefined): readonly string[] => input.stages?.find((s) => s.name === name)?.targets ?? [];
  const targetState = (s: TargetStatus): DeployState => {
    if (open?.state === 'rolling-back' && open.rollingBack.includes(s.target)) return 'rolling-back';
    if (input.frozen) return 'frozen';
    if (open?.state === 'paused' && s.version === open.version) return 'paused';
    if (open && (open.state === 'deploying' || open.state === 'gating') && (stageTargets(open.stage).includes(s.target) || open.stageTargets.includes(s.target))) return open.state;
    return s.inProgress ? 'deploying' : 'idle';
  };
  const targets = input.statuses.map((s): StatusFileTarget => ({
    target: s.target, environment: s.environment,
    ...(s.version !== undefined ? { version: s.version } : {}),
    ...(s.since !== undefined ? { since: s.since } : {}),
    ...(s.previous !== undefined ? { previous: s.previous } : {}),
    state: targetState(s),
    ...(s.rollingOut !== undefined ? { rollingOut: s.rollingOut } : {}),
    failing: s.failing,
    ...(s.color ? { color: s.color } : {}),
  }));
  const state: DeployState = open?.state === 'rolling-back' ? 'rolling-back' : input.frozen ? 'frozen' : (open?.state ?? (targets.some((t) => t.state === 'deploying') ? 'deploying' : 'idle'));
  return {
    format: 1,
    generatedAt: input.now.toISOString(),
    ...(input.service ? { service: input.service } : {}),
    ...(input.repository ? { repository: input.repository } : {}),
    state,
    ...(input.frozen ? { frozen: input.frozen } : {}),
    ...(open ? { rollout: describeRollout(open, input.stages) } : {}),
    ...(last ? { lastRollout: { version: last.version, result: last.result ?? 'unknown', run: last.run, finishedAt: last.lastAt } } : {}),
    targets,
  };
}

function describeRollout(open: RolloutRun, stages: DeployStatusInput['stages']): StatusFileRollout {
  const at = stages?.findIndex((s) => s.name === open.stage) ?? -1;
  const next = at >= 0 ? stages?.[at + 1]?.name : undefined;
  return {
    version: open.version,
    ...(open.stage ? { stage: open.stage } : {}),
    // A rollout rolling back goes nowhere next.
    ...(next && open.state !== 'rolling-back' ? { nextStage: next } : {}),
    state: open.state,
    run: open.run,
    startedAt: open.startedAt,
  };
}

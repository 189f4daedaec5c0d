import { decideSwitchBack, isBlueGreen, readColor, stageOfTarget, type Color, type Command, type Plan } from '@stagegate/core';
import type { DeploymentStore, TargetInspection } from '@stagegate/github';
import type { TargetJob } from './deploy-target.js';
import type { TargetOutcome } from './types.js';

/** A rollback's job, or the outcome of a target that needs none (or cannot have one). */
export type RollbackDecision = { outcome: TargetOutcome } | { job: TargetJob };
/** What a rollback job is made of before its command is filled. */
export type RollbackBasics = Omit<TargetJob, 'argv' | 'commandEnv' | 'command' | 'planDigest' | 'prefixLines'>;
/** Fills a command (the rollback command unless another is given) into a rollback job. */
export type FillJob = (basics: RollbackBasics, via?: { command: Command; path: string }) => TargetJob;
/** Turns a rollback's basics into a decision. */
export type ToJob = (basics: RollbackBasics) => RollbackDecision;

/** The colours a blue-green rollback decides from. */
export interface SwitchBackColors {
  /** The colour the version being rolled back is on. */
  current: Color | undefined;
  /** The colour the version to go back to is on. */
  previous: Color | undefined;
  /** When read: the version last deployed to `previous` (a run that deployed to the other colour knows it is unchanged). */
  holder?: string | undefined;
}

/**
 * The rollback job maker of a target: for a blue-green stage, a run of its
 * `switch` command back to the previous colour (no redeploy: that colour
 * still holds the previous version), or a failed outcome saying why it
 * cannot switch back; for a rolling stage, the rollback command.
 */
export function makeRollbackJob(plan: Plan, target: string, fill: FillJob, colors: () => SwitchBackColors, logUrl: string): ToJob {
  const stage = stageOfTarget(plan, target);
  const index = plan.stages.findIndex((s) => s.name === stage?.name);
  if (!stage?.switch || !isBlueGreen(stage)) return (basics) => ({ job: fill(basics) });
  const command = stage.switch;
  return (basics) => {
    const c = colors();
    const back = decideSwitchBack({ current: c.current, previous: { version: basics.version, color: c.previous }, ...('holder' in c ? { holder: c.holder } : {}) });
    if (back.kind === 'switch') return { job: fill({ ...basics, color: back.color }, { command, path: `stages[${index}].switch` }) };
    return {
      outcome: {
        target, environment: basics.environment, deploymentId: undefined, fromVersion: basics.fromVersion, toVersion: undefined, state: 'failed', durationMs: 0, logUrl,
        reason: `cannot switch ${target} back to ${basics.version}: ${back.reason}; ${basics.fromVersion ?? 'the version being rolled back'} may still serve traffic there`,
      },
    };
  };
}

/**
 * The colours of a looked-up blue-green target: the newest deployment's, the
 * good one's, and (one request: the environment's newest 100 deployments) the
 * version last deployed to the good one's colour, which a switch back would
 * serve. Undefined for a rolling target (nothing to read).
 */
export async function readSwitchBackColors(plan: Plan, store: DeploymentStore, target: string, environment: string, seen: TargetInspection, toVersion: string | undefined): Promise<SwitchBackColors | undefined> {
  if (!isBlueGreen(stageOfTarget(plan, target))) return undefined;
  const proof = toVersion !== undefined ? seen.wantedProof : seen.lastGood;
  const previous = readColor(proof?.deployment.payload?.color);
  const current = readColor(seen.current?.deployment.payload?.color);
  if (previous === undefined) return { current, previous };
  // Unreadable: no holder is known, so no switch back (serving an unknown version is no rollback).
  const rows = await store.listPage({ environment }, 1, 100).catch(() => []);
  // A rollback only moves traffic; what a colour holds is its newest deploy's version.
  const holder = rows.find((d) => d.task === 'deploy' && d.payload?.service === plan.service && readColor(d.payload?.color) === previous)?.payload?.version;
  return { current, previous, holder };
}

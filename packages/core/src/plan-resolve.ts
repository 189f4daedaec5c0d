import { createHash } from 'node:crypto';
import { ConfigError } from './errors.js';
import type { Check } from './check-schema.js';
import type { Command, Plan, Stage } from './plan-schema.js';
import { fillPlaceholders } from './placeholders.js';

/** Finds a stage by name, or throws a ConfigError naming the input and the stages that exist. */
export function findStage(plan: Plan, name: string, inputName = 'stage'): Stage {
  const stage = plan.stages.find((s) => s.name === name);
  if (!stage) throw new ConfigError([{ path: `input ${inputName}`, message: `expected one of the plan's stages (${plan.stages.map((s) => s.name).join(', ')}); got ${JSON.stringify(name)}` }]);
  return stage;
}

/** The first stage a target is in (a target in several weighted stages is in each of them). */
export function stageOfTarget(plan: Plan, target: string): Stage | undefined {
  return plan.stages.find((s) => s.targets.includes(target));
}

/** Every target of the plan once, in rollout order (a target of several weighted stages at its first). */
export function allTargets(plan: Plan): string[] {
  return [...new Set(plan.stages.flatMap((s) => s.targets))];
}

/** The GitHub environment of a target: the stage's template, else the plan's (default production/{target}). */
export function environmentFor(plan: Plan, target: string, stage?: Stage): string {
  const st = stage ?? stageOfTarget(plan, target);
  const template = st?.environment ?? plan.environment;
  return fillPlaceholders(template, { target, stage: st?.name ?? '', service: plan.service });
}

/** The gate's checks: the profile's, then the inline ones. */
export function gateChecks(plan: Plan, stage: Stage): Check[] {
  const gate = stage.gate;
  if (!gate) return [];
  const fromProfile = gate.profile ? (plan.checks[gate.profile] ?? []) : [];
  return [...fromProfile, ...(gate.checks ?? [])];
}

/** The rollback command: the plan's, or the deploy command run with the previous version. */
export function rollbackCommand(plan: Plan): Command {
  if (plan.rollback) return plan.rollback;
  return { ...plan.deploy, run: plan.deploy.run.map((a) => a.replaceAll('{version}', '{previous}')) };
}

/**
 * A short digest of the plan as parsed (defaults applied, keys sorted), recorded
 * in each deployment so a reader can tell which plan produced it.
 */
export function planDigest(plan: Plan): string {
  return createHash('sha256').update(canonicalJson(plan)).digest('hex').slice(0, 16);
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

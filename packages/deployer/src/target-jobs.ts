import { ConfigError, fillArgv, fillPlaceholders, type Command, type PlaceholderValues } from '@stagegate/core';
import type { TargetJob } from './deploy-target.js';
import type { TargetOutcome, TargetState } from './types.js';

/** Everything about a job except the filled command. */
export type JobBasics = Omit<TargetJob, 'argv' | 'commandEnv' | 'command'>;

/**
 * Fills a plan command for one target: each argv element and env value on its
 * own, so a version is only ever one argv element. A placeholder without a
 * value (say {previous} for a target never deployed) is the plan's mistake,
 * reported before any deployment is created.
 */
export function prepareJob(basics: JobBasics, command: Command, commandPath: string, service: string): TargetJob {
  // A rollback puts {previous} (the good version) back, so both placeholders name it there.
  const previous = basics.kind === 'rollback' ? basics.version : basics.fromVersion;
  const values: PlaceholderValues = { target: basics.target, version: basics.version, stage: basics.stage, environment: basics.environment, service };
  if (previous !== undefined) values.previous = previous;
  if (basics.color !== undefined) values.color = basics.color;
  // Without a stage weight a deploy gives the version all the traffic and a rollback takes it all away.
  values.weight = String(basics.weight ?? (basics.kind === 'rollback' ? 0 : 100));
  try {
    const commandEnv: Record<string, string> = {
      STAGEGATE_TARGET: basics.target,
      STAGEGATE_VERSION: basics.version,
      STAGEGATE_STAGE: basics.stage,
      STAGEGATE_ENVIRONMENT: basics.environment,
      ...(basics.color ? { STAGEGATE_COLOR: basics.color } : {}),
    };
    for (const [k, v] of Object.entries(command.env ?? {})) commandEnv[k] = fillPlaceholders(v, values);
    return { ...basics, argv: fillArgv(command.run, values), commandEnv, command };
  } catch (e) {
    throw new ConfigError([{ path: `${commandPath}.run`, message: `cannot fill the command for target ${basics.target}: ${(e as Error).message}` }]);
  }
}

/** An outcome for a target that never started (cancelled before its turn). */
export function describeNotStarted(basics: Pick<TargetJob, 'target' | 'environment' | 'fromVersion' | 'version'>, state: TargetState, reason: string, logUrl: string): TargetOutcome {
  return { target: basics.target, environment: basics.environment, deploymentId: undefined, fromVersion: basics.fromVersion, toVersion: basics.version, state, reason, durationMs: 0, logUrl };
}

/**
 * The result of a set of targets: cancelled when any was cancelled, succeeded
 * when every target succeeded (or was skipped or planned), failed when none
 * did, partially-failed otherwise.
 */
export function summarizeOutcomes(outcomes: ReadonlyArray<{ state: string }>): 'succeeded' | 'failed' | 'partially-failed' | 'cancelled' {
  if (outcomes.some((o) => o.state === 'cancelled')) return 'cancelled';
  const ok = outcomes.filter((o) => o.state === 'succeeded' || o.state === 'skipped' || o.state === 'planned').length;
  if (ok === outcomes.length) return 'succeeded';
  return ok === 0 ? 'failed' : 'partially-failed';
}

/**
 * Runs `work` over `items` with at most `limit` at once, in order of the
 * items. A task may call `release()` to free its slot before it resolves (a
 * deploy frees its slot when its command ends, while its final status is
 * still being written). Once `signal` is aborted no new item starts; items not
 * started get `onSkipped`'s value, so every item has a result.
 */
export async function runPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number, release: () => void) => Promise<R>,
  options: { signal?: AbortSignal; onSkipped: (item: T, index: number) => R },
): Promise<R[]> {
  const results: Array<Promise<R>> = new Array<Promise<R>>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      const item = items[i] as T;
      if (options.signal?.aborted) {
        results[i] = Promise.resolve(options.onSkipped(item, i));
        continue;
      }
      let release!: () => void;
      const released = new Promise<void>((r) => (release = r));
      const task = work(item, i, release);
      results[i] = task;
      // Whichever comes first frees the slot; a failure surfaces from Promise.all below.
      await Promise.race([released, task.then(() => undefined, () => undefined)]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return Promise.all(results);
}

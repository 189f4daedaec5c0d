import { ConfigError } from '../errors.js';

/**
 * Fan-out of a stage over GitHub Actions jobs: its targets cut into shards,
 * one matrix job each. The cut is a pure function of the stage's targets and
 * the shard size, so the plan step, every shard job and the join step all see
 * the same shards without passing them around.
 */

/** One shard of a stage: its label ("3/10") and its targets, in plan order. */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
  /** "3/10": what a person reads in the job's name and in the join's summary. */
  label: string;
  targets: string[];
}

/** GitHub runs at most 256 jobs from one matrix. */
export const MAX_MATRIX_JOBS = 256;

/** Default shard size of the plan and join actions. */
export const DEFAULT_SHARD_SIZE = 50;

/**
 * Cuts targets into ceil(n / size) shards whose sizes differ by at most one
 * (500 in 50s: ten of 50; 101 in 50s: 34, 34, 33 rather than 50, 50, 1), each
 * a contiguous run in plan order, the larger shards first. Stable: the same
 * targets and size always give the same shards. More shards than a matrix
 * allows is the workflow's mistake, named with the size that would fit.
 */
export function shardTargets(targets: readonly string[], size: number, inputName = 'shard-size'): Shard[] {
  if (!Number.isInteger(size) || size < 1) throw new ConfigError([{ path: `input ${inputName}`, message: `expected a whole number >= 1; got ${size}` }]);
  const count = Math.ceil(targets.length / size);
  if (count > MAX_MATRIX_JOBS) {
    const fits = Math.ceil(targets.length / MAX_MATRIX_JOBS);
    throw new ConfigError([{ path: `input ${inputName}`, message: `${targets.length} targets in shards of ${size} make ${count} jobs, more than the ${MAX_MATRIX_JOBS} a matrix allows; use a shard-size of at least ${fits}` }]);
  }
  const base = Math.floor(targets.length / count);
  const larger = targets.length % count;
  const shards: Shard[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const take = base + (i < larger ? 1 : 0);
    shards.push({ index: i + 1, count, label: `${i + 1}/${count}`, targets: targets.slice(at, at + take) });
    at += take;
  }
  return shards;
}

/** One entry of the matrix: what a shard job reads as `matrix.shard` and `matrix.targets`. */
export interface ShardMatrixEntry {
  shard: string;
  /** Comma-separated, as run-stage's and health-gate's `targets` inputs take them. */
  targets: string;
}

/** The matrix for `strategy.matrix: ${{ fromJSON(...) }}`: one `include` entry per shard. */
export function describeShardMatrix(shards: readonly Shard[]): { include: ShardMatrixEntry[] } {
  return { include: shards.map((s) => ({ shard: s.label, targets: s.targets.join(',') })) };
}

/** The shard label of each target (for the join's summary: which shard failed). */
export function indexShards(shards: readonly Shard[]): Map<string, string> {
  return new Map(shards.flatMap((s) => s.targets.map((t) => [t, s.label] as const)));
}

/**
 * A shard's targets as a run-stage or health-gate job was given them: every
 * one must belong to the stage, none twice. Returns them in the order given.
 */
export function checkShardTargets(stageName: string, stageTargets: readonly string[], given: readonly string[], inputName = 'targets'): string[] {
  const known = new Set(stageTargets);
  const strangers = given.filter((t) => !known.has(t));
  if (strangers.length) throw new ConfigError([{ path: `input ${inputName}`, message: `expected targets of stage ${stageName}; got ${strangers.map((t) => JSON.stringify(t)).join(', ')}, which it does not have` }]);
  const twice = given.filter((t, i) => given.indexOf(t) !== i);
  if (twice.length) throw new ConfigError([{ path: `input ${inputName}`, message: `expected each target once; got ${[...new Set(twice)].join(', ')} more than once` }]);
  return [...given];
}

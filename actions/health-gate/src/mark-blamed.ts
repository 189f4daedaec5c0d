import { ConfigError, type CheckResult, type Verdict } from '@stagegate/core';
import { cutDescription, type DeploymentStore } from '@stagegate/github';

/**
 * health-gate's record of what it blames: the deployments of this version on
 * the targets whose checks Failed are marked `failure`, with the check and
 * what it observed, so GitHub's Deployments page, last-known-good and DORA
 * all see the failure (the one rule for bad). Nothing here reads inputs.
 */

/** One blamed target, with the checks that failed there. */
export interface Blame {
  target: string;
  checks: CheckResult[];
}

/**
 * The targets a gate blames: those with a Failed check. Inconclusive blames
 * no one (nothing was proven), and a check that ended in Error blames the
 * probe, not the version.
 */
export function findBlamedTargets(verdict: Verdict, checks: readonly CheckResult[]): Blame[] {
  if (verdict === 'Inconclusive' || verdict === 'Successful') return [];
  const byTarget = new Map<string, CheckResult[]>();
  for (const c of checks) if (c.verdict === 'Failed') byTarget.set(c.target, [...(byTarget.get(c.target) ?? []), c]);
  return [...byTarget].map(([target, failed]) => ({ target, checks: failed }));
}

/** The status description: which check failed and what it saw, cut to GitHub's 140 characters. */
export function describeBlame(blame: Blame, stage: string | undefined): string {
  const parts = blame.checks.map((c) => `${c.check}: ${c.reason}${c.lastValue === null ? '' : ` (last value ${c.lastValue})`}`);
  return cutDescription(`health gate${stage ? ` ${stage}` : ''} failed on ${blame.target}: ${parts.join('; ')}`);
}

/**
 * Parses run-stage's `deployment-ids` output (`{"lhr": 123, …}`); empty gives
 * an empty map. A malformed value is the workflow's mistake: a ConfigError
 * naming the input.
 */
export function parseDeploymentIds(text: string, inputName = 'deployment-ids'): Map<string, number> {
  if (!text.trim()) return new Map();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const ok = !!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => Number.isSafeInteger(v) && (v as number) > 0);
  if (!ok) throw new ConfigError([{ path: `input ${inputName}`, message: `expected run-stage's deployment-ids output, a JSON object of target to deployment id such as {"lhr": 123}; got ${JSON.stringify(text.slice(0, 80))}` }]);
  return new Map(Object.entries(value as Record<string, number>));
}

/** What {@link markBlamedDeployments} needs. */
export interface MarkOptions {
  store: DeploymentStore;
  blamed: readonly Blame[];
  /** The GitHub environment of each blamed target. */
  environmentOf: (target: string) => string;
  /** From run-stage's output; targets missing here are found by the version in the payloads. */
  deploymentIds: ReadonlyMap<string, number>;
  service?: string;
  version?: string;
  stage?: string;
  /** Link to this run, shown on the status. */
  logUrl?: string;
  /** Whole-marking deadline: GitHub slow or down never holds the job longer. Default 30 s. */
  timeoutMs?: number;
}

/** What was marked, and what could not be. */
export interface MarkResult {
  marked: Array<{ target: string; deploymentId: number; description: string }>;
  /** Blamed targets left unmarked, with why (nothing found, GitHub refused, deadline). */
  unmarked: Array<{ target: string; reason: string }>;
}

/**
 * Marks `failure` on each blamed target's deployment of this version: the id
 * run-stage gave, else the newest deployment of this service and version in
 * the target's environment (one page, newest 100). Targets are marked in
 * parallel; a failure on one never stops the others, and the whole is bounded
 * by `timeoutMs` with a timer of our own.
 */
export async function markBlamedDeployments(options: MarkOptions): Promise<MarkResult> {
  const result: MarkResult = { marked: [], unmarked: [] };
  const pending = new Set(options.blamed.map((b) => b.target));
  const work = Promise.all(options.blamed.map(async (blame) => {
    try {
      const id = options.deploymentIds.get(blame.target) ?? (await findDeploymentOfVersion(options, blame.target));
      if (id === undefined) {
        result.unmarked.push({ target: blame.target, reason: options.version ? `no deployment of ${options.version} found in ${options.environmentOf(blame.target)}` : 'no deployment-ids and no version to find its deployment by' });
        return;
      }
      const description = describeBlame(blame, options.stage);
      await options.store.setStatus(id, 'failure', { description, logUrl: options.logUrl, autoInactive: false });
      result.marked.push({ target: blame.target, deploymentId: id, description });
    } catch (e) {
      result.unmarked.push({ target: blame.target, reason: (e as Error).message });
    } finally {
      pending.delete(blame.target);
    }
  }));
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), options.timeoutMs ?? 30_000); });
  const ended = await Promise.race([work.then(() => 'done' as const), deadline]);
  clearTimeout(timer);
  if (ended === 'timeout') for (const target of pending) result.unmarked.push({ target, reason: `GitHub did not answer within ${Math.round((options.timeoutMs ?? 30_000) / 1000)}s` });
  return { marked: [...result.marked], unmarked: [...result.unmarked] };
}

/** The newest deployment of this service and version in the target's environment (first page only: a bound). */
async function findDeploymentOfVersion(options: MarkOptions, target: string): Promise<number | undefined> {
  if (!options.version) return undefined;
  const rows = await options.store.listPage({ environment: options.environmentOf(target) }, 1, 100);
  const hit = rows.find((d) => d.payload && d.task === 'deploy' && d.payload.version === options.version && d.payload.target === target
    && (options.service === undefined || d.payload.service === options.service));
  return hit?.id;
}

/**
 * The one rule for "bad", shared by last-known-good, status, history and DORA:
 * a version is bad on a target if any of its deployments there has a
 * `failure`/`error` status (in any status of its list, not only the newest:
 * GitHub may retire a failed deployment as `inactive`) or was rolled back (a
 * `deploy:rollback` deployment's payload names the version it replaces). A
 * failed rollback does not make the version it returned to bad.
 * Pure: callers pass the deployments they read.
 */

/** States that mean the deployment failed. */
export const FAILED_STATES: ReadonlySet<string> = new Set(['failure', 'error']);

/** What the rule needs to know about one deployment. */
export interface BadRuleFact {
  id: number;
  target: string;
  version: string;
  kind: 'deploy' | 'rollback';
  /** For a rollback: the version (and deployment) it replaces. */
  replaces?: { version: string; deploymentId?: number };
  /** Newest status state, when read. */
  state?: string;
  /** Every status read, newest first (undefined: only `state` was read). */
  statuses?: ReadonlyArray<{ state: string; at: string }>;
}

/** Whether any status of the deployment read so far is `failure` or `error`. */
export function hasFailedStatus(f: BadRuleFact): boolean {
  return FAILED_STATES.has(f.state ?? '') || (f.statuses ?? []).some((s) => FAILED_STATES.has(s.state));
}

/** The time of the first failing status, when one was read. */
export function firstFailureAt(f: { statuses?: ReadonlyArray<{ state: string; at: string }> }): string | undefined {
  const failed = (f.statuses ?? []).filter((s) => FAILED_STATES.has(s.state));
  return failed.at(-1)?.at; // newest first: the last one is the first failure
}

/** The key of a (target, version) pair in a set of bad versions. */
export function badKey(target: string, version: string): string {
  return `${target}\u0000${version}`;
}

/**
 * Adds to `into` every (target, version) the facts show bad: a failing status
 * anywhere in a deployment's list, a rollback naming the version it replaced,
 * or an id known to have failed from elsewhere (run histories). Facts can be
 * fed in any order and in several calls, so a newest-first scan can stop early.
 */
export function collectBadVersions(facts: Iterable<BadRuleFact>, failedIds: ReadonlySet<number> = new Set(), into: Set<string> = new Set()): Set<string> {
  for (const f of facts) {
    if (f.kind === 'deploy' && (hasFailedStatus(f) || failedIds.has(f.id))) into.add(badKey(f.target, f.version));
    if (f.kind === 'rollback' && f.replaces) into.add(badKey(f.target, f.replaces.version));
    // A rollback that itself failed says nothing against the version it was returning to: the
    // command, the platform or the network failed, not that version. Blaming it would leave a
    // later manual rollback with nothing to return to (issue 11: "never blame the good version").
  }
  return into;
}

/** Whether `version` is bad on `target` by the set {@link collectBadVersions} made. */
export function isVersionBad(bad: ReadonlySet<string>, target: string, version: string): boolean {
  return bad.has(badKey(target, version));
}

/** The deployment ids rollbacks replaced: by the id in the payload, else the newest deploy of that version on the target before the rollback. */
export function findRolledBackIds<T extends BadRuleFact & { createdAt: string }>(facts: readonly T[]): Set<number> {
  const out = new Set<number>();
  const deploys = facts.filter((f) => f.kind === 'deploy');
  for (const rb of facts) {
    if (rb.kind !== 'rollback' || !rb.replaces) continue;
    if (rb.replaces.deploymentId !== undefined) {
      out.add(rb.replaces.deploymentId);
      continue;
    }
    const before = deploys.filter((f) => f.target === rb.target && f.version === rb.replaces?.version && Date.parse(f.createdAt) <= Date.parse(rb.createdAt));
    const victim = before.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id)[0];
    if (victim) out.add(victim.id);
  }
  return out;
}

/**
 * A predicate telling whether one deployment failed: a failing status in its
 * list, a rollback that replaced it, or a failure known from elsewhere.
 */
export function makeFailureTest<T extends BadRuleFact & { createdAt: string }>(facts: readonly T[], failedIds: ReadonlySet<number> = new Set()): (f: T) => boolean {
  const rolledBack = findRolledBackIds(facts);
  return (f) => hasFailedStatus(f) || rolledBack.has(f.id) || failedIds.has(f.id);
}

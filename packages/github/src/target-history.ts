import type { DeploymentRecord, DeploymentStore, StatusRecord } from './deployment-store.js';
import { judgeNext, listBadVersions, type LastKnownGood } from './last-known-good.js';
import { createPreviousVersionReader } from './previous-versions.js';

/** One of our deployments with its newest status. */
export interface ObservedDeployment {
  version: string;
  deployment: DeploymentRecord;
  /** Undefined when the deployment has no status at all. */
  status: StatusRecord | undefined;
}

/** What a rollback needs to know about one target, read newest first. */
export interface TargetInspection {
  /** Our newest deployment of the environment: what the target runs (or tried to run) now. */
  current: ObservedDeployment | undefined;
  /** The version to go back to, or undefined when no good version is known. */
  lastGood: LastKnownGood | undefined;
  /** When `wantVersion` was asked: the newest deployment that proved it good here. */
  wantedProof: ObservedDeployment | undefined;
  /** Versions skipped because they failed here after their last success. */
  failedVersions: string[];
  /** Deployments whose status was read (one request each). */
  examined: number;
}

/** Options of {@link inspectTarget}. */
export interface InspectTargetOptions {
  service?: string;
  /** Versions never to return as last known good (the version being rolled back). */
  exclude?: readonly string[];
  /** A version given by hand: look for a successful deployment of it too. */
  wantVersion?: string;
  /** Bound on deployments examined. Default 1000. */
  maxExamined?: number;
}

/**
 * Reads a target's history for a rollback: what it runs now, its last known
 * good version and, for a manual rollback, proof that a wanted version once
 * succeeded here. When the newest deployment is a plain deploy, its version is
 * the one being rolled back and never counts as good; when it is a successful
 * rollback, it is the good version (so a second rollback is a no-op).
 */
export async function inspectTarget(store: DeploymentStore, environment: string, options: InspectTargetOptions = {}): Promise<TargetInspection> {
  const exclude = new Set(options.exclude ?? []);
  const bad = new Set<string>();
  const max = options.maxExamined ?? 1000;
  const out: TargetInspection = { current: undefined, lastGood: undefined, wantedProof: undefined, failedVersions: [], examined: 0 };
  let listed = 0;
  for await (const d of store.listDeployments({ environment })) {
    // Other tools' and services' deployments cost no status read, but they are bounded too.
    if (++listed > max * 10 || out.examined >= max) break;
    const p = d.payload;
    if (!p || (options.service !== undefined && p.service !== options.service)) continue;
    out.examined++;
    const seen = await judgeNext(store, d, bad);
    if (!seen) continue;
    const { status } = seen;
    if (!out.current) {
      out.current = { version: p.version, deployment: d, status };
      if (d.task !== 'deploy:rollback') exclude.add(p.version);
    }
    // A version asked for by hand needs proof it once ran here, even if it was later judged bad: the person chose it.
    if (options.wantVersion === p.version && !out.wantedProof && seen.succeeded) out.wantedProof = { version: p.version, deployment: d, status };
    if (seen.good && status && !out.lastGood && !exclude.has(p.version)) out.lastGood = { version: p.version, deployment: d, status };
    if (out.lastGood && (options.wantVersion === undefined || out.wantedProof)) break;
  }
  out.failedVersions = listBadVersions(bad);
  return out;
}

/**
 * The last known good version of many environments at once (a map by
 * environment; absent when none is known), for a stage's "from version": the
 * repository's newest pages shared by every target, then a status read per
 * environment (see previous-versions.ts). Never scans unboundedly.
 */
export async function findLastKnownGoodMany(store: DeploymentStore, environments: readonly string[], options: { service?: string; maxExaminedPerEnvironment?: number } = {}): Promise<Map<string, LastKnownGood>> {
  return createPreviousVersionReader(store, options).lookup(environments);
}

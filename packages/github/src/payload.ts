/**
 * What stagegate records in each GitHub Deployment's payload, so that the
 * Deployments API alone can answer "what runs where, and what was it before".
 */
export interface DeploymentPayload {
  /** Marks our deployments among those other tools create. */
  tool: 'stagegate';
  /** The plan's service. */
  service: string;
  /** The version this deployment puts on the target. */
  version: string;
  /** The stage the target belongs to. */
  stage: string;
  /** The target (region, cluster…). */
  target: string;
  /** Digest of the plan that made this deployment. */
  plan: string;
  /** The workflow run that made it. */
  run: { id: string; attempt: number; url?: string };
  /** Who started that run (GITHUB_ACTOR); absent in deployments made before it was recorded. */
  actor?: string;
  /** The commit deployed (GITHUB_SHA, or the sha the ref input named). */
  sha?: string;
  /** The ref the run was for (GITHUB_REF, e.g. refs/heads/main). */
  ref?: string;
  /**
   * A weighted stage's traffic share (0-100) of the version rolled out: for a
   * deploy, what it gets; for a rollback, what it keeps (the weight before
   * that stage, 0 for none). Absent for stages without a weight.
   */
  weight?: number;
  /** For a rollback: what it replaces and why. */
  rollback?: { reason: string; replaces?: { version: string; deployment_id?: number } };
  /** For a blue-green stage: the colour this deployment put the version on (a rollback: the colour traffic went back to). */
  color?: 'blue' | 'green';
}

/** Deployment status states GitHub accepts. */
export const DEPLOYMENT_STATES = ['queued', 'pending', 'in_progress', 'success', 'failure', 'error', 'inactive'] as const;
export type DeploymentState = (typeof DEPLOYMENT_STATES)[number];

/** Deployment tasks stagegate uses. */
export type DeploymentTask = 'deploy' | 'deploy:rollback';

/**
 * A deployment's payload as an object: GitHub returns the object a deployment
 * was created with, or the string when it was created with a JSON string.
 * Undefined for anything that is not an object (or not JSON). Each kind of
 * record (deploy, lock claim, freeze) checks its own fields on the result.
 */
export function parsePayloadObject(raw: unknown): Record<string, unknown> | undefined {
  let v = raw;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
}

/** Reads our payload from a deployment; undefined for deployments of other tools. */
export function readPayload(raw: unknown): DeploymentPayload | undefined {
  const p = parsePayloadObject(raw) as Partial<DeploymentPayload> | undefined;
  if (!p || p.tool !== 'stagegate' || typeof p.version !== 'string' || typeof p.target !== 'string') return undefined;
  return p as DeploymentPayload;
}

/** GitHub limits a status description to 140 characters: cut with an ellipsis. */
export function cutDescription(text: string, max = 140): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

import { findStage, gateChecks, stageOfTarget, type Plan } from '@stagegate/core';
import { runGate } from '@stagegate/probes';
import type { PipelineTarget } from './pipeline-types.js';

/** A rolled-back target whose stage's gate still fails, and what it saw. */
export interface StillUnhealthy {
  target: string;
  cause: string;
}

/**
 * Runs each rolled-back target's stage gate once more, on the version it was
 * returned to (targets grouped by stage and version, groups in parallel). A
 * rollback that put a good version back on a target that is still unhealthy
 * has not recovered it: such targets come back with the cause, for a P0.
 * Inconclusive is not blamed on anyone (a person decides), only logged.
 */
export async function verifyRolledBack(plan: Plan, back: readonly PipelineTarget[], o: { signal?: AbortSignal; cwd: string; log: (line: string) => void }): Promise<StillUnhealthy[]> {
  const groups = new Map<string, { stage: string; version: string; targets: string[] }>();
  for (const t of back) {
    const stage = stageOfTarget(plan, t.target);
    if (!stage || !t.toVersion || !gateChecks(plan, stage).length) continue;
    const key = `${stage.name}\n${t.toVersion}`;
    const g = groups.get(key) ?? { stage: stage.name, version: t.toVersion, targets: [] };
    g.targets.push(t.target);
    groups.set(key, g);
  }
  const found = await Promise.all([...groups.values()].map(async (g): Promise<StillUnhealthy[]> => {
    o.log(`rollback check: gate of ${g.stage} on ${g.targets.join(', ')} (now ${g.version})`);
    try {
      // A blue-green target is checked on the colour its traffic went back to.
      const colors = Object.fromEntries(back.map((t) => [t.target, t.color]));
      const run = await runGate({ plan, stage: findStage(plan, g.stage).name, version: g.version, targets: g.targets, colors, signal: o.signal, cwd: o.cwd });
      if (run.verdict === 'Successful') return [];
      if (run.verdict === 'Inconclusive') {
        o.log(`rollback check of ${g.targets.join(', ')}: Inconclusive (${run.reason})`);
        return [];
      }
      const blamed = [...new Set(run.failedChecks.map((c) => c.target))];
      return (blamed.length ? blamed : g.targets).map((target) => ({
        target,
        cause: `${g.version}: ${run.failedChecks.filter((c) => c.target === target).map((c) => `${c.check}: ${c.reason}`).join('; ') || run.reason}`,
      }));
    } catch (e) {
      return g.targets.map((target) => ({ target, cause: `the gate could not run: ${(e as Error).message}` }));
    }
  }));
  return found.flat();
}

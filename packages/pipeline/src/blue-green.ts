import { describeNeverSwitched, readColor, type Color, type Stage, type StageGateVerdict } from '@stagegate/core';
import { summarizeOutcomes } from '@stagegate/deployer';
import type { PipelineDeps, PipelineTarget, StageDeployReport } from './pipeline-types.js';

/** A blue-green stage after its gate: what received traffic, and why the rest did not. */
export interface BlueGreenFinish {
  /** The deploy report with each target's switch folded in (a failed switch fails its target). */
  deploy: StageDeployReport;
  /** Targets whose traffic was switched (or a switch was tried): only these can need a rollback. */
  touched: string[];
  /** Targets whose switch failed. */
  switchFailed: string[];
  /** Why targets that never received traffic need no rollback: `green failed its gate and never received traffic; blue still serves v1`. */
  note?: string | undefined;
}

/**
 * Finishes a blue-green stage: when every idle colour was deployed and its
 * gate passed, runs the stage's `switch` (the moment the new version receives
 * traffic); otherwise runs no switch at all, so production never saw the new
 * version and nothing needs rolling back. A failed switch fails its target
 * like a failed deploy: its rollback switches traffic back.
 */
export async function finishBlueGreenStage(stage: Stage, version: string, deploy: StageDeployReport, gate: StageGateVerdict, deps: PipelineDeps): Promise<BlueGreenFinish> {
  const passed = deploy.outcome === 'succeeded' && (gate === 'Successful' || gate === 'skipped');
  if (!passed || !deps.switchStage) {
    const failure = deploy.outcome === 'succeeded' ? 'gate' : 'deploy';
    const idle = deploy.targets.filter((t) => t.color && t.state !== 'skipped');
    for (const t of idle) t.switched = false;
    const note = describeNotes(idle.map((t) => ({ target: t.target, note: describeNeverSwitched({ color: t.color as Color, fromColor: readColor(t.fromColor), fromVersion: t.fromVersion, failure }) })));
    if (note) deps.log(`stage ${stage.name}: no switch: ${note}`);
    return { deploy, touched: [], switchFailed: [], note };
  }
  deps.log(`stage ${stage.name}: gate passed; switching traffic on ${deploy.targets.map((t) => `${t.target} → ${t.color ?? '?'}`).join(', ')}`);
  const switched = await deps.switchStage(stage, version, deploy.targets);
  const byTarget = new Map(switched.map((t) => [t.target, t]));
  const targets = deploy.targets.map((t): PipelineTarget => {
    const s = byTarget.get(t.target);
    return s ? { ...t, state: s.state, reason: s.reason, switched: true } : t;
  });
  const switchFailed = targets.filter((t) => t.switched && t.state !== 'succeeded' && t.state !== 'planned').map((t) => t.target);
  const outcome = summarizeOutcomes(targets);
  return { deploy: { outcome, targets }, touched: targets.filter((t) => t.switched).map((t) => t.target), switchFailed };
}

/** One note when every target says the same, else one per target (`lhr: …; nrt: …`). */
function describeNotes(notes: ReadonlyArray<{ target: string; note: string }>): string | undefined {
  const distinct = [...new Set(notes.map((n) => n.note))];
  if (distinct.length <= 1) return distinct[0];
  return notes.map((n) => `${n.target}: ${n.note}`).join('; ');
}

import type { HistoryEvent } from './history-event.js';

/**
 * Reads the pipeline's own lines of the history (see the pipeline's history
 * writer: one line per event, `detail` = `<event>: targets a, b: <reason>`)
 * back into rollouts: which one is still open (running or paused) and which
 * one ended last. Lines of the composable actions (run-stage, health-gate,
 * rollback) carry no rollout start: they are left to the Deployments API.
 */

/** What a rollout is doing, as the history shows it. */
export type RolloutPhase = 'deploying' | 'gating' | 'paused' | 'rolling-back';

/** One run of the pipeline, read from its lines. */
export interface RolloutRun {
  run: { id: string; attempt: number };
  version: string;
  startedAt: string;
  lastAt: string;
  /** The final result (succeeded, rolled-back, paused, failed, …), once the run ended. */
  result?: string;
  /** The phase of an open run. */
  state: RolloutPhase;
  /** The stage it is in, or paused after. */
  stage?: string;
  /** Targets of that stage, from its stage-started line. */
  stageTargets: string[];
  /** Targets of a rollback still running. */
  rollingBack: string[];
}

/** A run whose last line is older than this is abandoned (killed without its last line): a job cannot run longer than 6 h. */
export const ABANDONED_AFTER_MS = 6 * 3_600_000;

/** The targets named in a pipeline line's detail (`rollback-started: targets lhr, nrt: why`). */
export function targetsOfDetail(detail: string | undefined): string[] {
  const m = /^[a-z-]+: targets ([A-Za-z0-9._-]+(?:, [A-Za-z0-9._-]+)*)(?::|$)/.exec(detail ?? '');
  return m ? (m[1] as string).split(', ') : [];
}

/** The pipeline event a line was written for (the first word of its detail). */
function eventOf(e: HistoryEvent): string {
  return /^([a-z-]+)(?::|$)/.exec(e.detail ?? '')?.[1] ?? '';
}

/** Reads one run's lines (oldest first) into a rollout, or undefined when the pipeline did not write them. */
export function readRolloutRun(lines: readonly HistoryEvent[]): RolloutRun | undefined {
  const start = lines.find((e) => e.kind === 'deploy-started' && e.target === undefined);
  if (!start?.version) return undefined;
  const run: RolloutRun = { run: start.run, version: start.version, startedAt: start.time, lastAt: start.time, state: 'deploying', stageTargets: [], rollingBack: [] };
  for (const e of lines) {
    if (Date.parse(e.time) > Date.parse(run.lastAt)) run.lastAt = e.time;
    const event = eventOf(e);
    if (e.kind === 'stage-started' && e.target === undefined) {
      run.stage = e.stage;
      run.stageTargets = targetsOfDetail(e.detail);
      run.state = 'deploying';
    } else if (e.kind === 'deploy-finished' && e.target !== undefined && e.stage === run.stage && run.state === 'deploying') {
      run.state = 'gating';
    } else if (event === 'rollback-started') {
      run.state = 'rolling-back';
      run.rollingBack = targetsOfDetail(e.detail);
    } else if (event === 'rollback-succeeded' || event === 'rollback-failed') {
      run.rollingBack = [];
    } else if (event === 'manual-approval-waiting') {
      run.stage = e.stage ?? run.stage;
      run.state = 'paused';
    } else if (event === 'pipeline-succeeded' || event === 'pipeline-failed') {
      run.result = e.verdict ?? (event === 'pipeline-succeeded' ? 'succeeded' : 'failed');
    }
  }
  if (run.result === 'paused') run.state = 'paused';
  return run;
}

/**
 * The open rollout (the newest run, when it has not ended or ended paused,
 * and is not abandoned) and the newest rollout that ended otherwise.
 */
export function findOpenRollout(events: readonly HistoryEvent[], now: Date): { open?: RolloutRun; last?: RolloutRun } {
  const byRun = new Map<string, HistoryEvent[]>();
  const ordered = [...events].sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  for (const e of ordered) {
    const key = `${e.run.id}#${e.run.attempt}`;
    const list = byRun.get(key) ?? [];
    list.push(e);
    byRun.set(key, list);
  }
  const runs = [...byRun.values()].map(readRolloutRun).filter((r): r is RolloutRun => r !== undefined)
    .sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
  const newest = runs[0];
  const isOpen = (r: RolloutRun | undefined): r is RolloutRun =>
    !!r && (r.result === 'paused' || (r.result === undefined && now.getTime() - Date.parse(r.lastAt) < ABANDONED_AFTER_MS));
  const open = isOpen(newest) ? newest : undefined;
  const last = runs.find((r) => r !== open && r.result !== undefined && r.result !== 'paused');
  return { ...(open ? { open } : {}), ...(last ? { last } : {}) };
}

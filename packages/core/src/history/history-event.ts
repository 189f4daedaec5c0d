import { ConfigError } from '../errors.js';

/**
 * The run history: one JSON object per line (JSONL). Every stagegate action
 * appends its events to its job's journal and uploads them as a per-job
 * artifact; record-history merges every journal of the run (and the previous
 * run's history) into the history artifact it uploads. A line is a fact that
 * happened; lines are never edited, only appended. The format is documented
 * for users in docs/history-format.md.
 */

/** What happened. */
export const HISTORY_EVENT_KINDS = [
  'stage-started', 'stage-finished', 'deploy-started', 'deploy-finished',
  'gate-verdict', 'rollback-started', 'rollback-finished', 'notification', 'run-recorded',
] as const;
/** One of {@link HISTORY_EVENT_KINDS}. */
export type HistoryEventKind = (typeof HISTORY_EVENT_KINDS)[number];

/** One line of the history file. */
export interface HistoryEvent {
  /** ISO 8601 time the event happened. */
  time: string;
  /** The workflow run that wrote it (GITHUB_RUN_ID). */
  run: { id: string; attempt: number };
  kind: HistoryEventKind;
  stage?: string;
  target?: string;
  /** The version deployed (or rolled back to). */
  version?: string;
  /** Gate verdict (Successful, Failed, Inconclusive, Error) or a deploy outcome (success, failure). */
  verdict?: string;
  /** Free text: a reason, the version replaced, a channel notified… */
  detail?: string;
  /** The GitHub deployment the event is about, when there is one. */
  deploymentId?: number;
  /** The job that wrote it (GITHUB_JOB), so a merged history tells the jobs apart. */
  job?: string;
  /** Who started the run (GITHUB_ACTOR). */
  actor?: string;
  /** The commit the run is for (GITHUB_SHA). */
  sha?: string;
}

/** What every event of one step shares: the run, the job, who and which commit. */
export type HistoryEventBase = Pick<HistoryEvent, 'run' | 'job' | 'actor' | 'sha'>;

/** The base of a step's events from the runner's environment (GITHUB_RUN_ID, GITHUB_JOB, …). */
export function readEventBase(env: Record<string, string | undefined>): HistoryEventBase {
  return {
    run: { id: env.GITHUB_RUN_ID || 'local', attempt: Number(env.GITHUB_RUN_ATTEMPT || '1') || 1 },
    ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}),
    ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
    ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
  };
}

/** The default history file of a run: `${RUNNER_TEMP}/stagegate/history.jsonl` (STAGEGATE_HISTORY_FILE overrides). */
export function defaultHistoryFile(env: Record<string, string | undefined>): string {
  if (env.STAGEGATE_HISTORY_FILE) return env.STAGEGATE_HISTORY_FILE;
  const base = (env.RUNNER_TEMP || env.TMPDIR || '/tmp').replace(/\/$/, '');
  return `${base}/stagegate/history.jsonl`;
}

/** Serialises events as JSONL (one object per line, trailing newline), ready to append. */
export function formatHistoryLines(events: readonly HistoryEvent[]): string {
  return events.map((e) => `${JSON.stringify(e)}\n`).join('');
}

/**
 * Parses JSONL history text. A broken line is a ConfigError naming the source
 * and line number, so a hand-edited file is fixed rather than silently shortened.
 */
export function parseHistoryLines(text: string, source = 'history'): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  const problems: { path: string; message: string }[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const path = `${source} line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      problems.push({ path, message: `expected a JSON object; ${(e as Error).message}` });
      return;
    }
    const problem = describeEventProblem(value);
    if (problem) problems.push({ path, message: problem });
    else events.push(value as HistoryEvent);
  });
  if (problems.length > 0) throw new ConfigError(problems);
  return events;
}

/** Why a value is not a history event, or undefined when it is one. */
export function describeEventProblem(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'expected a JSON object';
  const e = value as Partial<HistoryEvent>;
  if (typeof e.time !== 'string' || Number.isNaN(Date.parse(e.time))) return 'expected "time" as an ISO 8601 date';
  if (!e.run || typeof e.run.id !== 'string' || typeof e.run.attempt !== 'number') return 'expected "run" as { id: string, attempt: number }';
  if (!HISTORY_EVENT_KINDS.includes(e.kind as HistoryEventKind)) return `expected "kind" as one of ${HISTORY_EVENT_KINDS.join(', ')}; got ${JSON.stringify(e.kind)}`;
  for (const key of ['stage', 'target', 'version', 'verdict', 'detail', 'job', 'actor', 'sha'] as const) {
    if (e[key] !== undefined && typeof e[key] !== 'string') return `expected "${key}" as a string`;
  }
  if (e.deploymentId !== undefined && !Number.isInteger(e.deploymentId)) return 'expected "deploymentId" as an integer';
  return undefined;
}

/**
 * Merges histories (an earlier run's artifact and this run's file): every
 * event once, oldest first. Identity is the whole line, so a re-run attempt
 * that replays a step keeps both lines (their run attempts differ).
 */
export function mergeHistories(...lists: ReadonlyArray<readonly HistoryEvent[]>): HistoryEvent[] {
  const seen = new Set<string>();
  const out: Array<{ e: HistoryEvent; order: number }> = [];
  for (const list of lists) {
    for (const e of list) {
      const key = JSON.stringify(e);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ e, order: out.length });
    }
  }
  // Stable on equal times, so events written in one millisecond keep their order.
  return out.sort((a, b) => Date.parse(a.e.time) - Date.parse(b.e.time) || a.order - b.order).map((x) => x.e);
}

import { mkdir, readFile, writeFile, appendFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { formatHistoryLines, mergeHistories, parseHistoryLines, type HistoryEvent } from '@stagegate/core';

/** The artifact side, injected (the real one wraps @actions/artifact). */
export interface HistoryArtifacts {
  /** Uploads one file as an artifact; returns its id. */
  upload(name: string, file: string, retentionDays: number | undefined): Promise<number>;
  /** The history text of the newest artifact named `<prefix>-<runId>-<attempt>` (attempt below `beforeAttempt`), or undefined. */
  downloadHistory(runId: string, prefix: string, beforeAttempt?: number): Promise<string | undefined>;
}

/** What to record. */
export interface RecordOptions {
  run: { id: string; attempt: number };
  /** The JSONL file this run's actions appended to (may not exist: nothing happened). */
  historyFile: string;
  /** Events to append first (from the `events` input). */
  extraEvents: HistoryEvent[];
  artifactPrefix: string;
  retentionDays: number | undefined;
  /** 'auto', 'none' or a run id. */
  previousRun: string;
  /** A folder of our own to stage the upload in. */
  stagingDir: string;
}

/** What recording needs besides the artifacts. */
export interface RecordDeps {
  artifacts: HistoryArtifacts;
  /** The newest other run that deployed (for previous-run auto). */
  findPreviousRun(): Promise<string | undefined>;
  log(message: string): void;
}

/** What was recorded. */
export interface RecordResult {
  artifactId: number;
  artifactName: string;
  /** Events in the uploaded history. */
  eventCount: number;
  /** Events of this run attempt. */
  runEventCount: number;
  /** Where earlier events came from: `run 1001 attempt <3`, or undefined. */
  carriedFrom: string | undefined;
  events: HistoryEvent[];
}

async function readEvents(file: string): Promise<HistoryEvent[]> {
  try {
    return parseHistoryLines(await readFile(file, 'utf8'), file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

/**
 * Appends the run's events to the history and uploads it as this attempt's own
 * artifact (`<prefix>-<run>-<attempt>`): the history carried from the earlier
 * attempt of this run (a re-run) or else from the previous run, plus this
 * run's events. Earlier artifacts are never touched, so nothing recorded is lost.
 */
export async function recordHistory(o: RecordOptions, deps: RecordDeps): Promise<RecordResult> {
  if (o.extraEvents.length > 0) {
    await mkdir(dirname(o.historyFile), { recursive: true });
    await appendFile(o.historyFile, formatHistoryLines(o.extraEvents));
  }
  const own = await readEvents(o.historyFile);

  let earlier: HistoryEvent[] = [];
  let carriedFrom: string | undefined;
  let text: string | undefined;
  if (o.run.attempt > 1) {
    text = await deps.artifacts.downloadHistory(o.run.id, o.artifactPrefix, o.run.attempt);
    if (text !== undefined) carriedFrom = `run ${o.run.id} attempt <${o.run.attempt}`;
  }
  if (text === undefined && o.previousRun !== 'none') {
    const previous = o.previousRun === 'auto' ? await deps.findPreviousRun() : o.previousRun;
    if (previous && previous !== o.run.id) {
      text = await deps.artifacts.downloadHistory(previous, o.artifactPrefix);
      if (text !== undefined) carriedFrom = `run ${previous}`;
      else deps.log(`run ${previous} left no ${o.artifactPrefix} artifact: starting the history from this run`);
    }
  }
  if (text !== undefined) earlier = parseHistoryLines(text, `artifact of ${carriedFrom}`);

  const events = mergeHistories(earlier, own);
  const artifactName = `${o.artifactPrefix}-${o.run.id}-${o.run.attempt}`;
  await mkdir(o.stagingDir, { recursive: true });
  const file = join(o.stagingDir, 'history.jsonl');
  await writeFile(file, formatHistoryLines(events));
  const artifactId = await deps.artifacts.upload(artifactName, file, o.retentionDays);
  deps.log(`uploaded ${artifactName} (id ${artifactId}): ${events.length} events, ${own.length} from this run${carriedFrom ? `, the rest from ${carriedFrom}` : ''}`);
  return { artifactId, artifactName, eventCount: events.length, runEventCount: own.length, carriedFrom, events };
}

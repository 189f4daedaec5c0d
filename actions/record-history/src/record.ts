import { mkdir, readFile, writeFile, appendFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { formatHistoryLines, mergeHistories, parseHistoryLines, type HistoryEvent } from '@stagegate/core';

/** The artifact side, injected (the real one wraps @actions/artifact). */
export interface HistoryArtifacts {
  /** Uploads files of one folder as one artifact; returns its id. */
  upload(name: string, files: string[], retentionDays: number | undefined): Promise<number>;
  /** The history text of the newest artifact named `<prefix>-<runId>-<attempt>` (attempt below `beforeAttempt`), or undefined. */
  downloadHistory(runId: string, prefix: string, beforeAttempt?: number): Promise<string | undefined>;
  /** The journal.jsonl texts of every journal artifact of this run up to `attempt` (see isJournalOf). */
  downloadJournals(prefix: string, attempt: number): Promise<Array<{ name: string; text: string }>>;
}

/** What to record. */
export interface RecordOptions {
  run: { id: string; attempt: number };
  /** The JSONL file this run's actions appended to (may not exist: nothing happened). */
  historyFile: string;
  /** Events to append first (from the `events` input). */
  extraEvents: HistoryEvent[];
  artifactPrefix: string;
  /** Prefix of the per-job journal artifacts to merge. */
  journalPrefix: string;
  retentionDays: number | undefined;
  /** 'auto', 'none' or a run id. */
  previousRun: string;
  /** A folder of our own to stage the upload in. */
  stagingDir: string;
}

/** What recording needs besides the artifacts. */
export interface RecordDeps {
  /** The artifact service, or why there is none (no ACTIONS_RUNTIME_TOKEN…). */
  artifacts: HistoryArtifacts | { unavailable: string };
  /** The newest other run that deployed (for previous-run auto). */
  findPreviousRun(): Promise<string | undefined>;
  log(message: string): void;
  /** Files uploaded beside history.jsonl (the status file, incident reports), made from the merged history. */
  attach?(events: HistoryEvent[]): Promise<Array<{ name: string; text: string }>>;
}

/** What was recorded. */
export interface RecordResult {
  /** Undefined when the upload was skipped or failed (see skipped). */
  artifactId: number | undefined;
  artifactName: string;
  /** Events in the history (uploaded or not). */
  eventCount: number;
  /** Events of this run: the job's own file, the `events` input and every journal artifact of the run. */
  runEventCount: number;
  /** Where earlier events came from: `run 1001 attempt <3`, or undefined. */
  carriedFrom: string | undefined;
  /** Journal artifacts merged. */
  journals: string[];
  /** What could not be done with the artifacts, one cause each: the caller warns (or fails, on-artifact-error: fail). */
  skipped: string[];
  events: HistoryEvent[];
  /** The files staged beside history.jsonl and uploaded with it. */
  attached: string[];
}

async function readEvents(file: string): Promise<HistoryEvent[]> {
  try {
    return parseHistoryLines(await readFile(file, 'utf8'), file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';

/**
 * Merges the run's events (the job's own file, the `events` input, every
 * journal artifact the run's jobs uploaded) with the history carried from the
 * earlier attempt of this run (a re-run) or else from the previous run, and
 * uploads it as this attempt's own artifact (`<prefix>-<run>-<attempt>`).
 * Earlier artifacts are never touched, so nothing recorded is lost. An
 * artifact service that is missing or failing is not fatal: each thing
 * skipped is named in `skipped`, and the merged events are still returned.
 */
export async function recordHistory(o: RecordOptions, deps: RecordDeps): Promise<RecordResult> {
  if (o.extraEvents.length > 0) {
    await mkdir(dirname(o.historyFile), { recursive: true });
    await appendFile(o.historyFile, formatHistoryLines(o.extraEvents));
  }
  const local = await readEvents(o.historyFile);
  const artifactName = `${o.artifactPrefix}-${o.run.id}-${o.run.attempt}`;
  const skipped: string[] = [];
  const artifacts = 'unavailable' in deps.artifacts ? undefined : deps.artifacts;
  if (!artifacts) skipped.push(`artifacts are unavailable (${(deps.artifacts as { unavailable: string }).unavailable}): the run's journals were not merged, no earlier history was carried forward and ${artifactName} was not uploaded`);

  const journals: string[] = [];
  let journalEvents: HistoryEvent[] = [];
  if (artifacts) {
    try {
      const found = await artifacts.downloadJournals(o.journalPrefix, o.run.attempt);
      journalEvents = mergeHistories(...found.map((j) => parseHistoryLines(j.text, `artifact ${j.name}`)));
      journals.push(...found.map((j) => j.name));
    } catch (e) {
      skipped.push(`the run's journal artifacts (${o.journalPrefix}-${o.run.id}-*) were not merged: ${firstLine(e)}`);
    }
  }
  const own = mergeHistories(local, journalEvents);

  let earlier: HistoryEvent[] = [];
  let carriedFrom: string | undefined;
  if (artifacts) {
    let source = '';
    try {
      let text: string | undefined;
      if (o.run.attempt > 1) {
        source = `run ${o.run.id} attempt <${o.run.attempt}`;
        text = await artifacts.downloadHistory(o.run.id, o.artifactPrefix, o.run.attempt);
      }
      if (text === undefined && o.previousRun !== 'none') {
        const previous = o.previousRun === 'auto' ? await deps.findPreviousRun() : o.previousRun;
        if (previous && previous !== o.run.id) {
          source = `run ${previous}`;
          text = await artifacts.downloadHistory(previous, o.artifactPrefix);
          if (text === undefined) deps.log(`run ${previous} left no ${o.artifactPrefix} artifact: starting the history from this run`);
        }
      }
      if (text !== undefined) {
        earlier = parseHistoryLines(text, `artifact of ${source}`);
        carriedFrom = source;
      }
    } catch (e) {
      skipped.push(`the history of ${source || 'the previous run'} was not carried forward: ${firstLine(e)}`);
    }
  }

  const events = mergeHistories(earlier, own);
  await mkdir(o.stagingDir, { recursive: true });
  const file = join(o.stagingDir, 'history.jsonl');
  await writeFile(file, formatHistoryLines(events));
  const attached: string[] = [];
  for (const a of (await deps.attach?.(events)) ?? []) {
    const path = join(o.stagingDir, a.name);
    await writeFile(path, a.text);
    attached.push(path);
  }
  let artifactId: number | undefined;
  if (artifacts) {
    try {
      artifactId = await artifacts.upload(artifactName, [file, ...attached], o.retentionDays);
      deps.log(`uploaded ${artifactName} (id ${artifactId}): ${events.length} events, ${own.length} from this run (${journals.length} journal artifact(s))${carriedFrom ? `, the rest from ${carriedFrom}` : ''}`);
    } catch (e) {
      skipped.push(`${artifactName} was not uploaded: ${firstLine(e)}; the history is in ${file} on the runner only`);
    }
  }
  return { artifactId, artifactName, eventCount: events.length, runEventCount: own.length, carriedFrom, journals, skipped, events, attached };
}

import { appendFileSync, copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { defaultHistoryFile, formatHistoryLines, journalArtifactName, readEventBase, type HistoryEvent, type HistoryEventBase } from '@stagegate/core';
import { withTimeout } from './with-timeout.js';

/** The default prefix of journal artifacts (the `journal-prefix` input of every action). */
export const DEFAULT_JOURNAL_PREFIX = 'stagegate-journal';
/** The file inside a journal artifact that holds the step's events. */
export const JOURNAL_FILE = 'journal.jsonl';
/** How long an upload may take before the step gives up on it (a warning, never a failed deploy). */
const UPLOAD_TIMEOUT_MS = 60_000;
/** Names tried after the first one is taken (a second step in the job, a matrix sibling). */
const MAX_NAME_TRIES = 12;

/** An event as a step writes it: the run, job, actor and sha are filled in by the journal. */
export type StepEvent = Omit<HistoryEvent, keyof HistoryEventBase | 'time'> & { time?: string };

/** Uploads files as one artifact; returns its id (the real one is @actions/artifact). */
export type ArtifactUpload = (name: string, files: string[], rootDir: string) => Promise<number | undefined>;

/** Where the journal's lines go to (info) and what went wrong (warning). */
export interface JournalLog {
  info(message: string): void;
  warning(message: string): void;
}

/** What `finish` did. */
export interface JournalResult {
  /** The uploaded artifact's name, when it was uploaded. */
  artifactName?: string;
  /** Why nothing was uploaded, when it was not. */
  skipped?: string;
}

/**
 * One step's journal: the events it records are appended to the job's history
 * file (RUNNER_TEMP is per job) and uploaded, with the step's own files (gate
 * samples, notification audit trail), as a small immutable artifact
 * `<prefix>-<run>-<attempt>-<job>` that record-history merges.
 */
export class Journal {
  readonly events: HistoryEvent[] = [];

  /**
   * @param prefixProblem why the `journal-prefix` input was not used, if it was not:
   * the journal is written at a step's end, where a bad input must not undo a deploy.
   */
  constructor(readonly base: HistoryEventBase, readonly historyFile: string, readonly stagingDir: string, readonly prefix: string, private readonly hasArtifacts: boolean, private readonly prefixProblem?: string) {}

  /** Adds events (time now unless given). */
  record(...events: StepEvent[]): void {
    const now = new Date().toISOString();
    for (const e of events) this.events.push({ time: e.time ?? now, ...this.base, ...e } as HistoryEvent);
  }

  /** Adds events already carrying the base (from describeTargetEvents). */
  recordFull(events: readonly HistoryEvent[]): void {
    this.events.push(...events);
  }

  /**
   * Appends the events to the job's history file and uploads them with `files`.
   * Never throws: recording must not fail a deploy or stop a rollback; a failed
   * upload is a warning naming what was not uploaded.
   */
  async finish(files: readonly string[], log: JournalLog, upload: ArtifactUpload = uploadWithActionsArtifact): Promise<JournalResult> {
    if (this.prefixProblem) log.warning(this.prefixProblem);
    try {
      mkdirSync(dirname(this.historyFile), { recursive: true });
      appendFileSync(this.historyFile, formatHistoryLines(this.events));
    } catch (e) {
      log.warning(`journal: could not append ${this.events.length} event(s) to ${this.historyFile}: ${(e as Error).message}`);
    }
    if (!this.hasArtifacts) {
      const skipped = 'no ACTIONS_RUNTIME_TOKEN (not on a GitHub runner): the journal stays in the job\'s history file only';
      log.info(`journal not uploaded: ${skipped}`);
      return { skipped };
    }
    let staged: string[];
    try {
      mkdirSync(this.stagingDir, { recursive: true });
      const journal = join(this.stagingDir, JOURNAL_FILE);
      writeFileSync(journal, formatHistoryLines(this.events));
      staged = [journal, ...files.filter((f) => existsSync(f)).map((f) => {
        const copy = join(this.stagingDir, basename(f));
        copyFileSync(f, copy);
        return copy;
      })];
    } catch (e) {
      return warn(log, `journal not uploaded: staging in ${this.stagingDir} failed: ${(e as Error).message}`);
    }
    const first = journalArtifactName(this.prefix, this.base);
    for (let i = 1; i <= MAX_NAME_TRIES; i++) {
      const name = i === 1 ? first : `${first}-${i}`;
      try {
        await withTimeout(upload(name, staged, this.stagingDir), UPLOAD_TIMEOUT_MS, `upload of ${name} took over ${UPLOAD_TIMEOUT_MS / 1000}s`);
        log.info(`journal: uploaded ${name} (${this.events.length} event(s), ${staged.map((f) => basename(f)).join(', ')})`);
        return { artifactName: name };
      } catch (e) {
        const message = (e as Error).message;
        if (/already exists/i.test(message) && i < MAX_NAME_TRIES) continue;
        return warn(log, `journal not uploaded: artifact ${name} failed: ${message.split('\n')[0]}; the deploy is not affected, the events stay in ${this.historyFile}`);
      }
    }
    return warn(log, `journal not uploaded: ${first} and ${MAX_NAME_TRIES - 1} numbered names are all taken`);
  }
}

function warn(log: JournalLog, message: string): JournalResult {
  log.warning(message);
  return { skipped: message };
}

/** Uploads through the Actions results service (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL). */
// @actions/artifact (and the Azure SDK it brings) is loaded only when a step uploads, as record-history does.
export const uploadWithActionsArtifact: ArtifactUpload = async (name, files, rootDir) => {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return (await new DefaultArtifactClient().uploadArtifact(name, files, rootDir)).id;
};

/**
 * Opens the journal of the running step from the runner's environment. `prefix`
 * is the action's `journal-prefix` input (letters, digits, `.`, `_`, `-`).
 */
export function openJournal(env: Record<string, string | undefined>, prefix: string): Journal {
  const base = readEventBase(env);
  const wanted = prefix.trim() || DEFAULT_JOURNAL_PREFIX;
  const ok = /^[A-Za-z0-9._-]+$/.test(wanted);
  const problem = ok ? undefined : `input journal-prefix: expected letters, digits, . _ -; got ${JSON.stringify(wanted)}; the journal is uploaded as ${DEFAULT_JOURNAL_PREFIX}-…`;
  const temp = env.RUNNER_TEMP || env.TMPDIR || '/tmp';
  const step = (env.GITHUB_ACTION || String(process.pid)).replace(/[^A-Za-z0-9._-]/g, '_');
  return new Journal(base, defaultHistoryFile(env), join(temp, 'stagegate', `journal-${base.run.id}-${base.run.attempt}-${step}-${process.pid}`), ok ? wanted : DEFAULT_JOURNAL_PREFIX, Boolean(env.ACTIONS_RUNTIME_TOKEN), problem);
}

/**
 * The end of a step, in one call: opens the step's journal, records the events
 * `build` makes from the shared base, and appends and uploads them with `files`.
 * Never throws (see {@link Journal.finish}).
 */
export async function writeJournal(env: Record<string, string | undefined>, prefix: string, build: (base: HistoryEventBase, time: string) => HistoryEvent[], files: readonly string[], log: JournalLog): Promise<JournalResult> {
  const journal = openJournal(env, prefix);
  try {
    journal.recordFull(build(journal.base, new Date().toISOString()));
  } catch (e) {
    log.warning(`journal: could not describe this step's events: ${(e as Error).message}`);
  }
  return journal.finish(files, log);
}

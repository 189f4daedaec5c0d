import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { NotifyEvent } from './events.js';
import type { AttemptOutcome } from './send.js';

/**
 * What one delivery attempt did, as written to the audit trail: the sender's
 * outcome (status or error, duration, delivered / retrying / failed) with the
 * event's id and the channel's name (never its URL).
 */
export type AttemptRecord = { type: 'attempt'; time: string; event: string; channel: string } & AttemptOutcome;

/**
 * Where the notify action writes its audit trail unless told otherwise: under
 * RUNNER_TEMP, which lives as long as the job, so record-history in a later
 * step of the same job finds and uploads it, and it never dirties the checkout.
 */
export function defaultAuditFile(env: Record<string, string | undefined>): string {
  return join(env.RUNNER_TEMP || env.GITHUB_WORKSPACE || process.cwd(), 'stagegate', 'notify-audit.jsonl');
}

/** One line of the audit trail. */
export type AuditRecord =
  | { type: 'event'; time: string; event: NotifyEvent }
  | AttemptRecord
  | { type: 'result'; time: string; event: string; delivered: string[]; failed: string[]; mustFail: boolean }
  /** A channel of the plan that sends nothing this run: its webhook variable is unset (alerts logged locally only). */
  | { type: 'channel'; time: string; channel: string; status: 'not configured'; detail: string };

/**
 * Appends one JSON line and fsyncs before returning, so a record is on disk
 * before the next network send starts: a runner killed mid-send (cancel,
 * OOM) still leaves every event and every finished attempt in the file.
 * One write call per line, on an O_APPEND descriptor, so lines from
 * parallel sends never interleave.
 */
export function appendAuditRecord(file: string, record: AuditRecord): void {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'a');
  try {
    writeSync(fd, `${JSON.stringify(record)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Parses an audit file's text back into records (a torn last line is skipped). */
export function parseAuditTrail(text: string): AuditRecord[] {
  const out: AuditRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as AuditRecord);
    } catch {
      // Only the last line can be torn (a crash mid-write); the rest is intact.
    }
  }
  return out;
}

/**
 * The daily digest beside the audit trail (uploaded with it):
 * `stagegate-digest-<yyyy-mm-dd>.md`, one file per UTC day.
 */
export function digestFileFor(auditFile: string, time: Date): string {
  return join(dirname(auditFile), `stagegate-digest-${time.toISOString().slice(0, 10)}.md`);
}

/** Appends one Markdown list line to a digest file, creating it with a heading. */
export function appendDigestLine(file: string, line: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'a');
  try {
    const fresh = fstatSync(fd).size === 0;
    writeSync(fd, `${fresh ? `# stagegate digest ${basename(file).slice(17, 27)}\n\n` : ''}- ${line.replace(/\s*\n\s*/g, ' ')}\n`);
  } finally {
    closeSync(fd);
  }
}

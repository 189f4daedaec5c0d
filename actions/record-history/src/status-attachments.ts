import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDeployStatus, type FreezeInfo, type HistoryEvent, type Plan, type TargetStatus } from '@stagegate/core';
import type { RecordDeps } from './record.js';

/** The status file's name in the history artifact. */
export const STATUS_FILE_NAME = 'deploy-status.json';

/** What the attachments are made of. */
export interface AttachmentInput {
  /** The merged history (every run carried forward plus this one). */
  events: HistoryEvent[];
  /** Per target, from the Deployments API; undefined when it could not be read (no status file then). */
  statuses: TargetStatus[] | undefined;
  plan: Plan | undefined;
  repository: string;
  /** The folder of the run's history file: the root action leaves its incident reports there. */
  historyDir: string;
  frozen?: FreezeInfo | undefined;
  now: Date;
}

/**
 * The files uploaded beside history.jsonl: `deploy-status.json` (from the
 * Deployments status and the merged history) and every `incident-*.md` the
 * run wrote beside its history file.
 */
export async function collectAttachments(input: AttachmentInput): Promise<Array<{ name: string; text: string }>> {
  const out: Array<{ name: string; text: string }> = [];
  if (input.statuses) {
    const status = buildDeployStatus({
      now: input.now, repository: input.repository, statuses: input.statuses, events: input.events, frozen: input.frozen,
      ...(input.plan ? { service: input.plan.service, stages: input.plan.stages } : {}),
    });
    out.push({ name: STATUS_FILE_NAME, text: `${JSON.stringify(status, null, 2)}\n` });
  }
  const names = await readdir(input.historyDir).catch(() => [] as string[]);
  for (const name of names.filter((n) => /^incident-[A-Za-z0-9._-]+\.md$/.test(n)).sort()) {
    out.push({ name, text: await readFile(join(input.historyDir, name), 'utf8') });
  }
  return out;
}

/** What {@link createStatusAttacher} reads with. */
export interface AttacherOptions extends Omit<AttachmentInput, 'events' | 'statuses' | 'now'> {
  /** Reads the per-target status from the Deployments API. */
  readStatuses(): Promise<TargetStatus[]>;
  /** Reads the freeze in force (undefined: none); a failure only leaves it out of the status file. */
  readFrozen?(): Promise<FreezeInfo | undefined>;
  warn(message: string): void;
}

/**
 * record-history's `attach`: reads the status once (kept for the outputs and
 * the summary) and makes the attachments. A Deployments read that fails costs
 * only the status file, with a warning: the history is still uploaded.
 */
export function createStatusAttacher(o: AttacherOptions): { attach: NonNullable<RecordDeps['attach']>; statuses(): TargetStatus[] | undefined } {
  let statuses: TargetStatus[] | undefined;
  return {
    statuses: () => statuses,
    async attach(events) {
      statuses = await o.readStatuses().catch((e: unknown) => {
        o.warn(`record-history: ${STATUS_FILE_NAME} was not written: could not read the Deployments API (${(e as Error).message.split('\n')[0]})`);
        return undefined;
      });
      const frozen = statuses && o.readFrozen ? await o.readFrozen().catch((e: unknown) => {
        o.warn(`record-history: ${STATUS_FILE_NAME} does not say whether deployments are frozen: could not read the freeze record (${(e as Error).message.split('\n')[0]})`);
        return undefined;
      }) : undefined;
      return collectAttachments({ ...o, events, statuses, now: new Date(), frozen });
    },
  };
}

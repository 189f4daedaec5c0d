import { ConfigError, type Priority } from '@stagegate/core';
import { createEvent, EVENT_KINDS, type EventKind, type EventLink, type NotifyEvent } from '@stagegate/notify';

/** The job states GitHub puts in `job.status`. */
export const JOB_STATUSES = ['success', 'failure', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** The event as the action's inputs describe it, already parsed. */
export interface EventOptions {
  /** An event kind, or auto: derived from the job status. */
  kind: EventKind | 'auto';
  /** `${{ job.status }}`: the only way a JS step under if: failure() learns how the job went. */
  jobStatus?: JobStatus;
  /** Overrides the kind's default priority. */
  priority?: Priority;
  service: string;
  version?: string;
  stage?: string;
  targets: string[];
  reason?: string;
  /** Lines of `text=url` or a bare url. */
  links: string[];
  runUrl: string;
}

/**
 * Builds the event to send. `kind: auto` reads the job status: success gives
 * pipeline-succeeded, failure and cancelled give pipeline-failed (a cancelled
 * rollout may have stopped half way, so people must hear about it).
 */
export function buildEvent(options: EventOptions, now = new Date()): NotifyEvent {
  const { kind, reason } = resolveKind(options);
  return createEvent(
    {
      kind,
      ...(options.priority ? { priority: options.priority } : {}),
      service: options.service,
      ...(options.version ? { version: options.version } : {}),
      ...(options.stage ? { stage: options.stage } : {}),
      ...(options.targets.length ? { targets: options.targets } : {}),
      ...(reason ? { reason } : {}),
      runUrl: options.runUrl,
      ...(options.links.length ? { links: options.links.map(parseLink) } : {}),
    },
    now,
  );
}

function resolveKind(options: EventOptions): { kind: EventKind; reason?: string } {
  if (options.kind !== 'auto') return { kind: options.kind, ...(options.reason ? { reason: options.reason } : {}) };
  if (!options.jobStatus) {
    throw new ConfigError([{ path: 'input job-status', message: 'kind auto needs the job status: add job-status: ${{ job.status }} (or give kind one of ' + EVENT_KINDS.join(', ') + ')' }]);
  }
  if (options.jobStatus === 'success') return { kind: 'pipeline-succeeded', ...(options.reason ? { reason: options.reason } : {}) };
  const why = options.jobStatus === 'cancelled' ? 'cancelled' : undefined;
  const reason = [why, options.reason].filter(Boolean).join(': ');
  return { kind: 'pipeline-failed', ...(reason ? { reason } : {}) };
}

/** `text=https://…` or a bare URL (shown by its last path segment). */
export function parseLink(line: string): EventLink {
  const eq = line.indexOf('=');
  if (eq > 0 && /^https?:\/\//.test(line.slice(eq + 1).trim())) return { text: line.slice(0, eq).trim(), url: line.slice(eq + 1).trim() };
  if (!/^https?:\/\//.test(line)) throw new ConfigError([{ path: 'input links', message: `expected text=https://… or an http(s) URL per line; got ${JSON.stringify(line.slice(0, 60))}` }]);
  const last = decodeURIComponent(new URL(line).pathname.split('/').filter(Boolean).at(-1) ?? 'link');
  return { text: last, url: line };
}

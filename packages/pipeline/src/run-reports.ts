import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { withTimeout } from '@stagegate/action-kit';
import { buildDeployStatus, environmentFor, freezeEnvironmentsOf, parseHistoryLines, type DeployStatusFile, type FreezeInfo, type HistoryEvent, type Plan, type TargetStatus } from '@stagegate/core';
import { readFreezeInForce, readStatus, type DeploymentStore } from '@stagegate/github';
import type { RunContext } from '@stagegate/notify';
import { incidentFileName, incidentLinks, renderIncidentReport, type IncidentInput } from './incident-report.js';
import { timelineOf } from './pipeline-summary.js';
import type { PipelineReport } from './pipeline-types.js';

/** The status file's name, beside the history. */
export const STATUS_FILE = 'deploy-status.json';

/** The incident report of a run that rolled back, or undefined when nothing was rolled back. */
export function incidentFromPipeline(service: string, report: PipelineReport, o: { runUrl: string; context?: RunContext | undefined }): IncidentInput | undefined {
  const rollback = report.rollback;
  if (!rollback) return undefined;
  const deployed = new Map(report.stages.flatMap((s) => s.targets).map((t) => [t.target, t]));
  const failed = report.stages.find((s) => s.decision === 'rollback');
  return {
    service, version: report.version, result: report.result,
    cause: report.cause ?? rollback.reason,
    trigger: failed ? `the pipeline: stage ${failed.stage} failed and its on-failure policy rolled back` : 'the pipeline',
    startedAt: report.events[0]?.at ?? new Date().toISOString(),
    endedAt: report.events.at(-1)?.at ?? new Date().toISOString(),
    targets: rollback.targets.map((t) => {
      // A target whose deploy command failed may never have run the new version: say so, never claim it.
      const d = deployed.get(t.target);
      const was = d && d.state !== 'succeeded' ? `${d.fromVersion ?? '?'} (${report.version} ${d.state}: may not have reached it)` : t.fromVersion;
      return { target: t.target, environment: t.environment, wasRunning: was, nowRuns: t.state === 'succeeded' || t.state === 'skipped' ? t.toVersion : t.fromVersion, state: t.state, reason: t.reason };
    }),
    stillUnhealthy: rollback.stillUnhealthy,
    timeline: timelineOf(report).map((e) => ({ at: e.at, event: e.kind, stage: e.stage, targets: e.targets, detail: e.reason ?? e.verdict })),
    links: incidentLinks(o.runUrl, o.context, rollback.targets.map((t) => t.environment)),
  };
}

/** What {@link writeRunReports} needs. */
export interface RunReportsOptions {
  plan: Plan;
  store: DeploymentStore;
  report: PipelineReport;
  /** The run's history file: the reports are written beside it. */
  historyFile: string;
  runUrl: string;
  context?: RunContext | undefined;
  repository?: string | undefined;
  /** The freeze in force, when the caller read one. */
  frozen?: FreezeInfo | undefined;
  /** Bound on reading the Deployments API for the status (default 10 s): the run is over, it must not hang here. */
  readTimeoutMs?: number;
  warn(message: string): void;
}

/**
 * Writes `deploy-status.json` and, after a rollback, `incident-<version>.md`
 * beside the history, where record-history picks them up. The status comes
 * from the Deployments API, bounded; when that read fails, from what the run
 * itself saw (no `since` then), with a warning.
 */
export async function writeRunReports(o: RunReportsOptions): Promise<{ statusFile: string; status: DeployStatusFile; incidentFile?: string }> {
  const dir = dirname(o.historyFile);
  mkdirSync(dir, { recursive: true });
  const incident = incidentFromPipeline(o.plan.service, o.report, o);
  let incidentFile: string | undefined;
  if (incident) {
    incidentFile = join(dir, incidentFileName(o.report.version));
    writeFileSync(incidentFile, renderIncidentReport(incident));
  }
  const targets = o.plan.stages.flatMap((s) => s.targets.map((target) => ({ target, environment: environmentFor(o.plan, target) })));
  // Both reads start at once under one bound: when GitHub is down the run's end waits 10 s, not 10 s per read.
  // Each is settled at once (allSettled), so neither can end as an unhandled rejection while the other is awaited.
  const boundMs = o.readTimeoutMs ?? 10_000;
  const [statusRead, freezeRead] = await Promise.allSettled([
    withTimeout(readStatus(o.store, targets), boundMs, `the Deployments API did not answer within ${boundMs} ms`),
    // A freeze set while (or before) the run is part of what production is now: frozen targets say so.
    o.frozen ? Promise.resolve(o.frozen) : withTimeout(readFreezeInForce(o.store, freezeEnvironmentsOf(o.plan)), boundMs, `the freeze record did not answer within ${boundMs} ms`),
  ]);
  let statuses: TargetStatus[];
  if (statusRead.status === 'fulfilled') statuses = statusRead.value.statuses;
  else {
    o.warn(`status file: could not read the Deployments API (${(statusRead.reason as Error).message}); ${STATUS_FILE} shows what this run saw`);
    statuses = o.report.targetsNow.map((t) => ({ target: t.target, environment: t.environment || environmentFor(o.plan, t.target), version: t.live, previous: t.live === t.previous ? undefined : t.previous, inProgress: false, failing: t.action === 'failed' || t.action === 'rollback failed' }));
  }
  if (freezeRead.status === 'rejected') o.warn(`status file: could not read the freeze record (${(freezeRead.reason as Error).message}); ${STATUS_FILE} does not say whether deployments are frozen`);
  const frozen: FreezeInfo | undefined = freezeRead.status === 'fulfilled' ? freezeRead.value : undefined;
  const status = buildDeployStatus({
    now: new Date(), service: o.plan.service, repository: o.repository, stages: o.plan.stages, statuses, events: readEvents(o.historyFile, o.warn), frozen,
  });
  const statusFile = join(dir, STATUS_FILE);
  writeFileSync(statusFile, `${JSON.stringify(status, null, 2)}\n`);
  return { statusFile, status, ...(incidentFile ? { incidentFile } : {}) };
}

/** The history file's events; a file that cannot be read only costs the rollout's phase. */
export function readEvents(file: string, warn: (m: string) => void): HistoryEvent[] {
  try {
    return parseHistoryLines(readFileSync(file, 'utf8'), file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') warn(`status file: ${(e as Error).message.split('\n')[0]}`);
    return [];
  }
}

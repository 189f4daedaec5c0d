import { markdownTable } from '@stagegate/action-kit';
import { formatDuration } from '@stagegate/core';
import type { PipelineReport } from './pipeline-types.js';

const RESULT_ICON: Record<string, string> = { succeeded: '✅', 'rolled-back': '↩️', 'partially-failed': '⚠️', paused: '⏸️', failed: '❌', cancelled: '⏹️' };

/** The step summary of a pipeline run: result, one row per stage, the rollback, the timeline. */
export function renderPipelineSummary(service: string, report: PipelineReport, dryRun: boolean): string {
  const parts: string[] = [];
  parts.push(`### ${dryRun ? 'Dry run: ' : ''}${RESULT_ICON[report.result] ?? ''} ${service} ${report.version}: ${report.result}`, '');
  parts.push(markdownTable(
    ['stage', 'deploy', 'gate', 'decision', 'targets', 'duration', 'why'],
    report.stages.map((s) => [s.stage, s.deploy, s.gate, s.decision, s.targets.map((t) => `${t.target} ${t.fromVersion ?? '∅'}→${t.toVersion ?? '?'} ${t.state}`).join(', '), formatDuration(s.durationMs), s.reason ?? (s.failedChecks.join('; ') || '')]),
  ));
  if (report.rollback) {
    parts.push('', `#### Rollback (${report.rollback.ok ? 'done' : 'incomplete'}): ${report.rollback.reason}`, '');
    parts.push(markdownTable(['target', 'environment', 'from', 'to', 'result', 'why'], report.rollback.targets.map((t) => [t.target, t.environment, t.fromVersion ?? '', t.toVersion ?? '', t.state, t.reason])));
    if (report.rollback.stillUnhealthy?.length) parts.push('', `**Still unhealthy after the rollback:** ${report.rollback.stillUnhealthy.map((u) => `${u.target}: ${u.cause}`).join('; ')}`);
  }
  if (report.unrecorded.length) {
    parts.push('', `#### Not recorded in GitHub Deployments (${report.unrecorded.length}): a later run can write these`, '');
    parts.push(markdownTable(['target', 'environment', 'record', 'cause'], report.unrecorded.map((u) => [u.target, u.environment, u.what, u.cause])));
  }
  if (report.undelivered.length) parts.push('', `#### Urgent notifications that reached no channel (${report.undelivered.length})`, '', ...report.undelivered.map((u) => `- ${u}`));
  parts.push('', '#### Timeline', '');
  parts.push(markdownTable(['time', 'event', 'stage', 'targets', 'detail'], report.events.map((e) => [e.at.slice(11, 23), e.kind, e.stage ?? '', (e.targets ?? []).join(', '), e.reason ?? e.verdict ?? ''])));
  return `${parts.join('\n')}\n`;
}

/** The timeline as plain lines, for a terminal. */
export function renderTimeline(report: PipelineReport): string[] {
  return report.events.map((e) => `${e.at.slice(11, 23)}  ${e.kind.padEnd(24)} ${(e.stage ?? '').padEnd(8)} ${(e.targets ?? []).join(',').padEnd(24)} ${e.reason ?? e.verdict ?? ''}`);
}

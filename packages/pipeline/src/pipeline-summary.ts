import { escapeCell, markdownTable } from '@stagegate/action-kit';
import { formatDuration } from '@stagegate/core';
import type { PipelineEvent, PipelineReport } from './pipeline-types.js';

const RESULT_ICON: Record<string, string> = { succeeded: '✅', 'rolled-back': '↩️', 'partially-failed': '⚠️', paused: '⏸️', failed: '❌', cancelled: '⏹️', frozen: '🧊', held: '⏳' };

/**
 * The step summary of a pipeline run, state first: one line with the
 * outcome, the cause and what production runs now; the next step as ready
 * commands; every target (live now, previous good, this run's action); every
 * stage of the plan, including those never started; the rollback; one timeline.
 */
export function renderPipelineSummary(service: string, report: PipelineReport, dryRun: boolean): string {
  const parts: string[] = [];
  parts.push(`### ${RESULT_ICON[report.result] ?? ''} ${escapeLine(report.headline)}`, '');
  if (dryRun) parts.push('_Dry run: nothing was deployed, probed or recorded._', '');
  parts.push('**Next step**', '', ...report.nextStep.map((s) => `- ${s}`), '');
  parts.push(`#### Targets of ${escapeLine(service)}`, '');
  parts.push(markdownTable(
    ['target', 'stage', 'live now', 'previous good', 'this run', 'why'],
    report.targetsNow.map((t) => [t.target, t.stage, t.live ?? (t.action === 'untouched' ? '(unchanged)' : 'unknown'), t.previous ?? '–', t.action, t.reason ?? '']),
  ));
  parts.push('', '#### Stages', '');
  const ran = new Map(report.stages.map((s) => [s.stage, s]));
  parts.push(markdownTable(
    ['stage', 'targets', 'deploy', 'gate', 'decision', 'duration', 'why'],
    report.plannedStages.map((p) => {
      const s = ran.get(p.name);
      if (!s) return [p.name, p.targets.join(', '), 'not started', '–', '–', '–', ''];
      return [s.stage, p.targets.join(', '), s.deploy, s.gate, s.decision, formatDuration(s.durationMs), s.reason ?? ''];
    }),
  ));
  if (report.rollback) {
    const deployed = new Map(report.stages.flatMap((s) => s.targets).map((t) => [t.target, t]));
    parts.push('', `#### Rollback (${report.rollback.ok ? 'done' : 'incomplete'})`, '', `Why: ${escapeLine(report.rollback.reason)}`, '');
    parts.push(markdownTable(['target', 'environment', 'was running', 'now', 'result', 'why'], report.rollback.targets.map((t) => {
      // A target whose deploy command failed may never have run the new version: say so, do not claim it.
      const d = deployed.get(t.target);
      const from = d && d.state !== 'succeeded' ? `${d.fromVersion ?? '?'} (${report.version} ${d.state}: may not have reached it)` : (t.fromVersion ?? '?');
      return [t.target, t.environment, from, t.toVersion ?? '?', t.state === 'succeeded' ? 'rolled back' : t.state, t.reason];
    })));
    if (report.rollback.stillUnhealthy?.length) parts.push('', `**Still unhealthy after the rollback:** ${escapeLine(report.rollback.stillUnhealthy.map((u) => `${u.target}: ${u.cause}`).join('; '))}`);
  }
  if (report.unrecorded.length) {
    parts.push('', `#### Not recorded in GitHub Deployments (${report.unrecorded.length}): a later run can write these`, '');
    parts.push(markdownTable(['target', 'environment', 'record', 'cause'], report.unrecorded.map((u) => [u.target, u.environment, u.what, u.cause])));
  }
  if (report.undelivered.length) parts.push('', `#### Urgent notifications that reached no channel (${report.undelivered.length})`, '', ...report.undelivered.map((u) => `- ${escapeLine(u)}`));
  parts.push('', '#### Timeline', '');
  parts.push(markdownTable(['time', 'event', 'stage', 'targets', 'detail'], timelineOf(report).map((e) => [e.at.slice(11, 23), e.kind, e.stage ?? '', (e.targets ?? []).join(', '), e.reason ?? e.verdict ?? ''])));
  return `${parts.join('\n')}\n`;
}

/**
 * The events once each: an event that repeats the one before it for the
 * same stage and targets (a gate-failed and its stage-failed saying the
 * same thing) is shown once.
 */
export function timelineOf(report: PipelineReport): PipelineEvent[] {
  const seen = new Set<string>();
  return report.events.filter((e) => {
    // Only events that say something can repeat each other: a stage-succeeded is not its stage-started.
    if (e.kind === 'pipeline-failed' || e.kind === 'pipeline-succeeded' || !e.reason) return true;
    // The stage-failed reason is the gate's cause plus "(stage X)": the same fact.
    const key = `${e.stage ?? ''}|${(e.targets ?? []).join(',')}|${(e.reason ?? e.verdict ?? '').replace(` (stage ${e.stage ?? ''})`, '')}`;
    if (seen.has(key) && e.kind !== 'rollback-started') return false;
    seen.add(key);
    return true;
  });
}

/** The timeline as plain lines, for a terminal. */
export function renderTimeline(report: PipelineReport): string[] {
  return timelineOf(report).map((e) => `${e.at.slice(11, 23)}  ${e.kind.padEnd(24)} ${(e.stage ?? '').padEnd(8)} ${(e.targets ?? []).join(',').padEnd(24)} ${e.reason ?? e.verdict ?? ''}`);
}

/** Text on one Markdown line: no HTML, no line breaks. */
function escapeLine(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

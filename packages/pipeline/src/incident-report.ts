import { escapeCell, markdownLink, markdownTable } from '@stagegate/action-kit';
import { formatDuration } from '@stagegate/core';
import type { EventLink, RunContext } from '@stagegate/notify';

/**
 * The incident report written after a rollback (`incident-<version>.md`,
 * beside the history and uploaded with it): the cause first, then what each
 * target ran before and runs now, the timeline and the links. Pure: the root
 * action and `stagegate rollback` write the text it returns.
 */

/** One target of the rollback. */
export interface IncidentTarget {
  target: string;
  environment: string;
  /** What it ran when the rollback started (the failed version, when it got there). */
  wasRunning?: string | undefined;
  /** What it runs now: the version rolled back to, or still the old one when the rollback failed. */
  nowRuns?: string | undefined;
  /** succeeded, failed, skipped, … */
  state: string;
  reason: string;
}

/** One line of the timeline. */
export interface IncidentEvent {
  at: string;
  event: string;
  stage?: string | undefined;
  targets?: readonly string[] | undefined;
  detail?: string | undefined;
}

/** Everything the report says. */
export interface IncidentInput {
  service: string;
  /** The version rolled back. */
  version: string;
  /** The rollout's (or the command's) result: rolled-back, failed, partially-failed. */
  result: string;
  /** What failed, where, what was observed. */
  cause: string;
  /** Who or what started the rollback: "stage primary, on-failure rollback-all" or "stagegate rollback by ana". */
  trigger: string;
  startedAt: string;
  endedAt: string;
  targets: readonly IncidentTarget[];
  /** Targets the check after the rollback still found unhealthy. */
  stillUnhealthy?: ReadonlyArray<{ target: string; cause: string }> | undefined;
  timeline: readonly IncidentEvent[];
  links: readonly EventLink[];
}

/** The report's file name: `incident-<version>.md`, the version made file-safe (a `/` or `+` becomes `_`). */
export function incidentFileName(version: string): string {
  return `incident-${version.replace(/[^A-Za-z0-9._-]/g, '_')}.md`;
}

/** The page of a run that lists its artifacts (the run's summary page, not one attempt's log). */
export function artifactsUrlOf(runUrl: string): string | undefined {
  if (!/^https?:\/\//.test(runUrl)) return undefined;
  return `${runUrl.replace(/\/attempts\/\d+$/, '')}#artifacts`;
}

/** The links of a report: the run, its artifacts (the report and history), the commit, each environment's deployments. */
export function incidentLinks(runUrl: string, context: RunContext | undefined, environments: readonly string[]): EventLink[] {
  const server = (context?.serverUrl || 'https://github.com').replace(/\/+$/, '');
  const repo = context?.repository ? `${server}/${context.repository}` : undefined;
  const artifacts = artifactsUrlOf(runUrl);
  return [
    ...(runUrl ? [{ text: 'Workflow run', url: runUrl }] : []),
    ...(artifacts ? [{ text: 'Run artifacts (history, status file, this report)', url: artifacts }] : []),
    ...(repo && context?.sha ? [{ text: `Commit ${context.sha.slice(0, 7)}`, url: `${repo}/commit/${context.sha}` }] : []),
    ...(repo ? [...new Set(environments)].map((e) => ({ text: `Deployments: ${e}`, url: `${repo}/deployments/${encodeURIComponent(e)}` })) : []),
  ];
}

/** Renders the report as Markdown. User text (reasons, versions) is escaped: it cannot add markup or break a table. */
export function renderIncidentReport(i: IncidentInput): string {
  const back = i.targets.filter((t) => t.state === 'succeeded');
  const notBack = i.targets.filter((t) => t.state !== 'succeeded' && t.state !== 'skipped');
  const now = i.targets.map((t) => `${t.target} runs ${t.nowRuns ?? 'an unknown version'}`).join(', ');
  const lasted = Date.parse(i.endedAt) - Date.parse(i.startedAt);
  const lines = [
    `# Incident: ${text(i.service)} ${text(i.version)} — ${text(i.result)}`,
    '',
    `**Cause:** ${text(i.cause)}`,
    '',
    `**Production now:** ${text(now || 'no target was rolled back')}.${notBack.length ? ` **Not rolled back:** ${text(notBack.map((t) => `${t.target} (${t.reason})`).join('; '))}.` : ''}`,
    '',
    `**Rollback:** ${back.length} of ${i.targets.length} target${i.targets.length === 1 ? '' : 's'} back on a good version; started by ${text(i.trigger)}.`,
    '',
    `**When:** ${i.startedAt} → ${i.endedAt}${Number.isFinite(lasted) && lasted >= 0 ? ` (${formatDuration(lasted)})` : ''}`,
    '',
    '## Targets',
    '',
    markdownTable(['target', 'environment', 'was running', 'now runs', 'rollback', 'why'], i.targets.map((t) => [
      t.target, t.environment, t.wasRunning ?? '?', t.nowRuns ?? '?', t.state === 'succeeded' ? 'rolled back' : t.state, t.reason,
    ])),
  ];
  if (i.stillUnhealthy?.length) {
    lines.push('', '## Still unhealthy after the rollback', '', ...i.stillUnhealthy.map((u) => `- ${text(u.target)}: ${text(u.cause)}`));
  }
  lines.push('', '## Timeline', '', markdownTable(['time', 'event', 'stage', 'targets', 'detail'], i.timeline.map((e) => [
    e.at, e.event, e.stage ?? '', (e.targets ?? []).join(', '), e.detail ?? '',
  ])));
  lines.push('', '## Links', '', ...(i.links.length ? i.links.map((l) => `- ${markdownLink(l.text, l.url).md}`) : ['- none: a local run has no workflow run or repository to link to']));
  return `${lines.join('\n')}\n`;
}

/** Text on one Markdown line: escaped like a table cell, so nothing in it becomes markup. */
function text(s: string): string {
  return escapeCell(s).replace(/<br>/g, ' ').replace(/[*_`[\]#]/g, '\\$&');
}

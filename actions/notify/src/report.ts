import { escapeCell, markdownTable } from '@stagegate/action-kit';
import { describeEvent, type DeliveryReport, type FailOnError } from '@stagegate/notify';

/**
 * What the step tells people about a delivery. Everything here is built from
 * the report, which holds channel names and redacted errors, never a webhook
 * URL, so none of it can leak one.
 */

/** The step summary: the event and, per channel, its outcome, attempts and last answer. */
export function renderSummary(report: DeliveryReport, auditFile: string): string {
  const channels = [...report.delivered, ...report.failed];
  const rows = channels.map((name) => {
    const tries = report.attempts.filter((a) => a.channel === name);
    const last = tries.at(-1);
    const detail = last?.status !== undefined ? `HTTP ${last.status}` : (last?.error ?? '');
    return [name, report.delivered.includes(name) ? '✅ delivered' : '❌ failed', tries.length, detail];
  });
  const table = rows.length ? markdownTable(['channel', 'outcome', 'attempts', 'last answer'], rows) : '_No channel takes this priority: recorded in the audit file only._';
  return [`### stagegate notify: ${escapeCell(describeEvent(report.event))}`, '', table, '', `Audit trail: \`${auditFile}\``, ''].join('\n');
}

/** The step's error when the fail-on-error rule says the delivery failed; undefined otherwise. */
export function failureMessage(report: DeliveryReport, rule: FailOnError, auditFile: string): string | undefined {
  if (!report.mustFail) return undefined;
  const { priority, kind } = report.event;
  const reached = report.delivered.length ? `reached only ${report.delivered.join(', ')}` : 'reached no channel';
  return `${priority} ${kind} ${reached} (${report.failed.join(', ')} failed; fail-on-error ${rule}); every attempt is in ${auditFile}`;
}

/**
 * A warning for failures that do not fail the step (a fallback took over, or
 * the priority is low): still worth a yellow line in the run.
 */
export function warningMessage(report: DeliveryReport): string | undefined {
  if (report.mustFail || report.failed.length === 0) return undefined;
  const { priority, kind } = report.event;
  return `notify: ${report.failed.join(', ')} failed for ${priority} ${kind}; delivered to ${report.delivered.join(', ') || 'no channel'}`;
}

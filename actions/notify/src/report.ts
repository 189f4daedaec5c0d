import { escapeCell, markdownTable } from '@stagegate/action-kit';
import { describeEvent, type DeliveryReport } from '@stagegate/notify';

/**
 * The step summary: the event and, per channel, its outcome and attempts.
 * Built from the report only, which holds channel names and redacted errors,
 * never a webhook URL.
 */
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

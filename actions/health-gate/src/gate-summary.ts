import { markdownTable } from '@stagegate/action-kit';
import { describeCheckCause, formatDuration, type CheckResult, type GateResult, type Sample } from '@stagegate/core';

/** Points per chart line: more are averaged into buckets so the chart stays readable. */
const MAX_POINTS = 40;

const ICON: Record<string, string> = { Successful: '✅', Failed: '❌', Error: '⚠️', Inconclusive: '❔' };

/** The step summary: verdict, a table per target and check, and a chart per check. */
export function renderGateSummary(result: GateResult, title: string): string {
  const cause = result.verdict === 'Successful' ? '' : ` — ${describeGateCause(result)}`;
  const parts = [`### ${ICON[result.verdict] ?? ''} ${title}: ${result.verdict}${escapeLine(cause)}`, '', escapeLine(result.reason), ''];
  parts.push(markdownTable(
    ['target', 'check', 'severity', 'samples', 'failures', 'errors', 'last value', 'verdict', 'reason'],
    result.checks.map((c) => [c.target, c.check, c.severity, c.samples, c.failures, c.errors, formatValue(c.lastValue), `${ICON[c.verdict] ?? ''} ${c.verdict}`, c.reason]),
  ));
  const withBaseline = result.checks.filter((c) => c.baseline);
  if (withBaseline.length) {
    parts.push('', '#### Baseline comparison (Mann-Whitney U)', '', markdownTable(
      ['target', 'check', 'outcome', 'p-value', 'shift (HL)', 'mean ratio', 'P(worse)', 'samples'],
      withBaseline.map((c) => {
        const b = c.baseline!;
        return [c.target, c.check, b.outcome, b.pValue.toPrecision(3), formatValue(b.effect.shift), b.effect.meanRatio === null ? 'n/a (baseline 0)' : b.effect.meanRatio.toFixed(2), b.effect.probabilityWorse.toFixed(2), `${b.canarySamples} / ${b.baselineSamples}`];
      }),
    ));
  }
  parts.push('', `${result.rounds} round${result.rounds === 1 ? '' : 's'} in ${formatDuration(result.endedAt - result.startedAt)}.`);
  for (const check of new Set(result.checks.map((c) => c.check))) parts.push('', renderChart(check, result.checks.filter((c) => c.check === check), result.samples, result.startedAt));
  return parts.join('\n') + '\n';
}

const MARK: Record<string, string> = { pass: '✅', fail: '❌', error: '⚠️' };
const RANK: Record<string, number> = { pass: 0, error: 1, fail: 2 };

/**
 * Pass/fail per round of one check, one row per target: a table rather than
 * a plotted line, so a gate that failed on its first round still shows that
 * round, and a legend and units can say what a cell means. More rounds than
 * {@link MAX_POINTS} are grouped; a group shows its worst sample.
 */
export function renderChart(check: string, checks: CheckResult[], samples: readonly Sample[], startedAt: number): string {
  const mine = samples.filter((s) => s.check === check);
  const rounds = mine.reduce((m, s) => Math.max(m, s.round + 1), 0);
  if (!rounds) return '';
  const bucket = Math.ceil(rounds / MAX_POINTS);
  const points = Math.ceil(rounds / bucket);
  const headers = ['target'];
  for (let p = 0; p < points; p++) {
    const first = mine.find((s) => s.round >= p * bucket);
    headers.push(first ? `${((first.at - startedAt) / 1000).toFixed(1)}s` : `#${p * bucket + 1}`);
  }
  const rows = checks.map((c) => {
    const cells = [c.target];
    for (let p = 0; p < points; p++) {
      const inBucket = mine.filter((s) => s.target === c.target && s.round >= p * bucket && s.round < (p + 1) * bucket);
      const worst = inBucket.reduce<string | undefined>((w, s) => (w === undefined || (RANK[s.status] ?? 0) > (RANK[w] ?? 0) ? s.status : w), undefined);
      cells.push(worst ? MARK[worst] ?? worst : '–');
    }
    return cells;
  });
  const unit = bucket > 1 ? `each column groups ${bucket} rounds and shows its worst sample` : 'one column per round';
  return [`**${check}: pass/fail per round** (${unit}; column headings: seconds since the gate started)`, '', 'Legend: ✅ pass · ❌ fail · ⚠️ error (no answer) · – no sample', '', markdownTable(headers, rows)].join('\n');
}

function formatValue(v: number | null): string {
  if (v === null) return '–';
  return Number.isInteger(v) ? String(v) : Number(v.toPrecision(4)).toString();
}

function escapeLine(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

/** Why a gate did not pass, cause first: each failed check's observation, or the gate's reason. */
export function describeGateCause(result: GateResult): string {
  return result.failedChecks.map(describeCheckCause).join('; ') || result.reason;
}

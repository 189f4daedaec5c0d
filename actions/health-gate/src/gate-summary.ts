import { markdownTable } from '@stagegate/action-kit';
import { formatDuration, type CheckResult, type GateResult, type Sample } from '@stagegate/core';

/** Points per chart line: more are averaged into buckets so the chart stays readable. */
const MAX_POINTS = 40;

const ICON: Record<string, string> = { Successful: '✅', Failed: '❌', Error: '⚠️', Inconclusive: '❔' };

/** The step summary: verdict, a table per target and check, and a chart per check. */
export function renderGateSummary(result: GateResult, title: string): string {
  const parts = [`### ${ICON[result.verdict] ?? ''} ${title}: ${result.verdict}`, '', escapeLine(result.reason), ''];
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
  parts.push('', `${result.rounds} rounds in ${formatDuration(result.endedAt - result.startedAt)}.`);
  for (const check of new Set(result.checks.map((c) => c.check))) parts.push('', renderChart(check, result.checks.filter((c) => c.check === check), result.samples, result.startedAt));
  return parts.join('\n') + '\n';
}

/**
 * A mermaid xychart (GitHub renders it) of one check's values per round, one
 * line per target. xychart has no legend, so the title lists the targets in
 * line order.
 */
export function renderChart(check: string, checks: CheckResult[], samples: readonly Sample[], startedAt: number): string {
  const mine = samples.filter((s) => s.check === check);
  const rounds = mine.reduce((m, s) => Math.max(m, s.round + 1), 0);
  if (!rounds) return '';
  const bucket = Math.ceil(rounds / MAX_POINTS);
  const points = Math.ceil(rounds / bucket);
  const xs: string[] = [];
  for (let p = 0; p < points; p++) {
    const first = mine.find((s) => s.round >= p * bucket);
    xs.push(first ? `"${((first.at - startedAt) / 1000).toFixed(1)}s"` : `"${p}"`);
  }
  const lines = checks.map((c) => {
    const ys: number[] = [];
    let last = 0;
    for (let p = 0; p < points; p++) {
      const inBucket = mine.filter((s) => s.target === c.target && s.round >= p * bucket && s.round < (p + 1) * bucket);
      const vals = inBucket.map((s) => s.value ?? s.latencyMs);
      // A round without a value (an error) repeats the last one: xychart has no gaps.
      if (vals.length) last = vals.reduce((a, b) => a + b, 0) / vals.length;
      ys.push(Number(last.toPrecision(4)));
    }
    return `    line [${ys.join(', ')}]`;
  });
  const targets = checks.map((c) => c.target).join(', ').replace(/"/g, "'");
  return ['```mermaid', 'xychart-beta', `    title "${check.replace(/"/g, "'")} per round (lines: ${targets})"`, `    x-axis [${xs.join(', ')}]`, `    y-axis "value"`, ...lines, '```'].join('\n');
}

function formatValue(v: number | null): string {
  if (v === null) return '–';
  return Number.isInteger(v) ? String(v) : Number(v.toPrecision(4)).toString();
}

function escapeLine(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

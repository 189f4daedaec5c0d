import type { CheckResult, GateResult, HistoryEvent, HistoryEventBase } from '@stagegate/core';

const RANK: Record<string, number> = { Successful: 0, Running: 1, Inconclusive: 2, Error: 3, Failed: 4 };

/**
 * The gate's history events: one `gate-verdict` per target (its worst check,
 * with the checks that were not Successful in the detail), so a merged history
 * says which target a failed gate blamed.
 */
export function describeGateEvents(base: HistoryEventBase, result: GateResult, stage: string | undefined, version: string, time: string): HistoryEvent[] {
  const byTarget = new Map<string, CheckResult[]>();
  for (const c of result.checks) byTarget.set(c.target, [...(byTarget.get(c.target) ?? []), c]);
  return [...byTarget].map(([target, checks]) => {
    const worst = checks.reduce((a, b) => ((RANK[b.verdict] ?? 0) > (RANK[a.verdict] ?? 0) ? b : a));
    const bad = checks.filter((c) => c.verdict !== 'Successful');
    return {
      time, ...base, kind: 'gate-verdict' as const,
      ...(stage ? { stage } : {}), target, ...(version ? { version } : {}),
      verdict: worst.verdict,
      detail: bad.length ? bad.map((c) => `${c.check}: ${c.reason}`).join('; ') : `${checks.length} check(s) Successful; gate ${result.verdict}: ${result.reason}`,
    };
  });
}

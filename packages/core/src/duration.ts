/**
 * Durations in plans are strings such as "500ms", "30s", "5m", "1h" or "1m30s",
 * so that a plan reads like a runbook; a bare number means seconds.
 */
export const DURATION_PATTERN = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parses "5m" → 300000. Throws a plain Error naming the text when it is not a duration. */
export function parseDuration(text: string | number): number {
  if (typeof text === 'number') {
    if (!Number.isFinite(text) || text < 0) throw new Error(`expected a duration such as "30s" or "5m"; got ${text}`);
    return Math.round(text * 1000);
  }
  const t = text.trim();
  if (/^\d+(?:\.\d+)?$/.test(t)) return Math.round(Number(t) * 1000);
  if (!DURATION_PATTERN.test(t)) throw new Error(`expected a duration such as "30s" or "5m"; got ${JSON.stringify(text)}`);
  let total = 0;
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) total += Number(m[1]) * (UNIT_MS[m[2] as string] ?? 0);
  return Math.round(total);
}

/** Formats milliseconds for people: 1500 → "1.5s", 300000 → "5m". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(1))}s`;
  // Round the whole first, then split: 59.6 s of a minute must carry into it ("2m", never "1m60s").
  if (ms < 3_600_000 - 500) {
    const total = Math.round(ms / 1000);
    const m = Math.floor(total / 60);
    const s = total % 60;
    return s ? `${m}m${s}s` : `${m}m`;
  }
  const total = Math.round(ms / 60_000);
  const h = Math.floor(total / 60);
  const m = total % 60;
  return m ? `${h}h${m}m` : `${h}h`;
}

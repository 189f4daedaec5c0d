import { parseDuration } from '../duration.js';
import { ConfigError } from '../errors.js';

/**
 * Parses a window such as "30d", "12h" or "90m" (days are allowed here on
 * top of plan durations, since DORA windows are counted in days).
 * `name` is what the error names: `input dora-window`, `--window`.
 */
export function parseWindow(text: string, name: string): number {
  const t = text.trim();
  const days = /^(\d+(?:\.\d+)?)d$/.exec(t);
  if (days) return Number(days[1]) * 86_400_000;
  try {
    const ms = parseDuration(t);
    if (ms > 0) return ms;
  } catch { /* reported below with the name */ }
  throw new ConfigError([{ path: name, message: `expected a window such as 30d, 14d or 72h; got ${JSON.stringify(text)}` }]);
}

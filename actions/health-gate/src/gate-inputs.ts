import { parse } from 'yaml';
import * as z from 'zod';
import { Check, ConfigError, describeIssue, type Verdict } from '@stagegate/core';

/**
 * Checks given inline in the `checks` input: a YAML or JSON list of checks
 * written as in a plan. Every problem is reported with its place in the input.
 */
export function parseChecksInput(text: string, name = 'checks'): Check[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    throw new ConfigError([{ path: `input ${name}`, message: `expected a YAML or JSON list of checks; ${(e as Error).message.split('\n')[0]}` }]);
  }
  const parsed = z.array(Check).min(1).safeParse(data, { reportInput: true });
  if (!parsed.success) throw new ConfigError(parsed.error.issues.flatMap((i) => describeIssue(i as z.core.$ZodIssue, [`input ${name}`])), `input ${name} is not a valid list of checks:`);
  const seen = new Set<string>();
  for (const [i, c] of parsed.data.entries()) {
    if (seen.has(c.name)) throw new ConfigError([{ path: `input ${name}[${i}].name`, message: `duplicate check name "${c.name}"` }]);
    seen.add(c.name);
  }
  return parsed.data;
}

/** The verdicts that fail the step: a comma list of failed, error, inconclusive; or none. */
export function parseFailOn(text: string, name = 'fail-on'): Set<Verdict> {
  const words = text.split(/[\s,]+/).map((w) => w.trim().toLowerCase()).filter(Boolean);
  if (!words.length) return new Set(['Failed', 'Error', 'Inconclusive']);
  if (words.length === 1 && words[0] === 'none') return new Set();
  const known: Record<string, Verdict> = { failed: 'Failed', error: 'Error', inconclusive: 'Inconclusive' };
  const out = new Set<Verdict>();
  for (const w of words) {
    const v = known[w];
    if (!v) throw new ConfigError([{ path: `input ${name}`, message: `expected a list of failed, error, inconclusive (or none); got ${JSON.stringify(w)}` }]);
    out.add(v);
  }
  return out;
}

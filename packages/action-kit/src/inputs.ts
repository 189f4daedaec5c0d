import { ConfigError } from '@stagegate/core';

/**
 * Parsers for action inputs. main.ts reads the raw strings with
 * core.getInput and hands them here; every error names the input.
 */

/** "true"/"false" (YAML 1.2 core schema, as @actions/core accepts); empty gives the default. */
export function parseBooleanInput(name: string, value: string, fallback: boolean): boolean {
  const v = value.trim();
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new ConfigError([{ path: `input ${name}`, message: `expected true or false; got ${JSON.stringify(v)}` }]);
}

/** A whole number within bounds; empty gives the default. */
export function parseIntegerInput(name: string, value: string, fallback: number, bounds: { min?: number; max?: number } = {}): number {
  const v = value.trim();
  if (v === '') return fallback;
  const n = Number(v);
  const { min = -Infinity, max = Infinity } = bounds;
  if (!/^-?\d+$/.test(v) || n < min || n > max) {
    const range = [Number.isFinite(min) ? `>= ${min}` : '', Number.isFinite(max) ? `<= ${max}` : ''].filter(Boolean).join(' and ');
    throw new ConfigError([{ path: `input ${name}`, message: `expected a whole number${range ? ` ${range}` : ''}; got ${JSON.stringify(v)}` }]);
  }
  return n;
}

/** One of a fixed set of words; empty gives the default. */
export function parseChoiceInput<T extends string>(name: string, value: string, choices: readonly T[], fallback: T): T {
  const v = value.trim();
  if (v === '') return fallback;
  if (!(choices as readonly string[]).includes(v)) throw new ConfigError([{ path: `input ${name}`, message: `expected one of ${choices.join(', ')}; got ${JSON.stringify(v)}` }]);
  return v as T;
}

/** A list given as JSON array, comma- or newline-separated words; empty gives []. */
export function parseListInput(name: string, value: string): string[] {
  const v = value.trim();
  if (v === '') return [];
  if (v.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(v);
    } catch {
      throw new ConfigError([{ path: `input ${name}`, message: `expected a JSON array of strings or a comma-separated list; got invalid JSON ${JSON.stringify(v.slice(0, 60))}` }]);
    }
    if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string')) throw new ConfigError([{ path: `input ${name}`, message: 'expected a JSON array of strings' }]);
    return parsed.map((s) => s.trim()).filter(Boolean);
  }
  return v.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}

/** Parses a JSON input, naming it when the text is not JSON. */
export function parseJsonInput(name: string, value: string): unknown {
  try {
    return JSON.parse(value);
  } catch (e) {
    throw new ConfigError([{ path: `input ${name}`, message: `expected JSON; ${(e as Error).message}` }]);
  }
}

import { isDeepStrictEqual } from 'node:util';
import type { JsonPathAssertion } from '@stagegate/core';

/**
 * The value at a dotted path such as `checks.db.ok` or `$.items[0].state`.
 * Returns `{ found: false }` rather than undefined so a missing field and a
 * field that holds null are told apart.
 */
export function readJsonPath(body: unknown, path: string): { found: boolean; value?: unknown } {
  const clean = path.replace(/^\$\.?/, '');
  let cur: unknown = body;
  for (const m of clean.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    const key: string | number = m[2] !== undefined ? Number(m[2]) : (m[1] as string);
    if (cur === null || typeof cur !== 'object' || !(key in (cur as object))) return { found: false };
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return { found: true, value: cur };
}

/** Why `actual` does not contain `expected` (a partial deep match), or undefined when it does. */
export function findJsonMismatch(actual: unknown, expected: unknown, at = ''): string | undefined {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return `${at || 'body'}: expected an object, got ${show(actual)}`;
    for (const [k, v] of Object.entries(expected)) {
      const sub = at ? `${at}.${k}` : k;
      if (!(k in actual)) return `${sub}: missing`;
      const miss = findJsonMismatch((actual as Record<string, unknown>)[k], v, sub);
      if (miss) return miss;
    }
    return undefined;
  }
  return isDeepStrictEqual(actual, expected) ? undefined : `${at || 'body'}: expected ${show(expected)}, got ${show(actual)}`;
}

/** Why a JSON path assertion does not hold, or undefined when it does. */
export function checkJsonPath(body: unknown, a: JsonPathAssertion): string | undefined {
  const { found, value } = readJsonPath(body, a.path);
  if (!found) return `${a.path}: missing`;
  if (a.equals !== undefined && !isDeepStrictEqual(value, a.equals)) return `${a.path}: expected ${show(a.equals)}, got ${show(value)}`;
  if (a.matches !== undefined) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (!new RegExp(a.matches).test(text)) return `${a.path}: ${show(value)} does not match /${a.matches}/`;
  }
  if (a.min !== undefined || a.max !== undefined) {
    if (typeof value !== 'number') return `${a.path}: expected a number, got ${show(value)}`;
    if (a.min !== undefined && value < a.min) return `${a.path}: ${value} < min ${a.min}`;
    if (a.max !== undefined && value > a.max) return `${a.path}: ${value} > max ${a.max}`;
  }
  return undefined;
}

/** A value shown briefly in a message. */
function show(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

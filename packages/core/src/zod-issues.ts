import type * as z from 'zod';
import type { ConfigProblem } from './errors.js';

/** Every key any plan object accepts, to suggest the one a typo meant. */
const KNOWN_KEYS = [
  'version', 'service', 'environment', 'version-pattern', 'stages', 'deploy', 'rollback', 'checks', 'prometheus', 'notify',
  'name', 'targets', 'parallel', 'gate', 'on-failure', 'profile', 'soak', 'interval', 'timeout', 'consecutive-success', 'concurrency',
  'run', 'env', 'working-directory', 'type', 'severity', 'failure-limit', 'consecutive-error-limit', 'url', 'method', 'headers', 'body',
  'follow-redirects', 'expect', 'status', 'json', 'json-path', 'body-contains', 'max-latency', 'host', 'family', 'expect-addresses', 'port',
  'server', 'query', 'min', 'max', 'baseline', 'max-ratio', 'confidence', 'direction', 'min-difference', 'path', 'equals', 'matches',
  'slack', 'discord', 'webhook', 'secret', 'min-priority', 'immediate-priority', 'fallback-for', 'retries', 'fail-on-error',
];

/** `['stages', 1, 'on-failure']` → `stages[1].on-failure`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

/** A value as a person should see it in an error: JSON, cut to 60 characters. */
export function showValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Where a plan (or the notify action's `channels` input) holds webhook URLs and signing keys. */
const SECRET_AREA = /^(?:notify|input channels)(?:\.|$)/;
/** Keys of a channel that hold no secret: their values help the reader and are shown. */
const NOT_SECRET = /\.(?:min-priority|immediate-priority|fallback-for|retries|timeout|fail-on-error)$/;

/**
 * Turns one zod issue into plan problems a person can act on. A value under
 * `notify:` is never shown: a webhook URL written there by mistake (instead of
 * `env:NAME`) is a live secret, and error text ends up in logs and summaries.
 */
export function describeIssue(issue: z.core.$ZodIssue, base: readonly PropertyKey[] = []): ConfigProblem[] {
  return describeOne(issue, base).map((p) => (SECRET_AREA.test(p.path) && !NOT_SECRET.test(p.path) ? { ...p, message: hideValue(p.message) } : p));
}

/** The message without the value it quotes. */
function hideValue(message: string): string {
  const cut = message.search(/;? got /);
  return `${cut >= 0 ? message.slice(0, cut) : message} (value not shown: it is a secret)`;
}

function describeOne(issue: z.core.$ZodIssue, base: readonly PropertyKey[] = []): ConfigProblem[] {
  const path = [...base, ...issue.path];
  const at = formatPath(path) || 'plan';
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_value':
      if (issue.values.length === 1) return [{ path: at, message: `expected ${showValue(issue.values[0])}; got ${showValue(input)}` }];
      return [{ path: at, message: `expected one of ${issue.values.map(String).join(', ')}; got ${showValue(input)}` }];
    case 'unrecognized_keys':
      return issue.keys.map((k) => {
        const near = closest(k);
        return { path: formatPath([...path, k]), message: `unknown key${near ? `; did you mean "${near}"?` : ' (not part of the plan format)'}` };
      });
    case 'invalid_type': {
      if (input === undefined) return [{ path: at, message: `required: expected ${issue.expected}${custom(issue.message)}` }];
      const own = custom(issue.message);
      return [{ path: at, message: own ? own.slice(2) + `; got ${showValue(input)}` : `expected ${issue.expected}; got ${typeName(input)} ${showValue(input)}` }];
    }
    case 'invalid_union': {
      const disc = issue as { discriminator?: string; options?: unknown[] };
      if (disc.discriminator && disc.options) {
        const got = input && typeof input === 'object' ? (input as Record<string, unknown>)[disc.discriminator] : input;
        return [{ path: at, message: `expected one of ${disc.options.map(String).join(', ')}; got ${showValue(got)}` }];
      }
      // Report the branch that got furthest: a string that fails a pattern says more than "expected number".
      const branches = issue.errors.filter((errs) => !errs.every((e) => e.code === 'invalid_type' && e.path.length === 0));
      const best = branches[0];
      if (best) return best.flatMap((e) => describeOne(e, path));
      const own = custom(issue.message);
      return [{ path: at, message: `${own ? own.slice(2) : 'unexpected value'}; got ${showValue(input)}` }];
    }
    case 'too_small':
    case 'too_big': {
      const own = custom(issue.message);
      if (own) return [{ path: at, message: own.slice(2) }];
      const bound = issue.code === 'too_small' ? `>= ${String(issue.minimum)}` : `<= ${String(issue.maximum)}`;
      const what = issue.origin === 'array' ? `a list of ${bound} items` : issue.origin === 'string' ? `text of ${bound} characters` : `a number ${bound}`;
      return [{ path: at, message: `expected ${what}; got ${showValue(input)}` }];
    }
    case 'invalid_format': {
      const own = custom(issue.message);
      return [{ path: at, message: `${own ? own.slice(2) : `expected a ${issue.format}`}; got ${showValue(input)}` }];
    }
    default:
      return [{ path: at, message: `${issue.message}${input !== undefined ? `; got ${showValue(input)}` : ''}` }];
  }
}

/** A custom message we set in the schema (zod's own start with "Invalid" or "Too"). */
function custom(message: string): string {
  return /^(Invalid|Too (small|big)|Unrecognized)/.test(message) ? '' : `; ${message}`;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : typeof v;
}

function closest(key: string): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of KNOWN_KEYS) {
    const d = distance(key.toLowerCase(), k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return bestD <= Math.max(2, Math.floor(key.length / 4)) ? best : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] as number;
}

/**
 * Placeholders in plan strings: `{target}`, `{version}`, … They are filled into
 * argv elements one by one; nothing is ever joined into a shell command line.
 */

/** Every placeholder a plan may use, and what it stands for. */
export const PLACEHOLDERS = {
  target: 'the target being deployed or probed, e.g. lhr',
  version: 'the version being rolled out',
  previous: 'the last known good version of the target (the rollback version)',
  stage: 'the stage name',
  environment: 'the GitHub environment of the target, e.g. production/lhr',
  service: 'the plan\'s service name',
  color: 'in a blue-green stage: the idle colour being deployed and switched to (blue or green)',
  weight: 'the traffic share (0-100) the rolled-out version has on the target once the command ends: the stage\'s weight (100 without one); in a rollback, the share it goes back to (the target\'s weight in the stage before, else 0)',
} as const;

/** A placeholder name. */
export type PlaceholderName = keyof typeof PLACEHOLDERS;

/** Which placeholders each kind of plan string may use. */
export const PLACEHOLDERS_ALLOWED = {
  environment: ['target', 'stage', 'service'],
  command: ['target', 'version', 'previous', 'stage', 'environment', 'service', 'color', 'weight'],
  check: ['target', 'version', 'stage', 'environment', 'service', 'color'],
  url: ['target', 'version', 'stage', 'environment', 'service'],
} as const satisfies Record<string, readonly PlaceholderName[]>;

const PLACEHOLDER_RE = /\{([A-Za-z_][A-Za-z0-9_-]*)\}/g;

/** Names of the placeholders used in `text`, in order of appearance. */
export function findPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_RE)].map((m) => m[1] as string);
}

/** Values to fill; a missing value leaves an error, never an empty string. */
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

/**
 * Fills `{name}` placeholders in one string. Throws when the text uses a
 * placeholder with no value, so a command never runs with a hole in it.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER_RE, (whole, name: string) => {
    const v = values[name as PlaceholderName];
    if (v === undefined) throw new Error(`placeholder {${name}} has no value here (in ${JSON.stringify(text)})`);
    return v;
  });
}

/** Fills every element of an argv array; the array shape never changes. */
export function fillArgv(argv: readonly string[], values: PlaceholderValues): string[] {
  return argv.map((a) => fillPlaceholders(a, values));
}

/** Fills placeholders in every string of a JSON-like value (for check definitions). */
export function fillDeep<T>(value: T, values: PlaceholderValues): T {
  if (typeof value === 'string') return fillPlaceholders(value, values) as T;
  if (Array.isArray(value)) return value.map((v) => fillDeep(v, values)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fillDeep(v, values);
    return out as T;
  }
  return value;
}

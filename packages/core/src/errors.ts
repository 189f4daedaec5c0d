/**
 * One problem found in a user's input: where it is and what was expected.
 * `path` is written the way a person reads a plan: `stages[1].on-failure`.
 */
export interface ConfigProblem {
  /** Location in the plan or the input name, e.g. `stages[1].on-failure` or `input version`. */
  path: string;
  /** What was expected and what was found. */
  message: string;
}

/**
 * A user's mistake (a wrong plan, a bad input), as opposed to a bug or an outage.
 * Carries every problem found at once, so a user fixes them all in one go
 * (the pattern github/codeql-action uses for its ConfigurationError).
 */
export class ConfigError extends Error {
  /** Every problem found, in plan order. */
  readonly problems: ConfigProblem[];

  constructor(problems: ConfigProblem[] | string, heading?: string) {
    const list = typeof problems === 'string' ? [{ path: '', message: problems }] : problems;
    super(formatProblems(list, heading));
    this.name = 'ConfigError';
    this.problems = list;
  }
}

/** Formats problems one per line: `path: message`. */
export function formatProblems(problems: ConfigProblem[], heading?: string): string {
  const lines = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  if (heading) return [heading, ...lines.map((l) => `  - ${l}`)].join('\n');
  return lines.join('\n');
}

/** True when `e` is a ConfigError (also across bundle copies of this class). */
export function isConfigError(e: unknown): e is ConfigError {
  return e instanceof ConfigError || (e instanceof Error && e.name === 'ConfigError' && Array.isArray((e as ConfigError).problems));
}

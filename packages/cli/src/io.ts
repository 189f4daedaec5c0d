/** What a command may touch: streams, environment and working directory, injected so tests can capture them. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  cwd: string;
  /**
   * Aborted when the process gets SIGTERM or SIGINT (the reason is the
   * signal's name): a running rollout stops its commands and saves its state.
   */
  signal?: AbortSignal;
}

/** A CLI command: parses its own arguments, returns the exit code. */
export interface CliCommand {
  /** One line for `stagegate help`. */
  summary: string;
  /** Usage text shown for --help and on bad arguments. */
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** A mistake in the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Parses `--name value`, `--name=value` and `--flag` options; the rest are
 * positionals. Unknown options are errors, so a typo never passes silently.
 */
export function parseArgs(args: string[], spec: { values?: string[]; flags?: string[] }): { options: Record<string, string | boolean>; positionals: string[] } {
  const options: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('--') || a === '--') {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq === -1 ? undefined : eq);
    if (spec.flags?.includes(name)) {
      options[name] = true;
    } else if (spec.values?.includes(name)) {
      const value = eq === -1 ? args[++i] : a.slice(eq + 1);
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options[name] = value;
    } else {
      const known = [...(spec.values ?? []), ...(spec.flags ?? [])].map((k) => `--${k}`);
      throw new UsageError(`unknown option --${name}${known.length ? `; expected one of ${known.join(', ')}` : ''}`);
    }
  }
  return { options, positionals };
}

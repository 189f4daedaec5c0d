import { isConfigError } from '@stagegate/core';

/** The parts of @actions/core the outer handler needs (injected for tests). */
export interface FailureReporter {
  setFailed(message: string): void;
  debug(message: string): void;
}

/**
 * The one outer catch of an action (the codeql-action pattern): a user's
 * mistake (ConfigError) is reported as is; anything else keeps its message
 * and its stack goes to the debug log. Either way the step fails.
 */
export async function runMain(main: () => Promise<void>, reporter: FailureReporter): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (isConfigError(e)) {
      reporter.setFailed(e.message);
    } else if (e instanceof Error) {
      reporter.debug(e.stack ?? e.message);
      reporter.setFailed(e.message);
    } else {
      reporter.setFailed(String(e));
    }
    process.exitCode = 1;
  }
}

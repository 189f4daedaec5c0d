import type { CliIo } from './io.js';

/** Exit codes of a run stopped by a signal, as shells report them (128 + signal number). */
export const SIGNAL_EXIT_CODES: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143 };

/**
 * The real process as a CliIo. The first SIGTERM or SIGINT aborts `signal`
 * (reason: the signal's name) so a running rollout stops its commands, marks
 * its deployments and saves its state before it exits; a second one exits at once.
 */
export function processIo(): CliIo {
  const controller = new AbortController();
  const onSignal = (sig: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      process.stderr.write(`stagegate: ${sig} again: exiting now\n`);
      process.exit(SIGNAL_EXIT_CODES[sig] ?? 1);
    }
    process.stderr.write(`stagegate: ${sig}: stopping; send it again to exit at once\n`);
    controller.abort(sig);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), signal: controller.signal };
}

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
  return { stdout: survivePipeClose(process.stdout), stderr: survivePipeClose(process.stderr), env: process.env, cwd: process.cwd(), signal: controller.signal };
}

/**
 * A stream whose reader may go away (`stagegate run … | head`): EPIPE would be
 * an unhandled 'error' and end the process in the middle of a deploy, with
 * no rollback and deployments left in progress. The rollout is not the
 * reader's to stop: once the pipe is closed its output is dropped and the
 * run goes on to its end (a person stops it with Ctrl-C / SIGTERM).
 */
function survivePipeClose(stream: NodeJS.WriteStream): CliIo['stdout'] {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return { write: (text: string) => (closed ? false : stream.write(text)) };
}

/** @stagegate/cli: the `stagegate` command. */
export { runCli } from './cli.js';
export type { CliIo, CliCommand } from './io.js';
export { parseArgs, UsageError } from './io.js';

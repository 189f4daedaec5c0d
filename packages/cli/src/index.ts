/** The `stagegate` command as a library for the clone's tests and dev entry (the published package is the bundle only). */
export { runCli, CLI_VERSION } from './cli.js';
export type { CliIo, CliCommand } from './io.js';
export { parseArgs, UsageError } from './io.js';
export { COMMANDS } from './commands/index.js';

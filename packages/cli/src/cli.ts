import { isConfigError } from '@stagegate/core';
import pkg from '../package.json' with { type: 'json' };
import { COMMANDS } from './commands/index.js';
import { UsageError, type CliCommand, type CliIo } from './io.js';

/** The version of the `stagegate` package (from its package.json, inlined in the bundle). */
export const CLI_VERSION: string = pkg.version;

/** Runs `stagegate <command> …` and returns the exit code. */
export async function runCli(argv: string[], io: CliIo, commands: Record<string, CliCommand> = COMMANDS): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    io.stdout.write(`${CLI_VERSION}\n`);
    return 0;
  }
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(helpText(commands));
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.stderr.write(`stagegate: unknown command "${name}"; run \`stagegate --help\` for the commands\n\n${helpText(commands)}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`usage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`stagegate ${name}: ${e.message}\nusage: ${command.usage}\n`);
      return 2;
    }
    // A user's mistake (plan, input, state file) already names the file or input and the fix.
    const message = e instanceof Error ? e.message : String(e);
    io.stderr.write(`stagegate ${name}: ${message}\n${isConfigError(e) ? '' : `(run \`stagegate ${name} --help\` for its options)\n`}`);
    return 1;
  }
}

function helpText(commands: Record<string, CliCommand>): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const lines = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return `stagegate ${CLI_VERSION}: progressive delivery for GitHub Actions\n\nusage: stagegate <command> [options]\n       stagegate --version\n\n${lines.join('\n')}\n\nRun \`stagegate <command> --help\` for a command's options. Without GITHUB_TOKEN, run, status, history and dora use the state in .stagegate/.\n`;
}

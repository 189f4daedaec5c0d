import { COMMANDS } from './commands/index.js';
import { UsageError, type CliIo } from './io.js';

/** Runs `stagegate <command> …` and returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(helpText());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`stagegate: unknown command "${name}"\n\n${helpText()}`);
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
    io.stderr.write(`stagegate ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return `stagegate: progressive delivery for GitHub Actions\n\nusage: stagegate <command> [options]\n\n${lines.join('\n')}\n`;
}

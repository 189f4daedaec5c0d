import type { CliCommand } from '../io.js';
import { demoCommand } from './demo.js';
import { runCommand } from './run.js';
import { schemaCommand } from './schema.js';
import { validateCommand } from './validate.js';
import { statusCommand } from './status.js';
import { historyCommand } from './history.js';
import { doraCommand } from './dora.js';

/** Every command, by name. Add a command by adding a file and a line here. */
export const COMMANDS: Record<string, CliCommand> = {
  validate: validateCommand,
  run: runCommand,
  demo: demoCommand,
  schema: schemaCommand,
  status: statusCommand,
  history: historyCommand,
  dora: doraCommand,
};

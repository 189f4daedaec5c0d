import type { CliCommand } from '../io.js';
import { demoElsewhereCommand } from './demo-elsewhere.js';
import { runCommand } from './run.js';
import { schemaCommand } from './schema.js';
import { validateCommand } from './validate.js';
import { statusCommand } from './status.js';
import { historyCommand } from './history.js';
import { doraCommand } from './dora.js';
import { rollbackCommand } from './rollback.js';
import { freezeCommand, thawCommand } from './freeze.js';

/**
 * Every command of the published CLI, by name. Add a command by adding a file and a line here.
 * The clone's entry (bin/stagegate-dev.js) swaps in the real demo.
 */
export const COMMANDS: Record<string, CliCommand> = {
  validate: validateCommand,
  run: runCommand,
  demo: demoElsewhereCommand,
  schema: schemaCommand,
  status: statusCommand,
  history: historyCommand,
  dora: doraCommand,
  rollback: rollbackCommand,
  freeze: freezeCommand,
  thaw: thawCommand,
};

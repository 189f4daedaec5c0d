import { planJsonSchema } from '@stagegate/core';
import { parseArgs, type CliCommand } from '../io.js';

/** `stagegate schema`: prints the plan's JSON Schema (for editors). */
export const schemaCommand: CliCommand = {
  summary: 'print the JSON Schema of rollout plans (for editor completion)',
  usage: 'stagegate schema',
  async run(args, io) {
    parseArgs(args, {});
    io.stdout.write(`${JSON.stringify(planJsonSchema(), null, 2)}\n`);
    return 0;
  },
};

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, loadPlan, type Plan } from '@stagegate/core';

/** The plan's default place in a repository. */
export const DEFAULT_PLAN = '.github/rollout.yml';

/**
 * Reads and validates a plan file. Every error names the file: a missing
 * file says how to give another, a bad plan lists each problem with its plan
 * path or YAML line and column.
 */
export function readPlanFile(cwd: string, file: string): Plan {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new ConfigError([{ path: file, message: `cannot read the plan (${code}); ${code === 'ENOENT' ? `write one there (\`stagegate schema\` prints its JSON Schema) or pass --plan <file>` : 'check the file\'s permissions'}` }]);
  }
  return loadPlan(text, file);
}

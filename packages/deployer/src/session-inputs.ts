import { parseBooleanInput } from '@stagegate/action-kit';
import { ConfigError } from '@stagegate/core';
import type { SessionInputs } from './action-shell.js';

/**
 * The checks of the common inputs that need neither the plan nor GitHub: the
 * dry-run flag, and a token unless it is a dry run. An action's shell calls it
 * before loading the heavy parts (octokit, the plan parser), so a missing input
 * fails at once; openActionSession calls it too. Returns whether it is a dry run.
 */
export function checkSessionInputs(inputs: Pick<SessionInputs, 'token' | 'dryRun'>): boolean {
  const dryRun = parseBooleanInput('dry-run', inputs.dryRun, false);
  if (!inputs.token && !dryRun) throw new ConfigError([{ path: 'input token', message: 'expected a token with deployments: write (default ${{ github.token }})' }]);
  return dryRun;
}

import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ConfigError, loadPlan, type Plan } from '@stagegate/core';

// Its own file: the plan parser (zod, yaml) is the heaviest thing an action loads at start, and
// the input parsers beside it are used before it is needed (an input error then costs no parse).

/**
 * The plan named by an input: a path (relative to the workspace; default
 * .github/rollout.yml) or, when the value has a newline, the plan text itself.
 */
export function loadPlanInput(value: string, workspace: string, name = 'plan'): Plan {
  const v = value.trim() || '.github/rollout.yml';
  if (v.includes('\n')) return loadPlan(v, `input ${name}`);
  const file = isAbsolute(v) ? v : resolve(workspace, v);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError([{ path: `input ${name}`, message: `expected the path of a rollout plan; cannot read ${JSON.stringify(v)} (${(e as NodeJS.ErrnoException).code ?? e})` }]);
  }
  return loadPlan(text, v);
}

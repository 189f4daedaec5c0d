import { fillPlaceholders } from './placeholders.js';
import type { Plan, Stage } from './plan-schema.js';
import { stageOfTarget } from './plan-resolve.js';

/** What an environment URL template can name: the same values as a check. */
export const URL_PLACEHOLDERS = ['target', 'version', 'stage', 'environment', 'service'] as const;

/**
 * The link to a deployed target, from the stage's `url` template, else the
 * plan's (`https://{target}.example.com`), placeholders filled like a
 * command's; undefined when the plan sets none. GitHub shows it on the
 * deployment and the environment as `environment_url`.
 */
export function environmentUrlFor(plan: Plan, target: string, values: { version: string; environment: string }, stage?: Stage): string | undefined {
  const st = stage ?? stageOfTarget(plan, target);
  const template = st?.url ?? plan.url;
  if (template === undefined) return undefined;
  return fillPlaceholders(template, { target, stage: st?.name ?? '', service: plan.service, version: values.version, environment: values.environment });
}

import type { ConfigProblem } from './errors.js';
import type { Plan } from './plan-schema.js';
import { findPlaceholders, PLACEHOLDERS_ALLOWED } from './placeholders.js';
import { checkBlueGreenRules } from './blue-green.js';
import { checkTargetStages } from './plan-weights.js';

/**
 * The rules a schema alone cannot express: names that must be unique, references
 * that must exist, placeholders that must be known. Returns every problem found.
 */
export function checkPlanRules(plan: Plan): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const stageByName = new Map<string, number>();
  if (!plan.stages.length && plan.waves === undefined) problems.push({ path: 'stages', message: 'expected at least one stage (or waves)' });

  plan.stages.forEach((stage, i) => {
    const at = `stages[${i}]`;
    const earlier = stageByName.get(stage.name);
    if (earlier !== undefined) problems.push({ path: `${at}.name`, message: `duplicate stage name "${stage.name}" (also stages[${earlier}])` });
    else stageByName.set(stage.name, i);

    const seen = new Set<string>();
    stage.targets.forEach((target, j) => {
      if (seen.has(target)) {
        problems.push({ path: `${at}.targets[${j}]`, message: `duplicate target "${target}" in stage "${stage.name}"` });
        return;
      }
      seen.add(target);
    });

    const gate = stage.gate;
    if (gate?.profile !== undefined && !(gate.profile in plan.checks)) {
      const known = Object.keys(plan.checks);
      problems.push({ path: `${at}.gate.profile`, message: `expected the name of a profile under checks (${known.length ? known.join(', ') : 'none defined'}); got "${gate.profile}"` });
    }
    if (gate && gate.profile === undefined && !gate.checks?.length) problems.push({ path: `${at}.gate`, message: 'expected a profile or inline checks: a gate with no checks proves nothing' });
    gate?.checks?.forEach((c, k) => problems.push(...checkCheckPlaceholders(c, `${at}.gate.checks[${k}]`)));
    if (stage.environment !== undefined) problems.push(...checkText(stage.environment, `${at}.environment`, 'environment'));
    // A url names the same values a check can: it is filled per target, with the version deployed.
    if (stage.url !== undefined) problems.push(...checkText(stage.url, `${at}.url`, 'url'));
    if (stage.switch) checkCommand(stage.switch, `${at}.switch`, problems);
  });
  if (plan.url !== undefined) problems.push(...checkText(plan.url, 'url', 'url'));
  problems.push(...checkBlueGreenRules(plan));
  problems.push(...checkTargetStages(plan));

  problems.push(...checkText(plan.environment, 'environment', 'environment'));
  checkCommand(plan.deploy, 'deploy', problems);
  if (plan.rollback) checkCommand(plan.rollback, 'rollback', problems);

  for (const [profile, checks] of Object.entries(plan.checks)) {
    const names = new Set<string>();
    checks.forEach((c, k) => {
      const at = `checks.${profile}[${k}]`;
      if (names.has(c.name)) problems.push({ path: `${at}.name`, message: `duplicate check name "${c.name}" in profile "${profile}"` });
      names.add(c.name);
      problems.push(...checkCheckPlaceholders(c, at));
      if (c.type === 'prometheus' && !c.server && !plan.prometheus) problems.push({ path: `${at}.server`, message: 'expected a Prometheus URL here or at prometheus.url' });
      if (c.type === 'prometheus' && c.min === undefined && c.max === undefined && !c.baseline) problems.push({ path: at, message: 'expected min, max or baseline: a prometheus check needs a bound' });
    });
  }

  try {
    new RegExp(plan['version-pattern']);
  } catch {
    problems.push({ path: 'version-pattern', message: `expected a regular expression; got ${JSON.stringify(plan['version-pattern'])}` });
  }

  const notify = plan.notify;
  if (notify) {
    const channels = (['slack', 'discord', 'webhook', 'pagerduty'] as const).filter((c) => notify[c] !== undefined);
    for (const c of channels) {
      const fb = notify[c]?.['fallback-for'];
      if (fb === undefined) continue;
      if (fb === c) problems.push({ path: `notify.${c}.fallback-for`, message: 'a channel cannot be its own fallback' });
      else if (!channels.includes(fb as (typeof channels)[number])) problems.push({ path: `notify.${c}.fallback-for`, message: `expected one of the configured channels (${channels.filter((x) => x !== c).join(', ') || 'none'}); got "${fb}"` });
    }
  }
  return problems;
}

function checkCommand(cmd: Plan['deploy'], at: string, problems: ConfigProblem[]): void {
  cmd.run.forEach((arg, i) => problems.push(...checkText(arg, `${at}.run[${i}]`, 'command')));
  for (const [k, v] of Object.entries(cmd.env ?? {})) problems.push(...checkText(v, `${at}.env.${k}`, 'command'));
}

function checkCheckPlaceholders(check: unknown, at: string): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') out.push(...checkText(v, path, 'check'));
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'matches') walk(x, `${path}.${k}`);
  };
  walk(check, at);
  return out;
}

/** Placeholder names in `text` that this kind of string may not use. */
function checkText(text: string, path: string, kind: keyof typeof PLACEHOLDERS_ALLOWED): ConfigProblem[] {
  const allowed: readonly string[] = PLACEHOLDERS_ALLOWED[kind];
  // PromQL label matchers use braces too: only {word} with a known-looking name counts.
  return findPlaceholders(text)
    .filter((name) => !allowed.includes(name))
    .map((name) => ({ path, message: `unknown placeholder {${name}}; expected one of ${allowed.map((a) => `{${a}}`).join(', ')}` }));
}

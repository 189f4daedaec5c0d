import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { allTargets, formatDuration, parseDuration, validatePlanText, type Plan, type Stage } from '@stagegate/core';
import { parseArgs, type CliCommand } from '../io.js';

/** `stagegate validate [plan]`: exit 0 and a summary, or every problem and exit 1. */
export const validateCommand: CliCommand = {
  summary: 'check a rollout plan and print its stages, or every problem in it',
  usage: 'stagegate validate [plan] [--explain]   (default .github/rollout.yml; --explain prints every stage, waves expanded)',
  async run(args, io) {
    const { options, positionals } = parseArgs(args, { flags: ['explain'] });
    const file = positionals[0] ?? '.github/rollout.yml';
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, file), 'utf8');
    } catch (e) {
      io.stderr.write(`${file}: cannot read the plan (${(e as NodeJS.ErrnoException).code ?? String(e)})\n`);
      return 1;
    }
    const result = validatePlanText(text);
    if (!result.ok) {
      io.stderr.write(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}\n`);
      for (const p of result.problems) io.stderr.write(`  ${p.path}: ${p.message}\n`);
      return 1;
    }
    io.stdout.write(`${file}: ok — ${summarizePlan(result.plan)}\n`);
    if (options.explain) io.stdout.write(`${explainStages(result.plan).join('\n')}\n`);
    return 0;
  },
};

/** One line: service, stages with their targets, the gates' soak. */
export function summarizePlan(plan: Plan): string {
  const targets = allTargets(plan).length;
  const stages = plan.stages
    .map((s) => `${s.name} [${s.targets.join(', ')}]${s.gate && parseDuration(s.gate.soak) > 0 ? ` soak ${formatDuration(parseDuration(s.gate.soak))}` : ''}`)
    .join(' → ');
  return `${plan.service}: ${plan.stages.length} stage${plan.stages.length === 1 ? '' : 's'}, ${targets} target${targets === 1 ? '' : 's'}: ${stages}`;
}

/**
 * The plan's stages as they will run, one block each, waves already expanded
 * into their stages: name, how many targets and which, the traffic weight,
 * the gate and the on-failure policy. What `validate --explain` prints, so a
 * person sees which targets wave 3 takes before any of them is deployed.
 */
export function explainStages(plan: Plan): string[] {
  const lines = [`stages, in rollout order (${plan.stages.length}):`];
  plan.stages.forEach((stage, i) => {
    const n = stage.targets.length;
    lines.push(`  ${i + 1}. ${stage.name}: ${n} target${n === 1 ? '' : 's'}, ${stage.parallel} at a time: ${stage.targets.join(', ')}`);
    lines.push(`     weight: ${stage.weight === undefined ? 'none (all traffic)' : `${stage.weight} %`}`);
    lines.push(`     gate: ${describeGate(stage)}`);
    lines.push(`     on failure: ${stage['on-failure']}`);
  });
  return lines;
}

/** "profile standard + 1 inline check, soak 5m, every 10s, timeout 5m", or why there is none. */
function describeGate(stage: Stage): string {
  const gate = stage.gate;
  if (!gate) return 'none (the stage passes when its deploys succeed)';
  const checks = [gate.profile !== undefined ? `profile ${gate.profile}` : '', gate.checks?.length ? `${gate.checks.length} inline check${gate.checks.length === 1 ? '' : 's'}` : ''].filter(Boolean).join(' + ');
  const time = (d: string | number): string => formatDuration(parseDuration(d));
  return `${checks}, soak ${time(gate.soak)}, every ${time(gate.interval)}${gate.timeout !== undefined ? `, timeout ${time(gate.timeout)}` : ''}`;
}

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatDuration, parseDuration, validatePlanText, type Plan } from '@stagegate/core';
import { parseArgs, type CliCommand } from '../io.js';

/** `stagegate validate [plan]`: exit 0 and a summary, or every problem and exit 1. */
export const validateCommand: CliCommand = {
  summary: 'check a rollout plan and print its stages, or every problem in it',
  usage: 'stagegate validate [plan]   (default .github/rollout.yml)',
  async run(args, io) {
    const { positionals } = parseArgs(args, {});
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
    return 0;
  },
};

/** One line: service, stages with their targets, the gates' soak. */
export function summarizePlan(plan: Plan): string {
  const targets = plan.stages.reduce((n, s) => n + s.targets.length, 0);
  const stages = plan.stages
    .map((s) => `${s.name} [${s.targets.join(', ')}]${s.gate && parseDuration(s.gate.soak) > 0 ? ` soak ${formatDuration(parseDuration(s.gate.soak))}` : ''}`)
    .join(' → ');
  return `${plan.service}: ${plan.stages.length} stage${plan.stages.length === 1 ? '' : 's'}, ${targets} target${targets === 1 ? '' : 's'}: ${stages}`;
}

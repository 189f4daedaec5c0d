import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ConfigError, isConfigError } from '@stagegate/core';
import { rollbackTargets, type DeployLog, type RollbackResult, type TargetOutcome } from '@stagegate/deployer';
import { runContextFromEnv } from '@stagegate/notify';
import { createHistoryWriter, incidentFileName, incidentLinks, renderIncidentReport, type IncidentInput } from '@stagegate/pipeline';
import { parseArgs, UsageError, type CliCommand } from '../io.js';
import { DEFAULT_PLAN, readPlanFile } from './plan-file.js';
import { stateDirOf } from './repository.js';
import { openRunTarget, runInfoFrom } from './run-target.js';

/**
 * `stagegate rollback`: puts targets back from the command line with the
 * plan's rollback command, recorded as the rollback action records it
 * (GitHub with a token, else the local store), then writes the incident report.
 */
export const rollbackCommand: CliCommand = {
  summary: 'roll targets back to their last known good version (or --to V) with the plan\'s rollback command, and write an incident report',
  usage: 'stagegate rollback --target T[,T2] --reason "why" [--to V] [--allow-unknown-version] [--plan .github/rollout.yml] [--repo owner/name] [--ref SHA] [--state-dir .stagegate] [--report FILE]',
  async run(args, io) {
    const { options } = parseArgs(args, { values: ['target', 'to', 'reason', 'plan', 'repo', 'ref', 'state-dir', 'report'], flags: ['allow-unknown-version'] });
    const str = (name: string): string | undefined => (typeof options[name] === 'string' ? (options[name] as string).trim() : undefined);
    const targets = (str('target') ?? '').split(',').map((t) => t.trim()).filter(Boolean);
    if (!targets.length) throw new UsageError('--target is required (the target to roll back, e.g. --target lhr; several: --target lhr,nrt)');
    const reason = str('reason') ?? '';
    if (!reason) throw new UsageError('--reason is required: it is recorded on each rollback deployment and heads the incident report');
    const plan = readPlanFile(io.cwd, str('plan') ?? DEFAULT_PLAN);
    const stateDir = stateDirOf(options['state-dir'], io);
    const target = openRunTarget({ io, plan, repoOption: str('repo'), stateDir, readOnly: false });
    try {
      const run = runInfoFrom(io, str('ref'), target.local);
      const to = str('to');
      io.stdout.write(`stagegate rollback: ${plan.service} ${targets.join(', ')} to ${to ?? 'their last known good version'}, state in ${target.where}\n`);
      const log: DeployLog = { info: (l) => io.stdout.write(`  ${l}\n`), warning: (l) => io.stderr.write(`warning: ${l}\n`), startGroup: (n) => io.stdout.write(`  ▸ ${n}\n`), endGroup: () => {} };
      const startedAt = new Date().toISOString();
      const result = await rollbackTargets({ plan, store: target.store, run, log, signal: io.signal, env: io.env, targets, reason, ...(to ? { toVersion: to } : {}), allowUnknownVersion: options['allow-unknown-version'] === true })
        .catch((e: unknown) => {
          throw nameOptions(e);
        });
      const endedAt = new Date().toISOString();
      const folder = target.local ? stateDir : join(io.cwd, '.stagegate');
      createHistoryWriter(join(folder, 'history.jsonl'), { id: run.id, attempt: run.attempt }).recordTargets('rollback-finished', undefined, result.targets, endedAt);
      const incident = describeIncident(plan.service, result, { reason, actor: io.env.GITHUB_ACTOR || io.env.USER || 'someone', startedAt, endedAt, links: incidentLinks(run.url, target.local ? undefined : runContextFromEnv(io.env), result.targets.map((t) => t.environment)) });
      const reportFile = str('report') ? resolve(io.cwd, str('report') as string) : join(folder, incidentFileName(incident.version));
      mkdirSync(dirname(reportFile), { recursive: true });
      writeFileSync(reportFile, renderIncidentReport(incident));
      for (const t of result.targets) io.stdout.write(`  ${t.target}: ${t.state} — ${t.reason}\n`);
      io.stdout.write(`\nresult: ${result.result}\n${describeHeadline(result, reason)}\nincident report: ${relative(io.cwd, reportFile) || reportFile}\n`);
      return result.result === 'succeeded' ? 0 : 1;
    } finally {
      target.close();
    }
  },
};

/** The deployer names the rollback action's inputs; on the command line they are options. */
function nameOptions(e: unknown): unknown {
  if (!isConfigError(e)) return e;
  const option: Record<string, string> = { 'input to-version': '--to', 'input targets': '--target' };
  return new ConfigError(e.problems.map((p) => ({ path: option[p.path] ?? p.path, message: p.message.replace('set allow-unknown-version: true', 'pass --allow-unknown-version') })));
}

/** One line, cause first: what was rolled back why, and what each target runs now. */
function describeHeadline(result: RollbackResult, reason: string): string {
  const now = result.targets.map((t) => `${t.target} runs ${nowRuns(t) ?? 'an unknown version'}`).join(', ');
  const failed = result.targets.filter((t) => t.state !== 'succeeded' && t.state !== 'skipped');
  return `rollback (${reason}): ${result.result}; now ${now}${failed.length ? `. Next: fix ${failed.map((t) => t.target).join(', ')} (${failed.map((t) => t.reason).join('; ')}) and run stagegate rollback again, or give --to a version` : ''}`;
}

/** What a target runs after its rollback: the version it went to, or still the one it had. */
function nowRuns(t: TargetOutcome): string | undefined {
  return t.state === 'succeeded' || t.state === 'skipped' ? t.toVersion : t.fromVersion;
}

/** The incident report of a command-line rollback. */
export function describeIncident(service: string, result: RollbackResult, o: { reason: string; actor: string; startedAt: string; endedAt: string; links: IncidentInput['links'] }): IncidentInput {
  const versions = [...new Set(result.targets.map((t) => t.fromVersion).filter((v): v is string => !!v))];
  return {
    service, version: versions.join('+') || 'unknown', result: result.result === 'succeeded' ? 'rolled-back' : result.result,
    cause: o.reason, trigger: `stagegate rollback by ${o.actor}`, startedAt: o.startedAt, endedAt: o.endedAt,
    targets: result.targets.map((t) => ({ target: t.target, environment: t.environment, wasRunning: t.fromVersion, nowRuns: nowRuns(t), state: t.state, reason: t.reason })),
    timeline: [
      { at: o.startedAt, event: 'rollback-started', targets: result.targets.map((t) => t.target), detail: o.reason },
      ...result.targets.map((t) => ({ at: o.endedAt, event: 'rollback-finished', targets: [t.target], detail: `${t.state}: ${t.reason}` })),
    ],
    links: o.links,
  };
}

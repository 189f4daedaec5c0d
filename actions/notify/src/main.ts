import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import * as core from '@actions/core';
import { parseChoiceInput, parseListInput, readRunContext, runMain, writeJournal } from '@stagegate/action-kit';
import { assertSafeVersion, ConfigError, parseDuration, PRIORITIES } from '@stagegate/core';
import { createNotifier, defaultAuditFile, EVENT_KINDS, runContextFromEnv, secretPartsOf, secretsOf, type FailOnError } from '@stagegate/notify';
import { buildEvent, JOB_STATUSES } from './build-event.js';
import { failureMessage, renderSummary, warningMessage } from './report.js';

/** The notify action: one event, routed by priority, every attempt in the audit trail. */
export async function main(): Promise<void> {
  await runMain(notifyStep, core);
}

async function notifyStep(): Promise<void> {
  const env = process.env;
  // Mask first: nothing below may print a URL, but a mistake must not leak one either.
  const direct = { slackWebhook: core.getInput('slack-webhook'), discordWebhook: core.getInput('discord-webhook'), webhookUrl: core.getInput('webhook-url'), webhookSecret: core.getInput('webhook-secret') };
  for (const value of Object.values(direct)) if (value.trim()) secretPartsOf(value.trim()).forEach((s) => core.setSecret(s));

  const ctx = readRunContext(env);
  // Loaded once the run context is known to be usable: the plan and channel parsers (zod, yaml) are most of the start-up.
  const [{ loadPlanInput }, { resolveRoutes }] = await Promise.all([import('@stagegate/action-kit'), import('./resolve-routes.js')]);
  const planInput = core.getInput('plan');
  const channelsText = core.getInput('channels');
  // The plan is read only when asked for or when it is the only source of channels:
  // a failure alert must not fail because of an unrelated plan problem.
  const wantPlan = planInput.trim() !== '' || (!channelsText.trim() && !Object.values(direct).some((v) => v.trim()));
  const plan = wantPlan && (planInput.trim() || existsSync(resolve(ctx.workspace, '.github/rollout.yml'))) ? loadPlanInput(planInput, ctx.workspace) : undefined;
  const failOnErrorInput = parseChoiceInput<FailOnError | ''>('fail-on-error', core.getInput('fail-on-error'), ['p0-p1', 'any', 'never'], '');
  const routes = resolveRoutes({ ...direct, channelsText, plan, ...(failOnErrorInput ? { failOnError: failOnErrorInput } : {}), env });
  for (const s of secretsOf(routes)) secretPartsOf(s.value).forEach((part) => core.setSecret(part));
  for (const u of routes.unconfigured ?? []) core.warning(`notify: ${u.name} is not configured (${u.path}: ${u.variable} is not set): the event is logged locally only, in the audit trail; add required: true to fail instead`);

  // The version goes into every message and link text: the same rule as the deploy's.
  const versionInput = core.getInput('version').trim();
  const version = versionInput ? assertSafeVersion(versionInput, plan?.['version-pattern'], 'version') : '';
  const priority = parseChoiceInput('priority', core.getInput('priority'), [...PRIORITIES, ''] as const, '');
  const jobStatus = parseChoiceInput('job-status', core.getInput('job-status'), [...JOB_STATUSES, ''] as const, '');
  const built = buildEvent({
    kind: parseChoiceInput('kind', core.getInput('kind'), [...EVENT_KINDS, 'auto'] as const, 'auto'),
    ...(jobStatus ? { jobStatus } : {}),
    ...(priority ? { priority } : {}),
    service: core.getInput('service').trim() || plan?.service || ctx.repo,
    version,
    stage: core.getInput('stage').trim(),
    targets: parseListInput('targets', core.getInput('targets')),
    reason: core.getInput('reason').trim(),
    // One link per line: URLs may hold commas.
    links: core.getMultilineInput('links').map((l) => l.trim()).filter(Boolean),
    runUrl: ctx.runUrl,
  });
  // Repo, ref, commit and actor in every message, from the runner's GITHUB_* variables.
  const event = { ...built, context: runContextFromEnv(env) };

  const auditInput = core.getInput('audit-file').trim();
  const auditFile = auditInput ? (isAbsolute(auditInput) ? auditInput : resolve(ctx.workspace, auditInput)) : defaultAuditFile(env);
  const notifier = createNotifier({
    routes,
    auditFile,
    backoff: { backoffMs: readBackoff(core.getInput('retry-backoff')), maxBackoffMs: 30_000, maxRetryAfterMs: 60_000 },
    log: (line) => core.info(line),
  });
  if (routes.channels.length === 0) core.warning('notify: no channel is configured (plan notify:, channels or the webhook inputs); the event is in the audit file only');
  const report = await notifier.notify(event);

  core.setOutput('delivered', report.delivered.join(','));
  core.setOutput('failed', report.failed.join(','));
  core.setOutput('audit-file', auditFile);
  core.setOutput('kind', event.kind);
  core.setOutput('priority', event.priority);
  core.setOutput('event-id', event.id);
  await core.summary.addRaw(renderSummary(report, auditFile)).write();

  // The notification and the audit trail, for record-history; a failed upload is only a warning.
  await writeJournal(env, core.getInput('journal-prefix'), (base, time) => [{
    time, ...base, kind: 'notification', ...(event.stage ? { stage: event.stage } : {}), ...(event.version ? { version: event.version } : {}),
    verdict: report.failed.length ? 'failed' : report.delivered.length ? 'delivered' : 'not sent',
    detail: `${event.kind} ${event.priority}${event.targets?.length ? ` (${event.targets.join(', ')})` : ''}: delivered to ${report.delivered.join(', ') || 'none'}${report.failed.length ? `; failed: ${report.failed.join(', ')}` : ''}`,
  }], [auditFile], core);
  const failure = failureMessage(report, routes.failOnError, auditFile);
  if (failure) throw new Error(failure);
  const warning = warningMessage(report);
  if (warning) core.warning(warning);
}

/** The first retry's backoff (doubling after), as a duration; tests and impatient users shorten it. */
function readBackoff(value: string): number {
  if (!value.trim()) return 1000;
  try {
    return parseDuration(value);
  } catch (e) {
    throw new ConfigError([{ path: 'input retry-backoff', message: (e as Error).message }]);
  }
}

/** The entry point @github/local-action calls (it requires a `run` export); the same step as `main`. */
export { main as run };

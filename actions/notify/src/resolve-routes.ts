import { ConfigError, describeIssue, Notify, type ConfigProblem, type Plan } from '@stagegate/core';
import { checkFallbacks, isHttpUrl, routesFromPlan, type Channel, type FailOnError, type Routes } from '@stagegate/notify';
import { parse } from 'yaml';

/** Where the action's channels can come from, first given wins. */
export interface RouteSources {
  /** The `channels` input: the plan's notify: section as YAML or JSON. */
  channelsText: string;
  /** URLs given directly (from secrets). */
  slackWebhook: string;
  discordWebhook: string;
  webhookUrl: string;
  webhookSecret: string;
  /** The plan, when one was found. */
  plan?: Plan;
  /** The fail-on-error input, when set. */
  failOnError?: FailOnError;
  /** Where env: references are read. */
  env: Record<string, string | undefined>;
}

/**
 * The routes for this step: the `channels` input, else the webhook inputs
 * (the issue's seed routing: Slack from P2, Discord as Slack's fallback and
 * at once for P0, the webhook from P2), else the plan's notify: section.
 */
export function resolveRoutes(src: RouteSources): Routes {
  const routes = src.channelsText.trim() ? routesFromChannelsInput(src.channelsText, src.env) : hasDirect(src) ? routesFromWebhookInputs(src) : routesFromPlan(src.plan?.notify, src.env);
  return src.failOnError ? { ...routes, failOnError: src.failOnError } : routes;
}

function hasDirect(src: RouteSources): boolean {
  return Boolean(src.slackWebhook.trim() || src.discordWebhook.trim() || src.webhookUrl.trim());
}

function routesFromChannelsInput(text: string, env: Record<string, string | undefined>): Routes {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    throw new ConfigError([{ path: 'input channels', message: `expected YAML or JSON in the plan's notify: format; ${(e as Error).message.split('\n')[0]}` }]);
  }
  const parsed = Notify.safeParse(data ?? {}, { reportInput: true });
  if (!parsed.success) throw new ConfigError(parsed.error.issues.flatMap((i) => describeIssue(i, ['input channels'])));
  return routesFromPlan(parsed.data, env, 'input channels');
}

function routesFromWebhookInputs(src: RouteSources): Routes {
  const problems: ConfigProblem[] = [];
  const common = { minPriority: 'P2' as const, immediatePriority: 'P0' as const, timeoutMs: 10_000, retries: 3 };
  const channels: Channel[] = [];
  const add = (input: string, value: string, channel: Omit<Channel, 'url' | keyof typeof common>): void => {
    const url = value.trim();
    if (!url) return;
    if (!isHttpUrl(url)) problems.push({ path: `input ${input}`, message: 'expected an http(s) URL (value not shown: it is a secret)' });
    channels.push({ ...common, ...channel, url });
  };
  add('slack-webhook', src.slackWebhook, { name: 'slack', type: 'slack' });
  add('discord-webhook', src.discordWebhook, { name: 'discord', type: 'discord', ...(src.slackWebhook.trim() ? { fallbackFor: 'slack' } : {}) });
  add('webhook-url', src.webhookUrl, { name: 'webhook', type: 'webhook', ...(src.webhookSecret.trim() ? { secret: src.webhookSecret.trim() } : {}) });
  problems.push(...checkFallbacks(channels, 'input'));
  if (problems.length) throw new ConfigError(problems);
  return { channels, failOnError: 'p0-p1' };
}

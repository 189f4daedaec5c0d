import { ConfigError, parseDuration, type ConfigProblem, type Notify, type Priority } from '@stagegate/core';

/** The kinds of channel stagegate can send to. */
export type ChannelType = 'slack' | 'discord' | 'webhook' | 'pagerduty';

/** When a failed delivery fails the step. */
export type FailOnError = 'p0-p1' | 'any' | 'never';

/** One destination with its URL resolved: everything the notifier needs to send there. */
export interface Channel {
  /** Name shown in outputs and the audit trail instead of the URL. */
  name: string;
  type: ChannelType;
  /** The webhook URL: a secret. */
  url: string;
  /** HMAC key for the generic webhook: a secret. */
  secret?: string;
  /** PagerDuty's integration (routing) key: a secret, sent in the body only. */
  routingKey?: string;
  /** Lowest priority sent here. */
  minPriority: Priority;
  /** Send here only when this channel failed. */
  fallbackFor?: string;
  /** For a fallback channel: priorities this urgent are sent here at once too. */
  immediatePriority: Priority | 'none';
  timeoutMs: number;
  retries: number;
  /** key (default): a rollout's start, alert and end only; all: intermediate events too. */
  events?: 'key' | 'all';
}

/** A channel whose webhook variable is unset and that is not required: its alerts are logged locally only. */
export interface UnconfiguredChannel {
  name: string;
  /** The plan path of the reference, e.g. notify.slack.webhook. */
  path: string;
  /** The variable that was unset. */
  variable: string;
}

/** Where events go and when a failure fails the step. */
export interface Routes {
  channels: Channel[];
  failOnError: FailOnError;
  /** Channels left out because their variable is unset (a warning and an audit line, never an error). */
  unconfigured?: UnconfiguredChannel[];
}

/**
 * Resolves the plan's `notify:` section: each `env:NAME` becomes the value of
 * NAME. A channel whose webhook variable is unset is left out and listed as
 * unconfigured (alerts for it stay in the audit trail), unless it says
 * `required: true`: then, as every other problem, it is a ConfigError named by
 * plan path and variable. No message ever contains a URL. `where` prefixes the paths (`notify`
 * for a plan, `input channels` for the action's input).
 */
export function routesFromPlan(notify: Notify | undefined, env: Record<string, string | undefined>, where = 'notify'): Routes {
  if (!notify) return { channels: [], failOnError: 'p0-p1' };
  const problems: ConfigProblem[] = [];
  const unconfigured: UnconfiguredChannel[] = [];
  const read = (ref: string, path: string, optional = false): string => {
    // A plan that skipped schema validation may hold the URL or key itself: refuse it without echoing it.
    if (!ref.startsWith('env:')) {
      problems.push({ path, message: 'expected env:NAME (the variable that holds the value); the plan holds the value itself (not shown: it is a secret)' });
      return '';
    }
    const name = ref.slice(4);
    const value = env[name]?.trim();
    if (!value && optional) unconfigured.push({ name: path.split('.').at(-2) ?? path, path, variable: name });
    else if (!value) problems.push({ path, message: `the environment variable ${name} is not set or empty; set it from a secret, e.g. env: { ${name}: \${{ secrets.${name} }} }` });
    return value ?? '';
  };
  const channels: Channel[] = [];
  for (const type of ['slack', 'discord', 'webhook'] as const) {
    const c = notify[type];
    if (!c) continue;
    const urlKey = 'url' in c ? 'url' : 'webhook';
    const urlRef = 'url' in c ? c.url : c.webhook;
    const url = read(urlRef, `${where}.${type}.${urlKey}`, !c.required);
    if (!url && !c.required && urlRef.startsWith('env:')) continue;
    if (url && !isHttpUrl(url)) problems.push({ path: `${where}.${type}.${urlKey}`, message: `the environment variable ${urlRef.slice(4)} does not hold an http(s) URL (value not shown: it is a secret)` });
    const secret = 'secret' in c && c.secret ? read(c.secret, `${where}.${type}.secret`) : undefined;
    channels.push({
      name: type,
      type,
      url,
      ...(secret ? { secret } : {}),
      minPriority: c['min-priority'],
      ...(c['fallback-for'] ? { fallbackFor: c['fallback-for'] } : {}),
      immediatePriority: c['immediate-priority'],
      timeoutMs: parseDuration(c.timeout),
      retries: c.retries,
      events: c.events,
    });
  }
  const pd = notify.pagerduty;
  const routingKey = pd ? read(pd['routing-key'], `${where}.pagerduty.routing-key`, !pd.required) : '';
  if (pd && routingKey) {
    // The events URL is not a secret (the key travels in the body): it may be a plain URL in the plan.
    channels.push({
      name: 'pagerduty', type: 'pagerduty', url: pd['events-url'], routingKey, minPriority: pd['min-priority'], ...(pd['fallback-for'] ? { fallbackFor: pd['fallback-for'] } : {}),
      immediatePriority: pd['immediate-priority'], timeoutMs: parseDuration(pd.timeout), retries: pd.retries, events: pd.events,
    });
  }
  // A fallback for a channel that is not configured takes that channel's place.
  for (const c of channels) if (c.fallbackFor && unconfigured.some((u) => u.name === c.fallbackFor)) delete c.fallbackFor;
  problems.push(...checkFallbacks(channels, where));
  if (problems.length) throw new ConfigError(problems);
  return { channels, failOnError: notify['fail-on-error'], ...(unconfigured.length ? { unconfigured } : {}) };
}

/** A fallback must name another configured channel, or it would never be used. */
export function checkFallbacks(channels: Channel[], where: string): ConfigProblem[] {
  const names = channels.map((c) => c.name);
  return channels
    .filter((c) => c.fallbackFor !== undefined && (c.fallbackFor === c.name || !names.includes(c.fallbackFor)))
    .map((c) => ({ path: `${where}.${c.name}.fallback-for`, message: `expected another configured channel (${names.filter((n) => n !== c.name).join(', ') || 'none'}); got "${c.fallbackFor}"` }));
}

/** True for an absolute http(s) URL; never echoes the text. */
export function isHttpUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Every secret of the routes with the label that replaces it in messages. */
export function secretsOf(routes: Routes): Array<{ value: string; label: string; channel: string }> {
  return routes.channels.flatMap((c) => [
    ...(c.type === 'pagerduty' ? [] : [{ value: c.url, label: `<${c.name} webhook>`, channel: c.name }]),
    ...(c.routingKey ? [{ value: c.routingKey, label: `<${c.name} routing key>`, channel: c.name }] : []),
    ...(c.secret ? [{ value: c.secret, label: `<${c.name} secret>`, channel: c.name }] : []),
  ]);
}

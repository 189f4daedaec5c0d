/**
 * @stagegate/notify: priority-routed Slack, Discord and webhook alerts with
 * retries and fallbacks, and a JSONL audit trail that holds every event and
 * every attempt even when the channels are down.
 */
export * from './events.js';
export * from './text.js';
export * from './slack.js';
export * from './discord.js';
export * from './webhook.js';
export * from './pagerduty.js';
export * from './send.js';
export * from './audit.js';
export * from './routes.js';
export * from './notifier.js';

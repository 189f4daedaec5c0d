import { ConfigError, Notify, type ConfigProblem } from '@stagegate/core';
import { describe, expect, it } from 'vitest';
import { checkFallbacks, isHttpUrl, routesFromPlan, secretsOf, type Channel } from '../src/index.js';

/** The problems routesFromPlan throws, as "path: message". */
function problemsOf(notify: unknown, env: Record<string, string | undefined>, where?: string): string[] {
  try {
    routesFromPlan(Notify.parse(notify), env, where);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems.map((p: ConfigProblem) => `${p.path}: ${p.message}`);
  }
  return [];
}

const channel = (name: string, extra: Partial<Channel> = {}): Channel => ({ name, type: 'slack', url: `https://hooks.example/${name}`, minPriority: 'P2', immediatePriority: 'P0', timeoutMs: 1000, retries: 0, ...extra });

describe('webhook URLs', () => {
  it.each(['https://hooks.slack.com/services/T/B/x', 'http://127.0.0.1:8080/hook'])('accepts %s', (url) => {
    expect(isHttpUrl(url)).toBe(true);
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'ftp://hooks.example/x', 'hooks.slack.com/services/T', ''])('refuses %j', (url) => {
    expect(isHttpUrl(url)).toBe(false);
  });

  it('refuses a channel whose variable holds a file: or javascript: URL, naming the variable, not the value', () => {
    expect(problemsOf({ slack: { webhook: 'env:SLACK' }, discord: { webhook: 'env:DISCORD' } }, { SLACK: 'file:///etc/passwd', DISCORD: 'javascript:alert(1)' })).toEqual([
      'notify.slack.webhook: the environment variable SLACK does not hold an http(s) URL (value not shown: it is a secret)',
      'notify.discord.webhook: the environment variable DISCORD does not hold an http(s) URL (value not shown: it is a secret)',
    ]);
  });

  it('names the generic webhook by its url key, under the prefix the caller gives', () => {
    expect(problemsOf({ webhook: { url: 'env:HOOK' } }, { HOOK: 'mailto:ops@example.com' }, 'input channels')).toEqual([
      'input channels.webhook.url: the environment variable HOOK does not hold an http(s) URL (value not shown: it is a secret)',
    ]);
  });

  it('treats a variable holding only spaces as unset (an error only for a required channel), and trims a URL pasted with a newline', () => {
    expect(problemsOf({ slack: { webhook: 'env:SLACK', required: true } }, { SLACK: '  \n' })).toEqual([
      'notify.slack.webhook: the environment variable SLACK is not set or empty; set it from a secret, e.g. env: { SLACK: ${{ secrets.SLACK }} }',
    ]);
    const optional = routesFromPlan(Notify.parse({ slack: { webhook: 'env:SLACK' } }), { SLACK: '  \n' });
    expect(optional.channels).toEqual([]);
    expect(optional.unconfigured).toEqual([{ name: 'slack', path: 'notify.slack.webhook', variable: 'SLACK' }]);
    const routes = routesFromPlan(Notify.parse({ slack: { webhook: 'env:SLACK' } }), { SLACK: 'https://hooks.example/s\n' });
    expect(routes.channels[0]?.url).toBe('https://hooks.example/s');
  });

  it('leaves out a signing secret that is not configured, and reads one that is', () => {
    const plain = routesFromPlan(Notify.parse({ webhook: { url: 'env:HOOK' } }), { HOOK: 'https://hooks.example/w' });
    expect(plain.channels[0]).not.toHaveProperty('secret');
    expect(plain.channels[0]).not.toHaveProperty('fallbackFor');
    const signed = routesFromPlan(Notify.parse({ webhook: { url: 'env:HOOK', secret: 'env:KEY' } }), { HOOK: 'https://hooks.example/w', KEY: 'k3y-value' });
    expect(signed.channels[0]?.secret).toBe('k3y-value');
  });
});

describe('fallbacks', () => {
  it('refuses a channel that falls back to itself or to one not configured', () => {
    expect(checkFallbacks([channel('slack', { fallbackFor: 'slack' }), channel('discord', { fallbackFor: 'teams' }), channel('webhook', { fallbackFor: 'slack' })], 'notify')).toEqual([
      { path: 'notify.slack.fallback-for', message: 'expected another configured channel (discord, webhook); got "slack"' },
      { path: 'notify.discord.fallback-for', message: 'expected another configured channel (slack, webhook); got "teams"' },
    ]);
    expect(checkFallbacks([channel('slack', { fallbackFor: 'slack' })], 'input channels')).toEqual([
      { path: 'input channels.slack.fallback-for', message: 'expected another configured channel (none); got "slack"' },
    ]);
  });

  it('turns a bad fallback in the routes into a ConfigError', () => {
    expect(problemsOf({ slack: { webhook: 'env:SLACK', 'fallback-for': 'slack' } }, { SLACK: 'https://hooks.example/s' })).toEqual([
      'notify.slack.fallback-for: expected another configured channel (none); got "slack"',
    ]);
  });
});

describe('secrets of the routes', () => {
  it('lists every webhook URL and signing secret with the label that replaces it', () => {
    expect(secretsOf({ failOnError: 'p0-p1', channels: [channel('slack'), channel('webhook', { type: 'webhook', secret: 'hmac-key' })] })).toEqual([
      { value: 'https://hooks.example/slack', label: '<slack webhook>', channel: 'slack' },
      { value: 'https://hooks.example/webhook', label: '<webhook webhook>', channel: 'webhook' },
      { value: 'hmac-key', label: '<webhook secret>', channel: 'webhook' },
    ]);
  });
});

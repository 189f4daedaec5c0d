import { describe, expect, it } from 'vitest';
import { Notify, validatePlanText } from '@stagegate/core';

/** Problems of a plan (written as JSON), as "path: message" without line numbers. */
function problemsOf(plan: Record<string, unknown>): string[] {
  const r = validatePlanText(JSON.stringify(plan));
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message.replace(/ \(line \d+\)$/, '')}`);
}

const withUrl = (url: string) => ({ version: 1, service: 'api', url, stages: [{ name: 'canary', targets: ['lhr'] }], deploy: { run: ['./d.sh', '{version}'] } });
const URL_PROBLEM = 'url: expected an http(s) URL template such as https://{target}.example.com';

// The plan's `url` becomes environment_url on every deployment status: only a whole http(s) URL may pass.
describe('the url template of a plan', () => {
  it.each(['https://{target}.example.com', 'http://127.0.0.1:8080/{target}/health'])('accepts %s', (url) => {
    expect(problemsOf(withUrl(url))).toEqual([]);
  });

  it.each([
    ['a bare host', '{target}.example.com'],
    ['another scheme', 'ftp://{target}.example.com'],
    ['text before the scheme', 'see https://{target}.example.com'],
    ['a space inside', 'https://{target}.example.com/a b'],
    ['nothing after the scheme', 'https://'],
    ['only spaces after the scheme', 'https://   '],
  ])('refuses %s, saying what is expected', (_what, url) => {
    expect(problemsOf(withUrl(url))).toEqual([`${URL_PROBLEM}; got ${JSON.stringify(url)}`]);
  });

  it('accepts more than one character after the scheme and http as well as https', () => {
    expect(problemsOf(withUrl('http://ab'))).toEqual([]);
  });
});

describe('what a notification channel sends by default', () => {
  it('sends the key messages only, and an unset webhook variable is not required', () => {
    const n = Notify.parse({ slack: { webhook: 'env:SLACK' } });
    expect(n.slack).toMatchObject({ events: 'key', required: false });
  });

  it('accepts events: all and required: true, and refuses any other events value, naming both choices', () => {
    expect(Notify.parse({ slack: { webhook: 'env:SLACK', events: 'all', required: true } }).slack).toMatchObject({ events: 'all', required: true });
    const r = Notify.safeParse({ slack: { webhook: 'env:SLACK', events: 'some' } });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toMatch(/key.*all|all.*key/);
  });
});

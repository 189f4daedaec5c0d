import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { environmentFor, gateChecks, loadPlan, planDigest, rollbackCommand, validatePlanText, ConfigError } from '@stagegate/core';

const DESIGN_PLAN = readFileSync(new URL('../../../examples/rollout.yml', import.meta.url), 'utf8');

/** The design's plan with one change applied to its parsed form. */
function variant(change: (p: Record<string, any>) => void): string {
  const p = parse(DESIGN_PLAN) as Record<string, any>;
  change(p);
  return stringify(p);
}

function problemsOf(text: string): string[] {
  const r = validatePlanText(text);
  if (r.ok) throw new Error('expected the plan to be rejected');
  // Line numbers are checked apart; the exact messages are checked here.
  return r.problems.map((p) => `${p.path}: ${p.message.replace(/ \(line \d+\)$/, '')}`);
}

describe('valid plans', () => {
  it('accepts the design plan and applies defaults', () => {
    const plan = loadPlan(DESIGN_PLAN);
    expect(plan.stages.map((s) => s.name)).toEqual(['canary', 'primary', 'full']);
    expect(plan.environment).toBe('production/{target}');
    expect(plan.stages[0]?.parallel).toBe(1);
    expect(plan.stages[2]?.parallel).toBe(4);
    expect(plan.stages[1]?.['on-failure']).toBe('rollback-all');
    expect(plan.checks.standard?.[0]).toMatchObject({ type: 'http', severity: 'critical', 'failure-limit': 3, 'consecutive-error-limit': 4, method: 'GET' });
    expect(plan.notify?.discord?.['fallback-for']).toBe('slack');
    expect(plan.notify?.slack?.['min-priority']).toBe('P2');
  });

  it('accepts the smallest plan: one stage, no gate, no rollback command', () => {
    const plan = loadPlan('version: 1\nservice: api\nstages: [{ name: only, targets: [eu] }]\ndeploy: { run: [./d.sh, "{version}"] }\n');
    expect(plan.stages[0]?.['on-failure']).toBe('rollback-stage');
    expect(rollbackCommand(plan).run).toEqual(['./d.sh', '{previous}']);
    expect(gateChecks(plan, plan.stages[0]!)).toEqual([]);
  });

  it('accepts every check type, inline checks, stage environments, durations and JSON', () => {
    const plan = loadPlan(JSON.stringify({
      version: 1, service: 'api', environment: '{service}-{target}',
      stages: [{ name: 'c', targets: ['a'], environment: 'canary/{target}', gate: { soak: '1m30s', interval: 5, timeout: '500ms', 'consecutive-success': 2,
        checks: [
          { name: 'h', type: 'http', url: 'http://{target}/h', method: 'POST', body: '{}', 'follow-redirects': false, expect: { status: '2xx', 'json-path': [{ path: 'a.b[0]', min: 1, max: 2 }], 'max-latency': '100ms', 'body-contains': 'ok' } },
          { name: 'd', type: 'dns', host: '{target}.example', 'expect-addresses': ['127.0.0.1'] },
          { name: 't', type: 'tcp', host: '{target}', port: 443 },
          { name: 'p', type: 'prometheus', server: 'http://127.0.0.1:9090', query: 'up{job="{target}"}', min: 1, baseline: { query: 'up', 'max-ratio': 1.5 } },
          { name: 'x', type: 'command', run: ['./check.sh', '{target}', '{version}'], severity: 'critical' },
        ] } },
        { name: 'rest', targets: ['b', 'c'], 'on-failure': 'pause' }],
      deploy: { run: ['./d.sh'], timeout: '2m', env: { REGION: '{target}' } },
      notify: { webhook: { url: 'env:HOOK', secret: 'env:HOOK_SECRET', 'min-priority': 'P3' }, 'fail-on-error': 'never' },
    }));
    expect(environmentFor(plan, 'a')).toBe('canary/a');
    expect(environmentFor(plan, 'b')).toBe('api-b');
    expect(gateChecks(plan, plan.stages[0]!).map((c) => c.type)).toEqual(['http', 'dns', 'tcp', 'prometheus', 'command']);
  });

  it('gives the same digest for the same plan however it is written', () => {
    const a = loadPlan(DESIGN_PLAN);
    const b = loadPlan(JSON.stringify(parse(DESIGN_PLAN)));
    expect(planDigest(a)).toBe(planDigest(b));
    expect(planDigest(a)).not.toBe(planDigest(loadPlan(variant((p) => (p.stages[2].parallel = 3)))));
  });
});

describe('wrong plans: every problem, with its path and what was expected', () => {
  const cases: Array<[string, (p: Record<string, any>) => void, string[]]> = [
    ['a misspelt on-failure', (p) => (p.stages[1]['on-failure'] = 'rolback'), ['stages[1].on-failure: expected one of rollback-stage, rollback-all, continue, pause; got "rolback"']],
    ['an unknown key (typo)', (p) => { p.stages[2].paralel = 4; delete p.stages[2].parallel; }, ['stages[2].paralel: unknown key; did you mean "parallel"?']],
    ['an unknown top-level key', (p) => (p.deploi = p.deploy), ['deploi: unknown key; did you mean "deploy"?']],
    ['a duplicate stage name', (p) => (p.stages[1].name = 'canary'), ['stages[1].name: duplicate stage name "canary" (also stages[0])']],
    ['a duplicate target in a stage', (p) => (p.stages[2].targets = ['ord', 'fra', 'ord']), ['stages[2].targets[2]: duplicate target "ord" in stage "full"']],
    ['a target in two stages', (p) => p.stages[1].targets.push('lhr'), ['stages[1].targets[1]: target "lhr" is already in stage "canary": a target belongs to one stage, unless each of its stages sets a weight, rising from one to the next']],
    ['an empty stage', (p) => (p.stages[0].targets = []), ['stages[0].targets: expected at least one target: an empty stage deploys nothing']],
    ['a placeholder that does not exist', (p) => (p.deploy.run[4] = '{versoin}'), ['deploy.run[4]: unknown placeholder {versoin}; expected one of {target}, {version}, {previous}, {stage}, {environment}, {service}, {color}, {weight}']],
    ['{version} in an environment name', (p) => (p.environment = 'prod/{target}/{version}'), ['environment: unknown placeholder {version}; expected one of {target}, {stage}, {service}']],
    ['a duration without a unit', (p) => (p.stages[0].gate.soak = '5 minutes'), ['stages[0].gate.soak: expected a duration such as "30s", "5m" or "1h"; got "5 minutes"']],
    ['a deploy command as a shell string', (p) => (p.deploy.run = './deploy.sh --region {target}'), ['deploy.run: expected an argv array such as ["./deploy.sh", "--region", "{target}"]; got "./deploy.sh --region {target}"']],
    ['a gate profile that does not exist', (p) => (p.stages[0].gate.profile = 'strict'), ['stages[0].gate.profile: expected the name of a profile under checks (standard); got "strict"']],
    ['an unknown check type', (p) => (p.checks.standard[0].type = 'ping'), ['checks.standard[0].type: expected one of http, dns, tcp, prometheus, command; got "ping"']],
    ['a wrong severity', (p) => (p.checks.standard[1].severity = 'P1'), ['checks.standard[1].severity: expected one of critical, warning; got "P1"']],
    ['parallel of zero', (p) => (p.stages[2].parallel = 0), ['stages[2].parallel: expected a number >= 1; got 0']],
    ['a secret written into the plan', (p) => (p.notify.slack.webhook = 'https://hooks.slack.com/services/T/B/X'), ['notify.slack.webhook: expected env:NAME (the variable that holds the URL); a plan must not contain the secret itself (value not shown: it is a secret)']],
    ['a fallback to a channel that is not configured', (p) => (p.notify.discord['fallback-for'] = 'teams'), ['notify.discord.fallback-for: expected one of the configured channels (slack); got "teams"']],
    ['a wrong format version', (p) => (p.version = 2), ['version: expected 1; got 2']],
    ['a missing deploy command', (p) => delete p.deploy, ['deploy: required: expected object']],
    ['a wrong min-priority', (p) => (p.notify.slack['min-priority'] = 'high'), ['notify.slack.min-priority: expected one of P0, P1, P2, P3; got "high"']],
    ['a gate without checks', (p) => (p.stages[2].gate = { soak: '1m' }), ['stages[2].gate: expected a profile or inline checks: a gate with no checks proves nothing']],
    ['a prometheus check without a bound', (p) => delete p.checks.standard[1].max, ['checks.standard[1]: expected min, max or baseline: a prometheus check needs a bound']],
  ];

  it.each(cases)('%s', (_name, change, expected) => {
    expect(problemsOf(variant(change))).toEqual(expected);
  });

  it('reports every problem of a plan at once, schema and rules together', () => {
    const text = variant((p) => {
      p.stages[1]['on-failure'] = 'rolback';
      p.stages[1].targets.push('lhr');
      p.deploy.run[4] = '{versoin}';
      p.stages[0].gate.soak = 'soon';
    });
    expect(problemsOf(text)).toHaveLength(4);
  });

  it('gives the YAML line of each problem', () => {
    const r = validatePlanText(DESIGN_PLAN.replace('on-failure: rollback-all', 'on-failure: rolback'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/\(line 13\)$/);
  });

  it('reports YAML syntax errors with their line, and an empty file', () => {
    const r = validatePlanText('version: 1\nstages: [\n  - oops: {');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/^not valid YAML/);
    expect(problemsOf('')).toEqual(['plan: expected a plan; the file is empty']);
  });

  it('throws a ConfigError listing every problem from loadPlan', () => {
    expect(() => loadPlan(variant((p) => (p.stages[0].parallel = -1)), '.github/rollout.yml')).toThrow(ConfigError);
    expect(() => loadPlan(variant((p) => (p.stages[0].parallel = -1)), '.github/rollout.yml')).toThrow(/\.github\/rollout\.yml is not a valid rollout plan \(1 problem\):\n  - stages\[0\]\.parallel: expected a number >= 1; got -1/);
  });
});

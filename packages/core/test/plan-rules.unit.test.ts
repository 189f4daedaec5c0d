import { describe, expect, it } from 'vitest';
import { checkPlanRules, Plan } from '@stagegate/core';

/** A plan that breaks no rule; each test changes one thing. */
function base(): Record<string, any> {
  return {
    version: 1,
    service: 'api',
    stages: [
      { name: 'canary', targets: ['lhr'], gate: { profile: 'std' } },
      { name: 'full', targets: ['nrt', 'ewr'] },
    ],
    deploy: { run: ['./d.sh', '{target}', '{version}'], env: { REGION: '{target}' } },
    rollback: { run: ['./d.sh', '{target}', '{previous}'], env: { FROM: '{version}' } },
    prometheus: { url: 'http://127.0.0.1:9090' },
    checks: {
      std: [
        { name: 'http', type: 'http', url: 'https://{target}.example/{stage}', expect: { 'json-path': [{ path: 'v', matches: '^[a-z]{2}$' }] } },
        { name: 'errors', type: 'prometheus', query: 'sum(e{region="{target}"})', max: 1 },
      ],
    },
  };
}

/** Problems of a plan changed by `change`, as "path: message". */
function problems(change: (p: ReturnType<typeof base>) => void = () => {}): string[] {
  const p = base();
  change(p);
  return checkPlanRules(Plan.parse(p)).map((x) => `${x.path}: ${x.message}`);
}

describe('plan rules a schema cannot express', () => {
  it('finds nothing wrong in a plan that keeps every rule', () => {
    expect(problems()).toEqual([]);
  });

  it('names the first stage of a repeated name each time it repeats', () => {
    expect(problems((p) => p.stages.push({ name: 'canary', targets: ['a'] }, { name: 'canary', targets: ['b'] }))).toEqual([
      'stages[2].name: duplicate stage name "canary" (also stages[0])',
      'stages[3].name: duplicate stage name "canary" (also stages[0])',
    ]);
  });

  it('reports a target repeated in one stage once, not also as belonging to another stage', () => {
    expect(problems((p) => (p.stages[1].targets = ['nrt', 'nrt', 'lhr']))).toEqual([
      'stages[1].targets[1]: duplicate target "nrt" in stage "full"',
      'stages[1].targets[2]: target "lhr" is already in stage "canary": a target belongs to one stage, unless each of its stages sets a weight, rising from one to the next',
    ]);
  });

  it('says no profile is defined when a gate names one in a plan without checks', () => {
    expect(problems((p) => { p.checks = {}; }).filter((x) => x.startsWith('stages'))).toEqual(['stages[0].gate.profile: expected the name of a profile under checks (none defined); got "std"']);
  });

  it('lists every profile when a gate names an unknown one', () => {
    expect(problems((p) => { p.checks.fast = [{ name: 't', type: 'tcp', host: '{target}', port: 1 }]; p.stages[0].gate.profile = 'slow'; })).toEqual([
      'stages[0].gate.profile: expected the name of a profile under checks (std, fast); got "slow"',
    ]);
  });

  it('walks past null values inside a check', () => {
    expect(problems((p) => (p.checks.std[0].expect['json-path'][0] = { path: 'v', equals: null }))).toEqual([]);
  });

  it('accepts a gate with inline checks only, and refuses one with neither profile nor checks', () => {
    expect(problems((p) => (p.stages[1].gate = { checks: [{ name: 't', type: 'tcp', host: '{target}', port: 1 }] }))).toEqual([]);
    expect(problems((p) => (p.stages[1].gate = { checks: [] }))).toEqual(['stages[1].gate: expected a profile or inline checks: a gate with no checks proves nothing']);
  });

  it('checks placeholders in inline gate checks, in every nested string and array element', () => {
    expect(problems((p) => (p.stages[1].gate = { checks: [{ name: 'c', type: 'command', run: ['./c.sh', '{previous}'] }] }))).toEqual([
      'stages[1].gate.checks[0].run[1]: unknown placeholder {previous}; expected one of {target}, {version}, {stage}, {environment}, {service}, {color}',
    ]);
    expect(problems((p) => (p.stages[1].gate = { checks: [{ name: 'h', type: 'http', url: 'http://x', headers: { 'X-Who': '{who}' } }] }))).toEqual([
      'stages[1].gate.checks[0].headers.X-Who: unknown placeholder {who}; expected one of {target}, {version}, {stage}, {environment}, {service}, {color}',
    ]);
  });

  it('checks placeholders in profile checks but not in regular expressions (matches)', () => {
    expect(problems((p) => (p.checks.std[0].url = 'https://{region}.example'))).toEqual([
      'checks.std[0].url: unknown placeholder {region}; expected one of {target}, {version}, {stage}, {environment}, {service}, {color}',
    ]);
    expect(problems((p) => (p.checks.std[0].expect['json-path'][0].matches = '^v{major}'))).toEqual([]);
    expect(problems((p) => (p.checks.std[0].expect['json-path'][0].equals = '{major}'))).toEqual([
      'checks.std[0].expect.json-path[0].equals: unknown placeholder {major}; expected one of {target}, {version}, {stage}, {environment}, {service}, {color}',
    ]);
  });

  it('checks placeholders of a stage environment and of the plan environment', () => {
    expect(problems((p) => (p.stages[0].environment = 'canary/{version}'))).toEqual(['stages[0].environment: unknown placeholder {version}; expected one of {target}, {stage}, {service}']);
    expect(problems((p) => (p.stages[0].environment = 'canary/{stage}/{target}'))).toEqual([]);
  });

  it('checks placeholders in the deploy and rollback commands, arguments and environment values', () => {
    expect(problems((p) => (p.deploy.env = { REGION: '{region}' }))).toEqual(['deploy.env.REGION: unknown placeholder {region}; expected one of {target}, {version}, {previous}, {stage}, {environment}, {service}, {color}, {weight}']);
    expect(problems((p) => (p.rollback.run[2] = '{prev}'))).toEqual(['rollback.run[2]: unknown placeholder {prev}; expected one of {target}, {version}, {previous}, {stage}, {environment}, {service}, {color}, {weight}']);
    expect(problems((p) => (p.rollback.env = { TO: '{to}' }))).toEqual(['rollback.env.TO: unknown placeholder {to}; expected one of {target}, {version}, {previous}, {stage}, {environment}, {service}, {color}, {weight}']);
  });

  it('refuses two checks of one name in a profile', () => {
    expect(problems((p) => (p.checks.std[1].name = 'http'))).toEqual(['checks.std[1].name: duplicate check name "http" in profile "std"']);
  });

  it('asks a prometheus check for a server only when the plan has none', () => {
    expect(problems((p) => delete p.prometheus)).toEqual(['checks.std[1].server: expected a Prometheus URL here or at prometheus.url']);
    expect(problems((p) => { delete p.prometheus; p.checks.std[1].server = 'http://127.0.0.1:9091'; })).toEqual([]);
  });

  it('accepts a prometheus check bounded by min alone, max alone or a baseline alone, and refuses one with none', () => {
    expect(problems((p) => { delete p.checks.std[1].max; p.checks.std[1].min = 1; })).toEqual([]);
    expect(problems((p) => { delete p.checks.std[1].max; p.checks.std[1].baseline = { query: 'sum(e)' }; })).toEqual([]);
    expect(problems((p) => delete p.checks.std[1].max)).toEqual(['checks.std[1]: expected min, max or baseline: a prometheus check needs a bound']);
  });

  it('refuses a version-pattern that is not a regular expression', () => {
    expect(problems((p) => (p['version-pattern'] = '^v(1'))).toEqual(['version-pattern: expected a regular expression; got "^v(1"']);
    expect(problems((p) => (p['version-pattern'] = '^v[0-9]+$'))).toEqual([]);
  });

  it('refuses a channel that is its own fallback or falls back to one not configured', () => {
    const slack = { webhook: 'env:SLACK' };
    expect(problems((p) => (p.notify = { slack: { ...slack, 'fallback-for': 'slack' } }))).toEqual(['notify.slack.fallback-for: a channel cannot be its own fallback']);
    expect(problems((p) => (p.notify = { slack: { ...slack, 'fallback-for': 'discord' } }))).toEqual(['notify.slack.fallback-for: expected one of the configured channels (none); got "discord"']);
    expect(problems((p) => (p.notify = { slack, webhook: { url: 'env:HOOK', 'fallback-for': 'discord' }, discord: { webhook: 'env:D' } }))).toEqual([]);
    expect(problems((p) => (p.notify = { slack, discord: { webhook: 'env:D' }, webhook: { url: 'env:HOOK', 'fallback-for': 'teams' } }))).toEqual([
      'notify.webhook.fallback-for: expected one of the configured channels (slack, discord); got "teams"',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { Notify, planJsonSchema, validatePlanText } from '@stagegate/core';

/** Every property of the JSON Schema, with its path. */
function propertiesOf(schema: unknown): Array<{ path: string; node: Record<string, unknown> }> {
  const out: Array<{ path: string; node: Record<string, unknown> }> = [];
  const walk = (n: unknown, path: string): void => {
    if (Array.isArray(n)) return n.forEach((x, i) => walk(x, `${path}[${i}]`));
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    for (const [k, v] of Object.entries((o.properties ?? {}) as Record<string, Record<string, unknown>>)) out.push({ path: `${path}.${k}`, node: v });
    for (const [k, v] of Object.entries(o)) walk(v, `${path}/${k}`);
  };
  walk(schema, '');
  return out;
}

/** Problems of a plan (written as JSON), as "path: message" without line numbers. */
function problemsOf(plan: Record<string, unknown>): string[] {
  const r = validatePlanText(JSON.stringify(plan));
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message.replace(/ \(line \d+\)$/, '')}`);
}

const minimal = (extra: Record<string, unknown> = {}, stage: Record<string, unknown> = {}) => ({
  version: 1, service: 'api', stages: [{ name: 'canary', targets: ['lhr'], ...stage }], deploy: { run: ['./d.sh', '{version}'] }, ...extra,
});

describe('the plan schema, as editors see it', () => {
  it('never shows an empty description, for a field or for a whole object', () => {
    const empty: string[] = [];
    const walk = (n: unknown, path: string): void => {
      if (!n || typeof n !== 'object') return;
      const o = n as Record<string, unknown>;
      if ('description' in o && (typeof o.description !== 'string' || o.description.trim() === '')) empty.push(path);
      for (const [k, v] of Object.entries(o)) if (k !== 'description') walk(v, `${path}/${k}`);
    };
    const schema = planJsonSchema();
    walk(schema, '');
    expect(empty).toEqual([]);
    expect(schema.description).toMatch(/rollout plan/);
    expect((schema as any).properties.stages.items.description).toMatch(/stage/i);
  });

  it('describes every setting of a stage, a gate, a command, a check and a channel', () => {
    const props = propertiesOf(planJsonSchema());
    const undescribed = props.filter(({ path, node }) => node.description === undefined && !/\.type$/.test(path));
    // The containers are described by their own fields.
    expect(undescribed.map((p) => p.path.split('.').at(-1)).sort()).toEqual(['discord', 'prometheus', 'slack', 'webhook']);
  });

  it('documents each default as the parser applies it', () => {
    const documented = propertiesOf(planJsonSchema()).filter(({ node }) => node.default !== undefined && typeof node.description === 'string' && /Default [^:]/.test(node.description));
    expect(documented.length).toBeGreaterThan(15);
    // "Default <value>" followed by the end of a sentence or of the text.
    const wrong = documented.filter(({ node }) => !new RegExp(`Default ${String(node.default).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[.:;,]|$)`).test(node.description as string));
    expect(wrong.map((d) => `${d.path}: ${String(d.node.default)} / ${String(d.node.description)}`)).toEqual([]);
  });
});

describe('names, variables and secret references', () => {
  it.each(['lhr', 'eu-west-1', 'v1.2_x', '9z'])('accepts the target name %s', (t) => {
    expect(problemsOf(minimal({}, { targets: [t] }))).toEqual([]);
  });

  it.each(['-lhr', '.lhr', 'l hr', 'lhr/1', 'lhr;'])('refuses the target name %j', (t) => {
    expect(problemsOf(minimal({}, { targets: [t] }))).toEqual([`stages[0].targets[0]: expected a name of letters, digits, . _ - (starting with a letter or digit); got ${JSON.stringify(t)}`]);
  });

  it('refuses a target list written as one string', () => {
    expect(problemsOf(minimal({}, { targets: 'lhr' }))).toEqual(['stages[0].targets: expected a list of target names such as [lhr, nrt]; got "lhr"']);
  });

  it('refuses a plan without stages', () => {
    expect(problemsOf({ ...minimal(), stages: [] })).toEqual(['stages: expected at least one stage (or waves)']);
  });

  it('accepts environment variable names of a command, and refuses others', () => {
    expect(problemsOf(minimal({ deploy: { run: ['./d'], env: { REGION_1: 'x', _X: 'y' } } }))).toEqual([]);
    for (const name of ['1REGION', 'REGION-1', 'A B', 'A=B']) expect(problemsOf(minimal({ deploy: { run: ['./d'], env: { [name]: 'x' } } })), name).toHaveLength(1);
  });

  it('accepts env:NAME for a webhook, and nothing around it', () => {
    expect(problemsOf(minimal({ notify: { slack: { webhook: 'env:SLACK_URL' } } }))).toEqual([]);
    for (const ref of ['xenv:SLACK', 'env:SLACK/x', 'env:', 'env:1X', 'SLACK']) {
      expect(problemsOf(minimal({ notify: { slack: { webhook: ref } } })), ref).toEqual(['notify.slack.webhook: expected env:NAME (the variable that holds the URL); a plan must not contain the secret itself (value not shown: it is a secret)']);
    }
  });
});

describe('notify settings', () => {
  it('takes none or a priority as immediate-priority, and p0-p1 as the default fail-on-error', () => {
    expect(problemsOf(minimal({ notify: { slack: { webhook: 'env:S' }, discord: { webhook: 'env:D', 'fallback-for': 'slack', 'immediate-priority': 'none' } } }))).toEqual([]);
    expect(problemsOf(minimal({ notify: { slack: { webhook: 'env:S', 'immediate-priority': 'P1' }, 'fail-on-error': 'p0-p1' } }))).toEqual([]);
    expect(problemsOf(minimal({ notify: { slack: { webhook: 'env:S', 'immediate-priority': 'soon' } } }))).toEqual(['notify.slack.immediate-priority: expected one of P0, P1, P2, P3, none; got "soon"']);
    expect(Notify.parse({})['fail-on-error']).toBe('p0-p1');
  });
});

describe('bounds', () => {
  it('gate concurrency is 1 to 1000', () => {
    for (const ok of [1, 5, 1000]) expect(problemsOf(minimal({ checks: { p: [{ name: 't', type: 'tcp', host: 'h', port: 1 }] } }, { gate: { profile: 'p', concurrency: ok } })), String(ok)).toEqual([]);
    for (const bad of [0, 1001, 1.5]) expect(problemsOf(minimal({ checks: { p: [{ name: 't', type: 'tcp', host: 'h', port: 1 }] } }, { gate: { profile: 'p', concurrency: bad } })), String(bad)).toHaveLength(1);
  });

  it('stage parallelism is 1 to 256, and consecutive-success at least 1', () => {
    expect(problemsOf(minimal({}, { parallel: 256 }))).toEqual([]);
    expect(problemsOf(minimal({}, { parallel: 257 }))).toEqual(['stages[0].parallel: expected a number <= 256; got 257']);
    expect(problemsOf(minimal({ checks: { p: [{ name: 't', type: 'tcp', host: 'h', port: 1 }] } }, { gate: { profile: 'p', 'consecutive-success': 0 } }))).toEqual(['stages[0].gate.consecutive-success: expected a number >= 1; got 0']);
  });

  it('channel retries are 0 to 10', () => {
    expect(problemsOf(minimal({ notify: { slack: { webhook: 'env:S', retries: 0 } } }))).toEqual([]);
    expect(problemsOf(minimal({ notify: { slack: { webhook: 'env:S', retries: 10 } } }))).toEqual([]);
    expect(problemsOf(minimal({ notify: { slack: { webhook: 'env:S', retries: 11 } } }))).toEqual(['notify.slack.retries: expected a number <= 10; got 11']);
  });
});

import { describe, expect, it } from 'vitest';
import { checkPlanRules, describeNextStep, lockHoldMs, chooseIdleColor, decideSwitchBack, describeNeverSwitched, isBlueGreen, otherColor, Plan, readColor } from '@stagegate/core';

/** A plan with one blue-green stage and one rolling stage; each test changes one thing. */
function base(): Record<string, any> {
  return {
    version: 1,
    service: 'web',
    stages: [
      { name: 'canary', targets: ['lhr'], strategy: 'blue-green', switch: { run: ['./switch.sh', '{target}', '{color}'] }, gate: { checks: [{ name: 'preview', type: 'http', url: 'https://{color}.{target}.example.com/health' }] } },
      { name: 'full', targets: ['nrt'] },
    ],
    deploy: { run: ['./deploy.sh', '{target}', '{version}'] },
  };
}

function problems(change: (p: ReturnType<typeof base>) => void = () => {}): string[] {
  const p = base();
  change(p);
  return checkPlanRules(Plan.parse(p)).map((x) => `${x.path}: ${x.message}`);
}

describe('colours', () => {
  it('deploys a first version to blue, then always to the colour not live', () => {
    expect(chooseIdleColor(undefined)).toBe('blue');
    expect(chooseIdleColor('blue')).toBe('green');
    expect(chooseIdleColor('green')).toBe('blue');
    expect(otherColor('green')).toBe('blue');
    expect(otherColor('blue')).toBe('green');
  });

  it('reads only blue or green as a colour', () => {
    expect(readColor('green')).toBe('green');
    expect(readColor('blue')).toBe('blue');
    for (const v of ['Blue', 'red', '', undefined, null, 1]) expect(readColor(v)).toBeUndefined();
  });

  it('knows a blue-green stage from a rolling one (the default)', () => {
    const plan = Plan.parse(base());
    expect(plan.stages.map((s) => s.strategy)).toEqual(['blue-green', 'rolling']);
    expect(isBlueGreen(plan.stages[0])).toBe(true);
    expect(isBlueGreen(plan.stages[1])).toBe(false);
    expect(isBlueGreen(undefined)).toBe(false);
  });

  it('says why a colour never switched to needs no rollback', () => {
    expect(describeNeverSwitched({ color: 'green', fromColor: 'blue', fromVersion: 'v1', failure: 'gate' })).toBe('green failed its gate and never received traffic; blue still serves v1');
    expect(describeNeverSwitched({ color: 'blue', fromColor: 'green', fromVersion: 'v4', failure: 'deploy' })).toBe('blue failed its deploy and never received traffic; green still serves v4');
    expect(describeNeverSwitched({ color: 'blue', failure: 'gate' })).toBe('blue failed its gate and never received traffic; no colour served traffic before (first deploy)');
    expect(describeNeverSwitched({ color: 'green', fromColor: 'blue', failure: 'gate' })).toBe('green failed its gate and never received traffic; blue still serves the previous version');
  });
});

describe('switching back', () => {
  it('switches traffic back to the previous colour when it still holds the previous version', () => {
    expect(decideSwitchBack({ current: 'green', previous: { version: 'v1', color: 'blue' } })).toEqual({ kind: 'switch', color: 'blue', version: 'v1' });
    expect(decideSwitchBack({ current: 'blue', previous: { version: 'v2', color: 'green' }, holder: 'v2' })).toEqual({ kind: 'switch', color: 'green', version: 'v2' });
  });

  it('refuses when there is nothing to switch back to, or the colour no longer holds that version', () => {
    const refuse = (o: Parameters<typeof decideSwitchBack>[0]): string => {
      const d = decideSwitchBack(o);
      return d.kind === 'impossible' ? d.reason : `switch to ${d.color}`;
    };
    expect(refuse({ current: 'blue', previous: { version: undefined, color: undefined } })).toMatch(/^no previous version: this was the first deployment/);
    expect(refuse({ current: 'blue', previous: { version: 'v1', color: undefined } })).toBe('v1 has no colour recorded (deployed before blue-green): there is no colour to switch back to; deploy v1 again');
    expect(refuse({ current: 'blue', previous: { version: 'v1', color: 'blue' } })).toBe('v1 was on blue, which now holds the version being rolled back: deploy v1 again');
    expect(refuse({ current: 'green', previous: { version: 'v1', color: 'blue' }, holder: 'v3' })).toBe('blue now holds v3, not v1: switching back would serve it; deploy v1 again');
    expect(refuse({ current: 'green', previous: { version: 'v1', color: 'blue' }, holder: undefined })).toBe('blue now holds an unknown version, not v1: switching back would serve it; deploy v1 again');
    // Without a reading of the colour, the caller vouches for it (its own run deployed the other colour).
    expect(refuse({ current: undefined, previous: { version: 'v1', color: 'blue' } })).toBe('switch to blue');
  });
});

describe('the next step after a colour never switched to', () => {
  it('says there is nothing to roll back when every touched target still serves its old version', () => {
    const facts = { service: 'web', version: 'v2', result: 'failed' as const, failedStage: 'canary', targets: [{ target: 'lhr', live: 'v1', action: 'gate failed' as const }, { target: 'ewr', live: undefined, action: 'untouched' as const }] };
    expect(describeNextStep(facts)[0]).toBe('check the targets marked failed or unknown above; nothing to roll back: no target serves v2');
    // A target whose command failed may run either version: the rollback workflow is still the way.
    expect(describeNextStep({ ...facts, targets: [{ target: 'lhr', live: undefined, action: 'failed' as const }] })[0]).toBe('check the targets marked failed or unknown above; roll back with the rollback workflow');
  });
});

describe('the rollout lock of a blue-green plan', () => {
  it('holds long enough for each wave\'s switch there and back', () => {
    const plan = Plan.parse({ ...base(), deploy: { run: ['./d'], timeout: '1m' } });
    const withSwitch = Plan.parse({ ...base(), deploy: { run: ['./d'], timeout: '1m' }, stages: [{ ...base().stages[0], switch: { run: ['./s'], timeout: '3m' } }, base().stages[1]] });
    expect(lockHoldMs(withSwitch) - lockHoldMs(plan)).toBe(2 * (3 - 15) * 60_000);
  });
});

describe('blue-green plan rules', () => {
  it('accepts a blue-green stage with a switch and {color} in its commands and checks', () => {
    expect(problems()).toEqual([]);
    expect(problems((p) => { p.stages[1].strategy = 'blue-green'; p.stages[1].switch = { run: ['./s', '{color}'] }; p.deploy.run.push('{color}'); })).toEqual([]);
  });

  it('asks for a switch command on a blue-green stage, at its path', () => {
    expect(problems((p) => delete p.stages[0].switch)).toEqual([
      'stages[0].switch: expected a switch command (e.g. { run: ["./switch.sh", "{target}", "{color}"] }): a blue-green stage moves traffic to the new colour with it, and back with it on a rollback',
    ]);
  });

  it('refuses a switch, or {color}, where a rolling stage would need it', () => {
    expect(problems((p) => (p.stages[1].switch = { run: ['./s'] }))).toEqual(['stages[1].switch: a switch command needs strategy: blue-green on this stage (a rolling stage has no colours to switch)']);
    expect(problems((p) => (p.stages[1].gate = { checks: [{ name: 'h', type: 'http', url: 'https://{color}.x.example' }] }))).toEqual(['stages[1].gate: a check of this gate uses {color}, which only a blue-green stage has; stage "full" is rolling']);
    expect(problems((p) => p.deploy.run.push('--color={color}'))).toEqual(['deploy.run[3]: {color} is known only in blue-green stages; stage "full" is rolling']);
    expect(problems((p) => (p.deploy.env = { SLOT: 'slot-{color}', REGION: '{target}' }))).toEqual(['deploy.env.SLOT: {color} is known only in blue-green stages; stage "full" is rolling']);
    expect(problems((p) => { p.stages.push({ name: 'last', targets: ['ewr'] }); p.rollback = { run: ['./r', '{color}'] }; })).toEqual(['rollback.run[1]: {color} is known only in blue-green stages; stages "full", "last" are rolling']);
  });

  it('checks the placeholders of a switch command, and keeps {color} out of a url', () => {
    expect(problems((p) => p.stages[0].switch.run.push('{weigth}'))).toEqual([expect.stringMatching(/^stages\[0\]\.switch\.run\[3\]: unknown placeholder \{weigth\}; expected one of .*\{color\}/)]);
    expect(problems((p) => (p.stages[0].url = 'https://{color}.example.com'))).toEqual([expect.stringMatching(/^stages\[0\]\.url: unknown placeholder \{color\}/)]);
  });
});

import { describe, expect, it } from 'vitest';
import { loadPlan, type FreezeState } from '@stagegate/core';
import { checkBeforeStage, type GuardDeps } from '../src/stage-guards.js';

const plan = (windows = ''): ReturnType<typeof loadPlan> => loadPlan(`version: 1
service: trading-api
stages:
  - { name: canary, targets: [lhr] }
deploy: { run: ["deploy", "{target}", "{version}"] }
${windows}`);
const FROZEN: FreezeState = { frozen: true, reason: 'incident 42', actor: 'alice', at: '2026-12-07T13:30:00.000Z' };

/** A clock that only moves when the run sleeps: no real timers. */
function deps(start: string, freeze: Array<FreezeState | undefined | Error>): GuardDeps & { reads: string[]; slept: number[] } {
  let now = Date.parse(start);
  const reads: string[] = [];
  const slept: number[] = [];
  return {
    reads, slept,
    async readFreeze(environment) {
      reads.push(environment);
      const next = freeze.length > 1 ? freeze.shift() : freeze[0];
      if (next instanceof Error) throw next;
      return next;
    },
    async sleep(ms) {
      slept.push(ms);
      now += ms;
    },
    now: () => now,
    log: () => undefined,
  };
}

const NIGHTS = 'windows: { deny: [ { name: nights, from: "22:00", to: "09:00", timezone: America/New_York } ], wait: 30m }';

describe('before each stage: the freeze', () => {
  it('a frozen environment stops the stage (one read of <prefix>freeze), naming who, when and why', async () => {
    const d = deps('2026-12-07T15:00:00Z', [FROZEN]);
    const stop = await checkBeforeStage(plan(), plan().stages[0]!, d, { ms: 0 });
    expect(stop).toEqual({ result: 'frozen', cause: 'hard stop: production/freeze frozen by alice at 2026-12-07T13:30:00.000Z (1h30m ago): incident 42; stopped before stage canary, nothing rolled back (a freeze is not a failure)' });
    expect(d.reads).toEqual(['production/freeze']);
  });

  it('thawed or never frozen: the stage starts', async () => {
    expect(await checkBeforeStage(plan(), plan().stages[0]!, deps('2026-12-07T15:00:00Z', [{ ...FROZEN, frozen: false }]), { ms: 0 })).toBeUndefined();
    expect(await checkBeforeStage(plan(), plan().stages[0]!, deps('2026-12-07T15:00:00Z', [undefined]), { ms: 0 })).toBeUndefined();
  });

  it('a freeze that cannot be read holds the stage (never deploys past a freeze it could not rule out)', async () => {
    const stop = await checkBeforeStage(plan(), plan().stages[0]!, deps('2026-12-07T15:00:00Z', [new Error('GitHub answered 503')]), { ms: 0 });
    expect(stop).toEqual({ result: 'held', cause: 'held before stage canary: could not read the freeze record production/freeze (GitHub answered 503); not deploying while a freeze cannot be ruled out, nothing rolled back' });
  });
});

describe('before each stage: the deploy windows', () => {
  it('inside a window that opens within windows.wait: waits until it opens, then starts', async () => {
    const d = deps('2026-12-07T13:40:00Z', [undefined]); // 08:40 in New York
    const waited = { ms: 0 };
    expect(await checkBeforeStage(plan(NIGHTS), plan(NIGHTS).stages[0]!, d, waited)).toBeUndefined();
    expect(d.slept).toEqual([20 * 60_000]);
    expect(waited.ms).toBe(20 * 60_000);
    // The freeze is read again after the wait: it may have been set meanwhile.
    expect(d.reads).toHaveLength(2);
  });

  it('a freeze set during the wait stops the stage when the window opens', async () => {
    const d = deps('2026-12-07T13:40:00Z', [undefined, FROZEN]);
    expect(await checkBeforeStage(plan(NIGHTS), plan(NIGHTS).stages[0]!, d, { ms: 0 })).toMatchObject({ result: 'frozen' });
  });

  it('a window that opens later than the wait left: held at once, with the window and when it opens', async () => {
    const d = deps('2026-12-07T04:00:00Z', [undefined]); // 23:00 in New York
    const stop = await checkBeforeStage(plan(NIGHTS), plan(NIGHTS).stages[0]!, d, { ms: 0 });
    expect(stop).toEqual({ result: 'held', cause: 'held before stage canary: inside nights (22:00–09:00 America/New_York); it opens Mon 2026-12-07 09:00 America/New_York (14:00 UTC), in 10h, more than windows.wait 30m' });
    expect(d.slept).toEqual([]);
  });

  it('the wait is for the whole rollout: what earlier stages waited counts', async () => {
    const d = deps('2026-12-07T13:40:00Z', [undefined]);
    expect(await checkBeforeStage(plan(NIGHTS), plan(NIGHTS).stages[0]!, d, { ms: 15 * 60_000 })).toMatchObject({ result: 'held' });
  });

  it('a dry run says what the windows would do and never waits or stops', async () => {
    const lines: string[] = [];
    const d = { ...deps('2026-12-07T04:00:00Z', [undefined]), dryRun: true, log: (l: string) => void lines.push(l) };
    expect(await checkBeforeStage(plan(NIGHTS), plan(NIGHTS).stages[0]!, d, { ms: 0 })).toBeUndefined();
    expect(d.slept).toEqual([]);
    expect(lines).toEqual([expect.stringMatching(/^\[dry-run\] stage canary: would stop: held before stage canary: inside nights/)]);
  });
});

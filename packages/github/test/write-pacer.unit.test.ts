import { describe, expect, it } from 'vitest';
import { WritePacer, WritePacingError } from '../src/write-pacer.js';

/** A pacer on a clock the test moves; `send` takes a turn and returns the wait it was given. */
function paced(options: { burst?: number; perMinute?: number; maxWaitMs?: number } = {}) {
  let now = 0;
  const pacer = new WritePacer({ ...options, now: () => now });
  return { pacer, send: () => pacer.reserve(), advance: (ms: number) => (now += ms), at: () => now };
}

describe('pacing writes', () => {
  it('a burst goes out at once: a seven-target failed rollout (32 writes) is not slowed by the default', () => {
    const { send } = paced();
    const waits = Array.from({ length: 30 }, send);
    expect(waits.every((w) => w === 0)).toBe(true);
    // Past the burst, each write waits one more interval (60 s / 50).
    expect(send()).toBeCloseTo(1200, 5);
    expect(send()).toBeCloseTo(2400, 5);
  });

  it('a long run stays under 80 writes in any minute and settles at the sustained rate', () => {
    const { send, at } = paced({ maxWaitMs: 3_600_000 });
    // 1,000 writes sent as fast as their turns allow: each goes out at now + its wait.
    const sentAt: number[] = [];
    for (let i = 0; i < 1000; i++) sentAt.push(at() + send());
    for (let i = 0; i < sentAt.length; i++) {
      const inMinute = sentAt.filter((t) => t >= sentAt[i]! && t < sentAt[i]! + 60_000).length;
      expect(inMinute).toBeLessThanOrEqual(80);
    }
    // The last one goes out after (1000 − 30) intervals of 1.2 s.
    expect(sentAt.at(-1)).toBeCloseTo(970 * 1200, 3);
  });

  it('the bucket refills while idle, up to the burst', () => {
    const { send, advance } = paced({ burst: 5, perMinute: 60 });
    for (let i = 0; i < 5; i++) send();
    expect(send()).toBeCloseTo(1000, 5);
    advance(60_000);
    expect(Array.from({ length: 5 }, send).every((w) => w === 0)).toBe(true);
    expect(send()).toBeGreaterThan(0);
  });

  it('no write waits past the bound: it is refused at once, naming the wait, and takes no turn', () => {
    const { pacer, send } = paced({ burst: 1, perMinute: 60, maxWaitMs: 2_500 });
    send();
    send();
    send();
    expect(() => pacer.reserve()).toThrow(WritePacingError);
    expect(() => pacer.reserve()).toThrow('GitHub write not sent: its turn is 3 s away (writes paced at 60 a minute after a burst of 1), more than the 2.5 s a write may wait; it is retried or listed as unrecorded');
    // A refused write left the queue as it was: the next write is still 3 s away, not further.
    expect(() => pacer.reserve()).toThrow(/its turn is 3 s away/);
  });

  it('0 a minute sends every write at once, though a retry-after still holds them', () => {
    const { pacer, send } = paced({ perMinute: 0 });
    expect(Array.from({ length: 1000 }, send).every((w) => w === 0)).toBe(true);
    pacer.holdFor(2_000);
    expect(send()).toBe(2_000);
  });

  it('a secondary rate limit holds every write back for its retry-after', () => {
    const { pacer, send, advance } = paced();
    pacer.holdFor(5_000);
    expect(send()).toBe(5_000);
    advance(5_000);
    expect(send()).toBe(0);
  });
});

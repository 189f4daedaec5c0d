import { describe, expect, it } from 'vitest';
import { decideWindow, findDenyWindow, localClock, nextOpening, Windows, type WindowDecision } from '../src/index.js';

const at = (iso: string): number => Date.parse(iso);
const windows = (input: unknown): Windows => Windows.parse(input);
// The evenings of Friday, Saturday and Sunday, each until 09:00 the next morning (New York), as in the issue's example.
const WEEKEND = windows({ deny: [{ name: 'weekend', days: ['fri', 'sat', 'sun'], from: '16:00', to: '09:00', timezone: 'America/New_York' }], wait: '30m' });

describe('deploy windows: which instants are denied', () => {
  it('reads the local clock of a zone through Intl, daylight saving included', () => {
    expect(localClock(at('2026-07-03T20:30:00Z'), 'America/New_York')).toEqual({ day: 5, minute: 16 * 60 + 30 });
    expect(localClock(at('2026-12-04T20:30:00Z'), 'America/New_York')).toEqual({ day: 5, minute: 15 * 60 + 30 });
    expect(localClock(at('2026-12-06T00:10:00Z'), 'UTC')).toEqual({ day: 0, minute: 10 });
  });

  it('an overnight window belongs to the day it starts: Friday evening and Saturday morning, not Thursday evening', () => {
    expect(findDenyWindow(WEEKEND, at('2026-12-04T21:00:00Z'))?.label).toBe('weekend (fri, sat, sun 16:00–09:00 America/New_York)'); // Fri 16:00 EST
    expect(findDenyWindow(WEEKEND, at('2026-12-04T20:59:00Z'))).toBeUndefined(); // Fri 15:59
    expect(findDenyWindow(WEEKEND, at('2026-12-07T13:59:00Z'))).toBeDefined(); // Mon 08:59, the morning of Sunday's window
    expect(findDenyWindow(WEEKEND, at('2026-12-07T14:00:00Z'))).toBeUndefined(); // Mon 09:00
    expect(findDenyWindow(WEEKEND, at('2026-12-04T13:00:00Z'))).toBeUndefined(); // Fri 08:00: Thursday has no window
  });

  it('a same-day window covers [from, to); no days means every day; 24:00 ends at midnight', () => {
    const w = windows({ timezone: 'Europe/London', deny: [{ from: '12:00', to: '13:00' }, { days: ['sun'], from: '00:00', to: '24:00' }] });
    expect(findDenyWindow(w, at('2026-12-02T12:00:00Z'))?.label).toBe('deny window 1 (12:00–13:00 Europe/London)');
    expect(findDenyWindow(w, at('2026-12-02T13:00:00Z'))).toBeUndefined();
    expect(findDenyWindow(w, at('2026-12-06T23:59:00Z'))?.label).toBe('deny window 2 (sun 00:00–24:00 Europe/London)');
    expect(findDenyWindow(w, at('2026-12-07T00:00:00Z'))).toBeUndefined();
  });
});

describe('deploy windows: when they open', () => {
  it('the end of the window in its own zone, to the minute', () => {
    expect(nextOpening(WEEKEND, at('2026-12-06T03:42:31Z'))).toBe(at('2026-12-06T14:00:00Z')); // Sat 22:42 → Sun 09:00
    expect(nextOpening(WEEKEND, at('2026-12-05T18:42:31Z'))).toBe(at('2026-12-05T18:42:31Z')); // Sat 13:42: between two nights
    expect(nextOpening(WEEKEND, at('2026-12-02T18:42:31Z'))).toBe(at('2026-12-02T18:42:31Z'));
  });

  it('across the end of daylight saving (1 Nov 2026 in New York) the opening is still 09:00 local', () => {
    const nightly = windows({ deny: [{ from: '00:00', to: '09:00', timezone: 'America/New_York' }] });
    expect(nextOpening(nightly, at('2026-11-01T04:30:00Z'))).toBe(at('2026-11-01T14:00:00Z')); // 00:30 EDT → 09:00 EST
  });

  it('windows that follow each other open at the end of the last one', () => {
    const w = windows({ deny: [{ from: '16:00', to: '20:00' }, { from: '20:00', to: '23:00' }] });
    expect(nextOpening(w, at('2026-12-02T17:00:00Z'))).toBe(at('2026-12-02T23:00:00Z'));
  });

  it('windows covering the whole week never open', () => {
    expect(nextOpening(windows({ deny: [{ from: '00:00', to: '24:00' }] }), at('2026-12-02T17:00:00Z'))).toBeUndefined();
  });
});

describe('deploy windows: what a stage about to start does', () => {
  it('starts outside every window, or without windows', () => {
    expect(decideWindow(undefined, at('2026-12-05T18:00:00Z'), 0, 'canary')).toEqual({ kind: 'open' });
    expect(decideWindow(WEEKEND, at('2026-12-02T18:00:00Z'), 0, 'canary')).toEqual({ kind: 'open' });
  });

  it('waits when the window opens within what is left of windows.wait', () => {
    const d = decideWindow(WEEKEND, at('2026-12-07T13:40:00Z'), 5 * 60_000, 'primary');
    expect(d).toEqual({ kind: 'wait', window: { label: 'weekend (fri, sat, sun 16:00–09:00 America/New_York)', timezone: 'America/New_York' }, opensAt: at('2026-12-07T14:00:00Z'), waitMs: 20 * 60_000 });
  });

  it('refuses, naming the window and when it opens, when that is beyond the wait left', () => {
    const d = decideWindow(WEEKEND, at('2026-12-07T13:40:00Z'), 15 * 60_000, 'primary') as Extract<WindowDecision, { kind: 'refuse' }>;
    expect(d.kind).toBe('refuse');
    expect(d.message).toBe('held before stage primary: inside weekend (fri, sat, sun 16:00–09:00 America/New_York); it opens Mon 2026-12-07 09:00 America/New_York (14:00 UTC), in 20m, more than windows.wait 30m (15m already waited)');
  });

  it('wait: 0s refuses at once; whole-week windows say they never open', () => {
    const now = decideWindow(windows({ deny: [{ from: '00:00', to: '24:00' }] }), at('2026-12-02T17:00:00Z'), 0, 'canary');
    expect(now).toMatchObject({ kind: 'refuse', opensAt: undefined, message: 'held before stage canary: inside deny window 1 (00:00–24:00 UTC); the deny windows cover the whole week, so it never opens (windows.wait is 0s: no waiting)' });
  });
});

describe('deploy windows: the plan shape', () => {
  it('names the field at fault: a time zone Intl does not know, a start at 24:00, an empty window', () => {
    const r = Windows.safeParse({ deny: [{ from: '24:00', to: '09:00', timezone: 'Mars/Olympus' }, { from: '10:00', to: '10:00' }] });
    expect(r.success).toBe(false);
    const issues = r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(issues).toEqual(expect.arrayContaining([
      'deny.0.from: expected a 24-hour local time such as "16:00"',
      'deny.0.timezone: expected an IANA time zone such as "America/New_York", "Europe/London" or "UTC"',
      'deny.1.to: expected to to differ from from; a whole day is from: "00:00", to: "24:00"',
    ]));
  });

  it('defaults: UTC and no waiting', () => {
    expect(windows({ deny: [{ from: '16:00', to: '09:00' }] })).toMatchObject({ timezone: 'UTC', wait: '0s' });
  });
});

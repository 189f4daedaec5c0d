import { formatDuration, parseDuration } from '../duration.js';
import { WEEKDAYS, type DenyWindow, type Windows } from '../windows-schema.js';

/**
 * Deploy windows without I/O: whether an instant falls in a deny window (in
 * that window's time zone, through Intl, so daylight saving is the zone's
 * own), when the windows next leave a stage free to start, and what a rollout
 * does about it. The clock is always passed in.
 */

/** A deny window that covers an instant, named for messages. */
export interface DenyMatch {
  /** `market-hours (mon–fri 09:30–16:00 America/New_York)`. */
  label: string;
  timezone: string;
}

/** What a stage about to start does about the deploy windows. */
export type WindowDecision =
  | { kind: 'open' }
  /** Inside a window that ends within the wait left: wait `waitMs`, then look again. */
  | { kind: 'wait'; window: DenyMatch; opensAt: number; waitMs: number }
  /** Inside a window that ends too late (or never): stop before the stage. */
  | { kind: 'refuse'; window: DenyMatch; opensAt: number | undefined; message: string };

const MINUTE = 60_000;
const DAY_MINUTES = 1440;
const formats = new Map<string, Intl.DateTimeFormat>();

/** Local weekday (0 = Sunday) and minute of the day of an instant in a time zone. */
export function localClock(ms: number, timezone: string): { day: number; minute: number } {
  let f = formats.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: timezone, hourCycle: 'h23', weekday: 'short', hour: '2-digit', minute: '2-digit' });
    formats.set(timezone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const day = WEEKDAYS.indexOf(String(parts.weekday).toLowerCase().slice(0, 3) as (typeof WEEKDAYS)[number]);
  return { day, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function startsOn(w: DenyWindow, day: number): boolean {
  return !w.days || w.days.includes(WEEKDAYS[(day + 7) % 7] as (typeof WEEKDAYS)[number]);
}

/** Minutes from the local clock to the window's end, when the window covers it; else undefined. */
function minutesToEnd(w: DenyWindow, clock: { day: number; minute: number }): number | undefined {
  const from = minutesOf(w.from);
  const to = minutesOf(w.to);
  if (from < to) return clock.minute >= from && clock.minute < to && startsOn(w, clock.day) ? to - clock.minute : undefined;
  // Overnight: the evening part belongs to today, the morning part to the day before.
  if (clock.minute >= from && startsOn(w, clock.day)) return DAY_MINUTES - clock.minute + to;
  if (clock.minute < to && startsOn(w, clock.day - 1)) return to - clock.minute;
  return undefined;
}

/** How a window reads in a message: its name, days, hours and zone. */
export function describeWindow(w: DenyWindow, index: number, timezone: string): string {
  const days = w.days ? `${w.days.join(', ')} ` : '';
  return `${w.name ?? `deny window ${index + 1}`} (${days}${w.from}–${w.to} ${timezone})`;
}

/** The first deny window covering `nowMs`, with the minutes until it ends; undefined when none does. */
export function findDenyWindow(windows: Windows, nowMs: number): (DenyMatch & { endsInMinutes: number; toMinute: number }) | undefined {
  for (const [i, w] of windows.deny.entries()) {
    const timezone = w.timezone ?? windows.timezone;
    const left = minutesToEnd(w, localClock(nowMs, timezone));
    if (left !== undefined) return { label: describeWindow(w, i, timezone), timezone, endsInMinutes: left, toMinute: minutesOf(w.to) % DAY_MINUTES };
  }
  return undefined;
}

/**
 * The first instant at or after `nowMs` that no deny window covers (windows
 * may follow each other), to the minute; undefined when they cover the whole
 * week. A daylight-saving change inside a window is corrected by reading the
 * local clock at the computed end.
 */
export function nextOpening(windows: Windows, nowMs: number): number | undefined {
  let t = nowMs;
  for (let hop = 0; hop < 64; hop++) {
    const match = findDenyWindow(windows, t);
    if (!match) return t;
    let end = t - (t % MINUTE) + match.endsInMinutes * MINUTE;
    const drift = match.toMinute - localClock(end, match.timezone).minute;
    const wrapped = ((drift + DAY_MINUTES + 720) % DAY_MINUTES) - 720;
    end += wrapped * MINUTE;
    t = end > t ? end : t + MINUTE;
  }
  return undefined;
}

/** An instant in a zone's local time for messages: `Sat 2026-12-05 09:00 America/New_York (14:00 UTC)`. */
export function formatLocal(ms: number, timezone: string): string {
  const f = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const utc = new Date(ms).toISOString().slice(11, 16);
  return `${p.weekday} ${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${timezone}${timezone === 'UTC' ? '' : ` (${utc} UTC)`}`;
}

/**
 * Decides, before a stage, whether it may start: open outside every deny
 * window; wait when the windows open within the wait still left
 * (`windows.wait` minus what this run already waited); else refuse with a
 * message naming the window, when it opens and what to do.
 */
export function decideWindow(windows: Windows | undefined, nowMs: number, waitedMs: number, stage: string): WindowDecision {
  if (!windows) return { kind: 'open' };
  const match = findDenyWindow(windows, nowMs);
  if (!match) return { kind: 'open' };
  const window = { label: match.label, timezone: match.timezone };
  const opensAt = nextOpening(windows, nowMs);
  const waitMs = parseDuration(windows.wait);
  const left = waitMs - waitedMs;
  if (opensAt !== undefined && opensAt - nowMs <= left) return { kind: 'wait', window, opensAt, waitMs: opensAt - nowMs };
  const when = opensAt === undefined ? 'the deny windows cover the whole week, so it never opens' : `it opens ${formatLocal(opensAt, match.timezone)}, in ${formatDuration(opensAt - nowMs)}`;
  const bound = waitMs ? `, more than windows.wait ${formatDuration(waitMs)}${waitedMs ? ` (${formatDuration(waitedMs)} already waited)` : ''}` : ' (windows.wait is 0s: no waiting)';
  return { kind: 'refuse', window, opensAt, message: `held before stage ${stage}: inside ${window.label}; ${when}${bound}` };
}

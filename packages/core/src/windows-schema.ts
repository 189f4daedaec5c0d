import * as z from 'zod';
import { Duration } from './check-schema.js';

/** Weekday names a deny window may list, Sunday first (as `Date#getDay` counts). */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** True when the runtime's Intl knows the IANA time zone (Node ships full ICU). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const TimeZone = z
  .string()
  .refine(isTimeZone, { error: 'expected an IANA time zone such as "America/New_York", "Europe/London" or "UTC"' })
  .describe('IANA time zone, e.g. America/New_York.');

// "24:00" only ends a window (a whole day is 00:00–24:00); it never starts one.
const From = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a 24-hour local time such as "16:00"' });
const To = z.string().regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: 'expected a 24-hour local time such as "09:00" (24:00 for the end of the day)' });

/** A span of local time when no stage may start. */
export const DenyWindow = z
  .strictObject({
    /** Shown in messages; default "deny window N". */
    name: z.string().min(1).optional().describe('Name shown in messages, e.g. market-hours.'),
    /** Days the window starts on; default every day. An overnight window belongs to the day it starts. */
    days: z.array(z.enum(WEEKDAYS)).min(1).optional().describe('Days the window starts on (sun … sat); default every day. An overnight window (from later than to) belongs to the day it starts.'),
    /** Start, local 24-hour time. */
    from: From.describe('Start, local 24-hour time, e.g. "16:00".'),
    /** End, local 24-hour time; earlier than from means the next day. */
    to: To.describe('End, local 24-hour time, e.g. "09:00"; earlier than from means the next morning; 24:00 is midnight.'),
    /** Time zone of from/to and days; default the windows' timezone. */
    timezone: TimeZone.optional().describe("Time zone of from, to and days. Default: windows.timezone."),
  })
  .refine((w) => w.from !== w.to, { path: ['to'], error: 'expected to to differ from from; a whole day is from: "00:00", to: "24:00"' })
  .describe('A span of local time when no stage may start.');
export type DenyWindow = z.output<typeof DenyWindow>;

/** When stages may not start, and how long a rollout waits for a window to end. */
export const Windows = z
  .strictObject({
    /** Default time zone of the deny windows. */
    timezone: TimeZone.default('UTC').describe('Default time zone of the deny windows. Default UTC.'),
    /** Spans when no stage may start. */
    deny: z.array(DenyWindow).min(1, { error: 'expected at least one deny window' }).describe('Spans of local time when no stage may start.'),
    /** Longest wait for a deny window to end before refusing; 0s refuses at once. */
    wait: Duration.default('0s').describe('Longest wait, before a stage, for a deny window to end; then the rollout stops with result held. Default 0s: stop at once.'),
  })
  .describe('Deploy windows: before each stage, inside a deny window the rollout waits (up to wait) or stops with result held.');
export type Windows = z.output<typeof Windows>;

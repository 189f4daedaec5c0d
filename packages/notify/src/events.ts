import type { Priority } from '@stagegate/core';

/** Everything stagegate reports, from the first deploy to the last verdict. */
export const EVENT_KINDS = [
  'deploy-started',
  'stage-succeeded',
  'stage-failed',
  'gate-failed',
  'rollback-started',
  'rollback-succeeded',
  'rollback-failed',
  'pipeline-succeeded',
  'pipeline-failed',
  'manual-approval-waiting',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * Default priority per kind, from the seed systems' routing: P0 is a hard stop
 * (a failed deploy or gate, a rollback that did not work), P1 needs a person
 * soon (a rollback, a partial deploy, an approval), P2 is good news.
 */
const KIND_PRIORITY: Record<EventKind, Priority> = {
  'deploy-started': 'P2',
  'stage-succeeded': 'P2',
  'stage-failed': 'P0',
  'gate-failed': 'P0',
  'rollback-started': 'P1',
  'rollback-succeeded': 'P1',
  'rollback-failed': 'P0',
  'pipeline-succeeded': 'P2',
  'pipeline-failed': 'P0',
  'manual-approval-waiting': 'P1',
};

/** A link shown with an event: the run, a deployment, a dashboard. */
export interface EventLink {
  text: string;
  url: string;
}

/** One thing that happened in a rollout, as the people on call should hear it. */
export interface NotifyEvent {
  /** Unique id, shared by the audit lines of this event. */
  id: string;
  kind: EventKind;
  priority: Priority;
  /** ISO time the event happened. */
  time: string;
  service: string;
  version?: string;
  stage?: string;
  targets?: string[];
  /** Why: the failing check, the error, "cancelled". */
  reason?: string;
  /** Link to the workflow run. */
  runUrl?: string;
  /** Links to the deployments (environments) involved. */
  links?: EventLink[];
}

/** What a caller gives to make an event; id, time and priority are filled in. */
export type EventInput = Omit<NotifyEvent, 'id' | 'time' | 'priority'> & Partial<Pick<NotifyEvent, 'id' | 'time' | 'priority'>>;

/** The default priority of an event kind (P0 most urgent). */
export function priorityOf(kind: EventKind): Priority {
  return KIND_PRIORITY[kind];
}

/** True when `p` is as urgent as `threshold` or more (P0 ≥ P1 ≥ P2 ≥ P3). */
export function isAtLeast(p: Priority, threshold: Priority): boolean {
  return rankOf(p) <= rankOf(threshold);
}

/** 0 for P0 … 3 for P3. */
export function rankOf(p: Priority): number {
  return Number(p.slice(1));
}

/** Completes an event: the kind's priority unless one is given, a time and an id. */
export function createEvent(input: EventInput, now: Date = new Date()): NotifyEvent {
  const time = input.time ?? now.toISOString();
  const id = input.id ?? `${time.replace(/\D/g, '').slice(0, 17)}-${Math.random().toString(36).slice(2, 8)}`;
  return { ...input, id, time, priority: input.priority ?? priorityOf(input.kind) };
}

/** A one-line headline, e.g. "P0 trading-api 1.4.2: gate failed in canary". */
export function describeEvent(e: NotifyEvent): string {
  const what = e.kind.replace(/-/g, ' ');
  const where = e.stage ? ` in ${e.stage}` : '';
  return `${e.priority} ${e.service}${e.version ? ` ${e.version}` : ''}: ${what}${where}`;
}

/** Key facts as label/value pairs, in the order they are shown. */
export function factsOf(e: NotifyEvent): Array<{ label: string; value: string }> {
  const facts: Array<{ label: string; value: string }> = [
    { label: 'Service', value: e.service },
    { label: 'Priority', value: e.priority },
  ];
  if (e.version) facts.push({ label: 'Version', value: e.version });
  if (e.stage) facts.push({ label: 'Stage', value: e.stage });
  if (e.targets?.length) facts.push({ label: 'Targets', value: e.targets.join(', ') });
  facts.push({ label: 'Event', value: e.kind });
  return facts;
}

/** Every link of an event, the run first. */
export function linksOf(e: NotifyEvent): EventLink[] {
  return [...(e.runUrl ? [{ text: 'Workflow run', url: e.runUrl }] : []), ...(e.links ?? [])];
}

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

/** How a rollout stands, which sets a message's colour: never its priority. */
export type Outcome = 'started' | 'succeeded' | 'failed' | 'rolled-back' | 'needs-person';

/** One affected target as a message shows it: what it runs now and what is happening to it. */
export interface TargetLine {
  target: string;
  /** The version it runs now, when known. */
  runs?: string;
  /** What this run did or does to it: "rolling back from v3", "deploy failed: exit 7". */
  note: string;
}

/** Where a rollout comes from, shown in every message (from the GITHUB_* variables of the run). */
export interface RunContext {
  /** owner/name */
  repository?: string;
  ref?: string;
  sha?: string;
  actor?: string;
  /** https://github.com or a GHES URL. */
  serverUrl?: string;
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
  /** Sets the colour; derived from the kind when absent. */
  outcome?: Outcome;
  /** What happened, for the title, when the kind says it badly ("rolled back, all clear" rather than "pipeline failed"). */
  headline?: string;
  /** The affected targets only, with what each runs now. */
  states?: TargetLine[];
  /** Targets not listed, counted: "+4 healthy". */
  others?: { count: number; label: string };
  /** What a person should do next: a ready command or a link. */
  nextStep?: string;
  context?: RunContext;
  /**
   * An intermediate event: in the audit trail always, on a channel only when it
   * asks for every event (`events: all`). Absent: a key message.
   */
  detail?: boolean;
  /** The rollout's last message: it also goes to every channel that received a P0 of this rollout (a fallback hears the all-clear). */
  closing?: boolean;
  /** An id shared by every event of one rollout (the run id): PagerDuty's dedup key is made from it. */
  rollout?: string;
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

const KIND_OUTCOME: Partial<Record<EventKind, Outcome>> = {
  'deploy-started': 'started',
  'stage-succeeded': 'succeeded',
  'pipeline-succeeded': 'succeeded',
  'rollback-started': 'rolled-back',
  'rollback-succeeded': 'rolled-back',
  'manual-approval-waiting': 'needs-person',
};

/** The outcome an event shows (its colour): the one given, else what its kind says, else failed. */
export function outcomeOf(e: Pick<NotifyEvent, 'kind' | 'outcome'>): Outcome {
  return e.outcome ?? KIND_OUTCOME[e.kind] ?? 'failed';
}

/** The state of the affected targets in one line: "ewr runs v3 (rolling back to v1); +4 healthy". */
export function describeStates(e: NotifyEvent): string {
  const lines = (e.states ?? []).map((s) => `${s.target}${s.runs ? ` runs ${s.runs}` : ''} (${s.note})`);
  if (e.others?.count) lines.push(`+${e.others.count} ${e.others.label}`);
  return lines.join('; ');
}

/** The short title: "P0 trading-api 1.4.2: stage failed in canary". */
export function titleOf(e: NotifyEvent): string {
  const what = e.headline ?? e.kind.replace(/-/g, ' ');
  const where = e.stage ? ` in ${e.stage}` : '';
  return `${e.priority} ${e.service}${e.version ? ` ${e.version}` : ''}: ${what}${where}`;
}

/**
 * The first line a person reads: the title, then the cause, then what the
 * affected targets run now, e.g. "P0 trading-api v3: stage failed in canary
 * — ewr/http: 503 — now: ewr runs v3 (rolling back to v1); +4 healthy".
 */
export function describeEvent(e: NotifyEvent): string {
  const states = describeStates(e);
  return `${titleOf(e)}${e.reason ? ` — ${oneLine(e.reason)}` : ''}${states ? ` — now: ${states}` : ''}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Key facts as label/value pairs, in the order they are shown. */
export function factsOf(e: NotifyEvent): Array<{ label: string; value: string }> {
  const facts: Array<{ label: string; value: string }> = [
    { label: 'Service', value: e.service },
    { label: 'Priority', value: e.priority },
  ];
  if (e.version) facts.push({ label: 'Version', value: e.version });
  if (e.stage) facts.push({ label: 'Stage', value: e.stage });
  if (!e.states && e.targets?.length) facts.push({ label: 'Targets', value: e.targets.join(', ') });
  facts.push({ label: 'Event', value: e.kind });
  const c = e.context;
  if (c?.repository) facts.push({ label: 'Repo', value: c.repository });
  if (c?.ref) facts.push({ label: 'Ref', value: c.ref.replace(/^refs\/(heads|tags)\//, '') });
  if (c?.sha) facts.push({ label: 'Commit', value: c.sha.slice(0, 7) });
  if (c?.actor) facts.push({ label: 'Actor', value: c.actor });
  return facts;
}

/** Every link of an event: the run, the commit, the repository, then the deployments. */
export function linksOf(e: NotifyEvent): EventLink[] {
  const c = e.context;
  const server = (c?.serverUrl || 'https://github.com').replace(/\/+$/, '');
  const repo = c?.repository ? `${server}/${c.repository}` : undefined;
  return [
    ...(e.runUrl ? [{ text: 'Workflow run', url: e.runUrl }] : []),
    ...(repo && c?.sha ? [{ text: `Commit ${c.sha.slice(0, 7)}`, url: `${repo}/commit/${c.sha}` }] : []),
    ...(repo ? [{ text: c?.repository ?? 'Repository', url: repo }] : []),
    ...(e.links ?? []),
  ];
}

/** The link to an environment's deployments page on GitHub, or undefined without a repository. */
export function deploymentsLink(context: RunContext | undefined, environment: string): EventLink | undefined {
  if (!context?.repository) return undefined;
  const server = (context.serverUrl || 'https://github.com').replace(/\/+$/, '');
  return { text: `Deployments: ${environment}`, url: `${server}/${context.repository}/deployments/${encodeURIComponent(environment)}` };
}

/** The run's context from the runner's GITHUB_* variables (what an action's main.ts passes on). */
export function runContextFromEnv(env: Record<string, string | undefined>): RunContext {
  const pick = (name: string): string | undefined => env[name]?.trim() || undefined;
  const context: RunContext = {};
  const fields: Array<[keyof RunContext, string]> = [['repository', 'GITHUB_REPOSITORY'], ['ref', 'GITHUB_REF'], ['sha', 'GITHUB_SHA'], ['actor', 'GITHUB_ACTOR'], ['serverUrl', 'GITHUB_SERVER_URL']];
  for (const [key, name] of fields) {
    const value = pick(name);
    if (value) context[key] = value;
  }
  return context;
}

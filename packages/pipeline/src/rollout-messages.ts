import { allTargets, type Plan, type Priority } from '@stagegate/core';
import { deploymentsLink, priorityOf, type EventInput, type EventKind, type EventLink, type RunContext, type TargetLine } from '@stagegate/notify';
import { artifactsUrlOf } from './incident-report.js';
import type { PipelineEvent } from './pipeline-types.js';

/** What a target runs now and what this run did to it, as the wiring tracks it. */
export interface TrackedTarget extends TargetLine {
  environment: string;
}

/** What the conversation needs from the run. */
export interface ConversationOptions {
  plan: Plan;
  runUrl: string;
  /** The run's id: one rollout, one PagerDuty incident. */
  runId?: string;
  context?: RunContext;
  /** The targets this run touched, as they stand now (read when a message is made). */
  states: () => ReadonlyMap<string, TrackedTarget>;
}

/** Events that open the rollout's one alert (the message that needs a person). */
const ALERT_KINDS: ReadonlySet<string> = new Set(['gate-failed', 'stage-failed', 'rollback-failed', 'manual-approval-waiting']);

/**
 * Turns a run's events into the messages people keep switched on: by default
 * one when the rollout starts, one alert when it fails or needs a person (the
 * events of one failure, emitted together, become one message: the cause, the
 * affected targets with what each runs now, the next step), one when it ends.
 * Every other event is a detail (audit trail; channels with `events: all`);
 * stage-succeeded is P3 (the daily digest). `flush` is handed the merged alert
 * once the burst that opened it is over (a microtask later: after the
 * rollback's commands have started, before the run's next await completes).
 */
export function createRolloutConversation(o: ConversationOptions, flush: (input: EventInput) => void): { take(e: PipelineEvent): EventInput | undefined } {
  let alerted = false;
  let pending: PipelineEvent[] | undefined;
  let cause: string | undefined;
  const problems: string[] = [];
  let rolledBack = false;
  // After a rollback, the P0 points at the incident report, uploaded with the run's history.
  const reportUrl = artifactsUrlOf(o.runUrl);
  const incidentLink = (): EventLink[] => (rolledBack && reportUrl ? [{ text: 'Incident report (run artifacts)', url: reportUrl }] : []);
  const total = allTargets(o.plan).length;
  const base = (e: PipelineEvent, kind: EventKind): EventInput => ({ kind, service: o.plan.service, version: e.version, stage: e.stage, runUrl: o.runUrl, ...(o.runId ? { rollout: o.runId } : {}), ...(o.context ? { context: o.context } : {}) });
  const describe = (targets: readonly string[]): Pick<EventInput, 'states' | 'others' | 'links'> => {
    const states = o.states();
    const lines = [...new Set(targets)].map((t) => states.get(t) ?? { target: t, environment: '', note: 'not touched by this run' });
    const links = lines.map((l) => (l.environment ? deploymentsLink(o.context, l.environment) : undefined)).filter((l): l is EventLink => l !== undefined);
    return { states: lines.map(({ target, runs, note }) => ({ target, ...(runs ? { runs } : {}), note })), others: { count: Math.max(0, total - lines.length), label: 'healthy' }, links };
  };

  const makeAlert = (events: PipelineEvent[]): EventInput => {
    const by = (kind: string): PipelineEvent | undefined => events.find((e) => e.kind === kind);
    const stageFailed = by('stage-failed');
    const waiting = by('manual-approval-waiting');
    const rolling = by('rollback-started');
    const first = events[0] as PipelineEvent;
    const kind = (waiting ? 'manual-approval-waiting' : stageFailed ? 'stage-failed' : first.kind) as EventKind;
    const priority: Priority = stageFailed?.priority ?? waiting?.priority ?? priorityOf(kind);
    const checks = by('gate-failed')?.reason;
    const stated = stageFailed?.reason ?? first.reason;
    // The stage's reason already leads with the gate's cause; repeat the checks only when they add to it.
    cause = [stated, checks && !(stated ?? '').includes(checks) ? checks : undefined].filter(Boolean).join(': ') || `${first.kind.replace(/-/g, ' ')}`;
    const affected = events.flatMap((e) => (e.kind === 'manual-approval-waiting' ? [] : (e.targets ?? [])));
    const targets = rolling?.targets ?? [];
    if (rolling || by('rollback-failed')) rolledBack = true;
    const next = rolling
      ? `Rolling back ${targets.join(', ')} now; the closing message confirms what runs then. Fix the cause before deploying again.`
      : waiting
        ? `A person decides: resume by re-running the workflow with start-at set to the next stage after ${first.stage ?? 'this one'}, or run the rollback action for ${[...new Set(affected)].join(', ')}.`
        : priority !== 'P0'
          ? `The rollout goes on. Afterwards fix ${[...new Set(affected)].join(', ')} and re-run with only: ${first.stage ?? 'this stage'}.`
          : `Fix the cause, then re-run the workflow with version ${first.version}.`;
    const described = describe(affected.length ? affected : (first.targets ?? []));
    return { ...base(waiting ?? stageFailed ?? first, kind), priority, outcome: waiting || priority !== 'P0' ? 'needs-person' : 'failed', reason: cause, ...described, links: [...incidentLink(), ...(described.links ?? [])], nextStep: next };
  };

  const makeClosing = (e: PipelineEvent): EventInput => {
    if (e.kind === 'pipeline-succeeded') {
      return { ...base(e, 'pipeline-succeeded'), headline: 'succeeded, all clear', priority: 'P2', outcome: 'succeeded', reason: `${e.version} is live on all ${total} targets`, closing: true };
    }
    const result = e.result ?? 'failed';
    const touched = [...o.states().keys()];
    // A stop before a stage leads with its own cause (who froze, which window), not an earlier stage's alert.
    const why = (result === 'frozen' || result === 'held' ? e.reason : undefined) || [cause, ...problems].filter(Boolean).join('; ') || e.reason || result;
    const shape: Record<string, Pick<EventInput, 'priority' | 'outcome' | 'nextStep'>> = {
      'rolled-back': { priority: 'P1', outcome: 'rolled-back', nextStep: `Production is back on its last good versions; fix the cause, then deploy a new version.` },
      'partially-failed': { priority: 'P1', outcome: 'needs-person', nextStep: 'Fix the failed targets and re-run the workflow with only: their stages.' },
      cancelled: { priority: 'P1', outcome: 'failed', nextStep: `Re-run the workflow to finish the rollout of ${e.version}; the cancelled deployments are marked error.` },
      failed: { priority: 'P0', outcome: 'failed', nextStep: `Roll back by hand: run the rollback action with targets: ${touched.join(', ') || 'the affected targets'}.` },
      // A freeze is a hard stop (P0) but not a failure: nothing is rolled back; rollbacks still run if someone wants one.
      frozen: { priority: 'P0', outcome: 'needs-person', nextStep: `Nothing was rolled back. When the freeze is lifted (stagegate thaw, or the freeze action with mode: thaw), re-run with start-at set to the stage it stopped before; rollbacks still run during a freeze.` },
      held: { priority: 'P1', outcome: 'needs-person', nextStep: `Nothing was rolled back. Re-run with start-at set to the stage it stopped before once the deploy window opens.` },
    };
    const headline = result === 'rolled-back' ? 'rolled back, all clear' : result === 'partially-failed' ? 'partially failed' : result === 'frozen' ? 'hard stop: frozen' : result;
    const described = describe(touched);
    return { ...base(e, 'pipeline-failed'), headline, ...(shape[result] ?? shape.failed), reason: why, ...described, links: [...incidentLink(), ...(described.links ?? [])], closing: true };
  };

  const flushPending = (): void => {
    if (!pending) return;
    const burst = pending;
    pending = undefined;
    flush(makeAlert(burst));
  };

  return {
    take(e) {
      // Anything else ends the burst: the alert goes first, so messages keep the order of events.
      if (pending && !ALERT_KINDS.has(e.kind) && e.kind !== 'rollback-started') flushPending();
      if (e.kind === 'deploy-started') return { ...base(e, 'deploy-started'), priority: 'P2', outcome: 'started', reason: `${e.reason ?? e.version} (${total} targets)` };
      if (e.kind === 'pipeline-succeeded' || e.kind === 'pipeline-failed') return makeClosing(e);
      if (pending && (ALERT_KINDS.has(e.kind) || e.kind === 'rollback-started')) {
        pending.push(e);
        return undefined;
      }
      if (!alerted && ALERT_KINDS.has(e.kind)) {
        alerted = true;
        pending = [e];
        queueMicrotask(flushPending);
        return undefined;
      }
      if (e.kind === 'rollback-failed' && e.reason) problems.push(e.reason);
      if (e.kind === 'rollback-started' || e.kind === 'rollback-failed') rolledBack = true;
      const kind = e.kind as EventKind;
      return { ...base(e, kind), targets: e.targets, reason: e.reason, detail: true, ...(e.kind === 'stage-succeeded' ? { priority: 'P3' as const } : e.priority ? { priority: e.priority } : {}) };
    },
  };
}

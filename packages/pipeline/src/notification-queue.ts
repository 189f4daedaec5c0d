import type { Plan } from '@stagegate/core';
import type { DeployLog, RunInfo } from '@stagegate/deployer';
import { createEvent, type DeliveryReport, type EventInput, type Notifier, type Routes, type RunContext } from '@stagegate/notify';
import type { PipelineEvent } from './pipeline-types.js';
import { createRolloutConversation, type TrackedTarget } from './rollout-messages.js';

/** What the queue needs. */
export interface NotificationQueueOptions {
  plan: Plan;
  routes: Routes;
  run: RunInfo;
  dryRun: boolean;
  log: DeployLog;
  /** How long {@link NotificationQueue.settle} waits before it abandons what is left (read when it is called). */
  waitMs: () => number;
  /** Builds the notifier; `signal` aborts when the budget is spent. */
  create: (signal: AbortSignal) => Notifier;
  /** Repo, ref, commit and actor shown in every message. */
  context?: RunContext;
  /** What each target this run touched runs now (the wiring tracks it); none when absent. */
  states?: () => ReadonlyMap<string, TrackedTarget>;
}

/** Notifications sent in the background and awaited once, bounded, at the end. */
export interface NotificationQueue {
  /** One report per event sent (filled as they finish). */
  deliveries: DeliveryReport[];
  /** Sends at once without waiting; a failure is the notifier's to record, never the caller's. */
  send(event: PipelineEvent): void;
  /** Waits for what is in flight, at most waitMs(), then abandons the rest; returns a line per urgent event that reached no channel. */
  settle(): Promise<string[]>;
}

/** Fire-and-track notifications with one time budget for the run's end (see {@link NotificationQueue}). */
export function createNotificationQueue(o: NotificationQueueOptions): NotificationQueue {
  const budget = new AbortController();
  const notifier = o.create(budget.signal);
  const deliveries: DeliveryReport[] = [];
  const inFlight = new Set<Promise<void>>();
  const waitAll = async (ms: number): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((ok) => (timer = setTimeout(() => ok(false), ms)));
    const done = await Promise.race([Promise.allSettled([...inFlight]).then(() => true), late]);
    clearTimeout(timer);
    return done;
  };
  const dispatch = (input: EventInput, at: string): void => {
    const event = createEvent(input, new Date(at));
    const task: Promise<void> = notifier.notify(event).then(
      (report) => void deliveries.push(report),
      (err: unknown) => o.log.warning(`notify ${input.kind}: ${(err as Error).message}`),
    ).finally(() => inFlight.delete(task));
    inFlight.add(task);
  };
  // The alert of a failure is merged from the events emitted with it and handed back a microtask later.
  const conversation = createRolloutConversation({ plan: o.plan, runUrl: o.run.url, runId: o.run.id, context: o.context, states: o.states ?? (() => new Map()) }, (input) => dispatch(input, new Date().toISOString()));
  return {
    deliveries,
    send(e) {
      if (o.dryRun) {
        o.log.info(`[dry-run] would notify ${e.kind}${o.routes.channels.length ? ` to ${o.routes.channels.map((c) => c.name).join(', ')}` : ' (no channels configured)'}`);
        return;
      }
      if (!o.routes.channels.length && !o.routes.unconfigured?.length) return;
      const input = conversation.take(e);
      if (input) dispatch(input, e.at);
    },
    async settle() {
      // An alert still being merged from its burst is handed over a microtask after it opened.
      await Promise.resolve();
      const ms = o.waitMs();
      if (inFlight.size && !(await waitAll(ms))) {
        o.log.warning(`notifications still unsent after ${ms} ms (notify-timeout): abandoning ${inFlight.size}; the audit trail says which`);
        budget.abort();
        // Abandoned attempts end at once; the bound is only against a notifier that ignores its signal.
        await waitAll(2000);
      }
      return deliveries.filter((d) => d.mustFail).map((d) => `${d.event.kind} (${d.event.priority}): reached no channel${d.failed.length ? ` (${d.failed.join(', ')} failed)` : ''}`);
    },
  };
}

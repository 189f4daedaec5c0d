import type { DeploymentRecord, DeploymentState, DeploymentStore, NewDeployment, StatusDetails, StatusRecord } from '@stagegate/github';

const FINAL = new Set<string>(['success', 'failure', 'error', 'inactive']);

/**
 * A store that remembers this run's deployments and their last state, so a
 * cancelled run can mark whatever it left unfinished `error`, even when the
 * orchestrator did not get that far. Reads pass through.
 */
export class RunDeploymentsTracker implements DeploymentStore {
  private readonly states = new Map<number, string>();
  constructor(private readonly inner: DeploymentStore) {}

  get repo() {
    return this.inner.repo;
  }

  async createDeployment(d: NewDeployment): Promise<DeploymentRecord> {
    const r = await this.inner.createDeployment(d);
    this.states.set(r.id, 'created');
    return r;
  }

  async setStatus(id: number, state: DeploymentState, details?: StatusDetails): Promise<StatusRecord> {
    const r = await this.inner.setStatus(id, state, details);
    if (this.states.has(id)) this.states.set(id, state);
    return r;
  }

  latestStatus(id: number) {
    return this.inner.latestStatus(id);
  }

  listStatuses(id: number) {
    return this.inner.listStatuses(id);
  }

  listPage(filter: { environment?: string; task?: string; sha?: string }, page: number, perPage?: number) {
    return this.inner.listPage(filter, page, perPage);
  }

  listDeployments(filter?: { environment?: string; task?: string }, perPage?: number) {
    return this.inner.listDeployments(filter, perPage);
  }

  markInactive(id: number, description?: string) {
    return this.inner.markInactive(id, description);
  }

  /** This run's deployments whose last state is `error` (cancelled by the deployer or by {@link markUnfinished}). */
  inError(): number[] {
    return [...this.states].filter(([, s]) => s === 'error').map(([id]) => id);
  }

  /**
   * Marks each of this run's deployments without a final state `error`,
   * within `boundMs` in all (a hung GitHub must not hold the exit). Returns
   * the ids marked and those that could not be.
   */
  async markUnfinished(description: string, logUrl: string, boundMs = 10_000): Promise<{ marked: number[]; failed: number[] }> {
    const open = [...this.states].filter(([, s]) => !FINAL.has(s)).map(([id]) => id);
    const marked: number[] = [];
    const failed: number[] = [];
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<void>((ok) => (timer = setTimeout(ok, boundMs)));
    const work = Promise.all(open.map(async (id) => {
      try {
        await this.setStatus(id, 'error', { description, logUrl: logUrl || undefined, autoInactive: false });
        marked.push(id);
      } catch {
        failed.push(id);
      }
    }));
    await Promise.race([work, bound]);
    clearTimeout(timer);
    for (const id of open) if (!marked.includes(id) && !failed.includes(id)) failed.push(id);
    return { marked, failed };
  }
}

/**
 * Waits for the run; once `signal` aborts, waits at most `graceMs` more (the
 * deployer stops its commands: SIGTERM, then SIGKILL after its grace) and
 * returns undefined if the run has not ended by then. Timers are our own.
 */
export async function settleUnlessCancelled<T>(work: Promise<T>, signal: AbortSignal | undefined, graceMs: number): Promise<T | undefined> {
  if (!signal) return work;
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const deadline = new Promise<undefined>((ok) => {
    onAbort = () => (timer = setTimeout(() => ok(undefined), graceMs));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work.catch((e: unknown) => {
      if (signal.aborted) return undefined; // a run torn down by the cancel: the cancel is the story
      throw e;
    }), deadline]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

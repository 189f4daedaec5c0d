/**
 * Writes to the Deployments API that must not hold up recovery: each write is
 * tried a bounded number of times in the background, and what could not be
 * written is kept as a list a person (or a later run) can act on.
 */

/** One record GitHub does not have, and why. */
export interface UnrecordedWrite {
  target: string;
  environment: string;
  /** What should have been written, e.g. "status failure on deployment 12 (v3)". */
  what: string;
  /** The last error, first line: status and message. */
  cause: string;
  deploymentId?: number | undefined;
}

/** Tracks background writes and what they failed to write. */
export interface RecordKeeper {
  /**
   * Runs `write` now, retrying a failure a bounded number of times. Never
   * throws: undefined means it was not written (and is listed as unrecorded).
   */
  write<T>(about: Omit<UnrecordedWrite, 'cause'>, write: () => Promise<T>): Promise<T | undefined>;
  /** Marks a write as not done without trying it (e.g. its deployment could not be created). */
  skip(about: UnrecordedWrite): void;
  /**
   * Waits for the writes still in flight, at most `ms` (a timer of our own);
   * the ones still pending then are listed as unrecorded. Resolves true when all finished.
   */
  settle(ms: number): Promise<boolean>;
  /** Writes that were given up, in the order they were. */
  readonly unrecorded: UnrecordedWrite[];
}

/** How hard a keeper tries. */
export interface RecordKeeperOptions {
  /** Attempts per write (the client's own retries come on top). Default 3. */
  tries?: number;
  /** First wait between attempts; doubles. Default 1000 ms. */
  backoffMs?: number;
  /** Where a given-up write is said. */
  warn?: (line: string) => void;
}

/** Errors worth trying again: no answer, 403 (permissions may be propagating, secondary limits), 429, 5xx. */
function isRetryable(e: unknown): boolean {
  if ((e as { retryable?: unknown }).retryable === false) return false;
  const status = (e as { status?: unknown }).status;
  return typeof status !== 'number' || status === 403 || status === 429 || status >= 500;
}

/** An error that says a write cannot be done at all (e.g. the deployment it belongs to was never created): not retried. */
export function cannotWrite(why: string): Error {
  return Object.assign(new Error(why), { retryable: false });
}

/** The cause of a failed write, first line only. */
export function describeWriteError(e: unknown): string {
  const status = (e as { status?: unknown }).status;
  const message = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
  return typeof status === 'number' && !message.includes(String(status)) ? `HTTP ${status}: ${message}` : message;
}

/** A keeper of background writes (see {@link RecordKeeper}). */
export function createRecordKeeper(options: RecordKeeperOptions = {}): RecordKeeper {
  const tries = options.tries ?? 3;
  const backoff = options.backoffMs ?? 1000;
  // `about` is kept by reference: a caller may fill in its deploymentId once it is known.
  const pending = new Map<number, Omit<UnrecordedWrite, 'cause'>>();
  const lastErrors = new Map<number, string>();
  const running = new Set<Promise<unknown>>();
  const unrecorded: UnrecordedWrite[] = [];
  let settled = false;
  let next = 0;
  const giveUp = (about: Omit<UnrecordedWrite, 'cause'>, cause: string): void => {
    unrecorded.push({ ...about, cause });
    options.warn?.(`${about.target}: could not record ${about.what}: ${cause}`);
  };

  return {
    unrecorded,
    skip: (about) => giveUp(about, about.cause),
    write<T>(about: Omit<UnrecordedWrite, 'cause'>, write: () => Promise<T>): Promise<T | undefined> {
      const id = next++;
      pending.set(id, about);
      const attempt = async (): Promise<T | undefined> => {
        for (let n = 1; ; n++) {
          try {
            return await write();
          } catch (e) {
            if (settled) return undefined;
            if (n >= tries || !isRetryable(e)) {
              giveUp(about, describeWriteError(e));
              return undefined;
            }
            lastErrors.set(id, describeWriteError(e));
            await new Promise((ok) => setTimeout(ok, backoff * 2 ** (n - 1)).unref());
          }
        }
      };
      const task = attempt().finally(() => {
        pending.delete(id);
        lastErrors.delete(id);
        running.delete(task);
      });
      running.add(task);
      return task;
    },
    async settle(ms) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((ok) => (timer = setTimeout(() => ok('timeout'), ms)));
      // Writes may start others (create, then its statuses): wait until none is left or time is up.
      while (running.size) {
        if ((await Promise.race([Promise.allSettled([...running]), timedOut])) === 'timeout') break;
      }
      clearTimeout(timer);
      if (!pending.size) return true;
      settled = true;
      for (const [id, about] of pending) {
        const lastError = lastErrors.get(id);
        giveUp(about, lastError ? `${lastError} (still retrying when the run stopped waiting, ${ms} ms)` : `still unanswered when the run stopped waiting (${ms} ms)`);
      }
      pending.clear();
      return false;
    },
  };
}

/**
 * Runs `work` over `items` with at most `limit` at once, in order of the
 * items. A task may call `release()` to free its slot before it resolves (a
 * deploy frees its slot when its command ends, while its final status is
 * still being written). Once `signal` is aborted no new item starts; items not
 * started get `onSkipped`'s value, so every item has a result.
 */
export async function runPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number, release: () => void) => Promise<R>,
  options: { signal?: AbortSignal; onSkipped: (item: T, index: number) => R },
): Promise<R[]> {
  const results: Array<Promise<R>> = new Array<Promise<R>>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      const item = items[i] as T;
      if (options.signal?.aborted) {
        results[i] = Promise.resolve(options.onSkipped(item, i));
        continue;
      }
      let release!: () => void;
      const released = new Promise<void>((r) => (release = r));
      const task = work(item, i, release);
      results[i] = task;
      // Whichever comes first frees the slot; a failure surfaces from Promise.all below.
      await Promise.race([released, task.then(() => undefined, () => undefined)]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return Promise.all(results);
}

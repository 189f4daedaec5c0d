/**
 * Runs `work` over `items` with at most `limit` at once, in order of the
 * items. Once `signal` is aborted no new item starts; items not started get
 * `onSkipped`'s value, so every item has a result.
 */
export async function runPool<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>, options: { signal?: AbortSignal; onSkipped: (item: T, index: number) => R }): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      const item = items[i] as T;
      results[i] = options.signal?.aborted ? options.onSkipped(item, i) : await work(item, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

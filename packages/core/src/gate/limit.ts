/**
 * Runs `fn` over `items` with at most `limit` calls in flight, in order of
 * the items. Stops starting new items once `signal` aborts (a gate that has
 * its verdict does not probe more targets); items already started finish.
 */
export async function forEachWithLimit<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !signal?.aborted) {
      const i = next++;
      await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

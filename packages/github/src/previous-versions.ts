import type { DeploymentRecord, DeploymentStore } from './deployment-store.js';
import { findLastKnownGood, judgeNext, type LastKnownGood } from './last-known-good.js';

/**
 * The last known good version of many environments, read the way a large
 * fleet can afford. The Deployments API filters by one exact environment only
 * (no prefix), so one list per environment costs a request per target; the
 * repository's list, newest first and shared by every environment, costs one
 * page per 100 deployments, and a fleet's newest deployments are its targets'.
 * Pages are read once and kept for the whole run: a later stage's lookup reuses
 * them and reads further only if it must. Then one status read per environment
 * (the one rule for bad needs every status of a candidate), a bounded number at
 * once. An environment whose history lies past the shared pages falls back to
 * its own bounded search.
 */

/** Options of {@link createPreviousVersionReader}. */
export interface PreviousVersionOptions {
  /** Only deployments of this service count. */
  service?: string;
  /**
   * Environments the run may ask about in all (the plan's targets): the shared pages are bounded by
   * one per 100 of them. A rollout's first stage was the oldest deployed by the last one, so its
   * targets lie deepest in the newest-first list. Default: those asked in one lookup.
   */
  fleetSize?: number;
  /** Shared pages read at most, beyond one per 100 environments. Default 3. */
  extraPages?: number;
  /** Status reads (and fallback searches) in flight at once. Default 16. */
  concurrency?: number;
  /** Bound on a fallback search's examined deployments. Default 1000. */
  maxExaminedPerEnvironment?: number;
}

/** Reads previous versions for many environments, sharing the repository's pages between calls. */
export interface PreviousVersionReader {
  /** The last known good version per environment (absent when none is known). */
  lookup(environments: readonly string[]): Promise<Map<string, LastKnownGood>>;
}

/**
 * A reader for one run. Deployments created after its first page was read
 * (this run's own) are ignored: ids only grow, so they are told apart by id,
 * and a later page read after new deployments shifted the list only repeats
 * rows (dropped by id), it never skips one.
 */
export function createPreviousVersionReader(store: DeploymentStore, options: PreviousVersionOptions = {}): PreviousVersionReader {
  const rows: DeploymentRecord[] = [];
  const seen = new Set<number>();
  let pagesRead = 0;
  let ended = false;
  let newestId = Infinity;
  const concurrency = options.concurrency ?? 16;
  const ours = (d: DeploymentRecord): boolean => !!d.payload && (options.service === undefined || d.payload.service === options.service);

  const readPage = async (): Promise<void> => {
    const page = await store.listPage({}, ++pagesRead, 100);
    if (pagesRead === 1) newestId = page[0]?.id ?? Infinity;
    for (const d of page) {
      if (d.id > newestId || seen.has(d.id)) continue;
      seen.add(d.id);
      rows.push(d);
    }
    if (page.length < 100) ended = true;
  };

  return {
    async lookup(environments) {
      const found = new Map<string, LastKnownGood>();
      const open = new Set(environments);
      const bad = new Map<string, Set<string>>();
      let judged = 0;
      const maxPages = Math.ceil(Math.max(open.size, options.fleetSize ?? 0) / 100) + (options.extraPages ?? 3);
      // Judge each environment's rows newest first, row by row, until it has its answer.
      const judgeRows = async (upTo: number): Promise<void> => {
        const byEnv = new Map<string, DeploymentRecord[]>();
        for (const d of rows.slice(judged, upTo)) {
          if (open.has(d.environment) && ours(d)) byEnv.set(d.environment, [...(byEnv.get(d.environment) ?? []), d]);
        }
        judged = upTo;
        await eachBounded([...byEnv], concurrency, async ([env, list]) => {
          const seenBad = bad.get(env) ?? new Set<string>();
          bad.set(env, seenBad);
          for (const d of list) {
            const verdict = await judgeNext(store, d, seenBad);
            if (verdict?.good && verdict.status) {
              found.set(env, { version: verdict.fact.version, deployment: d, status: verdict.status });
              open.delete(env);
              return;
            }
          }
        });
      };
      await judgeRows(rows.length);
      while (open.size && !ended && pagesRead < maxPages) {
        await readPage();
        await judgeRows(rows.length);
      }
      if (open.size && !ended) {
        // Older history than the shared pages: each environment alone, bounded.
        await eachBounded([...open], concurrency, async (env) => {
          const search = await findLastKnownGood(store, env, { service: options.service, maxExamined: options.maxExaminedPerEnvironment ?? 1000 });
          if (search.found) found.set(env, search.found);
        });
      }
      return found;
    },
  };
}

/** Runs `work` over `items`, at most `limit` at once; the first failure rejects. */
async function eachBounded<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Seeds a fake repository with a realistic deployment history: rollouts of
 * successive versions over the plan's seven targets, stage by stage, where
 * every `failEvery`-th rollout fails on one target and is rolled back there.
 * Returns the truth the views must find. Shared by the tests and bench/history.ts.
 */
import type { FakeGitHub } from '@stagegate/testkit';

/** The seven targets of examples/rollout.yml, in rollout order, with their stages. */
export const TARGETS: ReadonlyArray<{ target: string; stage: string }> = [
  { target: 'lhr', stage: 'canary' }, { target: 'nrt', stage: 'canary' }, { target: 'ewr', stage: 'primary' },
  { target: 'ord', stage: 'full' }, { target: 'fra', stage: 'full' }, { target: 'sin', stage: 'full' }, { target: 'bom', stage: 'full' },
];

/** What was seeded. */
export interface SeededHistory {
  deployments: number;
  rollbacks: number;
  failures: number;
  /** Per target: the version live at the end and the good one before it. */
  live: Map<string, { version: string; previous: string | undefined }>;
}

const hex = (n: number) => n.toString(16).padStart(40, '0');

/** Seeds about `count` deployments ending at `end`, spread over `days` days. */
export function seedHistory(fake: FakeGitHub, count: number, options: { days?: number; end?: Date; failEvery?: number } = {}): SeededHistory {
  const { owner, repo, state } = fake;
  const days = options.days ?? 30;
  const end = (options.end ?? new Date()).getTime() - 3_600_000;
  const failEvery = options.failEvery ?? 7;
  // Failed rollouts stop early, so count the rollouts first (a dry pass), then spread them evenly.
  const rollouts = countRollouts(count, failEvery);
  const step = (days * 86_400_000) / rollouts;
  const live = new Map<string, { version: string; previous: string | undefined }>();
  let deployments = 0;
  let rollbacks = 0;
  let failures = 0;
  for (let i = 0; deployments < count; i++) {
    const start = end - (rollouts - i) * step;
    const version = `v1.${i}.0`;
    const sha = hex(i + 1);
    state.addCommit(owner, repo, { sha, date: new Date(start - 2 * 3_600_000) });
    const failAt = i % failEvery === failEvery - 1 ? (i % TARGETS.length) : -1;
    for (let t = 0; t < TARGETS.length && deployments < count; t++) {
      const { target, stage } = TARGETS[t] as { target: string; stage: string };
      const at = start + t * 60_000;
      const run = { id: String(5000 + i), attempt: 1 };
      const d = state.seedDeployment(owner, repo, {
        environment: `production/${target}`, sha, ref: sha, task: 'deploy', createdAt: new Date(at),
        payload: { tool: 'stagegate', service: 'trading-api', version, stage, target, plan: 'p', run },
        statuses: [{ state: 'in_progress', createdAt: new Date(at + 1000) }],
      });
      deployments++;
      const before = live.get(target);
      if (t === failAt) {
        state.addStatus(owner, repo, d, { state: 'failure', createdAt: new Date(at + 30_000) }, false);
        failures++;
        if (before && deployments < count) {
          const rb = state.seedDeployment(owner, repo, {
            environment: `production/${target}`, sha: hex(Number(before.version.split('.')[1]) + 1), task: 'deploy:rollback', createdAt: new Date(at + 40_000),
            payload: { tool: 'stagegate', service: 'trading-api', version: before.version, stage, target, plan: 'p', run, rollback: { reason: 'gate failed', replaces: { version, deployment_id: d.id } } },
            statuses: [{ state: 'in_progress', createdAt: new Date(at + 41_000) }],
          });
          state.addStatus(owner, repo, rb, { state: 'success', createdAt: new Date(at + 100_000) }, true);
          deployments++;
          rollbacks++;
        }
        break; // the rollout stops at the failed target
      }
      state.addStatus(owner, repo, d, { state: 'success', createdAt: new Date(at + 30_000) }, true);
      live.set(target, { version, previous: before?.version });
    }
  }
  return { deployments, rollbacks, failures, live };
}

/** How many rollouts the seeding of `count` deployments takes (same walk as seedHistory, without writing). */
function countRollouts(count: number, failEvery: number): number {
  const seen = new Set<number>();
  let deployments = 0;
  let i = 0;
  for (; deployments < count; i++) {
    const failAt = i % failEvery === failEvery - 1 ? (i % TARGETS.length) : -1;
    for (let t = 0; t < TARGETS.length && deployments < count; t++) {
      deployments++;
      if (t === failAt) {
        if (seen.has(t) && deployments < count) deployments++;
        break;
      }
      seen.add(t);
    }
  }
  return i;
}

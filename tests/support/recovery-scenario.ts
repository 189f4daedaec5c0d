/**
 * The recovery scenario shared by tests/recovery-faults.test.ts and
 * bench/recovery.ts: the demo world where v3 breaks the primary (ewr), the
 * real dist/pipeline bundle, and one fault per row. The delay from the failed
 * verdict to the first rollback command is measured on the fleet's side: the
 * verdict cannot come before ewr's first unhealthy answer, and the deploy
 * script reports when it started (see packages/testkit/bin/fleet-deploy.js).
 */
import { demoRunEnv, startDemoWorld, type DemoWorld } from '@stagegate/testkit';
import { runActionBundle, type ActionRun, type RunActionOptions } from '@stagegate/testkit';

/** One row of the fault matrix. */
export interface RecoveryRow {
  /** Faults armed before the run starts (e.g. a Slack that answers 500). */
  before?(world: DemoWorld): void;
  /** Faults armed at ewr's first unhealthy answer, i.e. just before the failed verdict. */
  atVerdict?(world: DemoWorld): void;
  /** Inputs on top of version v3, a token and notify-timeout 2s. */
  inputs?: Record<string, string>;
  /** How the bundle is run (signals). */
  run?: Pick<RunActionOptions, 'signalAfter' | 'timeoutMs'>;
  /** Breaks of the fleet; default v3 on ewr. */
  breaks?: Record<string, string[]>;
  /** Gate soak and interval; default 300ms / 100ms. */
  soak?: string;
}

/** What a row's run produced. */
export interface RecoveryRun {
  world: DemoWorld;
  run: ActionRun;
  /** When ewr first answered unhealthy (ms since the epoch). */
  verdictAt: number | undefined;
  /** When the first rollback command (a command putting v1 back) started. */
  firstRollbackAt: number | undefined;
  /** firstRollbackAt − verdictAt. */
  delayMs: number | undefined;
}

/** Runs one row on a fresh demo world; the caller closes `world`. */
export async function runRecoveryRow(row: RecoveryRow, runId: number): Promise<RecoveryRun> {
  const world = await startDemoWorld({ breaks: row.breaks ?? { v3: ['ewr'] }, soak: row.soak ?? '300ms', interval: '100ms' });
  let verdictAt: number | undefined;
  world.fleet.onHealth((region, healthy) => {
    if (verdictAt !== undefined || region !== 'ewr' || healthy) return;
    verdictAt = Date.now();
    row.atVerdict?.(world);
  });
  row.before?.(world);
  const run = await runActionBundle('pipeline', {
    workspace: world.workspace, env: demoRunEnv(world, runId), timeoutMs: row.run?.timeoutMs ?? 60_000, signalAfter: row.run?.signalAfter,
    inputs: { version: 'v3', token: 'recovery-token', 'notify-timeout': '2s', ...row.inputs },
  });
  const firstRollbackAt = firstCommandAt(world, 'v1');
  return { world, run, verdictAt, firstRollbackAt, delayMs: verdictAt !== undefined && firstRollbackAt !== undefined ? firstRollbackAt - verdictAt : undefined };
}

/** When the first command putting `version` on any region started, by the fleet's record. */
export function firstCommandAt(world: DemoWorld, version: string): number | undefined {
  const starts = [...world.fleet.regions.values()].flatMap((r) => r.commands.filter((c) => c.version === version).map((c) => c.startedAt));
  return starts.length ? Math.min(...starts) : undefined;
}

/** The version each region runs right now. */
export function versionsOf(world: DemoWorld): Record<string, string> {
  return Object.fromEntries([...world.fleet.regions].map(([r, s]) => [r, s.version]));
}

/** One region's deployments in the fake Deployments API, oldest first, as "task version state". */
export function deploymentsOf(world: DemoWorld, region: string): string[] {
  const repo = world.github.state.repo('acme', 'trading-api');
  return (repo.deploymentsByEnvironment.get(`production/${region}`) ?? []).map((d) => `${d.task} ${String((d.payload as { version?: unknown }).version)} ${world.github.state.latestStatus(repo, d.id)?.state ?? 'none'}`);
}

/** The event kinds a sink received, in order, read from the message as a person reads it. */
export function kindsIn(world: DemoWorld, sink: 'slack' | 'discord'): string[] {
  const field = sink === 'slack' ? /\*Event\*\\n([a-z-]+)/ : /"name":"Event","value":"([a-z-]+)"/;
  return world[sink].received.map((r) => field.exec(r.body)?.[1] ?? 'unreadable');
}

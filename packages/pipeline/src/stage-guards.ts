import { withTimeout } from '@stagegate/action-kit';
import { decideWindow, describeHardStop, formatDuration, formatLocal, freezeEnvironmentOf, type FreezeState, type Plan, type Stage } from '@stagegate/core';

/**
 * What a rollout checks before each stage: the freeze (one bounded read of
 * the newest freeze record) and the plan's deploy windows (pure, on the
 * run's clock). A stop leaves every target as it is: nothing is rolled back.
 */

/** Why a stage may not start. */
export interface StageStop {
  /** frozen: a person froze the environment (P0 hard stop); held: a deploy window, or a freeze that could not be read. */
  result: 'frozen' | 'held';
  /** First words "hard stop" or "held before stage …": who, when, why, and what comes next. */
  cause: string;
}

/** What the guards need from the run. */
export interface GuardDeps {
  /** The newest freeze record of an environment; absent: the run cannot see freezes (a dry run reads it too). */
  readFreeze?(environment: string): Promise<FreezeState | undefined>;
  /** Waits for a deploy window on a timer the run owns (a cancel ends it early). */
  sleep?(ms: number): Promise<void>;
  cancelled?(): boolean;
  /** A dry run says what the guards would do, and never waits or stops. */
  dryRun?: boolean;
  now(): number;
  log(line: string): void;
}

/** Longest wait for the freeze record: GitHub answers in well under a second; a hung read must not hold a rollout. */
export const FREEZE_READ_TIMEOUT_MS = 20_000;

/**
 * Checks the freeze, then the windows; after waiting for a window, the
 * freeze again (it may have been set meanwhile). `waited` accumulates the
 * run's window waits, so `windows.wait` bounds the whole rollout, not each stage.
 */
export async function checkBeforeStage(plan: Plan, stage: Stage, deps: GuardDeps, waited: { ms: number }): Promise<StageStop | undefined> {
  for (;;) {
    const frozen = await checkFreeze(plan, stage, deps);
    if (frozen) return frozen;
    const now = deps.now();
    const decision = decideWindow(plan.windows, now, waited.ms, stage.name);
    if (decision.kind === 'open') return undefined;
    if (deps.dryRun) {
      if (decision.kind === 'refuse') deps.log(`[dry-run] stage ${stage.name}: would stop: ${decision.message}`);
      else deps.log(`[dry-run] stage ${stage.name}: inside ${decision.window.label}: would wait ${formatDuration(decision.waitMs)} for it to open`);
      return undefined;
    }
    if (decision.kind === 'refuse') return { result: 'held', cause: decision.message };
    deps.log(`stage ${stage.name}: inside ${decision.window.label}; waiting ${formatDuration(decision.waitMs)} until it opens ${formatLocal(decision.opensAt, decision.window.timezone)}`);
    await (deps.sleep ?? sleepFor)(decision.waitMs);
    waited.ms += deps.now() - now;
    if (deps.cancelled?.()) return undefined;
  }
}

/**
 * A freeze stops the stage. When the record cannot be read (GitHub down,
 * slow past the bound), the stage is held, not started: a freeze is how a
 * person says "nothing more goes out" during an incident, which is exactly
 * when GitHub may be failing, and an operator who froze expects no deploy
 * to slip through a failed read. The deploy itself would need GitHub too;
 * the retry plugin has already absorbed short blips by the time this fails.
 */
async function checkFreeze(plan: Plan, stage: Stage, deps: GuardDeps): Promise<StageStop | undefined> {
  if (!deps.readFreeze) return undefined;
  const environment = freezeEnvironmentOf(plan, stage);
  let state: FreezeState | undefined;
  try {
    state = await withTimeout(deps.readFreeze(environment), FREEZE_READ_TIMEOUT_MS, `no answer within ${formatDuration(FREEZE_READ_TIMEOUT_MS)}`);
  } catch (e) {
    return { result: 'held', cause: `held before stage ${stage.name}: could not read the freeze record ${environment} (${(e as Error).message}); not deploying while a freeze cannot be ruled out, nothing rolled back` };
  }
  return state?.frozen ? { result: 'frozen', cause: describeHardStop(environment, state, stage.name, deps.now()) } : undefined;
}

function sleepFor(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

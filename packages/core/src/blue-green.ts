import type { ConfigProblem } from './errors.js';
import { findPlaceholders } from './placeholders.js';
import type { Plan, Stage } from './plan-schema.js';
import { gateChecks } from './plan-resolve.js';

/**
 * Blue-green: each target has two colours, one serving traffic (live) and one
 * idle. A new version goes to the idle colour, is gated there, and only then
 * receives traffic through the stage's `switch` command. These are the pure
 * decisions; the deployer and the pipeline run the commands.
 */

/** The two colours of a blue-green target. */
export const COLORS = ['blue', 'green'] as const;
/** A colour of a blue-green target. */
export type Color = (typeof COLORS)[number];

/** True when the stage deploys blue-green (deploy to idle, gate it, then switch). */
export function isBlueGreen(stage: Pick<Stage, 'strategy'> | undefined): boolean {
  return stage?.strategy === 'blue-green';
}

/** The other colour. */
export function otherColor(color: Color): Color {
  return color === 'blue' ? 'green' : 'blue';
}

/** A colour read from a payload or an input; anything else is no colour. */
export function readColor(value: unknown): Color | undefined {
  return value === 'blue' || value === 'green' ? value : undefined;
}

/** The idle colour a new version goes to: the one not live; blue on a first deploy (nothing live). */
export function chooseIdleColor(live: Color | undefined): Color {
  return live === 'blue' ? 'green' : 'blue';
}

/**
 * Why a blue-green target needs no rollback: its new colour never received
 * traffic. `green failed its gate and never received traffic; blue still serves v1`.
 */
export function describeNeverSwitched(t: { color: Color; fromColor?: Color | undefined; fromVersion?: string | undefined; failure: 'gate' | 'deploy' }): string {
  const what = t.failure === 'gate' ? 'failed its gate' : 'failed its deploy';
  const still = t.fromColor ? `${t.fromColor} still serves ${t.fromVersion ?? 'the previous version'}` : 'no colour served traffic before (first deploy)';
  return `${t.color} ${what} and never received traffic; ${still}`;
}

/** Where a switched target's traffic goes back to, or why it cannot go back. */
export type SwitchBack = { kind: 'switch'; color: Color; version: string } | { kind: 'impossible'; reason: string };

/**
 * Decides a blue-green rollback: traffic returns to the previous colour, which
 * must still hold the previous version (`holder`: the version last deployed to
 * that colour, when the caller read it; a run that deployed to the other
 * colour knows it is unchanged). No redeploy: a colour that no longer holds
 * the version cannot be switched back to.
 */
export function decideSwitchBack(o: { current: Color | undefined; previous: { version: string | undefined; color: Color | undefined }; holder?: string | undefined }): SwitchBack {
  const { version, color } = o.previous;
  if (version === undefined) return { kind: 'impossible', reason: 'no previous version: this was the first deployment, so there is no colour to switch back to' };
  if (color === undefined) return { kind: 'impossible', reason: `${version} has no colour recorded (deployed before blue-green): there is no colour to switch back to; deploy ${version} again` };
  if (o.current === color) return { kind: 'impossible', reason: `${version} was on ${color}, which now holds the version being rolled back: deploy ${version} again` };
  if ('holder' in o && o.holder !== version) return { kind: 'impossible', reason: `${color} now holds ${o.holder ?? 'an unknown version'}, not ${version}: switching back would serve it; deploy ${version} again` };
  return { kind: 'switch', color, version };
}

/**
 * The plan rules of blue-green: a blue-green stage needs a `switch` command;
 * a rolling stage has no colour, so neither a `switch` nor a `{color}` in its
 * commands or gate checks can mean anything there.
 */
export function checkBlueGreenRules(plan: Plan): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const rolling = plan.stages.filter((s) => !isBlueGreen(s)).map((s) => s.name);
  plan.stages.forEach((stage, i) => {
    const at = `stages[${i}]`;
    if (isBlueGreen(stage) && !stage.switch) problems.push({ path: `${at}.switch`, message: 'expected a switch command (e.g. { run: ["./switch.sh", "{target}", "{color}"] }): a blue-green stage moves traffic to the new colour with it, and back with it on a rollback' });
    if (!isBlueGreen(stage) && stage.switch) problems.push({ path: `${at}.switch`, message: 'a switch command needs strategy: blue-green on this stage (a rolling stage has no colours to switch)' });
    if (!isBlueGreen(stage) && gateChecks(plan, stage).some((c) => usesColor(c))) problems.push({ path: `${at}.gate`, message: `a check of this gate uses {color}, which only a blue-green stage has; stage "${stage.name}" is rolling` });
  });
  if (rolling.length) {
    const message = `{color} is known only in blue-green stages; stage${rolling.length > 1 ? 's' : ''} ${rolling.map((r) => `"${r}"`).join(', ')} ${rolling.length > 1 ? 'are' : 'is'} rolling`;
    for (const name of ['deploy', 'rollback'] as const) {
      const cmd = plan[name];
      cmd?.run.forEach((arg, j) => {
        if (usesColor(arg)) problems.push({ path: `${name}.run[${j}]`, message });
      });
      for (const [k, v] of Object.entries(cmd?.env ?? {})) if (usesColor(v)) problems.push({ path: `${name}.env.${k}`, message });
    }
  }
  return problems;
}

/** True when a string anywhere in `value` uses the {color} placeholder. */
function usesColor(value: unknown): boolean {
  if (typeof value === 'string') return findPlaceholders(value).includes('color');
  // Arrays too: their values are their elements.
  if (value && typeof value === 'object') return Object.values(value).some(usesColor);
  return false;
}

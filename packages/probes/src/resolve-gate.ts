import { ConfigError, fillDeep, findStage, gateChecks, parseDuration, environmentFor, type Check, type CheckRules, type GateCheckSpec, type Plan, type PlaceholderValues } from '@stagegate/core';

/** Timings and checks of one gate, resolved for its targets. */
export interface ResolvedGate {
  /** Target × check, placeholders filled. */
  specs: GateCheckSpec<Check>[];
  targets: string[];
  soakMs: number;
  intervalMs: number;
  timeoutMs: number;
  consecutiveSuccess: number;
  concurrency: number;
  prometheusUrl?: string;
}

/** Where the gate's checks come from, and what overrides the plan. */
export interface GateSource {
  /** The plan; with `stage`, the gate of that stage. */
  plan?: Plan;
  stage?: string;
  /** Checks given inline (the action's `checks` input); used with the plan's or alone. */
  checks?: Check[];
  /** Targets to probe: a subset of the stage's; required without a plan. */
  targets?: string[];
  /** Fills {version}. */
  version?: string;
  /** Blue-green: fills {color} per target (the idle colour under test, or the live one after a switch back). */
  colors?: Readonly<Record<string, string | undefined>>;
  /** Override the plan's gate timings (durations as the plan writes them). */
  soak?: string;
  interval?: string;
  timeout?: string;
  concurrency?: number;
  consecutiveSuccess?: number;
}

/**
 * Turns a plan stage (or inline checks) into the specs the gate loop runs,
 * with placeholders filled per target. Every mistake is a ConfigError that
 * names the input or plan path.
 */
export function resolveGate(src: GateSource): ResolvedGate {
  const stage = src.plan && src.stage !== undefined ? findStage(src.plan, src.stage) : undefined;
  if (src.plan && !stage) throw new ConfigError([{ path: 'input stage', message: 'expected the name of the stage to gate' }]);
  const gate = stage?.gate;
  const checks = [...(src.plan && stage ? gateChecks(src.plan, stage) : []), ...(src.checks ?? [])];
  if (!checks.length) throw new ConfigError([{ path: stage ? `input stage` : 'input checks', message: stage ? `stage "${stage.name}" has no gate checks: add a gate to it or give checks` : 'expected checks (inline) or a plan and a stage' }]);
  let targets = src.targets?.length ? src.targets : (stage?.targets ?? []);
  if (stage && src.targets?.length) {
    const unknown = src.targets.filter((t) => !stage.targets.includes(t));
    if (unknown.length) throw new ConfigError([{ path: 'input targets', message: `expected targets of stage "${stage.name}" (${stage.targets.join(', ')}); got ${unknown.join(', ')}` }]);
  }
  if (!targets.length) throw new ConfigError([{ path: 'input targets', message: 'expected at least one target to probe' }]);
  targets = [...new Set(targets)];
  const duration = (value: string | number | undefined, fallback: number, name: string): number => {
    if (value === undefined || value === '') return fallback;
    try {
      return parseDuration(value);
    } catch (e) {
      throw new ConfigError([{ path: `input ${name}`, message: (e as Error).message }]);
    }
  };
  const soakMs = duration(src.soak, gate ? parseDuration(gate.soak) : 0, 'soak');
  const intervalMs = duration(src.interval, gate ? parseDuration(gate.interval) : 10_000, 'interval');
  if (intervalMs <= 0) throw new ConfigError([{ path: 'input interval', message: 'expected an interval above 0' }]);
  const timeoutMs = duration(src.timeout, gate?.timeout !== undefined ? parseDuration(gate.timeout) : soakMs + 300_000, 'timeout');
  const specs: GateCheckSpec<Check>[] = [];
  for (const target of targets) {
    const values: PlaceholderValues = { target, stage: stage?.name ?? src.stage ?? '', ...(src.version !== undefined ? { version: src.version } : {}) };
    if (src.plan) Object.assign(values, { service: src.plan.service, environment: environmentFor(src.plan, target, stage) });
    if (src.colors?.[target] !== undefined) values.color = src.colors[target];
    for (const check of checks) {
      let filled: Check;
      try {
        filled = fillDeep(check, values);
      } catch (e) {
        throw new ConfigError([{ path: `check ${check.name}`, message: (e as Error).message }]);
      }
      specs.push({ target, check: check.name, rules: rulesOf(filled), detail: filled });
    }
  }
  return { specs, targets, soakMs, intervalMs, timeoutMs, consecutiveSuccess: src.consecutiveSuccess ?? gate?.['consecutive-success'] ?? 1, concurrency: src.concurrency ?? gate?.concurrency ?? 20, prometheusUrl: src.plan?.prometheus?.url };
}

/** The verdict rules of a check, from its plan fields. */
export function rulesOf(check: Check): CheckRules {
  const rules: CheckRules = { severity: check.severity, failureLimit: check['failure-limit'], consecutiveErrorLimit: check['consecutive-error-limit'] };
  if (check.type === 'prometheus' && check.baseline) {
    const b = check.baseline;
    rules.baseline = { maxRatio: b['max-ratio'], confidence: b.confidence, direction: b.direction, minDifference: b['min-difference'] };
  }
  return rules;
}

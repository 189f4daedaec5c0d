import * as z from 'zod';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { ConfigError, type ConfigProblem } from './errors.js';
import { Plan } from './plan-schema.js';
import { checkPlanRules } from './plan-rules.js';
import { checkWaves, expandWaves, locateWaveProblems } from './plan-waves.js';
import { describeIssue, formatPath } from './zod-issues.js';

/** The result of validating a plan: the plan, or every problem found. */
export type PlanResult = { ok: true; plan: Plan } | { ok: false; problems: ConfigProblem[] };

/**
 * Parses and validates a plan from YAML (or JSON) text. Never throws for a user
 * mistake: returns every problem at once, each with its path and, where the
 * text is YAML, its line number.
 */
export function validatePlanText(text: string): PlanResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const pos = e.linePos?.[0] ?? (e.pos?.[0] === undefined ? undefined : lines.linePos(e.pos[0]));
        // Line and column, so an editor can jump there; the parser's first line says what it expected.
        return { path: pos ? `line ${pos.line}, column ${pos.col}` : 'plan', message: `not valid YAML: ${e.message.split('\n')[0]}` };
      }),
    };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const result = validatePlanObject(data);
  if (result.ok) return result;
  const lineOf = (path: string): number | undefined => {
    const node = doc.getIn(pathSegments(path), true);
    const start = isNode(node) ? node.range?.[0] : undefined;
    return start === undefined ? undefined : lines.linePos(start).line;
  };
  return {
    ok: false,
    problems: result.problems.map((p) => {
      const line = lineOf(p.path);
      return line ? { ...p, message: `${p.message} (line ${line})` } : p;
    }),
  };
}

/** Validates an already-parsed plan object (from JSON, YAML or code). */
export function validatePlanObject(data: unknown): PlanResult {
  if (data === null || data === undefined) return { ok: false, problems: [{ path: 'plan', message: 'expected a plan; the file is empty' }] };
  const parsed = Plan.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((i) => describeIssue(i as z.core.$ZodIssue));
    // Report the cross-field rules too, so one run shows every problem.
    const seen = new Set(problems.map((p) => p.path));
    for (const p of checkPlanRules(loosePlan(data))) if (!seen.has(p.path)) problems.push(p);
    return { ok: false, problems };
  }
  // Waves become plain stages here, so everything after loading sees stages only; the rules
  // then judge the stages as they will run, and name what the user wrote (waves.targets[7]).
  const waveProblems = checkWaves(parsed.data.waves);
  const plan = waveProblems.length ? parsed.data : expandWaves(parsed.data);
  const problems = [...waveProblems, ...locateWaveProblems(checkPlanRules(plan), parsed.data)];
  return problems.length ? { ok: false, problems } : { ok: true, plan };
}

/**
 * A best-effort view of a plan that failed the schema, shaped enough for the
 * cross-field rules: wrong parts are dropped (the schema already reported them).
 */
function loosePlan(data: unknown): Plan {
  const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const str = (v: unknown, d = ''): string => (typeof v === 'string' ? v : d);
  const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const raw = obj(data);
  const cmd = (v: unknown) => {
    const c = obj(v);
    return { run: strs(c.run), timeout: '15m', env: Object.fromEntries(Object.entries(obj(c.env)).filter(([, x]) => typeof x === 'string')) as Record<string, string> };
  };
  const checks: Record<string, never[]> = {};
  for (const [k, v] of Object.entries(obj(raw.checks))) checks[k] = (Array.isArray(v) ? v.filter((c) => c && typeof c === 'object' && typeof (c as { name?: unknown }).name === 'string') : []) as never[];
  const stages = (Array.isArray(raw.stages) ? raw.stages : []).map((s) => {
    const st = obj(s);
    const gate = st.gate === undefined ? undefined : obj(st.gate);
    return {
      name: str(st.name),
      targets: strs(st.targets),
      environment: typeof st.environment === 'string' ? st.environment : undefined,
      gate: gate ? { profile: typeof gate.profile === 'string' ? gate.profile : undefined, checks: Array.isArray(gate.checks) ? gate.checks : undefined } : undefined,
    };
  });
  return {
    environment: str(raw.environment, 'production/{target}'),
    'version-pattern': str(raw['version-pattern'], '.*'),
    stages,
    deploy: cmd(raw.deploy),
    rollback: raw.rollback === undefined ? undefined : cmd(raw.rollback),
    checks,
    prometheus: raw.prometheus === undefined ? undefined : { url: '' },
    notify: undefined,
    // Only whether there are waves: their own rules wait until the schema passes.
    waves: raw.waves === undefined ? undefined : {},
  } as unknown as Plan;
}

/** Like validatePlanText, but throws a ConfigError listing every problem. */
export function loadPlan(text: string, source = 'plan'): Plan {
  const r = validatePlanText(text);
  if (!r.ok) throw new ConfigError(r.problems, `${source} is not a valid rollout plan (${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}):`);
  return r.plan;
}

/** `stages[1].gate.soak` → ['stages', 1, 'gate', 'soak']. */
function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return out;
}

export { formatPath };

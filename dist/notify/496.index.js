export const id = 496;
export const ids = [496];
export const modules = {

/***/ 14496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_JOURNAL_PREFIX: () => (/* reexport */ journal/* DEFAULT_JOURNAL_PREFIX */.b),
  JOURNAL_FILE: () => (/* reexport */ journal/* JOURNAL_FILE */.RD),
  Journal: () => (/* reexport */ journal/* Journal */.CQ),
  escapeCell: () => (/* reexport */ markdown/* escapeCell */.kq),
  hasProxy: () => (/* reexport */ proxy_support/* hasProxy */.j),
  loadPlanInput: () => (/* reexport */ loadPlanInput),
  loadProxySupport: () => (/* reexport */ proxy_support/* loadProxySupport */.w),
  markdownLink: () => (/* reexport */ markdown/* markdownLink */.iQ),
  markdownTable: () => (/* reexport */ markdown/* markdownTable */.Qj),
  openJournal: () => (/* reexport */ journal/* openJournal */._0),
  parseBooleanInput: () => (/* reexport */ inputs/* parseBooleanInput */.S8),
  parseChoiceInput: () => (/* reexport */ inputs/* parseChoiceInput */.XT),
  parseIntegerInput: () => (/* reexport */ inputs/* parseIntegerInput */._p),
  parseJsonInput: () => (/* reexport */ inputs/* parseJsonInput */.ou),
  parseListInput: () => (/* reexport */ inputs/* parseListInput */.UF),
  readRunContext: () => (/* reexport */ run_context/* readRunContext */.$),
  runMain: () => (/* reexport */ run_main/* runMain */.V),
  uploadWithActionsArtifact: () => (/* reexport */ journal/* uploadWithActionsArtifact */.bR),
  withTimeout: () => (/* reexport */ with_timeout/* withTimeout */.w),
  writeJournal: () => (/* reexport */ journal/* writeJournal */.fY)
});

// EXTERNAL MODULE: ../../packages/action-kit/src/inputs.ts
var inputs = __webpack_require__(18322);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(33483);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
// EXTERNAL MODULE: ../../packages/core/src/plan-schema.ts + 2 modules
var plan_schema = __webpack_require__(33023);
;// CONCATENATED MODULE: ../../packages/core/src/placeholders.ts
/**
 * Placeholders in plan strings: `{target}`, `{version}`, … They are filled into
 * argv elements one by one; nothing is ever joined into a shell command line.
 */
/** Every placeholder a plan may use, and what it stands for. */
const PLACEHOLDERS = {
    target: 'the target being deployed or probed, e.g. lhr',
    version: 'the version being rolled out',
    previous: 'the last known good version of the target (the rollback version)',
    stage: 'the stage name',
    environment: 'the GitHub environment of the target, e.g. production/lhr',
    service: 'the plan\'s service name',
    color: 'in a blue-green stage: the idle colour being deployed and switched to (blue or green)',
    weight: 'the traffic share (0-100) the rolled-out version has on the target once the command ends: the stage\'s weight (100 without one); in a rollback, the share it goes back to (the target\'s weight in the stage before, else 0)',
};
/** Which placeholders each kind of plan string may use. */
const PLACEHOLDERS_ALLOWED = {
    environment: ['target', 'stage', 'service'],
    command: ['target', 'version', 'previous', 'stage', 'environment', 'service', 'color', 'weight'],
    check: ['target', 'version', 'stage', 'environment', 'service', 'color'],
    url: ['target', 'version', 'stage', 'environment', 'service'],
};
const PLACEHOLDER_RE = /\{([A-Za-z_][A-Za-z0-9_-]*)\}/g;
/** Names of the placeholders used in `text`, in order of appearance. */
function findPlaceholders(text) {
    return [...text.matchAll(PLACEHOLDER_RE)].map((m) => m[1]);
}
/**
 * Fills `{name}` placeholders in one string. Throws when the text uses a
 * placeholder with no value, so a command never runs with a hole in it.
 */
function fillPlaceholders(text, values) {
    return text.replace(PLACEHOLDER_RE, (whole, name) => {
        const v = values[name];
        if (v === undefined)
            throw new Error(`placeholder {${name}} has no value here (in ${JSON.stringify(text)})`);
        return v;
    });
}
/** Fills every element of an argv array; the array shape never changes. */
function fillArgv(argv, values) {
    return argv.map((a) => fillPlaceholders(a, values));
}
/** Fills placeholders in every string of a JSON-like value (for check definitions). */
function fillDeep(value, values) {
    if (typeof value === 'string')
        return fillPlaceholders(value, values);
    if (Array.isArray(value))
        return value.map((v) => fillDeep(v, values));
    if (value && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = fillDeep(v, values);
        return out;
    }
    return value;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ../../packages/core/src/plan-resolve.ts



/** Finds a stage by name, or throws a ConfigError naming the input and the stages that exist. */
function findStage(plan, name, inputName = 'stage') {
    const stage = plan.stages.find((s) => s.name === name);
    if (!stage)
        throw new ConfigError([{ path: `input ${inputName}`, message: `expected one of the plan's stages (${plan.stages.map((s) => s.name).join(', ')}); got ${JSON.stringify(name)}` }]);
    return stage;
}
/** The first stage a target is in (a target in several weighted stages is in each of them). */
function stageOfTarget(plan, target) {
    return plan.stages.find((s) => s.targets.includes(target));
}
/** Every target of the plan once, in rollout order (a target of several weighted stages at its first). */
function allTargets(plan) {
    return [...new Set(plan.stages.flatMap((s) => s.targets))];
}
/** The GitHub environment of a target: the stage's template, else the plan's (default production/{target}). */
function environmentFor(plan, target, stage) {
    const st = stage ?? stageOfTarget(plan, target);
    const template = st?.environment ?? plan.environment;
    return fillPlaceholders(template, { target, stage: st?.name ?? '', service: plan.service });
}
/** The gate's checks: the profile's, then the inline ones. */
function gateChecks(plan, stage) {
    const gate = stage.gate;
    if (!gate)
        return [];
    const fromProfile = gate.profile ? (plan.checks[gate.profile] ?? []) : [];
    return [...fromProfile, ...(gate.checks ?? [])];
}
/** The rollback command: the plan's, or the deploy command run with the previous version. */
function rollbackCommand(plan) {
    if (plan.rollback)
        return plan.rollback;
    return { ...plan.deploy, run: plan.deploy.run.map((a) => a.replaceAll('{version}', '{previous}')) };
}
/**
 * A short digest of the plan as parsed (defaults applied, keys sorted), recorded
 * in each deployment so a reader can tell which plan produced it.
 */
function planDigest(plan) {
    return createHash('sha256').update(canonicalJson(plan)).digest('hex').slice(0, 16);
}
function canonicalJson(v) {
    if (Array.isArray(v))
        return `[${v.map(canonicalJson).join(',')}]`;
    if (v && typeof v === 'object') {
        const entries = Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
    }
    return JSON.stringify(v) ?? 'null';
}

;// CONCATENATED MODULE: ../../packages/core/src/blue-green.ts


/**
 * Blue-green: each target has two colours, one serving traffic (live) and one
 * idle. A new version goes to the idle colour, is gated there, and only then
 * receives traffic through the stage's `switch` command. These are the pure
 * decisions; the deployer and the pipeline run the commands.
 */
/** The two colours of a blue-green target. */
const COLORS = (/* unused pure expression or super */ null && (['blue', 'green']));
/** True when the stage deploys blue-green (deploy to idle, gate it, then switch). */
function isBlueGreen(stage) {
    return stage?.strategy === 'blue-green';
}
/** The other colour. */
function otherColor(color) {
    return color === 'blue' ? 'green' : 'blue';
}
/** A colour read from a payload or an input; anything else is no colour. */
function readColor(value) {
    return value === 'blue' || value === 'green' ? value : undefined;
}
/** The idle colour a new version goes to: the one not live; blue on a first deploy (nothing live). */
function chooseIdleColor(live) {
    return live === 'blue' ? 'green' : 'blue';
}
/**
 * Why a blue-green target needs no rollback: its new colour never received
 * traffic. `green failed its gate and never received traffic; blue still serves v1`.
 */
function describeNeverSwitched(t) {
    const what = t.failure === 'gate' ? 'failed its gate' : 'failed its deploy';
    const still = t.fromColor ? `${t.fromColor} still serves ${t.fromVersion ?? 'the previous version'}` : 'no colour served traffic before (first deploy)';
    return `${t.color} ${what} and never received traffic; ${still}`;
}
/**
 * Decides a blue-green rollback: traffic returns to the previous colour, which
 * must still hold the previous version (`holder`: the version last deployed to
 * that colour, when the caller read it; a run that deployed to the other
 * colour knows it is unchanged). No redeploy: a colour that no longer holds
 * the version cannot be switched back to.
 */
function decideSwitchBack(o) {
    const { version, color } = o.previous;
    if (version === undefined)
        return { kind: 'impossible', reason: 'no previous version: this was the first deployment, so there is no colour to switch back to' };
    if (color === undefined)
        return { kind: 'impossible', reason: `${version} has no colour recorded (deployed before blue-green): there is no colour to switch back to; deploy ${version} again` };
    if (o.current === color)
        return { kind: 'impossible', reason: `${version} was on ${color}, which now holds the version being rolled back: deploy ${version} again` };
    if ('holder' in o && o.holder !== version)
        return { kind: 'impossible', reason: `${color} now holds ${o.holder ?? 'an unknown version'}, not ${version}: switching back would serve it; deploy ${version} again` };
    return { kind: 'switch', color, version };
}
/**
 * The plan rules of blue-green: a blue-green stage needs a `switch` command;
 * a rolling stage has no colour, so neither a `switch` nor a `{color}` in its
 * commands or gate checks can mean anything there.
 */
function checkBlueGreenRules(plan) {
    const problems = [];
    const rolling = plan.stages.filter((s) => !isBlueGreen(s)).map((s) => s.name);
    plan.stages.forEach((stage, i) => {
        const at = `stages[${i}]`;
        if (isBlueGreen(stage) && !stage.switch)
            problems.push({ path: `${at}.switch`, message: 'expected a switch command (e.g. { run: ["./switch.sh", "{target}", "{color}"] }): a blue-green stage moves traffic to the new colour with it, and back with it on a rollback' });
        if (!isBlueGreen(stage) && stage.switch)
            problems.push({ path: `${at}.switch`, message: 'a switch command needs strategy: blue-green on this stage (a rolling stage has no colours to switch)' });
        if (!isBlueGreen(stage) && gateChecks(plan, stage).some((c) => usesColor(c)))
            problems.push({ path: `${at}.gate`, message: `a check of this gate uses {color}, which only a blue-green stage has; stage "${stage.name}" is rolling` });
    });
    if (rolling.length) {
        const message = `{color} is known only in blue-green stages; stage${rolling.length > 1 ? 's' : ''} ${rolling.map((r) => `"${r}"`).join(', ')} ${rolling.length > 1 ? 'are' : 'is'} rolling`;
        for (const name of ['deploy', 'rollback']) {
            const cmd = plan[name];
            cmd?.run.forEach((arg, j) => {
                if (usesColor(arg))
                    problems.push({ path: `${name}.run[${j}]`, message });
            });
            for (const [k, v] of Object.entries(cmd?.env ?? {}))
                if (usesColor(v))
                    problems.push({ path: `${name}.env.${k}`, message });
        }
    }
    return problems;
}
/** True when a string anywhere in `value` uses the {color} placeholder. */
function usesColor(value) {
    if (typeof value === 'string')
        return findPlaceholders(value).includes('color');
    // Arrays too: their values are their elements.
    if (value && typeof value === 'object')
        return Object.values(value).some(usesColor);
    return false;
}

;// CONCATENATED MODULE: ../../packages/core/src/plan-weights.ts

/**
 * The rule for targets in several stages: allowed only when every stage it
 * is in sets a weight and the weights rise from one to the next (10 → 50 →
 * 100), so each later stage gives the version more of that target's traffic,
 * and only when those stages name the same environment (its deployments are
 * read there). A target repeated within one stage is left to that stage's rule.
 */
function checkTargetStages(plan) {
    const problems = [];
    const last = new Map();
    plan.stages.forEach((stage, i) => {
        stage.targets.forEach((target, j) => {
            if (stage.targets.indexOf(target) !== j)
                return;
            const before = last.get(target);
            last.set(target, { index: i, stage });
            if (!before)
                return;
            const at = `stages[${i}].targets[${j}]`;
            const prev = before.stage;
            if (prev.weight === undefined || stage.weight === undefined) {
                problems.push({ path: at, message: `target "${target}" is already in stage "${prev.name}": a target belongs to one stage, unless each of its stages sets a weight, rising from one to the next` });
            }
            else if (stage.weight <= prev.weight) {
                problems.push({ path: at, message: `target "${target}" is at weight ${prev.weight} in stage "${prev.name}" (stages[${before.index}].weight) and ${stage.weight} here (stages[${i}].weight): a target comes back only at a higher weight` });
            }
            else if (environmentOf(plan, target, prev) !== environmentOf(plan, target, stage)) {
                problems.push({ path: at, message: `target "${target}" has environment "${environmentOf(plan, target, stage)}" here but "${environmentOf(plan, target, prev)}" in stage "${prev.name}": the stages of one target must name the same environment` });
            }
        });
    });
    return problems;
}
/** The target's environment in a stage, or the error a bad template gives (reported by its own rule). */
function environmentOf(plan, target, stage) {
    try {
        return environmentFor(plan, target, stage);
    }
    catch (e) {
        return e.message;
    }
}
/**
 * The traffic weight a rollback of `target` from stage `stageName` returns
 * the rolled-out version to: the target's weight in the nearest earlier stage
 * it is in, else 0 (no traffic: all of it back on the previous version).
 * Undefined when that stage sets no weight: there is no share to restore.
 */
function rollbackWeight(plan, stageName, target) {
    const at = plan.stages.findIndex((s) => s.name === stageName);
    if (plan.stages[at]?.weight === undefined)
        return undefined;
    for (let i = at - 1; i >= 0; i--) {
        const stage = plan.stages[i];
        if (stage.targets.includes(target))
            return stage.weight ?? 100;
    }
    return 0;
}

;// CONCATENATED MODULE: ../../packages/core/src/plan-rules.ts



/**
 * The rules a schema alone cannot express: names that must be unique, references
 * that must exist, placeholders that must be known. Returns every problem found.
 */
function checkPlanRules(plan) {
    const problems = [];
    const stageByName = new Map();
    if (!plan.stages.length && plan.waves === undefined)
        problems.push({ path: 'stages', message: 'expected at least one stage (or waves)' });
    plan.stages.forEach((stage, i) => {
        const at = `stages[${i}]`;
        const earlier = stageByName.get(stage.name);
        if (earlier !== undefined)
            problems.push({ path: `${at}.name`, message: `duplicate stage name "${stage.name}" (also stages[${earlier}])` });
        else
            stageByName.set(stage.name, i);
        const seen = new Set();
        stage.targets.forEach((target, j) => {
            if (seen.has(target)) {
                problems.push({ path: `${at}.targets[${j}]`, message: `duplicate target "${target}" in stage "${stage.name}"` });
                return;
            }
            seen.add(target);
        });
        const gate = stage.gate;
        if (gate?.profile !== undefined && !(gate.profile in plan.checks)) {
            const known = Object.keys(plan.checks);
            problems.push({ path: `${at}.gate.profile`, message: `expected the name of a profile under checks (${known.length ? known.join(', ') : 'none defined'}); got "${gate.profile}"` });
        }
        if (gate && gate.profile === undefined && !gate.checks?.length)
            problems.push({ path: `${at}.gate`, message: 'expected a profile or inline checks: a gate with no checks proves nothing' });
        gate?.checks?.forEach((c, k) => problems.push(...checkCheckPlaceholders(c, `${at}.gate.checks[${k}]`)));
        if (stage.environment !== undefined)
            problems.push(...checkText(stage.environment, `${at}.environment`, 'environment'));
        // A url names the same values a check can: it is filled per target, with the version deployed.
        if (stage.url !== undefined)
            problems.push(...checkText(stage.url, `${at}.url`, 'url'));
        if (stage.switch)
            checkCommand(stage.switch, `${at}.switch`, problems);
    });
    if (plan.url !== undefined)
        problems.push(...checkText(plan.url, 'url', 'url'));
    problems.push(...checkBlueGreenRules(plan));
    problems.push(...checkTargetStages(plan));
    problems.push(...checkText(plan.environment, 'environment', 'environment'));
    checkCommand(plan.deploy, 'deploy', problems);
    if (plan.rollback)
        checkCommand(plan.rollback, 'rollback', problems);
    for (const [profile, checks] of Object.entries(plan.checks)) {
        const names = new Set();
        checks.forEach((c, k) => {
            const at = `checks.${profile}[${k}]`;
            if (names.has(c.name))
                problems.push({ path: `${at}.name`, message: `duplicate check name "${c.name}" in profile "${profile}"` });
            names.add(c.name);
            problems.push(...checkCheckPlaceholders(c, at));
            if (c.type === 'prometheus' && !c.server && !plan.prometheus)
                problems.push({ path: `${at}.server`, message: 'expected a Prometheus URL here or at prometheus.url' });
            if (c.type === 'prometheus' && c.min === undefined && c.max === undefined && !c.baseline)
                problems.push({ path: at, message: 'expected min, max or baseline: a prometheus check needs a bound' });
        });
    }
    try {
        new RegExp(plan['version-pattern']);
    }
    catch {
        problems.push({ path: 'version-pattern', message: `expected a regular expression; got ${JSON.stringify(plan['version-pattern'])}` });
    }
    const notify = plan.notify;
    if (notify) {
        const channels = ['slack', 'discord', 'webhook', 'pagerduty'].filter((c) => notify[c] !== undefined);
        for (const c of channels) {
            const fb = notify[c]?.['fallback-for'];
            if (fb === undefined)
                continue;
            if (fb === c)
                problems.push({ path: `notify.${c}.fallback-for`, message: 'a channel cannot be its own fallback' });
            else if (!channels.includes(fb))
                problems.push({ path: `notify.${c}.fallback-for`, message: `expected one of the configured channels (${channels.filter((x) => x !== c).join(', ') || 'none'}); got "${fb}"` });
        }
    }
    return problems;
}
function checkCommand(cmd, at, problems) {
    cmd.run.forEach((arg, i) => problems.push(...checkText(arg, `${at}.run[${i}]`, 'command')));
    for (const [k, v] of Object.entries(cmd.env ?? {}))
        problems.push(...checkText(v, `${at}.env.${k}`, 'command'));
}
function checkCheckPlaceholders(check, at) {
    const out = [];
    const walk = (v, path) => {
        if (typeof v === 'string')
            out.push(...checkText(v, path, 'check'));
        else if (Array.isArray(v))
            v.forEach((x, i) => walk(x, `${path}[${i}]`));
        else if (v && typeof v === 'object')
            for (const [k, x] of Object.entries(v))
                if (k !== 'matches')
                    walk(x, `${path}.${k}`);
    };
    walk(check, at);
    return out;
}
/** Placeholder names in `text` that this kind of string may not use. */
function checkText(text, path, kind) {
    const allowed = PLACEHOLDERS_ALLOWED[kind];
    // PromQL label matchers use braces too: only {word} with a known-looking name counts.
    return findPlaceholders(text)
        .filter((name) => !allowed.includes(name))
        .map((name) => ({ path, message: `unknown placeholder {${name}}; expected one of ${allowed.map((a) => `{${a}}`).join(', ')}` }));
}

;// CONCATENATED MODULE: ../../packages/core/src/plan-waves.ts
/**
 * How many of `total` targets each wave has reached, cumulatively: the
 * share rounded up (5 % of 20 is 1, 1 % of 20 is 1 too), then pushed so every
 * wave gets at least one target of its own and leaves at least one to each
 * wave after it. Needs `total >= percent.length` (checkWaves says so otherwise).
 */
function countWaveTargets(total, percent) {
    const counts = [];
    percent.forEach((p, k) => {
        // The epsilon keeps 10 % of 30 (3.0000000000000004 in floating point) at 3.
        const wanted = Math.ceil((p * total) / 100 - 1e-9);
        const atLeast = (counts[k - 1] ?? 0) + 1;
        const atMost = total - (percent.length - 1 - k);
        counts.push(Math.min(Math.max(wanted, atLeast), atMost));
    });
    return counts;
}
/**
 * The rules of a `waves:` block a schema cannot express: targets listed once,
 * shares rising and ending at 100, a target for every wave. Paths are plan
 * paths (`waves.percent[2]`); no problems when the plan has no waves.
 */
function checkWaves(waves) {
    if (!waves)
        return [];
    const problems = [];
    waves.targets.forEach((target, j) => {
        const first = waves.targets.indexOf(target);
        if (first !== j)
            problems.push({ path: `waves.targets[${j}]`, message: `duplicate target "${target}" (also waves.targets[${first}]): each target belongs to one wave` });
    });
    waves.percent.slice(1).forEach((p, k) => {
        const before = waves.percent[k];
        if (p <= before)
            problems.push({ path: `waves.percent[${k + 1}]`, message: `expected more than ${before} (each wave reaches further than the one before); got ${p}` });
    });
    const last = waves.percent.length - 1;
    if (waves.percent[last] !== 100)
        problems.push({ path: `waves.percent[${last}]`, message: `expected 100 as the last share: the targets beyond ${waves.percent[last]} % would never be deployed; got ${waves.percent[last]}` });
    const unique = new Set(waves.targets).size;
    if (waves.percent.length > unique)
        problems.push({ path: 'waves.percent', message: `${waves.percent.length} waves need at least ${waves.percent.length} targets (each wave gets one); waves.targets has ${unique}` });
    return problems;
}
/**
 * The plan with its waves turned into plain stages, named `<name>-1`,
 * `<name>-2`, … after the plan's own stages, each with the waves' gate,
 * on-failure, parallel (and every other stage field set there). Targets keep
 * their list order: wave 1 takes the first ones. The result has no `waves`,
 * so the pipeline, the actions and the CLI see stages only, and expanding it
 * again changes nothing. Call it on a plan whose waves pass checkWaves.
 */
function expandWaves(plan) {
    if (!plan.waves)
        return plan;
    const { waves, ...rest } = plan;
    const { name, targets, percent, ...common } = waves;
    const counts = countWaveTargets(targets.length, percent);
    const stages = counts.map((count, k) => ({ ...common, name: `${name}-${k + 1}`, targets: targets.slice(counts[k - 1] ?? 0, count) }));
    return { ...rest, stages: [...plan.stages, ...stages] };
}
/**
 * Problems found on the expanded plan, pointed back at what the user wrote:
 * `stages[5].targets[1]` of a wave stage becomes `waves.targets[7]`, any other
 * path of a wave stage becomes the same path under `waves` (once, not once per wave).
 */
function locateWaveProblems(problems, written) {
    const waves = written.waves;
    if (!waves)
        return [...problems];
    const own = written.stages.length;
    const counts = countWaveTargets(waves.targets.length, waves.percent);
    const located = problems.map((p) => {
        const m = /^stages\[(\d+)\](\.targets\[(\d+)\])?(.*)$/.exec(p.path);
        if (!m || Number(m[1]) < own)
            return p;
        const wave = Number(m[1]) - own;
        if (m[3] !== undefined)
            return { ...p, path: `waves.targets[${(counts[wave - 1] ?? 0) + Number(m[3])}]${m[4]}` };
        return { ...p, path: `waves${m[4]}` };
    });
    // A mistake in the waves' gate shows on every wave stage: say it once.
    return located.filter((p, i) => located.findIndex((q) => q.path === p.path && q.message === p.message) === i);
}

// EXTERNAL MODULE: ../../packages/core/src/zod-issues.ts
var zod_issues = __webpack_require__(35675);
;// CONCATENATED MODULE: ../../packages/core/src/plan-load.ts







/**
 * Parses and validates a plan from YAML (or JSON) text. Never throws for a user
 * mistake: returns every problem at once, each with its path and, where the
 * text is YAML, its line number.
 */
function validatePlanText(text) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
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
    const data = doc.toJS({ maxAliasCount: 100 });
    const result = validatePlanObject(data);
    if (result.ok)
        return result;
    const lineOf = (path) => {
        const node = doc.getIn(pathSegments(path), true);
        const start = (0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined;
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
function validatePlanObject(data) {
    if (data === null || data === undefined)
        return { ok: false, problems: [{ path: 'plan', message: 'expected a plan; the file is empty' }] };
    const parsed = plan_schema/* Plan */.cw.safeParse(data, { reportInput: true });
    if (!parsed.success) {
        const problems = parsed.error.issues.flatMap((i) => (0,zod_issues/* describeIssue */.n6)(i));
        // Report the cross-field rules too, so one run shows every problem.
        const seen = new Set(problems.map((p) => p.path));
        for (const p of checkPlanRules(loosePlan(data)))
            if (!seen.has(p.path))
                problems.push(p);
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
function loosePlan(data) {
    const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
    const str = (v, d = '') => (typeof v === 'string' ? v : d);
    const strs = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
    const raw = obj(data);
    const cmd = (v) => {
        const c = obj(v);
        return { run: strs(c.run), timeout: '15m', env: Object.fromEntries(Object.entries(obj(c.env)).filter(([, x]) => typeof x === 'string')) };
    };
    const checks = {};
    for (const [k, v] of Object.entries(obj(raw.checks)))
        checks[k] = (Array.isArray(v) ? v.filter((c) => c && typeof c === 'object' && typeof c.name === 'string') : []);
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
    };
}
/** Like validatePlanText, but throws a ConfigError listing every problem. */
function loadPlan(text, source = 'plan') {
    const r = validatePlanText(text);
    if (!r.ok)
        throw new errors/* ConfigError */.xL(r.problems, `${source} is not a valid rollout plan (${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}):`);
    return r.plan;
}
/** `stages[1].gate.soak` → ['stages', 1, 'gate', 'soak']. */
function pathSegments(path) {
    const out = [];
    for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
        out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
    return out;
}


;// CONCATENATED MODULE: ../../packages/action-kit/src/plan-input.ts



// Its own file: the plan parser (zod, yaml) is the heaviest thing an action loads at start, and
// the input parsers beside it are used before it is needed (an input error then costs no parse).
/**
 * The plan named by an input: a path (relative to the workspace; default
 * .github/rollout.yml) or, when the value has a newline, the plan text itself.
 */
function loadPlanInput(value, workspace, name = 'plan') {
    const v = value.trim() || '.github/rollout.yml';
    if (v.includes('\n'))
        return loadPlan(v, `input ${name}`);
    const file = (0,external_node_path_.isAbsolute)(v) ? v : (0,external_node_path_.resolve)(workspace, v);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        throw new errors/* ConfigError */.xL([{ path: `input ${name}`, message: `expected the path of a rollout plan; cannot read ${JSON.stringify(v)} (${e.code ?? e})` }]);
    }
    return loadPlan(text, v);
}

// EXTERNAL MODULE: ../../packages/action-kit/src/run-context.ts
var run_context = __webpack_require__(18264);
// EXTERNAL MODULE: ../../packages/action-kit/src/run-main.ts
var run_main = __webpack_require__(50454);
// EXTERNAL MODULE: ../../packages/action-kit/src/markdown.ts
var markdown = __webpack_require__(54490);
// EXTERNAL MODULE: ../../packages/action-kit/src/proxy-support.ts
var proxy_support = __webpack_require__(1521);
// EXTERNAL MODULE: ../../packages/action-kit/src/journal.ts + 2 modules
var journal = __webpack_require__(12774);
// EXTERNAL MODULE: ../../packages/action-kit/src/with-timeout.ts
var with_timeout = __webpack_require__(59761);
;// CONCATENATED MODULE: ../../packages/action-kit/src/index.ts
/**
 * @stagegate/action-kit: what every action's I/O shell (src/main.ts) shares.
 * Parsers take raw input strings; only main.ts calls @actions/core.
 */










/***/ })

};

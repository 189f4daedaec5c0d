export const id = 174;
export const ids = [174,674];
export const modules = {

/***/ 7077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: run

// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(2825);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(5736);
;// CONCATENATED MODULE: ../../packages/action-kit/src/run-main.ts

/**
 * The one outer catch of an action (the codeql-action pattern): a user's
 * mistake (ConfigError) is reported as is; anything else keeps its message
 * and its stack goes to the debug log. Either way the step fails.
 */
async function runMain(main, reporter) {
    try {
        await main();
    }
    catch (e) {
        if ((0,errors/* isConfigError */.De)(e)) {
            reporter.setFailed(e.message);
        }
        else if (e instanceof Error) {
            reporter.debug(e.stack ?? e.message);
            reporter.setFailed(e.message);
        }
        else {
            reporter.setFailed(String(e));
        }
        process.exitCode = 1;
    }
}

;// CONCATENATED MODULE: ../../packages/action-kit/src/inputs.ts

/**
 * Parsers for action inputs. main.ts reads the raw strings with
 * core.getInput and hands them here; every error names the input.
 */
/** "true"/"false" (YAML 1.2 core schema, as @actions/core accepts); empty gives the default. */
function parseBooleanInput(name, value, fallback) {
    const v = value.trim();
    if (v === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw new ConfigError([{ path: `input ${name}`, message: `expected true or false; got ${JSON.stringify(v)}` }]);
}
/** A whole number within bounds; empty gives the default. */
function parseIntegerInput(name, value, fallback, bounds = {}) {
    const v = value.trim();
    if (v === '')
        return fallback;
    const n = Number(v);
    const { min = -Infinity, max = Infinity } = bounds;
    if (!/^-?\d+$/.test(v) || n < min || n > max) {
        const range = [Number.isFinite(min) ? `>= ${min}` : '', Number.isFinite(max) ? `<= ${max}` : ''].filter(Boolean).join(' and ');
        throw new errors/* ConfigError */.xL([{ path: `input ${name}`, message: `expected a whole number${range ? ` ${range}` : ''}; got ${JSON.stringify(v)}` }]);
    }
    return n;
}
/** One of a fixed set of words; empty gives the default. */
function parseChoiceInput(name, value, choices, fallback) {
    const v = value.trim();
    if (v === '')
        return fallback;
    if (!choices.includes(v))
        throw new ConfigError([{ path: `input ${name}`, message: `expected one of ${choices.join(', ')}; got ${JSON.stringify(v)}` }]);
    return v;
}
/** A list given as JSON array, comma- or newline-separated words; empty gives []. */
function parseListInput(name, value) {
    const v = value.trim();
    if (v === '')
        return [];
    if (v.startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(v);
        }
        catch {
            throw new ConfigError([{ path: `input ${name}`, message: `expected a JSON array of strings or a comma-separated list; got invalid JSON ${JSON.stringify(v.slice(0, 60))}` }]);
        }
        if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string'))
            throw new ConfigError([{ path: `input ${name}`, message: 'expected a JSON array of strings' }]);
        return parsed.map((s) => s.trim()).filter(Boolean);
    }
    return v.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}
/** Parses a JSON input, naming it when the text is not JSON. */
function parseJsonInput(name, value) {
    try {
        return JSON.parse(value);
    }
    catch (e) {
        throw new ConfigError([{ path: `input ${name}`, message: `expected JSON; ${e.message}` }]);
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/rollout/shard-targets.ts

/** GitHub runs at most 256 jobs from one matrix. */
const MAX_MATRIX_JOBS = 256;
/** Default shard size of the plan and join actions. */
const DEFAULT_SHARD_SIZE = 50;
/**
 * Cuts targets into ceil(n / size) shards whose sizes differ by at most one
 * (500 in 50s: ten of 50; 101 in 50s: 34, 34, 33 rather than 50, 50, 1), each
 * a contiguous run in plan order, the larger shards first. Stable: the same
 * targets and size always give the same shards. More shards than a matrix
 * allows is the workflow's mistake, named with the size that would fit.
 */
function shardTargets(targets, size, inputName = 'shard-size') {
    if (!Number.isInteger(size) || size < 1)
        throw new errors/* ConfigError */.xL([{ path: `input ${inputName}`, message: `expected a whole number >= 1; got ${size}` }]);
    const count = Math.ceil(targets.length / size);
    if (count > MAX_MATRIX_JOBS) {
        const fits = Math.ceil(targets.length / MAX_MATRIX_JOBS);
        throw new errors/* ConfigError */.xL([{ path: `input ${inputName}`, message: `${targets.length} targets in shards of ${size} make ${count} jobs, more than the ${MAX_MATRIX_JOBS} a matrix allows; use a shard-size of at least ${fits}` }]);
    }
    const base = Math.floor(targets.length / count);
    const larger = targets.length % count;
    const shards = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
        const take = base + (i < larger ? 1 : 0);
        shards.push({ index: i + 1, count, label: `${i + 1}/${count}`, targets: targets.slice(at, at + take) });
        at += take;
    }
    return shards;
}
/** The matrix for `strategy.matrix: ${{ fromJSON(...) }}`: one `include` entry per shard. */
function describeShardMatrix(shards) {
    return { include: shards.map((s) => ({ shard: s.label, targets: s.targets.join(',') })) };
}
/** The shard label of each target (for the join's summary: which shard failed). */
function indexShards(shards) {
    return new Map(shards.flatMap((s) => s.targets.map((t) => [t, s.label])));
}
/**
 * A shard's targets as a run-stage or health-gate job was given them: every
 * one must belong to the stage, none twice. Returns them in the order given.
 */
function checkShardTargets(stageName, stageTargets, given, inputName = 'targets') {
    const known = new Set(stageTargets);
    const strangers = given.filter((t) => !known.has(t));
    if (strangers.length)
        throw new ConfigError([{ path: `input ${inputName}`, message: `expected targets of stage ${stageName}; got ${strangers.map((t) => JSON.stringify(t)).join(', ')}, which it does not have` }]);
    const twice = given.filter((t, i) => given.indexOf(t) !== i);
    if (twice.length)
        throw new ConfigError([{ path: `input ${inputName}`, message: `expected each target once; got ${[...new Set(twice)].join(', ')} more than once` }]);
    return [...given];
}

// EXTERNAL MODULE: ../../packages/core/src/plan-resolve.ts
var plan_resolve = __webpack_require__(7301);
;// CONCATENATED MODULE: ./src/main.ts



/**
 * The I/O shell of plan: inputs → shardTargets → the matrix output. It reads
 * the plan only: no token, no GitHub request, so a plan job costs nothing of
 * the rollout's request budget.
 */
async function main() {
    await runMain(run, core);
}
async function run() {
    const stageName = core.getInput('stage', { required: true }).trim();
    const size = parseIntegerInput('shard-size', core.getInput('shard-size'), DEFAULT_SHARD_SIZE, { min: 1 });
    // Loaded once the inputs are known good: the plan parser (zod, yaml) is most of the start-up.
    const { loadPlanInput } = await Promise.all(/* import() */[__webpack_require__.e(678), __webpack_require__.e(845)]).then(__webpack_require__.bind(__webpack_require__, 4845));
    // The checkout alone: reading a plan needs no repository or token.
    const plan = loadPlanInput(core.getInput('plan'), process.env.GITHUB_WORKSPACE || process.cwd());
    const stage = (0,plan_resolve/* findStage */.U9)(plan, stageName);
    const shards = shardTargets(stage.targets, size);
    core.setOutput('matrix', JSON.stringify(describeShardMatrix(shards)));
    core.setOutput('shards', String(shards.length));
    core.setOutput('targets', String(stage.targets.length));
    const sizes = [...new Set(shards.map((s) => s.targets.length))].sort((a, b) => b - a).join(' or ');
    const line = `stage ${stage.name} of ${plan.service}: ${stage.targets.length} targets in ${shards.length} shard${shards.length === 1 ? '' : 's'} of ${sizes} (shard-size ${size})`;
    core.info(line);
    await core.summary.addRaw(`### 🧩 ${line}\n\n${shards.map((s) => `- shard ${s.label}: ${s.targets[0]} … ${s.targets.at(-1)} (${s.targets.length})`).join('\n')}\n`, true).write();
}
/** The entry point @github/local-action calls (it requires a `run` export); the same step as `main`. */



/***/ }),

/***/ 2674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   loadUndici: () => (/* binding */ loadUndici)
/* harmony export */ });
/** undici's ProxyAgent once loadUndici() has run (ESM live binding: importers see it set). */
let ProxyAgent;
let loading;
/** Loads the real undici (a chunk of the bundle) once. */
function loadUndici() {
    loading ??= __webpack_require__.e(/* import() */ 684).then(__webpack_require__.t.bind(__webpack_require__, 1684, 19)).then((real) => {
        ProxyAgent = real.ProxyAgent;
        return real;
    });
    return loading;
}
/** undici's fetch, loading undici first. */
async function fetch(...args) {
    return (await loadUndici()).fetch(...args);
}


/***/ }),

/***/ 5736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   De: () => (/* binding */ isConfigError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export formatProblems */
/**
 * A user's mistake (a wrong plan, a bad input), as opposed to a bug or an outage.
 * Carries every problem found at once, so a user fixes them all in one go
 * (the pattern github/codeql-action uses for its ConfigurationError).
 */
class ConfigError extends Error {
    /** Every problem found, in plan order. */
    problems;
    constructor(problems, heading) {
        const list = typeof problems === 'string' ? [{ path: '', message: problems }] : problems;
        super(formatProblems(list, heading));
        this.name = 'ConfigError';
        this.problems = list;
    }
}
/** Formats problems one per line: `path: message`. */
function formatProblems(problems, heading) {
    const lines = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
    if (heading)
        return [heading, ...lines.map((l) => `  - ${l}`)].join('\n');
    return lines.join('\n');
}
/** True when `e` is a ConfigError (also across bundle copies of this class). */
function isConfigError(e) {
    return e instanceof ConfigError || (e instanceof Error && e.name === 'ConfigError' && Array.isArray(e.problems));
}


/***/ }),

/***/ 2185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ fillPlaceholders),
/* harmony export */   GA: () => (/* binding */ PLACEHOLDERS_ALLOWED),
/* harmony export */   GY: () => (/* binding */ findPlaceholders)
/* harmony export */ });
/* unused harmony exports PLACEHOLDERS, fillArgv, fillDeep */
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


/***/ }),

/***/ 7301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ environmentFor),
/* harmony export */   He: () => (/* binding */ gateChecks),
/* harmony export */   U9: () => (/* binding */ findStage)
/* harmony export */ });
/* unused harmony exports stageOfTarget, allTargets, rollbackCommand, planDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5736);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2185);



/** Finds a stage by name, or throws a ConfigError naming the input and the stages that exist. */
function findStage(plan, name, inputName = 'stage') {
    const stage = plan.stages.find((s) => s.name === name);
    if (!stage)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL([{ path: `input ${inputName}`, message: `expected one of the plan's stages (${plan.stages.map((s) => s.name).join(', ')}); got ${JSON.stringify(name)}` }]);
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
    return (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .fillPlaceholders */ .Ct)(template, { target, stage: st?.name ?? '', service: plan.service });
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


/***/ })

};

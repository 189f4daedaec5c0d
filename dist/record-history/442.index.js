export const id = 442;
export const ids = [442,674];
export const modules = {

/***/ 66761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: run

// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(40927);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../packages/action-kit/src/run-main.ts
var run_main = __webpack_require__(50454);
// EXTERNAL MODULE: ../../packages/action-kit/src/run-context.ts
var run_context = __webpack_require__(18264);
// EXTERNAL MODULE: ../../packages/action-kit/src/inputs.ts
var inputs = __webpack_require__(18322);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
// EXTERNAL MODULE: ../../packages/core/src/duration.ts
var duration = __webpack_require__(28283);
;// CONCATENATED MODULE: ../../packages/core/src/history/window.ts


/**
 * Parses a window such as "30d", "12h" or "90m" (days are allowed here on
 * top of plan durations, since DORA windows are counted in days).
 * `name` is what the error names: `input dora-window`, `--window`.
 */
function parseWindow(text, name) {
    const t = text.trim();
    const days = /^(\d+(?:\.\d+)?)d$/.exec(t);
    if (days)
        return Number(days[1]) * 86_400_000;
    try {
        const ms = (0,duration/* parseDuration */.E9)(t);
        if (ms > 0)
            return ms;
    }
    catch { /* reported below with the name */ }
    throw new errors/* ConfigError */.xL([{ path: name, message: `expected a window such as 30d, 14d or 72h; got ${JSON.stringify(text)}` }]);
}

// EXTERNAL MODULE: ../../packages/core/src/history/history-event.ts
var history_event = __webpack_require__(16801);
// EXTERNAL MODULE: ../../packages/core/src/plan-resolve.ts
var plan_resolve = __webpack_require__(17301);
// EXTERNAL MODULE: ../../packages/core/src/rollout/rollout-lock.ts
var rollout_lock = __webpack_require__(63170);
;// CONCATENATED MODULE: ../../packages/core/src/rollout/freeze.ts


/** The freeze environment of a stage: `<prefix>freeze`, the prefix as for the rollout lock (`production/freeze`). */
function freezeEnvironmentOf(plan, stage) {
    return `${(0,rollout_lock/* environmentPrefixOf */.rs)(stage?.environment ?? plan.environment)}freeze`;
}
/** Every freeze environment of a plan (one per environment prefix), sorted: what `stagegate freeze` writes. */
function freezeEnvironmentsOf(plan) {
    return [...new Set([freezeEnvironmentOf(plan), ...plan.stages.map((s) => freezeEnvironmentOf(plan, s))])].sort();
}
/**
 * The P0 cause of a rollout stopped by a freeze, first words "hard stop":
 * who froze, when and why, and before which stage.
 */
function describeHardStop(environment, state, stage, nowMs) {
    const at = Date.parse(state.at);
    const ago = Number.isFinite(at) ? ` (${formatDuration(Math.max(0, nowMs - at))} ago)` : '';
    return `hard stop: ${environment} frozen by ${state.actor || 'someone'} at ${state.at}${ago}: ${state.reason || 'no reason given'}; stopped before stage ${stage}, nothing rolled back (a freeze is not a failure)`;
}
/**
 * One line per change, for a log or a summary, the outcome first:
 * `frozen production/freeze by alice: incident 42 (deployment 7)`; a second
 * freeze says whose it replaces, a thaw of nothing says so.
 */
function describeFreezeChange(c, o) {
    if (c.deploymentId === undefined)
        return `${c.environment} is not frozen${c.before ? ` (thawed by ${c.before.actor} at ${c.before.at})` : ''}: nothing to thaw`;
    const replaced = o.frozen && c.before?.frozen ? `; it was already frozen by ${c.before.actor} at ${c.before.at} (${c.before.reason}): this record replaces it` : '';
    return `${o.frozen ? 'frozen' : 'thawed'} ${c.environment} by ${o.actor}${o.reason ? `: ${o.reason}` : ''} (deployment ${c.deploymentId})${replaced}`;
}

;// CONCATENATED MODULE: ./src/main.ts





/** The I/O shell of record-history: inputs → recordHistory and the views → outputs and summary. */
async function main() {
    await (0,run_main/* runMain */.V)(run, core);
}
async function run() {
    const token = core.getInput('token');
    if (token)
        core.setSecret(token);
    if (!token)
        throw new errors/* ConfigError */.xL([{ path: 'input token', message: 'expected a token with deployments: read and actions: read (default ${{ github.token }})' }]);
    const ctx = (0,run_context/* readRunContext */.$)(process.env, core.getInput('repository') || undefined);
    const retention = (0,inputs/* parseIntegerInput */._p)('retention-days', core.getInput('retention-days'), 0, { min: 0, max: 90 });
    const previousRun = core.getInput('previous-run').trim() || 'auto';
    if (!/^(auto|none|\d+)$/.test(previousRun))
        throw new errors/* ConfigError */.xL([{ path: 'input previous-run', message: `expected auto, none or a run id; got ${JSON.stringify(previousRun)}` }]);
    const windowMs = parseWindow(core.getInput('dora-window') || '30d', 'input dora-window');
    const prefix = core.getInput('artifact-name').trim() || 'stagegate-history';
    if (!/^[A-Za-z0-9._-]+$/.test(prefix))
        throw new errors/* ConfigError */.xL([{ path: 'input artifact-name', message: `expected letters, digits, . _ -; got ${JSON.stringify(prefix)}` }]);
    const journalPrefix = core.getInput('journal-prefix').trim() || 'stagegate-journal';
    if (!/^[A-Za-z0-9._-]+$/.test(journalPrefix))
        throw new errors/* ConfigError */.xL([{ path: 'input journal-prefix', message: `expected letters, digits, . _ -; got ${JSON.stringify(journalPrefix)}` }]);
    const onArtifactError = (0,inputs/* parseChoiceInput */.XT)('on-artifact-error', core.getInput('on-artifact-error'), ['warn', 'fail'], 'warn');
    const extraEvents = parseEventsInput(core.getInput('events'));
    const historyFile = core.getInput('history-file').trim() || (0,history_event/* defaultHistoryFile */.Oe)(process.env);
    // Loaded once the inputs are known to be usable: the GitHub client and the plan parser are most of the start-up.
    const [{ createGitHubClient, DeploymentStore, discoverTargets, listDeploymentFacts, readDora, readFreezeInForce, readHistory, readStatus }, { createArtifactHistory }, { recordHistory }, { createStatusAttacher, STATUS_FILE_NAME }, { renderSummary }, { loadPlanInput }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(569)]).then(__webpack_require__.bind(__webpack_require__, 95569)), __webpack_require__.e(/* import() */ 19).then(__webpack_require__.bind(__webpack_require__, 75019)), __webpack_require__.e(/* import() */ 845).then(__webpack_require__.bind(__webpack_require__, 43845)), __webpack_require__.e(/* import() */ 301).then(__webpack_require__.bind(__webpack_require__, 67301)), __webpack_require__.e(/* import() */ 954).then(__webpack_require__.bind(__webpack_require__, 15954)), Promise.all(/* import() */[__webpack_require__.e(678), __webpack_require__.e(344)]).then(__webpack_require__.bind(__webpack_require__, 36344)),
    ]);
    const plan = readPlan(core.getInput('plan'), ctx.workspace, loadPlanInput);
    const targets = plan && (0,plan_resolve/* allTargets */.eN)(plan).map((target) => ({ target, environment: (0,plan_resolve/* environmentFor */.DD)(plan, target) }));
    const client = createGitHubClient({ token, baseUrl: ctx.apiUrl, onWait: core.info });
    const store = new DeploymentStore(client, { owner: ctx.owner, repo: ctx.repo });
    const temp = process.env.RUNNER_TEMP || ctx.workspace;
    const attacher = createStatusAttacher({
        readStatuses: async () => (await readStatus(store, targets ?? (await discoverTargets(store)))).statuses,
        readFrozen: () => readFreezeInForce(store, plan ? freezeEnvironmentsOf(plan) : ['production/freeze']),
        plan, repository: `${ctx.owner}/${ctx.repo}`, historyDir: (0,external_node_path_.dirname)(historyFile), warn: core.warning,
    });
    const recorded = await recordHistory({
        run: { id: ctx.runId, attempt: ctx.runAttempt }, historyFile, extraEvents, artifactPrefix: prefix, journalPrefix, retentionDays: retention || undefined, previousRun,
        stagingDir: (0,external_node_path_.join)(temp, 'stagegate', `upload-${ctx.runId}-${ctx.runAttempt}`),
    }, {
        // Without the runtime token (act, a container without the runner's env) there is no artifact service at all.
        artifacts: process.env.ACTIONS_RUNTIME_TOKEN
            ? createArtifactHistory({ owner: ctx.owner, repo: ctx.repo, runId: ctx.runId, token, workDir: temp })
            : { unavailable: 'no ACTIONS_RUNTIME_TOKEN in the environment' },
        findPreviousRun: async () => (await listDeploymentFacts(store, { maxPages: 1, limit: 1, keep: (f) => f.runId !== ctx.runId })).facts[0]?.runId,
        log: core.info,
        // A Deployments read that fails here is retried below (and fails the step there, as before).
        attach: attacher.attach,
    });
    core.setOutput('status-file', recorded.attached.find((f) => f.endsWith(STATUS_FILE_NAME)) ?? '');
    core.setOutput('incident-files', JSON.stringify(recorded.attached.filter((f) => !f.endsWith(STATUS_FILE_NAME))));
    for (const s of recorded.skipped)
        core.warning(`record-history: ${s}`);
    core.setOutput('artifact-id', recorded.artifactId === undefined ? '' : String(recorded.artifactId));
    core.setOutput('artifact-name', recorded.artifactName);
    core.setOutput('event-count', String(recorded.eventCount));
    core.setOutput('run-event-count', String(recorded.runEventCount));
    const now = new Date();
    const statuses = attacher.statuses() ?? (await readStatus(store, targets ?? (await discoverTargets(store)))).statuses;
    core.setOutput('status', JSON.stringify(statuses));
    const recent = await readHistory(store, {}, 1, 10);
    const dora = await readDora(store, client, { windowMs, now, maxCommitLookups: 30 });
    core.setOutput('dora', JSON.stringify(dora.report));
    const skippedNote = recorded.skipped.map((s) => `> **Warning:** ${s}\n`).join('\n');
    await core.summary.addRaw(skippedNote + renderSummary({ statuses, recent: recent.rows, windowFacts: dora.facts, dora: dora.report, now }), true).write();
    if (onArtifactError === 'fail' && recorded.skipped.length > 0)
        core.setFailed(`record-history: ${recorded.skipped[0]} (on-artifact-error: fail; status and DORA were still reported)`);
}
/** The plan input, or .github/rollout.yml when present; undefined: the targets are read from the deployments. */
function readPlan(planInput, workspace, loadPlanInput) {
    if (!planInput.trim() && !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(workspace, '.github/rollout.yml')))
        return undefined;
    return loadPlanInput(planInput, workspace);
}
/** The `events` input: JSONL or a JSON array; every bad event is named. */
function parseEventsInput(text) {
    const t = text.trim();
    if (!t)
        return [];
    let values;
    try {
        values = t.startsWith('[') ? JSON.parse(t) : t.split(/\r?\n/).filter((l) => l.trim()).map((l) => JSON.parse(l));
    }
    catch (e) {
        throw new errors/* ConfigError */.xL([{ path: 'input events', message: `expected JSONL or a JSON array of events; ${e.message}` }]);
    }
    const problems = values.flatMap((v, i) => {
        const p = (0,history_event/* describeEventProblem */.js)(v);
        return p ? [{ path: `input events[${i}]`, message: p }] : [];
    });
    if (problems.length > 0)
        throw new errors/* ConfigError */.xL(problems);
    return values;
}
/** The entry point @github/local-action calls (it requires a `run` export); the same step as `main`. */



/***/ }),

/***/ 18322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S8: () => (/* binding */ parseBooleanInput),
/* harmony export */   UF: () => (/* binding */ parseListInput),
/* harmony export */   XT: () => (/* binding */ parseChoiceInput),
/* harmony export */   _p: () => (/* binding */ parseIntegerInput),
/* harmony export */   ou: () => (/* binding */ parseJsonInput)
/* harmony export */ });
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85736);

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
    throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([{ path: `input ${name}`, message: `expected true or false; got ${JSON.stringify(v)}` }]);
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
        throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([{ path: `input ${name}`, message: `expected a whole number${range ? ` ${range}` : ''}; got ${JSON.stringify(v)}` }]);
    }
    return n;
}
/** One of a fixed set of words; empty gives the default. */
function parseChoiceInput(name, value, choices, fallback) {
    const v = value.trim();
    if (v === '')
        return fallback;
    if (!choices.includes(v))
        throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([{ path: `input ${name}`, message: `expected one of ${choices.join(', ')}; got ${JSON.stringify(v)}` }]);
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
            throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([{ path: `input ${name}`, message: `expected a JSON array of strings or a comma-separated list; got invalid JSON ${JSON.stringify(v.slice(0, 60))}` }]);
        }
        if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string'))
            throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([{ path: `input ${name}`, message: 'expected a JSON array of strings' }]);
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
        throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([{ path: `input ${name}`, message: `expected JSON; ${e.message}` }]);
    }
}


/***/ }),

/***/ 52674:
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
    loading ??= __webpack_require__.e(/* import() */ 684).then(__webpack_require__.t.bind(__webpack_require__, 61684, 19)).then((real) => {
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

/***/ 18264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext)
/* harmony export */ });
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85736);

/**
 * Reads the run context from GITHUB_* variables. `repository` (owner/repo)
 * may come from an input to act on another repository.
 */
function readRunContext(env, repository) {
    const full = (repository || env.GITHUB_REPOSITORY || '').trim();
    const [owner, repo, extra] = full.split('/');
    if (!owner || !repo || extra !== undefined) {
        throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([{ path: repository ? 'input repository' : 'GITHUB_REPOSITORY', message: `expected owner/name; got ${JSON.stringify(full)}` }]);
    }
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
    const runId = env.GITHUB_RUN_ID || 'local';
    const runAttempt = Number(env.GITHUB_RUN_ATTEMPT || '1') || 1;
    return {
        owner,
        repo,
        sha: env.GITHUB_SHA || '',
        runId,
        runAttempt,
        serverUrl,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
        runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}/attempts/${runAttempt}`,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        actor: env.GITHUB_ACTOR || '',
    };
}


/***/ }),

/***/ 50454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ runMain)
/* harmony export */ });
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85736);

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
        if ((0,_stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .isConfigError */ .De)(e)) {
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


/***/ }),

/***/ 28283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ DURATION_PATTERN),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/**
 * Durations in plans are strings such as "500ms", "30s", "5m", "1h" or "1m30s",
 * so that a plan reads like a runbook; a bare number means seconds.
 */
const DURATION_PATTERN = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** Parses "5m" → 300000. Throws a plain Error naming the text when it is not a duration. */
function parseDuration(text) {
    if (typeof text === 'number') {
        if (!Number.isFinite(text) || text < 0)
            throw new Error(`expected a duration such as "30s" or "5m"; got ${text}`);
        return Math.round(text * 1000);
    }
    const t = text.trim();
    if (/^\d+(?:\.\d+)?$/.test(t))
        return Math.round(Number(t) * 1000);
    if (!DURATION_PATTERN.test(t))
        throw new Error(`expected a duration such as "30s" or "5m"; got ${JSON.stringify(text)}`);
    let total = 0;
    for (const m of t.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g))
        total += Number(m[1]) * (UNIT_MS[m[2]] ?? 0);
    return Math.round(total);
}
/** Formats milliseconds for people: 1500 → "1.5s", 300000 → "5m". */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    // Round the whole first, then split: 59.6 s of a minute must carry into it ("2m", never "1m60s").
    if (ms < 3_600_000 - 500) {
        const total = Math.round(ms / 1000);
        const m = Math.floor(total / 60);
        const s = total % 60;
        return s ? `${m}m${s}s` : `${m}m`;
    }
    const total = Math.round(ms / 60_000);
    const h = Math.floor(total / 60);
    const m = total % 60;
    return m ? `${h}h${m}m` : `${h}h`;
}


/***/ }),

/***/ 85736:
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

/***/ 16801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oe: () => (/* binding */ defaultHistoryFile),
/* harmony export */   R4: () => (/* binding */ formatHistoryLines),
/* harmony export */   dk: () => (/* binding */ mergeHistories),
/* harmony export */   hT: () => (/* binding */ parseHistoryLines),
/* harmony export */   js: () => (/* binding */ describeEventProblem),
/* harmony export */   wG: () => (/* binding */ readEventBase)
/* harmony export */ });
/* unused harmony export HISTORY_EVENT_KINDS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85736);

/**
 * The run history: one JSON object per line (JSONL). Every stagegate action
 * appends its events to its job's journal and uploads them as a per-job
 * artifact; record-history merges every journal of the run (and the previous
 * run's history) into the history artifact it uploads. A line is a fact that
 * happened; lines are never edited, only appended. The format is documented
 * for users in docs/history-format.md.
 */
/** What happened. */
const HISTORY_EVENT_KINDS = [
    'stage-started', 'stage-finished', 'deploy-started', 'deploy-finished',
    'gate-verdict', 'rollback-started', 'rollback-finished', 'notification', 'run-recorded',
];
/** The base of a step's events from the runner's environment (GITHUB_RUN_ID, GITHUB_JOB, …). */
function readEventBase(env) {
    return {
        run: { id: env.GITHUB_RUN_ID || 'local', attempt: Number(env.GITHUB_RUN_ATTEMPT || '1') || 1 },
        ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}),
        ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
        ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
    };
}
/** The default history file of a run: `${RUNNER_TEMP}/stagegate/history.jsonl` (STAGEGATE_HISTORY_FILE overrides). */
function defaultHistoryFile(env) {
    if (env.STAGEGATE_HISTORY_FILE)
        return env.STAGEGATE_HISTORY_FILE;
    const base = (env.RUNNER_TEMP || env.TMPDIR || '/tmp').replace(/\/$/, '');
    return `${base}/stagegate/history.jsonl`;
}
/** Serialises events as JSONL (one object per line, trailing newline), ready to append. */
function formatHistoryLines(events) {
    return events.map((e) => `${JSON.stringify(e)}\n`).join('');
}
/**
 * Parses JSONL history text. A broken line is a ConfigError naming the source
 * and line number, so a hand-edited file is fixed rather than silently shortened.
 */
function parseHistoryLines(text, source = 'history') {
    const events = [];
    const problems = [];
    text.split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === '')
            return;
        const path = `${source} line ${i + 1}`;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (e) {
            problems.push({ path, message: `expected a JSON object; ${e.message}` });
            return;
        }
        const problem = describeEventProblem(value);
        if (problem)
            problems.push({ path, message: problem });
        else
            events.push(value);
    });
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(problems);
    return events;
}
/** Why a value is not a history event, or undefined when it is one. */
function describeEventProblem(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return 'expected a JSON object';
    const e = value;
    if (typeof e.time !== 'string' || Number.isNaN(Date.parse(e.time)))
        return 'expected "time" as an ISO 8601 date';
    if (!e.run || typeof e.run.id !== 'string' || typeof e.run.attempt !== 'number')
        return 'expected "run" as { id: string, attempt: number }';
    if (!HISTORY_EVENT_KINDS.includes(e.kind))
        return `expected "kind" as one of ${HISTORY_EVENT_KINDS.join(', ')}; got ${JSON.stringify(e.kind)}`;
    for (const key of ['stage', 'target', 'version', 'verdict', 'detail', 'job', 'actor', 'sha']) {
        if (e[key] !== undefined && typeof e[key] !== 'string')
            return `expected "${key}" as a string`;
    }
    if (e.deploymentId !== undefined && !Number.isInteger(e.deploymentId))
        return 'expected "deploymentId" as an integer';
    return undefined;
}
/**
 * Merges histories (an earlier run's artifact and this run's file): every
 * event once, oldest first. Identity is the whole line, so a re-run attempt
 * that replays a step keeps both lines (their run attempts differ).
 */
function mergeHistories(...lists) {
    const seen = new Set();
    const out = [];
    for (const list of lists) {
        for (const e of list) {
            const key = JSON.stringify(e);
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push({ e, order: out.length });
        }
    }
    // Stable on equal times, so events written in one millisecond keep their order.
    return out.sort((a, b) => Date.parse(a.e.time) - Date.parse(b.e.time) || a.order - b.order).map((x) => x.e);
}


/***/ }),

/***/ 62185:
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

/***/ 17301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ environmentFor),
/* harmony export */   He: () => (/* binding */ gateChecks),
/* harmony export */   eN: () => (/* binding */ allTargets)
/* harmony export */ });
/* unused harmony exports findStage, stageOfTarget, rollbackCommand, planDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62185);



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
    return (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .fillPlaceholders */ .Ct)(template, { target, stage: st?.name ?? '', service: plan.service });
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


/***/ }),

/***/ 63170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ MAX_LOCK_HOLD_MS),
/* harmony export */   il: () => (/* binding */ decideLock),
/* harmony export */   rs: () => (/* binding */ environmentPrefixOf)
/* harmony export */ });
/* unused harmony exports lockEnvironmentsOf, lockHoldMs, isClaimLive, isClaimStale */

/** Longest hold on hosted runners: a job cannot run longer than 6 h. */
const MAX_LOCK_HOLD_MS = 6 * 3_600_000;
const LIVE = new Set(['queued', 'pending', 'in_progress']);
/**
 * The lock environments of a plan: `<prefix>lock/<service>`, where the prefix
 * is the static start of each environment template (`production/{target}` →
 * `production/lock/trading-api`). Stages that override the template may add
 * another; the list is sorted so two runs always take them in the same order.
 */
function lockEnvironmentsOf(plan) {
    const templates = [plan.environment, ...plan.stages.map((s) => s.environment ?? plan.environment)];
    return [...new Set(templates.map(environmentPrefixOf))].map((p) => `${p}lock/${plan.service}`).sort();
}
/** The static start of an environment template, up to its last `/` before a placeholder: `production/{target}` → `production/`. */
function environmentPrefixOf(template) {
    const fixed = template.split('{')[0];
    return fixed.slice(0, fixed.lastIndexOf('/') + 1);
}
/**
 * How long a rollout of this plan may hold the lock before a waiter may take
 * it over: every stage's deploys (one command timeout per wave of `parallel`
 * targets, and a blue-green stage's switch there and back) and gate (its timeout, else soak + 5 m), one rollback of every
 * target, the deploy windows' wait, and 10 minutes of slack, capped at a hosted job's 6 hours.
 */
function lockHoldMs(plan) {
    const deployMs = parseDuration(plan.deploy.timeout);
    const rollbackMs = parseDuration(plan.rollback?.timeout ?? plan.deploy.timeout);
    // A rollout may wait for a deploy window while it holds the lock: that wait is part of its hold.
    let total = 10 * 60_000 + parseDuration(plan.windows?.wait ?? 0);
    for (const stage of plan.stages) {
        const waves = Math.ceil(stage.targets.length / stage.parallel);
        const gate = stage.gate ? parseDuration(stage.gate.timeout ?? parseDuration(stage.gate.soak) / 1000 + 300) : 0;
        // Blue-green: a switch to the new colour, and one back on a rollback.
        const switchMs = stage.switch ? 2 * parseDuration(stage.switch.timeout) : 0;
        total += waves * (deployMs + rollbackMs + switchMs) + gate;
    }
    return Math.min(total, MAX_LOCK_HOLD_MS);
}
/** Whether a claim no longer holds anything: released, finished, or abandoned. */
function isClaimLive(claim, now) {
    if (claim.state !== undefined && !LIVE.has(claim.state))
        return false;
    return !isClaimStale(claim, now);
}
/** A claim still marked live whose run has ended or whose hold has run out. */
function isClaimStale(claim, now) {
    if (claim.state !== undefined && !LIVE.has(claim.state))
        return false;
    return claim.runFinished === true || now > claim.holdUntil;
}
/**
 * Decides whether our claim holds the lock: the oldest live claim of another
 * run made before ours blocks us; claims of our own run never do (the jobs of
 * one workflow run share the lock). Stale claims are listed to be marked and
 * taken over with a warning.
 */
function decideLock(claims, ours, now) {
    const others = claims.filter((c) => c.runId !== ours.runId && c.id !== ours.id);
    const stale = others.filter((c) => isClaimStale(c, now));
    const ahead = others.filter((c) => c.id < ours.id && isClaimLive(c, now)).sort((a, b) => a.id - b.id);
    const by = ahead[0];
    return by ? { kind: 'blocked', by, stale } : { kind: 'held', stale };
}


/***/ })

};

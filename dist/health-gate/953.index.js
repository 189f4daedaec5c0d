export const id = 953;
export const ids = [953,674];
export const modules = {

/***/ 17502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: run

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(40927);
// EXTERNAL MODULE: ../../packages/action-kit/src/run-main.ts
var run_main = __webpack_require__(50454);
// EXTERNAL MODULE: ../../packages/action-kit/src/run-context.ts
var run_context = __webpack_require__(18264);
// EXTERNAL MODULE: ../../packages/action-kit/src/inputs.ts
var inputs = __webpack_require__(18322);
// EXTERNAL MODULE: ../../packages/action-kit/src/journal.ts + 2 modules
var journal = __webpack_require__(12774);
// EXTERNAL MODULE: ../../packages/core/src/version.ts
var src_version = __webpack_require__(80427);
// EXTERNAL MODULE: ../../packages/core/src/plan-resolve.ts
var plan_resolve = __webpack_require__(17301);
;// CONCATENATED MODULE: ./src/gate-journal.ts
const RANK = { Successful: 0, Running: 1, Inconclusive: 2, Error: 3, Failed: 4 };
/**
 * The gate's history events: one `gate-verdict` per target (its worst check,
 * with the checks that were not Successful in the detail), so a merged history
 * says which target a failed gate blamed.
 */
function describeGateEvents(base, result, stage, version, time) {
    const byTarget = new Map();
    for (const c of result.checks)
        byTarget.set(c.target, [...(byTarget.get(c.target) ?? []), c]);
    return [...byTarget].map(([target, checks]) => {
        const worst = checks.reduce((a, b) => ((RANK[b.verdict] ?? 0) > (RANK[a.verdict] ?? 0) ? b : a));
        const bad = checks.filter((c) => c.verdict !== 'Successful');
        return {
            time, ...base, kind: 'gate-verdict',
            ...(stage ? { stage } : {}), target, ...(version ? { version } : {}),
            verdict: worst.verdict,
            detail: bad.length ? bad.map((c) => `${c.check}: ${c.reason}`).join('; ') : `${checks.length} check(s) Successful; gate ${result.verdict}: ${result.reason}`,
        };
    });
}

// EXTERNAL MODULE: ../../packages/action-kit/src/markdown.ts
var markdown = __webpack_require__(54490);
// EXTERNAL MODULE: ../../packages/core/src/duration.ts
var duration = __webpack_require__(28283);
// EXTERNAL MODULE: ../../packages/core/src/gate/gate-result.ts
var gate_result = __webpack_require__(7704);
;// CONCATENATED MODULE: ./src/gate-summary.ts


/** Points per chart line: more are averaged into buckets so the chart stays readable. */
const MAX_POINTS = 40;
const ICON = { Successful: '✅', Failed: '❌', Error: '⚠️', Inconclusive: '❔' };
/** The step summary: verdict, a table per target and check, and a chart per check. */
function renderGateSummary(result, title) {
    const cause = result.verdict === 'Successful' ? '' : ` — ${describeGateCause(result)}`;
    const parts = [`### ${ICON[result.verdict] ?? ''} ${title}: ${result.verdict}${escapeLine(cause)}`, '', escapeLine(result.reason), ''];
    parts.push((0,markdown/* markdownTable */.Qj)(['target', 'check', 'severity', 'samples', 'failures', 'errors', 'last value', 'verdict', 'reason'], result.checks.map((c) => [c.target, c.check, c.severity, c.samples, c.failures, c.errors, formatValue(c.lastValue), `${ICON[c.verdict] ?? ''} ${c.verdict}`, c.reason])));
    const withBaseline = result.checks.filter((c) => c.baseline);
    if (withBaseline.length) {
        parts.push('', '#### Baseline comparison (Mann-Whitney U)', '', (0,markdown/* markdownTable */.Qj)(['target', 'check', 'outcome', 'p-value', 'shift (HL)', 'mean ratio', 'P(worse)', 'samples'], withBaseline.map((c) => {
            const b = c.baseline;
            return [c.target, c.check, b.outcome, b.pValue.toPrecision(3), formatValue(b.effect.shift), b.effect.meanRatio === null ? 'n/a (baseline 0)' : b.effect.meanRatio.toFixed(2), b.effect.probabilityWorse.toFixed(2), `${b.canarySamples} / ${b.baselineSamples}`];
        })));
    }
    parts.push('', `${result.rounds} round${result.rounds === 1 ? '' : 's'} in ${(0,duration/* formatDuration */.a3)(result.endedAt - result.startedAt)}.`);
    for (const check of new Set(result.checks.map((c) => c.check)))
        parts.push('', renderChart(check, result.checks.filter((c) => c.check === check), result.samples, result.startedAt));
    return parts.join('\n') + '\n';
}
const MARK = { pass: '✅', fail: '❌', error: '⚠️' };
const gate_summary_RANK = { pass: 0, error: 1, fail: 2 };
/**
 * Pass/fail per round of one check, one row per target: a table rather than
 * a plotted line, so a gate that failed on its first round still shows that
 * round, and a legend and units can say what a cell means. More rounds than
 * {@link MAX_POINTS} are grouped; a group shows its worst sample.
 */
function renderChart(check, checks, samples, startedAt) {
    const mine = samples.filter((s) => s.check === check);
    const rounds = mine.reduce((m, s) => Math.max(m, s.round + 1), 0);
    if (!rounds)
        return '';
    const bucket = Math.ceil(rounds / MAX_POINTS);
    const points = Math.ceil(rounds / bucket);
    const headers = ['target'];
    for (let p = 0; p < points; p++) {
        const first = mine.find((s) => s.round >= p * bucket);
        headers.push(first ? `${((first.at - startedAt) / 1000).toFixed(1)}s` : `#${p * bucket + 1}`);
    }
    const rows = checks.map((c) => {
        const cells = [c.target];
        for (let p = 0; p < points; p++) {
            const inBucket = mine.filter((s) => s.target === c.target && s.round >= p * bucket && s.round < (p + 1) * bucket);
            const worst = inBucket.reduce((w, s) => (w === undefined || (gate_summary_RANK[s.status] ?? 0) > (gate_summary_RANK[w] ?? 0) ? s.status : w), undefined);
            cells.push(worst ? MARK[worst] ?? worst : '–');
        }
        return cells;
    });
    const unit = bucket > 1 ? `each column groups ${bucket} rounds and shows its worst sample` : 'one column per round';
    return [`**${check}: pass/fail per round** (${unit}; column headings: seconds since the gate started)`, '', 'Legend: ✅ pass · ❌ fail · ⚠️ error (no answer) · – no sample', '', (0,markdown/* markdownTable */.Qj)(headers, rows)].join('\n');
}
function formatValue(v) {
    if (v === null)
        return '–';
    return Number.isInteger(v) ? String(v) : Number(v.toPrecision(4)).toString();
}
function escapeLine(text) {
    return text.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}
/** Why a gate did not pass, cause first: each failed check's observation, or the gate's reason. */
function describeGateCause(result) {
    return result.failedChecks.map(gate_result/* describeCheckCause */.F).join('; ') || result.reason;
}

// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
// EXTERNAL MODULE: ../../packages/github/src/payload.ts
var payload = __webpack_require__(48237);
;// CONCATENATED MODULE: ./src/mark-blamed.ts


/**
 * The targets a gate blames: those with a Failed check. Inconclusive blames
 * no one (nothing was proven), and a check that ended in Error blames the
 * probe, not the version.
 */
function findBlamedTargets(verdict, checks) {
    if (verdict === 'Inconclusive' || verdict === 'Successful')
        return [];
    const byTarget = new Map();
    for (const c of checks)
        if (c.verdict === 'Failed')
            byTarget.set(c.target, [...(byTarget.get(c.target) ?? []), c]);
    return [...byTarget].map(([target, failed]) => ({ target, checks: failed }));
}
/** The status description: which check failed and what it saw, cut to GitHub's 140 characters. */
function describeBlame(blame, stage) {
    const parts = blame.checks.map((c) => `${c.check}: ${c.reason}${c.lastValue === null ? '' : ` (last value ${c.lastValue})`}`);
    return (0,payload/* cutDescription */.zs)(`health gate${stage ? ` ${stage}` : ''} failed on ${blame.target}: ${parts.join('; ')}`);
}
/**
 * Parses run-stage's `deployment-ids` output (`{"lhr": 123, …}`); empty gives
 * an empty map. A malformed value is the workflow's mistake: a ConfigError
 * naming the input.
 */
function parseDeploymentIds(text, inputName = 'deployment-ids') {
    if (!text.trim())
        return new Map();
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        value = undefined;
    }
    const ok = !!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => Number.isSafeInteger(v) && v > 0);
    if (!ok)
        throw new errors/* ConfigError */.xL([{ path: `input ${inputName}`, message: `expected run-stage's deployment-ids output, a JSON object of target to deployment id such as {"lhr": 123}; got ${JSON.stringify(text.slice(0, 80))}` }]);
    return new Map(Object.entries(value));
}
/**
 * Marks `failure` on each blamed target's deployment of this version: the id
 * run-stage gave, else the newest deployment of this service and version in
 * the target's environment (one page, newest 100). Targets are marked in
 * parallel; a failure on one never stops the others, and the whole is bounded
 * by `timeoutMs` with a timer of our own.
 */
async function markBlamedDeployments(options) {
    const result = { marked: [], unmarked: [] };
    const pending = new Set(options.blamed.map((b) => b.target));
    const work = Promise.all(options.blamed.map(async (blame) => {
        try {
            const id = options.deploymentIds.get(blame.target) ?? (await findDeploymentOfVersion(options, blame.target));
            if (id === undefined) {
                result.unmarked.push({ target: blame.target, reason: options.version ? `no deployment of ${options.version} found in ${options.environmentOf(blame.target)}` : 'no deployment-ids and no version to find its deployment by' });
                return;
            }
            const description = describeBlame(blame, options.stage);
            await options.store.setStatus(id, 'failure', { description, logUrl: options.logUrl, autoInactive: false });
            result.marked.push({ target: blame.target, deploymentId: id, description });
        }
        catch (e) {
            result.unmarked.push({ target: blame.target, reason: e.message });
        }
        finally {
            pending.delete(blame.target);
        }
    }));
    let timer;
    const deadline = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), options.timeoutMs ?? 30_000); });
    const ended = await Promise.race([work.then(() => 'done'), deadline]);
    clearTimeout(timer);
    if (ended === 'timeout')
        for (const target of pending)
            result.unmarked.push({ target, reason: `GitHub did not answer within ${Math.round((options.timeoutMs ?? 30_000) / 1000)}s` });
    return { marked: [...result.marked], unmarked: [...result.unmarked] };
}
/** The newest deployment of this service and version in the target's environment (first page only: a bound). */
async function findDeploymentOfVersion(options, target) {
    if (!options.version)
        return undefined;
    const rows = await options.store.listPage({ environment: options.environmentOf(target) }, 1, 100);
    const hit = rows.find((d) => d.payload && d.task === 'deploy' && d.payload.version === options.version && d.payload.target === target
        && (options.service === undefined || d.payload.service === options.service));
    return hit?.id;
}

;// CONCATENATED MODULE: ./src/main.ts








/** The I/O shell of health-gate: inputs → runGate → outputs, samples file and summary. */
async function main() {
    // A cancelled job sends SIGINT/SIGTERM: end the gate (in Error) and still report.
    const cancel = new AbortController();
    const onSignal = () => cancel.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        await (0,run_main/* runMain */.V)(() => run(cancel.signal), core);
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
async function run(signal) {
    const ctx = (0,run_context/* readRunContext */.$)(process.env);
    // Loaded once the run context is known to be usable: the plan parser and the probes are most of the start-up.
    const [{ loadPlanInput }, { runGate }, { parseChecksInput, parseFailOn }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(678), __webpack_require__.e(71)]).then(__webpack_require__.bind(__webpack_require__, 22071)), __webpack_require__.e(/* import() */ 613).then(__webpack_require__.bind(__webpack_require__, 30613)), Promise.all(/* import() */[__webpack_require__.e(678), __webpack_require__.e(945)]).then(__webpack_require__.bind(__webpack_require__, 53945))]);
    const planInput = core.getInput('plan');
    const checksInput = core.getInput('checks');
    const checks = checksInput.trim() ? parseChecksInput(checksInput) : undefined;
    // Inline checks alone need no plan; otherwise the plan (default .github/rollout.yml) is read.
    const plan = planInput.trim() || !checks ? loadPlanInput(planInput, ctx.workspace) : undefined;
    const stage = core.getInput('stage').trim() || undefined;
    const failOn = parseFailOn(core.getInput('fail-on'));
    // Checked before any placeholder is filled: a check may be `sh -c "… {version}"`.
    const versionInput = core.getInput('version').trim();
    const version = versionInput ? (0,src_version/* assertSafeVersion */.y)(versionInput, plan?.['version-pattern'], 'version') : undefined;
    const token = core.getInput('token');
    if (token)
        core.setSecret(token);
    const deploymentIds = parseDeploymentIds(core.getInput('deployment-ids'));
    const concurrency = core.getInput('concurrency');
    const consecutive = core.getInput('consecutive-success');
    const result = await runGate({
        plan, stage, checks, signal, cwd: ctx.workspace,
        version,
        targets: (0,inputs/* parseListInput */.UF)('targets', core.getInput('targets')),
        soak: core.getInput('soak').trim() || undefined,
        interval: core.getInput('interval').trim() || undefined,
        timeout: core.getInput('timeout').trim() || undefined,
        concurrency: concurrency ? (0,inputs/* parseIntegerInput */._p)('concurrency', concurrency, 20, { min: 1, max: 1000 }) : undefined,
        consecutiveSuccess: consecutive ? (0,inputs/* parseIntegerInput */._p)('consecutive-success', consecutive, 1, { min: 1 }) : undefined,
        progress: core.info,
    });
    const samplesFile = resolveSamplesFile(core.getInput('samples-file'), stage ?? 'inline');
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(samplesFile), { recursive: true });
    (0,external_node_fs_.writeFileSync)(samplesFile, JSON.stringify({ verdict: result.verdict, reason: result.reason, stage, settings: result.settings, startedAt: new Date(result.startedAt).toISOString(), endedAt: new Date(result.endedAt).toISOString(), checks: result.checks, samples: result.samples }, null, 2));
    const brief = (c) => ({ target: c.target, check: c.check, verdict: c.verdict, reason: c.reason, samples: c.samples, failures: c.failures, errors: c.errors, lastValue: c.lastValue });
    core.setOutput('verdict', result.verdict);
    core.setOutput('failed-checks', JSON.stringify(result.failedChecks.map(brief)));
    core.setOutput('samples-file', samplesFile);
    core.setOutput('result', JSON.stringify({ verdict: result.verdict, reason: result.reason, rounds: result.rounds, durationMs: result.endedAt - result.startedAt, checks: result.checks.map(brief) }));
    await core.summary.addRaw(renderGateSummary(result, `Health gate${stage ? ` for stage ${stage}` : ''}`), true).write();
    core.info(`verdict: ${result.verdict}: ${result.reason}`);
    await recordBlame(result, { plan, stage, token, deploymentIds, ctx, version });
    // After the blame is marked (production records first): the verdicts and the samples file, for record-history; a failed upload is only a warning.
    await (0,journal/* writeJournal */.fY)(process.env, core.getInput('journal-prefix'), (base, time) => describeGateEvents(base, result, stage, version ?? '', time), [samplesFile], core);
    // The cause first: which target, which check, what it observed (status and body).
    if (failOn.has(result.verdict))
        core.setFailed(`${describeGateCause(result)} — health gate ${result.verdict}${stage ? ` on stage ${stage}` : ''}`);
}
/**
 * Marks the blamed targets' deployments `failure` (after the outputs are
 * written, so a slow GitHub loses nothing); a problem is a warning naming the
 * target, never a failed step of its own.
 */
async function recordBlame(result, o) {
    const blamed = findBlamedTargets(result.verdict, result.checks);
    core.setOutput('marked-deployments', '[]');
    if (blamed.length === 0)
        return;
    const targets = blamed.map((b) => b.target).join(', ');
    if (!o.token) {
        core.warning(`health gate blamed ${targets}, but no token was given: their deployments were not marked failure (set input token, default \${{ github.token }}, with deployments: write)`);
        return;
    }
    const { createGitHubClient, DeploymentStore } = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(403)]).then(__webpack_require__.bind(__webpack_require__, 50403));
    const store = new DeploymentStore(createGitHubClient({ token: o.token, baseUrl: o.ctx.apiUrl, retries: 2, onWait: core.info }), { owner: o.ctx.owner, repo: o.ctx.repo });
    const { marked, unmarked } = await markBlamedDeployments({
        store, blamed, deploymentIds: o.deploymentIds, service: o.plan?.service, version: o.version, stage: o.stage, logUrl: o.ctx.runUrl,
        environmentOf: (t) => (o.plan ? (0,plan_resolve/* environmentFor */.DD)(o.plan, t) : `production/${t}`),
    });
    for (const m of marked)
        core.info(`marked deployment ${m.deploymentId} of ${m.target} failure: ${m.description}`);
    for (const u of unmarked)
        core.warning(`could not mark ${u.target}'s deployment failure: ${u.reason}`);
    core.setOutput('marked-deployments', JSON.stringify(marked));
}
/** Where the samples go: the input (relative to the workspace) or RUNNER_TEMP. */
function resolveSamplesFile(value, stage) {
    const v = value.trim();
    if (v)
        return (0,external_node_path_.isAbsolute)(v) ? v : (0,external_node_path_.resolve)((0,run_context/* readRunContext */.$)(process.env).workspace, v);
    return (0,external_node_path_.join)(process.env.RUNNER_TEMP || process.cwd(), `stagegate-gate-${stage.replace(/[^A-Za-z0-9._-]/g, '_')}-samples.json`);
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

/***/ 12774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ DEFAULT_JOURNAL_PREFIX),
  RD: () => (/* binding */ JOURNAL_FILE),
  CQ: () => (/* binding */ Journal),
  _0: () => (/* binding */ openJournal),
  bR: () => (/* binding */ uploadWithActionsArtifact),
  fY: () => (/* binding */ writeJournal)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ../../packages/core/src/history/history-event.ts

/**
 * The run history: one JSON object per line (JSONL). Every stagegate action
 * appends its events to its job's journal and uploads them as a per-job
 * artifact; record-history merges every journal of the run (and the previous
 * run's history) into the history artifact it uploads. A line is a fact that
 * happened; lines are never edited, only appended. The format is documented
 * for users in docs/history-format.md.
 */
/** What happened. */
const HISTORY_EVENT_KINDS = (/* unused pure expression or super */ null && ([
    'stage-started', 'stage-finished', 'deploy-started', 'deploy-finished',
    'gate-verdict', 'rollback-started', 'rollback-finished', 'notification', 'run-recorded',
]));
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
        throw new ConfigError(problems);
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

;// CONCATENATED MODULE: ../../packages/core/src/history/journal-events.ts
/** One history event per target of a deploy or rollback: the verdict is the target's state, the detail its reason. */
function describeTargetEvents(base, kind, stage, targets, time) {
    return targets.map((t) => ({
        time, ...base, kind,
        ...(stage ? { stage } : {}),
        target: t.target,
        ...(t.toVersion ? { version: t.toVersion } : {}),
        verdict: t.state,
        detail: t.reason,
        ...(t.deploymentId !== undefined ? { deploymentId: t.deploymentId } : {}),
    }));
}
/** The journal artifact name of one job of one run attempt: `<prefix>-<run>-<attempt>-<job>` (the job id made name-safe). */
function journalArtifactName(prefix, base) {
    const job = (base.job || 'job').replace(/[^A-Za-z0-9._-]/g, '_');
    return `${prefix}-${base.run.id}-${base.run.attempt}-${job}`;
}
/**
 * Whether an artifact name is a journal of run `runId` written by attempt
 * `attempt` or an earlier one (a re-run keeps the jobs that passed before).
 * A second step of the same job, or a matrix sibling, adds `-2`, `-3`, … to the name.
 */
function isJournalOf(name, prefix, runId, attempt) {
    if (!name.startsWith(`${prefix}-${runId}-`))
        return false;
    const m = /^(\d+)-./.exec(name.slice(prefix.length + runId.length + 2));
    return m !== null && Number(m[1]) <= attempt;
}

// EXTERNAL MODULE: ../../packages/action-kit/src/with-timeout.ts
var with_timeout = __webpack_require__(59761);
;// CONCATENATED MODULE: ../../packages/action-kit/src/journal.ts




/** The default prefix of journal artifacts (the `journal-prefix` input of every action). */
const DEFAULT_JOURNAL_PREFIX = 'stagegate-journal';
/** The file inside a journal artifact that holds the step's events. */
const JOURNAL_FILE = 'journal.jsonl';
/** How long an upload may take before the step gives up on it (a warning, never a failed deploy). */
const UPLOAD_TIMEOUT_MS = 60_000;
/** Names tried after the first one is taken (a second step in the job, a matrix sibling). */
const MAX_NAME_TRIES = 12;
/**
 * One step's journal: the events it records are appended to the job's history
 * file (RUNNER_TEMP is per job) and uploaded, with the step's own files (gate
 * samples, notification audit trail), as a small immutable artifact
 * `<prefix>-<run>-<attempt>-<job>` that record-history merges.
 */
class Journal {
    base;
    historyFile;
    stagingDir;
    prefix;
    hasArtifacts;
    prefixProblem;
    events = [];
    /**
     * @param prefixProblem why the `journal-prefix` input was not used, if it was not:
     * the journal is written at a step's end, where a bad input must not undo a deploy.
     */
    constructor(base, historyFile, stagingDir, prefix, hasArtifacts, prefixProblem) {
        this.base = base;
        this.historyFile = historyFile;
        this.stagingDir = stagingDir;
        this.prefix = prefix;
        this.hasArtifacts = hasArtifacts;
        this.prefixProblem = prefixProblem;
    }
    /** Adds events (time now unless given). */
    record(...events) {
        const now = new Date().toISOString();
        for (const e of events)
            this.events.push({ time: e.time ?? now, ...this.base, ...e });
    }
    /** Adds events already carrying the base (from describeTargetEvents). */
    recordFull(events) {
        this.events.push(...events);
    }
    /**
     * Appends the events to the job's history file and uploads them with `files`.
     * Never throws: recording must not fail a deploy or stop a rollback; a failed
     * upload is a warning naming what was not uploaded.
     */
    async finish(files, log, upload = uploadWithActionsArtifact) {
        if (this.prefixProblem)
            log.warning(this.prefixProblem);
        try {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(this.historyFile), { recursive: true });
            (0,external_node_fs_.appendFileSync)(this.historyFile, formatHistoryLines(this.events));
        }
        catch (e) {
            log.warning(`journal: could not append ${this.events.length} event(s) to ${this.historyFile}: ${e.message}`);
        }
        if (!this.hasArtifacts) {
            const skipped = 'no ACTIONS_RUNTIME_TOKEN (not on a GitHub runner): the journal stays in the job\'s history file only';
            log.info(`journal not uploaded: ${skipped}`);
            return { skipped };
        }
        let staged;
        try {
            (0,external_node_fs_.mkdirSync)(this.stagingDir, { recursive: true });
            const journal = (0,external_node_path_.join)(this.stagingDir, JOURNAL_FILE);
            (0,external_node_fs_.writeFileSync)(journal, formatHistoryLines(this.events));
            staged = [journal, ...files.filter((f) => (0,external_node_fs_.existsSync)(f)).map((f) => {
                    const copy = (0,external_node_path_.join)(this.stagingDir, (0,external_node_path_.basename)(f));
                    (0,external_node_fs_.copyFileSync)(f, copy);
                    return copy;
                })];
        }
        catch (e) {
            return warn(log, `journal not uploaded: staging in ${this.stagingDir} failed: ${e.message}`);
        }
        const first = journalArtifactName(this.prefix, this.base);
        for (let i = 1; i <= MAX_NAME_TRIES; i++) {
            const name = i === 1 ? first : `${first}-${i}`;
            try {
                await (0,with_timeout/* withTimeout */.w)(upload(name, staged, this.stagingDir), UPLOAD_TIMEOUT_MS, `upload of ${name} took over ${UPLOAD_TIMEOUT_MS / 1000}s`);
                log.info(`journal: uploaded ${name} (${this.events.length} event(s), ${staged.map((f) => (0,external_node_path_.basename)(f)).join(', ')})`);
                return { artifactName: name };
            }
            catch (e) {
                const message = e.message;
                if (/already exists/i.test(message) && i < MAX_NAME_TRIES)
                    continue;
                return warn(log, `journal not uploaded: artifact ${name} failed: ${message.split('\n')[0]}; the deploy is not affected, the events stay in ${this.historyFile}`);
            }
        }
        return warn(log, `journal not uploaded: ${first} and ${MAX_NAME_TRIES - 1} numbered names are all taken`);
    }
}
function warn(log, message) {
    log.warning(message);
    return { skipped: message };
}
/** Uploads through the Actions results service (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL). */
// @actions/artifact (and the Azure SDK it brings) is loaded only when a step uploads, as record-history does.
const uploadWithActionsArtifact = async (name, files, rootDir) => {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 62584));
    return (await new DefaultArtifactClient().uploadArtifact(name, files, rootDir)).id;
};
/**
 * Opens the journal of the running step from the runner's environment. `prefix`
 * is the action's `journal-prefix` input (letters, digits, `.`, `_`, `-`).
 */
function openJournal(env, prefix) {
    const base = readEventBase(env);
    const wanted = prefix.trim() || DEFAULT_JOURNAL_PREFIX;
    const ok = /^[A-Za-z0-9._-]+$/.test(wanted);
    const problem = ok ? undefined : `input journal-prefix: expected letters, digits, . _ -; got ${JSON.stringify(wanted)}; the journal is uploaded as ${DEFAULT_JOURNAL_PREFIX}-…`;
    const temp = env.RUNNER_TEMP || env.TMPDIR || '/tmp';
    const step = (env.GITHUB_ACTION || String(process.pid)).replace(/[^A-Za-z0-9._-]/g, '_');
    return new Journal(base, defaultHistoryFile(env), (0,external_node_path_.join)(temp, 'stagegate', `journal-${base.run.id}-${base.run.attempt}-${step}-${process.pid}`), ok ? wanted : DEFAULT_JOURNAL_PREFIX, Boolean(env.ACTIONS_RUNTIME_TOKEN), problem);
}
/**
 * The end of a step, in one call: opens the step's journal, records the events
 * `build` makes from the shared base, and appends and uploads them with `files`.
 * Never throws (see {@link Journal.finish}).
 */
async function writeJournal(env, prefix, build, files, log) {
    const journal = openJournal(env, prefix);
    try {
        journal.recordFull(build(journal.base, new Date().toISOString()));
    }
    catch (e) {
        log.warning(`journal: could not describe this step's events: ${e.message}`);
    }
    return journal.finish(files, log);
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

/***/ 54490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/**
 * Markdown for step summaries. Cells are escaped so user text (versions,
 * reasons, command output) cannot break the table or inject markup.
 */
/** Escapes a table cell: pipes, newlines, HTML. */
function escapeCell(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** A GitHub-flavoured markdown table. Cells marked raw (`{ md: '...' }`) are not escaped (links we build). */
function markdownTable(headers, rows) {
    const cell = (c) => (typeof c === 'object' ? c.md : escapeCell(String(c)));
    const head = `| ${headers.map(escapeCell).join(' | ')} |`;
    const rule = `| ${headers.map(() => '---').join(' | ')} |`;
    return [head, rule, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}
/** A markdown link whose text is escaped and whose URL must be http(s). */
function markdownLink(text, url) {
    if (!/^https?:\/\//.test(url))
        return { md: escapeCell(text) };
    return { md: `[${escapeCell(text).replace(/[[\]]/g, '\\$&')}](${url.replace(/[()\s]/g, encodeURIComponent)})` };
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

/***/ 59761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ withTimeout)
/* harmony export */ });
/**
 * Rejects with `message` when `work` takes longer than `ms`. The timer is our
 * own (AbortSignal.timeout inside AbortSignal.any never fires after GC on
 * Node 20) and is cleared when the work settles first; the work itself is
 * left to end on its own. One helper for every bounded wait on a neighbour
 * that has no deadline of its own: an upload, a store read, a lookup.
 */
function withTimeout(work, ms, message) {
    let timer;
    const late = new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(message)), ms)));
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
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

/***/ 53220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uw: () => (/* binding */ recordSample),
/* harmony export */   Xf: () => (/* binding */ createTally),
/* harmony export */   wg: () => (/* binding */ hasEnoughSuccesses)
/* harmony export */ });
/** A fresh tally for one check on one target. */
function createTally(target, check, rules) {
    return { target, check, rules, samples: 0, successes: 0, failures: 0, errors: 0, consecutiveErrors: 0, consecutiveSuccesses: 0, lastValue: undefined, lastMessage: '', verdict: 'Running', reason: 'no samples yet' };
}
/**
 * Adds one sample and applies the verdict rules. Once a tally has a final
 * verdict, later samples (from probes already in flight) are counted but do
 * not change it: a gate never un-fails.
 */
function recordSample(tally, sample) {
    const t = { ...tally, samples: tally.samples + 1, lastMessage: sample.message };
    if (sample.value !== undefined)
        t.lastValue = sample.value;
    if (sample.status === 'pass') {
        t.successes++;
        t.consecutiveSuccesses++;
        t.consecutiveErrors = 0;
    }
    else if (sample.status === 'fail') {
        t.failures++;
        t.consecutiveSuccesses = 0;
        t.consecutiveErrors = 0;
    }
    else {
        t.errors++;
        t.consecutiveErrors++;
        t.consecutiveSuccesses = 0;
    }
    if (tally.verdict !== 'Running')
        return t;
    const { severity, failureLimit, consecutiveErrorLimit } = t.rules;
    // A critical check tolerates no failure: that is what P0 means.
    const limit = severity === 'critical' ? 1 : failureLimit;
    if (t.failures >= limit) {
        t.verdict = 'Failed';
        t.reason = severity === 'critical' ? `critical check failed: ${sample.message}` : `${t.failures} failures reached the failure-limit ${limit}: ${sample.message}`;
    }
    else if (t.consecutiveErrors >= consecutiveErrorLimit) {
        t.verdict = 'Error';
        t.reason = `${t.consecutiveErrors} errors in a row reached the consecutive-error-limit ${consecutiveErrorLimit}: ${sample.message}`;
    }
    else {
        t.reason = describeRunning(t);
    }
    return t;
}
/** True when the tally has the passes in a row that the gate asks for. */
function hasEnoughSuccesses(tally, consecutiveSuccess) {
    return tally.consecutiveSuccesses >= Math.max(1, consecutiveSuccess);
}
function describeRunning(t) {
    const parts = [`${t.successes}/${t.samples} passed`];
    if (t.failures)
        parts.push(`${t.failures} failed`);
    if (t.errors)
        parts.push(`${t.errors} errors`);
    return parts.join(', ');
}


/***/ }),

/***/ 7704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ describeCheckCause),
/* harmony export */   w: () => (/* binding */ summarizeTallies)
/* harmony export */ });
/* harmony import */ var _check_tally_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53220);

/**
 * Turns the tallies into reported results (`baselines` by tally index). A check still Running when the
 * gate ended (another check decided it) is Successful if it had its passes,
 * else Inconclusive: it never had the chance to prove itself.
 */
function summarizeTallies(tallies, consecutiveSuccess, baselines) {
    return tallies.map((t, i) => {
        const base = baselines.get(i);
        let verdict;
        let reason = t.reason;
        if (t.verdict !== 'Running')
            verdict = t.verdict;
        else if ((0,_check_tally_js__WEBPACK_IMPORTED_MODULE_0__/* .hasEnoughSuccesses */ .wg)(t, consecutiveSuccess) && base?.outcome !== 'insufficient')
            verdict = 'Successful';
        else {
            verdict = 'Inconclusive';
            reason = base?.outcome === 'insufficient' ? base.reason : `${t.consecutiveSuccesses} passes in a row, needs ${Math.max(1, consecutiveSuccess)} (${t.reason})`;
        }
        return {
            target: t.target,
            check: t.check,
            severity: t.rules.severity,
            samples: t.samples,
            failures: t.failures,
            errors: t.errors,
            lastValue: t.lastValue ?? null,
            verdict,
            reason,
            ...(t.lastMessage ? { observed: t.lastMessage } : {}),
            ...(base ? { baseline: base } : {}),
        };
    });
}
/**
 * A failed check's cause as a person reads it first: where, which check, what
 * was observed: `ewr: health 503 (expected 200) — body {"status":"degraded"}`.
 * A warning check adds the limit it reached; without an observation, the reason.
 */
function describeCheckCause(c) {
    if (!c.observed || c.baseline?.outcome === 'worse' || c.verdict === 'Inconclusive')
        return `${c.target}: ${c.check} ${c.reason}`;
    if (c.verdict === 'Error')
        return `${c.target}: ${c.check} could not be measured: ${c.observed} (${c.errors} errors)`;
    if (c.severity === 'critical' || c.verdict !== 'Failed')
        return `${c.target}: ${c.check} ${c.observed}`;
    return `${c.target}: ${c.check} ${c.observed} (${c.failures} failures reached its failure-limit)`;
}


/***/ }),

/***/ 62185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ fillPlaceholders),
/* harmony export */   GA: () => (/* binding */ PLACEHOLDERS_ALLOWED),
/* harmony export */   GY: () => (/* binding */ findPlaceholders),
/* harmony export */   KL: () => (/* binding */ fillDeep)
/* harmony export */ });
/* unused harmony exports PLACEHOLDERS, fillArgv */
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
/* harmony export */   U9: () => (/* binding */ findStage)
/* harmony export */ });
/* unused harmony exports stageOfTarget, allTargets, rollbackCommand, planDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85736);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62185);



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


/***/ }),

/***/ 80427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ DEFAULT_VERSION_PATTERN),
/* harmony export */   y: () => (/* binding */ assertSafeVersion)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85736);

/**
 * The default safe pattern for a version string. A version is passed to deploy
 * commands as an argv element, filled into URLs, paths and check commands, and
 * recorded in GitHub; anything that could be read as shell syntax, a flag, an
 * absolute path or a step up a directory tree (`..` as a path segment) is
 * refused before any placeholder is filled. `1.2..3` stays allowed: only a
 * whole `..` segment climbs out of a directory.
 */
const DEFAULT_VERSION_PATTERN = '^(?![/-])(?!(?:.*/)?\\.\\.(?:/|$))[A-Za-z0-9._/+-]{1,128}$';
/**
 * Throws a ConfigError naming `input <inputName>` when `version` does not
 * match the pattern (or starts with `-`, whatever the pattern: an argv element
 * starting with `-` is read as a flag). The version text is shown JSON-quoted
 * and cut, never interpreted.
 */
function assertSafeVersion(version, pattern = DEFAULT_VERSION_PATTERN, inputName = 'version') {
    const re = new RegExp(pattern);
    if (!re.test(version) || version.startsWith('-')) {
        const shown = version.length > 40 ? `${JSON.stringify(version.slice(0, 40))}… (${version.length} characters)` : JSON.stringify(version);
        const rule = pattern === DEFAULT_VERSION_PATTERN ? ' (1 to 128 letters, digits and . _ / + -, not starting with - or /, no .. path segment)' : ' (and not starting with -)';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([{ path: `input ${inputName}`, message: `expected a version matching ${pattern}${rule}; got ${shown}` }]);
    }
    return version;
}


/***/ }),

/***/ 48237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rD: () => (/* binding */ readPayload),
/* harmony export */   zs: () => (/* binding */ cutDescription)
/* harmony export */ });
/* unused harmony exports DEPLOYMENT_STATES, parsePayloadObject */
/** Deployment status states GitHub accepts. */
const DEPLOYMENT_STATES = (/* unused pure expression or super */ null && (['queued', 'pending', 'in_progress', 'success', 'failure', 'error', 'inactive']));
/**
 * A deployment's payload as an object: GitHub returns the object a deployment
 * was created with, or the string when it was created with a JSON string.
 * Undefined for anything that is not an object (or not JSON). Each kind of
 * record (deploy, lock claim, freeze) checks its own fields on the result.
 */
function parsePayloadObject(raw) {
    let v = raw;
    if (typeof v === 'string') {
        try {
            v = JSON.parse(v);
        }
        catch {
            return undefined;
        }
    }
    return v && typeof v === 'object' ? v : undefined;
}
/** Reads our payload from a deployment; undefined for deployments of other tools. */
function readPayload(raw) {
    const p = parsePayloadObject(raw);
    if (!p || p.tool !== 'stagegate' || typeof p.version !== 'string' || typeof p.target !== 'string')
        return undefined;
    return p;
}
/** GitHub limits a status description to 140 characters: cut with an ellipsis. */
function cutDescription(text, max = 140) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}


/***/ })

};

export const id = 733;
export const ids = [733,674];
export const modules = {

/***/ 36818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: run

// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(40927);
// EXTERNAL MODULE: ../../packages/action-kit/src/run-main.ts
var run_main = __webpack_require__(50454);
// EXTERNAL MODULE: ../../packages/action-kit/src/run-context.ts
var run_context = __webpack_require__(18264);
// EXTERNAL MODULE: ../../packages/action-kit/src/markdown.ts
var markdown = __webpack_require__(54490);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
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



/** The I/O shell of the freeze action: inputs → applyFreeze → outputs and summary. */
async function main() {
    await (0,run_main/* runMain */.V)(run, core);
}
async function run() {
    const token = core.getInput('token');
    if (token)
        core.setSecret(token);
    const mode = core.getInput('mode', { required: true }).trim();
    if (mode !== 'freeze' && mode !== 'thaw')
        throw new errors/* ConfigError */.xL([{ path: 'input mode', message: `expected freeze or thaw; got ${JSON.stringify(mode)}` }]);
    const frozen = mode === 'freeze';
    const reason = core.getInput('reason').trim();
    if (frozen && !reason)
        throw new errors/* ConfigError */.xL([{ path: 'input reason', message: 'expected a reason to freeze: it leads every stopped rollout\'s P0 message (e.g. "incident 42: payments down")' }]);
    if (!token)
        throw new errors/* ConfigError */.xL([{ path: 'input token', message: 'expected a token with deployments: write (default ${{ github.token }})' }]);
    const ctx = (0,run_context/* readRunContext */.$)(process.env, core.getInput('repository').trim() || undefined);
    // Loaded once the inputs are known good: a step that fails on its inputs starts without octokit.
    const [{ applyFreeze, createGitHubClient, DeploymentStore }, { loadPlanInput }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(15)]).then(__webpack_require__.bind(__webpack_require__, 99015)), Promise.all(/* import() */[__webpack_require__.e(678), __webpack_require__.e(973)]).then(__webpack_require__.bind(__webpack_require__, 15973))]);
    const environments = environmentsFrom(core.getInput('environment').trim(), core.getInput('plan'), ctx.workspace, loadPlanInput);
    const store = new DeploymentStore(createGitHubClient({ token, baseUrl: ctx.apiUrl, onWait: core.info }), { owner: ctx.owner, repo: ctx.repo });
    const actor = ctx.actor || 'a workflow';
    const changes = await applyFreeze(store, { environments, frozen, reason, actor, ref: ctx.sha, logUrl: ctx.runUrl || undefined });
    const lines = changes.map((c) => describeFreezeChange(c, { frozen, actor, reason }));
    for (const line of lines)
        core.info(line);
    core.setOutput('state', frozen ? 'frozen' : 'thawed');
    core.setOutput('environments', JSON.stringify(environments));
    core.setOutput('deployment-ids', JSON.stringify(Object.fromEntries(changes.filter((c) => c.deploymentId !== undefined).map((c) => [c.environment, c.deploymentId]))));
    const next = frozen
        ? 'Every rollout of these environments stops before its next stage (result frozen, a P0 hard stop); what is deployed stays; rollbacks still run. Lift it with this action and mode: thaw.'
        : 'Rollouts may start stages again: re-run a stopped one with start-at set to the stage it stopped before.';
    await core.summary.addRaw(`### ${frozen ? '🧊 Frozen' : '✅ Thawed'}: ${lines.join('; ')}\n\n${next}\n\n${renderChanges(changes)}`, true).write();
}
/** Each environment before and after, so a reviewer sees whose freeze was replaced or lifted. */
function renderChanges(changes) {
    const state = (s) => (s ? `${s.frozen ? 'frozen' : 'thawed'} by ${s.actor} at ${s.at}${s.reason ? `: ${s.reason}` : ''}` : 'never frozen');
    return (0,markdown/* markdownTable */.Qj)(['environment', 'before', 'record written'], changes.map((c) => [c.environment, state(c.before), c.deploymentId === undefined ? 'none' : `deployment ${c.deploymentId}`]));
}
/** The environment input, else every freeze environment of the plan (production/{target} → production/freeze). */
function environmentsFrom(environment, planInput, workspace, loadPlanInput) {
    if (environment) {
        if (!/^[^{}\s][^{}]*freeze$/.test(environment))
            throw new errors/* ConfigError */.xL([{ path: 'input environment', message: `expected a freeze environment ending in "freeze" such as production/freeze; got ${JSON.stringify(environment)}` }]);
        return [environment];
    }
    return freezeEnvironmentsOf(loadPlanInput(planInput, workspace));
}
/** The entry point @github/local-action calls (it requires a `run` export); the same step as `main`. */



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

export const id = 947;
export const ids = [947];
export const modules = {

/***/ 4490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   iQ: () => (/* binding */ markdownLink)
/* harmony export */ });
/* unused harmony export escapeCell */
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

/***/ 2053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ environmentUrlFor)
/* harmony export */ });
/* unused harmony export URL_PLACEHOLDERS */
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2185);
/* harmony import */ var _plan_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7301);


/** What an environment URL template can name: the same values as a check. */
const URL_PLACEHOLDERS = (/* unused pure expression or super */ null && (['target', 'version', 'stage', 'environment', 'service']));
/**
 * The link to a deployed target, from the stage's `url` template, else the
 * plan's (`https://{target}.example.com`), placeholders filled like a
 * command's; undefined when the plan sets none. GitHub shows it on the
 * deployment and the environment as `environment_url`.
 */
function environmentUrlFor(plan, target, values, stage) {
    const st = stage ?? (0,_plan_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .stageOfTarget */ .rp)(plan, target);
    const template = st?.url ?? plan.url;
    if (template === undefined)
        return undefined;
    return (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .fillPlaceholders */ .Ct)(template, { target, stage: st?.name ?? '', service: plan.service, version: values.version, environment: values.environment });
}


/***/ }),

/***/ 4398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ deployStage)
/* harmony export */ });
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7301);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(427);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8283);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5736);
/* harmony import */ var _stagegate_github__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7160);
/* harmony import */ var _deploy_target_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6727);
/* harmony import */ var _target_jobs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6540);




/**
 * Deploys one stage's targets with the plan's deploy command, at most
 * `parallel` at once, recording each as a GitHub Deployment. The version is
 * checked first, then every target's last known good is read in one shared
 * lookup (the "from version"), then targets run. A target's failure never
 * stops the others; a cancelled job stops new targets and marks running ones
 * error "cancelled".
 */
async function deployStage(options) {
    const { plan } = options;
    const stage = (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .findStage */ .U9)(plan, options.stage);
    const version = (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_1__/* .assertSafeVersion */ .y)(options.version, plan['version-pattern']);
    const command = options.timeout ? { ...plan.deploy, timeout: checkTimeout(options.timeout) } : plan.deploy;
    const environments = stage.targets.map((t) => (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .environmentFor */ .DD)(plan, t, stage));
    const good = await (0,_stagegate_github__WEBPACK_IMPORTED_MODULE_2__/* .findLastKnownGoodMany */ .l)(options.store, environments, { service: plan.service });
    const digest = (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .planDigest */ .Gb)(plan);
    const parallel = options.parallel ?? stage.parallel;
    const jobs = stage.targets.map((target, i) => {
        const environment = environments[i];
        const previous = good.get(environment);
        return (0,_target_jobs_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareJob */ .LS)({
            kind: 'deploy', target, environment, stage: stage.name, version, fromVersion: previous?.version, ref: options.run.ref,
            previousGood: previous?.deployment, prefixLines: parallel > 1 && stage.targets.length > 1, planDigest: digest,
        }, command, 'deploy', plan.service);
    });
    const targets = await (0,_target_jobs_js__WEBPACK_IMPORTED_MODULE_3__/* .runPool */ .kD)(jobs, parallel, (job, _i, release) => (0,_deploy_target_js__WEBPACK_IMPORTED_MODULE_4__/* .runTargetJob */ ["if"])(job, options, release), {
        signal: options.signal,
        onSkipped: (job) => (0,_target_jobs_js__WEBPACK_IMPORTED_MODULE_3__/* .describeNotStarted */ .O5)(job, 'cancelled', 'cancelled before it started', options.run.url),
    });
    return { stage: stage.name, version, result: (0,_target_jobs_js__WEBPACK_IMPORTED_MODULE_3__/* .summarizeOutcomes */ .vq)(targets), targets };
}
/** An override of deploy.timeout must be a duration: checked before any deployment, naming the input. */
function checkTimeout(text) {
    try {
        (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_5__/* .parseDuration */ .E9)(text);
        return text;
    }
    catch (e) {
        throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL([{ path: 'input timeout', message: e.message }]);
    }
}


/***/ }),

/***/ 6727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ judgeCommand),
/* harmony export */   WD: () => (/* binding */ runJobCommand),
/* harmony export */   "if": () => (/* binding */ runTargetJob),
/* harmony export */   jY: () => (/* binding */ describeRunOrigin)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2053);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8283);
/* harmony import */ var _run_command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4573);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7677);




/**
 * Runs one target's life as GitHub Deployments record it: create the
 * deployment, in_progress, run the command, then success, failure or error
 * with the reason. Every path that created a deployment leaves it in a final
 * state, including a timeout and a cancelled job. `release` is called once
 * the command has ended, so the next target's command need not wait for this
 * one's final status to reach GitHub.
 */
async function runTargetJob(job, deps, release = () => { }) {
    const clock = deps.clock ?? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SYSTEM_CLOCK */ .V;
    const started = clock.now();
    const outcome = (state, reason, deploymentId) => ({
        target: job.target, environment: job.environment, deploymentId, fromVersion: job.fromVersion, toVersion: job.version,
        state, reason, durationMs: clock.now() - started, logUrl: deps.run.url,
        // What a rollback of this deploy returns to, known without asking GitHub again.
        ...(job.kind === 'deploy' && job.previousGood ? { previousGood: { deploymentId: job.previousGood.id, sha: job.previousGood.sha } } : {}),
    });
    const task = job.kind === 'rollback' ? 'deploy:rollback' : 'deploy';
    if (deps.dryRun) {
        deps.log.info(`[dry-run] ${job.target}: would POST /repos/{owner}/{repo}/deployments (environment ${job.environment}, task ${task}, ref ${job.ref}, version ${job.version}), set in_progress, run ${JSON.stringify(job.argv)}, then set success or failure`);
        return outcome('planned', `dry run: would ${job.kind} ${job.version}`);
    }
    if (deps.signal?.aborted)
        return outcome('cancelled', 'cancelled before it started');
    let deployment;
    const environmentUrl = (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .environmentUrlFor */ .Q)(deps.plan, job.target, { version: job.version, environment: job.environment });
    try {
        deployment = await deps.store.createDeployment({
            ref: job.ref, environment: job.environment, task,
            payload: {
                tool: 'stagegate', service: deps.plan.service, version: job.version, stage: job.stage, target: job.target, plan: job.planDigest,
                run: { id: deps.run.id, attempt: deps.run.attempt, url: deps.run.url }, ...describeRunOrigin(job.ref, deps.env ?? process.env), ...(job.rollback ? { rollback: job.rollback } : {}),
            },
            description: job.kind === 'rollback' ? `rollback ${job.target} to ${job.version}: ${job.rollback?.reason ?? ''}` : undefined,
        });
    }
    catch (e) {
        return outcome('error', `could not record the deployment: ${e.message}`);
    }
    const finish = async (state, ghState, reason) => {
        try {
            await deps.store.setStatus(deployment.id, ghState, { description: reason, logUrl: deps.run.url, environmentUrl });
            // GitHub's auto_inactive skips production environments: retire the one known good deployment by hand (one bounded call).
            if (ghState === 'success' && deployment.production && job.previousGood && job.previousGood.id !== deployment.id)
                await deps.store.markInactive(job.previousGood.id, `superseded by ${job.version}`);
        }
        catch (e) {
            deps.log.warning(`${job.target}: could not record ${ghState} on deployment ${deployment.id}: ${e.message}`);
            return outcome(state === 'succeeded' ? 'error' : state, `${reason}; recording it failed: ${e.message}`, deployment.id);
        }
        return outcome(state, reason, deployment.id);
    };
    if (deps.signal?.aborted)
        return finish('cancelled', 'error', 'cancelled');
    // in_progress is written while the command starts: it only has to land before the final status.
    const inProgress = deps.store
        .setStatus(deployment.id, 'in_progress', { description: `${job.kind === 'rollback' ? 'rolling back to' : 'deploying'} ${job.version}`, logUrl: deps.run.url, environmentUrl })
        .then(() => undefined, (e) => deps.log.warning(`${job.target}: could not set deployment ${deployment.id} in_progress: ${e.message}`));
    const result = await runJobCommand(job, deps);
    release();
    await inProgress;
    const [state, ghState, reason] = judgeCommand(result, job, { ...(deps.env ?? process.env), ...job.commandEnv });
    return finish(state, ghState, reason);
}
/** Runs the job's command with its output grouped (one at a time) or prefixed (parallel). */
async function runJobCommand(job, deps) {
    const title = `${job.kind} ${job.target} (${job.environment}) → ${job.version}`;
    const prefix = job.prefixLines ? `[${job.target}] ` : '';
    if (job.prefixLines)
        deps.log.info(`${prefix}${title}: ${JSON.stringify(job.argv)}`);
    else
        deps.log.startGroup(title);
    try {
        if (!job.prefixLines)
            deps.log.info(`run ${JSON.stringify(job.argv)}`);
        return await (deps.exec ?? _run_command_js__WEBPACK_IMPORTED_MODULE_3__/* .runCommand */ .d1)({
            argv: job.argv,
            cwd: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(deps.run.workspace, job.command['working-directory'] ?? '.'),
            env: { ...commandBaseEnv(deps.env ?? process.env), ...job.commandEnv },
            timeoutMs: (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_4__/* .parseDuration */ .E9)(job.command.timeout),
            signal: deps.signal,
            onLine: (line) => deps.log.info(`${prefix}${line}`),
        });
    }
    finally {
        if (!job.prefixLines)
            deps.log.endGroup();
    }
}
/**
 * Maps how the command ended to our state, GitHub's state and a reason a
 * person can read first: what ended it (exit code, signal, timeout) and its
 * last stderr lines, redacted: `deploy exited 7 — ERROR: registry refused image`.
 */
function judgeCommand(r, job, env = {}) {
    const what = job.kind === 'rollback' ? `rolled back to ${job.version}` : `deployed ${job.version}`;
    const tail = (0,_run_command_js__WEBPACK_IMPORTED_MODULE_3__/* .describeStderrTail */ .SB)(r.stderrTail, env);
    const withTail = (head) => (tail ? `${head} — ${tail}` : head);
    if (r.outcome === 'timeout')
        return ['error', 'error', withTail(`${job.kind} timed out after ${(0,_stagegate_core__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)((0,_stagegate_core__WEBPACK_IMPORTED_MODULE_4__/* .parseDuration */ .E9)(job.command.timeout))}: the command and its children were killed`)];
    if (r.outcome === 'cancelled')
        return ['cancelled', 'error', 'cancelled'];
    if (r.outcome === 'spawn-error')
        return ['failed', 'failure', `could not start ${JSON.stringify(job.argv[0])}: ${r.error ?? 'unknown error'}`];
    if (r.exitCode === 0)
        return ['succeeded', 'success', what];
    if (r.exitCode === null && r.signal)
        return ['failed', 'failure', withTail(`${job.kind} killed by ${r.signal}`)];
    return ['failed', 'failure', withTail(`${job.kind} exited ${r.exitCode}`)];
}
/**
 * Who deployed which commit from which ref, for the payload: a person reading
 * the Deployments page needs them. The sha is the ref deployed when it is one,
 * else the run's commit.
 */
function describeRunOrigin(ref, env) {
    const sha = /^[0-9a-f]{40}$/i.test(ref) ? ref : env.GITHUB_SHA;
    return { ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}), ...(sha ? { sha } : {}), ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}) };
}
/** The runner's environment without INPUT_* variables: the token input must not leak to user commands. */
function commandBaseEnv(env) {
    return Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('INPUT_')));
}


/***/ }),

/***/ 1850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JB: () => (/* binding */ describeWriteError),
/* harmony export */   gQ: () => (/* binding */ createRecordKeeper),
/* harmony export */   zz: () => (/* binding */ cannotWrite)
/* harmony export */ });
/**
 * Writes to the Deployments API that must not hold up recovery: each write is
 * tried a bounded number of times in the background, and what could not be
 * written is kept as a list a person (or a later run) can act on.
 */
/** Errors worth trying again: no answer, 403 (permissions may be propagating, secondary limits), 429, 5xx. */
function isRetryable(e) {
    if (e.retryable === false)
        return false;
    const status = e.status;
    return typeof status !== 'number' || status === 403 || status === 429 || status >= 500;
}
/** An error that says a write cannot be done at all (e.g. the deployment it belongs to was never created): not retried. */
function cannotWrite(why) {
    return Object.assign(new Error(why), { retryable: false });
}
/** The cause of a failed write, first line only. */
function describeWriteError(e) {
    const status = e.status;
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
    return typeof status === 'number' && !message.includes(String(status)) ? `HTTP ${status}: ${message}` : message;
}
/** A keeper of background writes (see {@link RecordKeeper}). */
function createRecordKeeper(options = {}) {
    const tries = options.tries ?? 3;
    const backoff = options.backoffMs ?? 1000;
    // `about` is kept by reference: a caller may fill in its deploymentId once it is known.
    const pending = new Map();
    const lastErrors = new Map();
    const running = new Set();
    const unrecorded = [];
    let settled = false;
    let next = 0;
    const giveUp = (about, cause) => {
        unrecorded.push({ ...about, cause });
        options.warn?.(`${about.target}: could not record ${about.what}: ${cause}`);
    };
    return {
        unrecorded,
        skip: (about) => giveUp(about, about.cause),
        write(about, write) {
            const id = next++;
            pending.set(id, about);
            const attempt = async () => {
                for (let n = 1;; n++) {
                    try {
                        return await write();
                    }
                    catch (e) {
                        if (settled)
                            return undefined;
                        if (n >= tries || !isRetryable(e)) {
                            giveUp(about, describeWriteError(e));
                            return undefined;
                        }
                        lastErrors.set(id, describeWriteError(e));
                        await new Promise((ok) => setTimeout(ok, backoff * 2 ** (n - 1)).unref());
                    }
                }
            };
            const task = attempt().finally(() => {
                pending.delete(id);
                lastErrors.delete(id);
                running.delete(task);
            });
            running.add(task);
            return task;
        },
        async settle(ms) {
            let timer;
            const timedOut = new Promise((ok) => (timer = setTimeout(() => ok('timeout'), ms)));
            // Writes may start others (create, then its statuses): wait until none is left or time is up.
            while (running.size) {
                if ((await Promise.race([Promise.allSettled([...running]), timedOut])) === 'timeout')
                    break;
            }
            clearTimeout(timer);
            if (!pending.size)
                return true;
            settled = true;
            for (const [id, about] of pending) {
                const lastError = lastErrors.get(id);
                giveUp(about, lastError ? `${lastError} (still retrying when the run stopped waiting, ${ms} ms)` : `still unanswered when the run stopped waiting (${ms} ms)`);
            }
            pending.clear();
            return false;
        },
    };
}


/***/ }),

/***/ 8204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ runRollbackJob)
/* harmony export */ });
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2053);
/* harmony import */ var _deploy_target_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6727);
/* harmony import */ var _record_keeper_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1850);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7677);




/**
 * Runs one target's rollback with production first: the command starts at
 * once; creating its deployment and writing in_progress happen alongside, and
 * the final status after the command ends, each retried in the background
 * (bounded) through `deps.records`. A deployment GitHub refuses (403, 5xx, no
 * answer) never stops the command: it is listed as unrecorded instead.
 *
 * A failed (or timed out, or cancelled) rollback marks its deployment `inactive`, not `failure` or `error`:
 * its payload names the good version it was returning to, and a failure
 * there would make that version look bad, so a later rollback would refuse it.
 */
async function runRollbackJob(job, deps, release = () => { }) {
    const clock = deps.clock ?? _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SYSTEM_CLOCK */ .V;
    const started = clock.now();
    let deploymentId;
    const outcome = (state, reason) => ({
        target: job.target, environment: job.environment, deploymentId, fromVersion: job.fromVersion, toVersion: job.version,
        state, reason, durationMs: clock.now() - started, logUrl: deps.run.url,
    });
    if (deps.dryRun) {
        deps.log.info(`[dry-run] ${job.target}: would POST /repos/{owner}/{repo}/deployments (environment ${job.environment}, task deploy:rollback, ref ${job.ref}, version ${job.version}) and set in_progress alongside the command, which starts first (it does not wait for GitHub): run ${JSON.stringify(job.argv)}; then set success, or inactive if it fails`);
        return outcome('planned', `dry run: would roll back to ${job.version}`);
    }
    if (deps.signal?.aborted)
        return outcome('cancelled', 'cancelled before it started');
    const keeper = deps.records ?? (0,_record_keeper_js__WEBPACK_IMPORTED_MODULE_1__/* .createRecordKeeper */ .gQ)({ warn: (l) => deps.log.warning(l) });
    const about = { target: job.target, environment: job.environment };
    const command = (0,_deploy_target_js__WEBPACK_IMPORTED_MODULE_2__/* .runJobCommand */ .WD)(job, deps);
    const environmentUrl = (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_3__/* .environmentUrlFor */ .Q)(deps.plan, job.target, { version: job.version, environment: job.environment });
    const created = keeper.write({ ...about, what: `the rollback deployment of ${job.target} to ${job.version}` }, () => deps.store.createDeployment({
        ref: job.ref, environment: job.environment, task: 'deploy:rollback',
        payload: {
            tool: 'stagegate', service: deps.plan.service, version: job.version, stage: job.stage, target: job.target, plan: job.planDigest,
            run: { id: deps.run.id, attempt: deps.run.attempt, url: deps.run.url }, ...(0,_deploy_target_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRunOrigin */ .jY)(job.ref, deps.env ?? process.env), ...(job.rollback ? { rollback: job.rollback } : {}),
        },
        description: `rollback ${job.target} to ${job.version}: ${job.rollback?.reason ?? ''}`,
    }));
    const inProgress = created.then(async (d) => {
        if (!d)
            return undefined;
        deploymentId = d.id;
        await keeper.write({ ...about, deploymentId: d.id, what: `status in_progress on deployment ${d.id}` }, () => deps.store.setStatus(d.id, 'in_progress', { description: `rolling back to ${job.version}`, logUrl: deps.run.url, environmentUrl }));
        return d;
    });
    const result = await command;
    release();
    const [state, judged, reason] = (0,_deploy_target_js__WEBPACK_IMPORTED_MODULE_2__/* .judgeCommand */ .Bc)(result, job, { ...(deps.env ?? process.env), ...job.commandEnv });
    const ghState = judged === 'success' ? 'success' : 'inactive';
    const description = judged === 'success' ? reason : `rollback to ${job.version} FAILED: ${reason}; ${job.fromVersion ?? 'the failed version'} may still run on ${job.target}`;
    // Registered now, while in_progress may still be on its way: if the run stops waiting, this final
    // word (the one a later run most needs) is what the unrecorded list names.
    const final = { ...about, deploymentId: undefined, what: `status ${ghState} of the rollback deployment of ${job.target} to ${job.version} (${description})` };
    const finished = keeper.write(final, async () => {
        const d = await inProgress;
        if (!d)
            throw (0,_record_keeper_js__WEBPACK_IMPORTED_MODULE_1__/* .cannotWrite */ .zz)('its deployment could not be created');
        final.deploymentId = d.id;
        await deps.store.setStatus(d.id, ghState, { description, logUrl: deps.run.url, environmentUrl, autoInactive: ghState === 'success' ? undefined : false });
        return d;
    }).then((d) => retire(d, ghState, job, deps, keeper));
    if (!deps.records)
        await finished;
    return outcome(state, judged === 'success' ? reason : `rollback to ${job.version} failed: ${reason}`);
}
/** GitHub's auto_inactive skips production environments: retire the one deployment still marked success by hand. */
async function retire(d, state, job, deps, keeper) {
    if (!d || state !== 'success' || !d.production || !job.previousGood || job.previousGood.id === d.id)
        return;
    const old = job.previousGood.id;
    await keeper.write({ target: job.target, environment: job.environment, deploymentId: old, what: `status inactive on deployment ${old}` }, () => deps.store.markInactive(old, `superseded by ${job.version}`));
}


/***/ }),

/***/ 7009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rollbackTargets)
/* harmony export */ });
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7301);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5736);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(427);
/* harmony import */ var _stagegate_github__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7160);
/* harmony import */ var _record_keeper_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1850);
/* harmony import */ var _rollback_job_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8204);
/* harmony import */ var _target_jobs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6540);





/**
 * Puts back each target's previous version. Targets in `known` go back at
 * once to what the caller saw before its own deploy: no Deployments API read
 * stands between a failed verdict and their commands. The others (and a
 * version given by hand) are looked up in the Deployments API, each bounded:
 * never the version being rolled back, never one that failed on the target
 * after its last success. A lookup that fails fails only its own target, with
 * the cause. Each rollback is recorded as a `deploy:rollback` deployment
 * written alongside its command (see runRollbackJob). A target already on the
 * good version is skipped; one with no previous version is reported plainly.
 */
async function rollbackTargets(options) {
    const { plan } = options;
    const all = new Set((0,_stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .allTargets */ .eN)(plan));
    const strangers = options.targets.filter((t) => !all.has(t));
    if (strangers.length)
        throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL([{ path: 'input targets', message: `expected targets of the plan (${[...all].join(', ')}); got ${strangers.map((t) => JSON.stringify(t)).join(', ')}` }]);
    const toVersion = options.toVersion === undefined ? undefined : (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .assertSafeVersion */ .y)(options.toVersion, plan['version-pattern'], 'to-version');
    const parallel = options.parallel ?? Math.max(1, ...options.targets.map((t) => (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .stageOfTarget */ .rp)(plan, t)?.parallel ?? 1));
    const digest = (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .planDigest */ .Gb)(plan);
    const command = (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .rollbackCommand */ .Ct)(plan);
    const prefixLines = parallel > 1 && options.targets.length > 1;
    const toJob = (basics) => (0,_target_jobs_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareJob */ .LS)({ ...basics, planDigest: digest, prefixLines }, command, 'rollback', plan.service);
    const known = toVersion === undefined ? (options.known ?? new Map()) : new Map();
    const looked = new Map();
    const lookup = (target) => {
        const seen = looked.get(target) ?? withTimeout((0,_stagegate_github__WEBPACK_IMPORTED_MODULE_4__/* .inspectTarget */ .W)(options.store, (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .environmentFor */ .DD)(plan, target), { service: plan.service, exclude: options.exclude, wantVersion: toVersion }), options.lookupTimeoutMs ?? 30_000, `the last-known-good lookup of ${target}`);
        looked.set(target, seen);
        return seen;
    };
    if (toVersion !== undefined && !options.allowUnknownVersion) {
        // A version given by hand is proven before anything runs (a person is waiting, not production).
        const seen = await (0,_target_jobs_js__WEBPACK_IMPORTED_MODULE_3__/* .runPool */ .kD)(options.targets, Math.max(parallel, 4), lookup, { onSkipped: () => undefined });
        const unproven = options.targets.filter((_, i) => !seen[i]?.wantedProof);
        if (unproven.length)
            throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL([{ path: 'input to-version', message: `${toVersion} was never deployed successfully to ${unproven.join(', ')}; choose a version that was, or set allow-unknown-version: true` }]);
    }
    // Known targets first, so no pool slot of theirs waits behind a lookup.
    const order = [...options.targets.keys()].sort((a, b) => Number(known.has(options.targets[b])) - Number(known.has(options.targets[a])) || a - b);
    const decide = (target) => {
        const environment = (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .environmentFor */ .DD)(plan, target);
        const k = known.get(target);
        if (k)
            return decideKnown(target, environment, k, options, toJob);
        return lookup(target).then((seen) => decideLooked(target, environment, seen, toVersion, options, toJob), (e) => ({ outcome: failedOutcome(target, environment, undefined, `could not look up the last known good version of ${target}: ${(0,_record_keeper_js__WEBPACK_IMPORTED_MODULE_5__/* .describeWriteError */ .JB)(e)}; it was not rolled back`, options) }));
    };
    const results = await (0,_target_jobs_js__WEBPACK_IMPORTED_MODULE_3__/* .runPool */ .kD)(order.map((i) => options.targets[i]), parallel, async (target, _i, release) => {
        const pending = decide(target);
        const d = pending instanceof Promise ? await pending : pending;
        if ('outcome' in d)
            return d.outcome;
        return (0,_rollback_job_js__WEBPACK_IMPORTED_MODULE_6__/* .runRollbackJob */ .l)(d.job, options, release);
    }, {
        signal: options.signal,
        onSkipped: (target) => (0,_target_jobs_js__WEBPACK_IMPORTED_MODULE_3__/* .describeNotStarted */ .O5)({ target, environment: (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .environmentFor */ .DD)(plan, target), fromVersion: known.get(target)?.current, version: known.get(target)?.version ?? '' }, 'cancelled', 'cancelled before it started', options.run.url),
    });
    const targets = new Array(results.length);
    order.forEach((original, i) => (targets[original] = results[i]));
    return { result: (0,_target_jobs_js__WEBPACK_IMPORTED_MODULE_3__/* .summarizeOutcomes */ .vq)(targets), targets };
}
function failedOutcome(target, environment, fromVersion, reason, options) {
    return { target, environment, deploymentId: undefined, fromVersion, toVersion: undefined, state: 'failed', reason, durationMs: 0, logUrl: options.run.url };
}
/** A target this run deployed: back to what it ran before, or a plain "no previous version". */
function decideKnown(target, environment, k, options, toJob) {
    if (k.version === undefined) {
        return { outcome: failedOutcome(target, environment, k.current, `no previous version: this run made the first deployment of ${options.plan.service} to ${environment}, so there is nothing to roll back to; ${k.current} is still live there: fix forward or remove it by hand`, options) };
    }
    return {
        job: toJob({
            kind: 'rollback', target, environment, stage: (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .stageOfTarget */ .rp)(options.plan, target)?.name ?? '', version: k.version, fromVersion: k.current,
            ref: k.sha || options.run.ref, previousGood: undefined,
            rollback: { reason: options.reason, replaces: { version: k.current, ...(k.currentDeploymentId !== undefined ? { deployment_id: k.currentDeploymentId } : {}) } },
        }),
    };
}
/** Decides one looked-up target: roll back (to what, replacing what), skip, or report that no good version is known. */
function decideLooked(target, environment, seen, toVersion, options, toJob) {
    const current = seen.current;
    const proof = toVersion !== undefined ? seen.wantedProof : seen.lastGood;
    const to = toVersion ?? seen.lastGood?.version;
    const base = { target, environment, deploymentId: undefined, fromVersion: current?.version, toVersion: to, durationMs: 0, logUrl: options.run.url };
    if (to === undefined) {
        const failed = seen.failedVersions.length ? ` (versions that failed there: ${seen.failedVersions.join(', ')})` : '';
        const why = current ? `no known good version of ${target} other than ${current.version}${failed}` : `no deployment of ${options.plan.service} to ${environment} is recorded`;
        return { outcome: { ...base, state: 'failed', reason: `${why}: nothing to roll back to; give to-version to choose one` } };
    }
    if (current && current.status?.state === 'success' && current.version === to)
        return { outcome: { ...base, state: 'skipped', reason: `already on ${to}` } };
    // A rollback of a failed rollout undoes that rollout only: a target it never reached (still on
    // the good version before it) is left alone, never sent further back.
    if (toVersion === undefined && current && options.exclude?.length && !options.exclude.includes(current.version) && current.deployment.task !== 'deploy:rollback' && current.status?.state === 'success') {
        return { outcome: { ...base, toVersion: current.version, state: 'skipped', reason: `runs ${current.version}, not ${options.exclude.join(', ')}: nothing to undo` } };
    }
    return {
        job: toJob({
            kind: 'rollback', target, environment, stage: (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .stageOfTarget */ .rp)(options.plan, target)?.name ?? '', version: to, fromVersion: current?.version,
            ref: proof?.deployment.sha || options.run.ref,
            rollback: { reason: options.reason, ...(current ? { replaces: { version: current.version, deployment_id: current.deployment.id } } : {}) },
            // The deployment still marked success: the current one, else the older one this rollback repeats.
            previousGood: [current, proof].find((d) => d?.status?.state === 'success')?.deployment,
        }),
    };
}
/** Rejects when `work` takes longer than `ms` (a timer of our own; the work itself is left to end on its own). */
function withTimeout(work, ms, what) {
    let timer;
    const late = new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`${what} did not answer within ${ms} ms`)), ms)));
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
}


/***/ }),

/***/ 4573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SB: () => (/* binding */ describeStderrTail),
/* harmony export */   d1: () => (/* binding */ runCommand),
/* harmony export */   e0: () => (/* binding */ STDERR_TAIL_LINES),
/* harmony export */   u7: () => (/* binding */ STDERR_TAIL_CHARS)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/** How many trailing stderr lines a result keeps. */
const STDERR_TAIL_LINES = 5;
/** How much of the stderr tail goes into a reason. */
const STDERR_TAIL_CHARS = 500;
/**
 * Runs argv without a shell in its own process group (detached), so a timeout
 * or a cancellation can kill the command and every child it started with one
 * signal to the group: a deploy script's `sleep` or `kubectl` must not outlive
 * it. SIGTERM first, SIGKILL after the grace period.
 */
const runCommand = (spec) => new Promise((resolve) => {
    const [file, ...args] = spec.argv;
    if (!file)
        return resolve({ outcome: 'spawn-error', exitCode: null, error: 'empty command' });
    let ending;
    let killTimer;
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, { cwd: spec.cwd, env: spec.env, shell: false, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const killTree = (why) => {
        if (ending || child.exitCode !== null)
            return;
        ending = why;
        signalGroup(child.pid, 'SIGTERM');
        killTimer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), spec.killGraceMs ?? 3000);
    };
    const timer = setTimeout(() => killTree('timeout'), spec.timeoutMs);
    const onAbort = () => killTree('cancelled');
    if (spec.signal?.aborted)
        onAbort();
    else
        spec.signal?.addEventListener('abort', onAbort, { once: true });
    // The last stderr lines are why a deploy failed: kept (bounded) for the reason, not only logged.
    const tail = [];
    const onStderr = (l) => {
        if (l.trim())
            tail.push(l.slice(0, STDERR_TAIL_CHARS));
        if (tail.length > STDERR_TAIL_LINES)
            tail.shift();
        spec.onLine(l, 'stderr');
    };
    const flushers = [pipeLines(child.stdout, (l) => spec.onLine(l, 'stdout')), pipeLines(child.stderr, onStderr)];
    let spawnError;
    child.on('error', (e) => (spawnError = e.message));
    let finished = false;
    let drainTimer;
    const finish = (code) => {
        if (finished)
            return;
        finished = true;
        clearTimeout(timer);
        clearTimeout(drainTimer);
        if (killTimer)
            clearTimeout(killTimer);
        spec.signal?.removeEventListener('abort', onAbort);
        // A grandchild may still hold the group after the leader exits: clean it up.
        if (ending)
            signalGroup(child.pid, 'SIGKILL');
        for (const flush of flushers)
            flush();
        if (spawnError && !ending)
            resolve({ outcome: 'spawn-error', exitCode: null, error: spawnError });
        else
            resolve({ outcome: ending ?? 'exited', exitCode: ending ? null : code, ...(!ending && endSignal ? { signal: endSignal } : {}), stderrTail: [...tail] });
    };
    let endSignal;
    child.on('close', (code, sig) => {
        endSignal ??= sig ?? undefined;
        finish(code);
    });
    // A background process the command left behind can hold the pipes open for
    // ever: once the command itself has exited, wait a moment for output, then stop reading.
    child.on('exit', (code, sig) => {
        endSignal = sig ?? undefined;
        drainTimer = setTimeout(() => {
            child.stdout.destroy();
            child.stderr.destroy();
            finish(code);
        }, 1000);
    });
});
/** Sends a signal to a whole process group; a group already gone is fine. */
function signalGroup(pid, sig) {
    if (!pid)
        return;
    try {
        process.kill(-pid, sig);
    }
    catch {
        // ESRCH: the group has exited already.
    }
}
/** Splits a stream into lines; returns a function that flushes the last partial line. */
function pipeLines(stream, onLine) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
        const parts = (rest + chunk).split(/\r?\n/);
        rest = parts.pop() ?? '';
        for (const p of parts)
            onLine(p);
    });
    return () => {
        if (rest)
            onLine(rest);
        rest = '';
    };
}
/**
 * The stderr tail as one line for a reason: empty lines dropped, secrets
 * (values of the command's token/secret/password/key/webhook variables, and
 * token-shaped strings) replaced, bounded to {@link STDERR_TAIL_CHARS}.
 */
function describeStderrTail(lines, env = {}) {
    const text = (lines ?? []).map((l) => l.trim()).filter(Boolean).join(' / ');
    if (!text)
        return '';
    const secrets = Object.entries(env).filter(([k, v]) => v && v.length >= 6 && /TOKEN|SECRET|PASSWORD|PASSWD|KEY|WEBHOOK|CREDENTIAL/i.test(k)).map(([, v]) => v);
    let out = text;
    for (const s of secrets.sort((a, b) => b.length - a.length))
        out = out.split(s).join('***');
    out = out
        .replace(/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|xox[abpr]-[A-Za-z0-9-]{10,})/g, '***')
        .replace(/(https?:\/\/)[^/\s:@]+:[^/\s@]+@/g, '$1***@')
        .replace(/\b(bearer|token|password|secret|api[-_]?key)(\s*[=:]\s*|\s+)([^\s'"]{6,})/gi, '$1$2***');
    return out.length > STDERR_TAIL_CHARS ? `${out.slice(0, STDERR_TAIL_CHARS - 1)}…` : out;
}


/***/ }),

/***/ 6540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ prepareJob),
/* harmony export */   O5: () => (/* binding */ describeNotStarted),
/* harmony export */   kD: () => (/* binding */ runPool),
/* harmony export */   vq: () => (/* binding */ summarizeOutcomes)
/* harmony export */ });
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2185);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5736);

/**
 * Fills a plan command for one target: each argv element and env value on its
 * own, so a version is only ever one argv element. A placeholder without a
 * value (say {previous} for a target never deployed) is the plan's mistake,
 * reported before any deployment is created.
 */
function prepareJob(basics, command, commandPath, service) {
    // A rollback puts {previous} (the good version) back, so both placeholders name it there.
    const previous = basics.kind === 'rollback' ? basics.version : basics.fromVersion;
    const values = { target: basics.target, version: basics.version, stage: basics.stage, environment: basics.environment, service };
    if (previous !== undefined)
        values.previous = previous;
    try {
        const commandEnv = {
            STAGEGATE_TARGET: basics.target,
            STAGEGATE_VERSION: basics.version,
            STAGEGATE_STAGE: basics.stage,
            STAGEGATE_ENVIRONMENT: basics.environment,
        };
        for (const [k, v] of Object.entries(command.env ?? {}))
            commandEnv[k] = (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .fillPlaceholders */ .Ct)(v, values);
        return { ...basics, argv: (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .fillArgv */ .AS)(command.run, values), commandEnv, command };
    }
    catch (e) {
        throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL([{ path: `${commandPath}.run`, message: `cannot fill the command for target ${basics.target}: ${e.message}` }]);
    }
}
/** An outcome for a target that never started (cancelled before its turn). */
function describeNotStarted(basics, state, reason, logUrl) {
    return { target: basics.target, environment: basics.environment, deploymentId: undefined, fromVersion: basics.fromVersion, toVersion: basics.version, state, reason, durationMs: 0, logUrl };
}
/**
 * The result of a set of targets: cancelled when any was cancelled, succeeded
 * when every target succeeded (or was skipped or planned), failed when none
 * did, partially-failed otherwise.
 */
function summarizeOutcomes(outcomes) {
    if (outcomes.some((o) => o.state === 'cancelled'))
        return 'cancelled';
    const ok = outcomes.filter((o) => o.state === 'succeeded' || o.state === 'skipped' || o.state === 'planned').length;
    if (ok === outcomes.length)
        return 'succeeded';
    return ok === 0 ? 'failed' : 'partially-failed';
}
/**
 * Runs `work` over `items` with at most `limit` at once, in order of the
 * items. A task may call `release()` to free its slot before it resolves (a
 * deploy frees its slot when its command ends, while its final status is
 * still being written). Once `signal` is aborted no new item starts; items not
 * started get `onSkipped`'s value, so every item has a result.
 */
async function runPool(items, limit, work, options) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            const item = items[i];
            if (options.signal?.aborted) {
                results[i] = Promise.resolve(options.onSkipped(item, i));
                continue;
            }
            let release;
            const released = new Promise((r) => (release = r));
            const task = work(item, i, release);
            results[i] = task;
            // Whichever comes first frees the slot; a failure surfaces from Promise.all below.
            await Promise.race([released, task.then(() => undefined, () => undefined)]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return Promise.all(results);
}


/***/ }),

/***/ 7677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ SYSTEM_CLOCK),
/* harmony export */   x: () => (/* binding */ SILENT_LOG)
/* harmony export */ });
/** A log that drops everything (for callers that do not care). */
const SILENT_LOG = { info: () => { }, warning: () => { }, startGroup: () => { }, endGroup: () => { } };
/** The real clock. */
const SYSTEM_CLOCK = { now: () => Date.now() };


/***/ }),

/***/ 7160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ findLastKnownGoodMany),
  W: () => (/* binding */ inspectTarget)
});

;// CONCATENATED MODULE: ../../packages/core/src/history/bad-rule.ts
/**
 * The one rule for "bad", shared by last-known-good, status, history and DORA:
 * a version is bad on a target if any of its deployments there has a
 * `failure`/`error` status (in any status of its list, not only the newest:
 * GitHub may retire a failed deployment as `inactive`) or was rolled back (a
 * `deploy:rollback` deployment's payload names the version it replaces). A
 * failed rollback does not make the version it returned to bad.
 * Pure: callers pass the deployments they read.
 */
/** States that mean the deployment failed. */
const FAILED_STATES = new Set(['failure', 'error']);
/** Whether any status of the deployment read so far is `failure` or `error`. */
function hasFailedStatus(f) {
    return FAILED_STATES.has(f.state ?? '') || (f.statuses ?? []).some((s) => FAILED_STATES.has(s.state));
}
/** The time of the first failing status, when one was read. */
function firstFailureAt(f) {
    const failed = (f.statuses ?? []).filter((s) => FAILED_STATES.has(s.state));
    return failed.at(-1)?.at; // newest first: the last one is the first failure
}
/** The key of a (target, version) pair in a set of bad versions. */
function badKey(target, version) {
    return `${target}\u0000${version}`;
}
/**
 * Adds to `into` every (target, version) the facts show bad: a failing status
 * anywhere in a deployment's list, a rollback naming the version it replaced,
 * or an id known to have failed from elsewhere (run histories). Facts can be
 * fed in any order and in several calls, so a newest-first scan can stop early.
 */
function collectBadVersions(facts, failedIds = new Set(), into = new Set()) {
    for (const f of facts) {
        if (f.kind === 'deploy' && (hasFailedStatus(f) || failedIds.has(f.id)))
            into.add(badKey(f.target, f.version));
        if (f.kind === 'rollback' && f.replaces)
            into.add(badKey(f.target, f.replaces.version));
        // A rollback that itself failed says nothing against the version it was returning to: the
        // command, the platform or the network failed, not that version. Blaming it would leave a
        // later manual rollback with nothing to return to (issue 11: "never blame the good version").
    }
    return into;
}
/** Whether `version` is bad on `target` by the set {@link collectBadVersions} made. */
function isVersionBad(bad, target, version) {
    return bad.has(badKey(target, version));
}
/** The deployment ids rollbacks replaced: by the id in the payload, else the newest deploy of that version on the target before the rollback. */
function findRolledBackIds(facts) {
    const out = new Set();
    const deploys = facts.filter((f) => f.kind === 'deploy');
    for (const rb of facts) {
        if (rb.kind !== 'rollback' || !rb.replaces)
            continue;
        if (rb.replaces.deploymentId !== undefined) {
            out.add(rb.replaces.deploymentId);
            continue;
        }
        const before = deploys.filter((f) => f.target === rb.target && f.version === rb.replaces?.version && Date.parse(f.createdAt) <= Date.parse(rb.createdAt));
        const victim = before.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id)[0];
        if (victim)
            out.add(victim.id);
    }
    return out;
}
/**
 * A predicate telling whether one deployment failed: a failing status in its
 * list, a rollback that replaced it, or a failure known from elsewhere.
 */
function makeFailureTest(facts, failedIds = new Set()) {
    const rolledBack = findRolledBackIds(facts);
    return (f) => hasFailedStatus(f) || rolledBack.has(f.id) || failedIds.has(f.id);
}

;// CONCATENATED MODULE: ../../packages/github/src/deployment-facts-reader.ts

/**
 * Reads the Deployments API into DeploymentFacts for the pure views in
 * @stagegate/core. Listing is page by page (100 a request); statuses are read
 * only for the deployments a view needs, never for every deployment.
 */
/** A stagegate deployment as a fact; undefined for other tools' deployments. */
function toDeploymentFact(d, status) {
    const p = d.payload;
    if (!p)
        return undefined;
    const fact = {
        id: d.id, target: p.target, environment: d.environment, stage: p.stage ?? '', version: p.version, sha: d.sha,
        kind: d.task === 'deploy:rollback' || p.rollback ? 'rollback' : 'deploy', runId: String(p.run?.id ?? ''), createdAt: d.createdAt,
        ref: typeof p.ref === 'string' && p.ref ? p.ref : d.ref,
    };
    if (typeof p.actor === 'string' && p.actor)
        fact.actor = p.actor;
    if (p.rollback?.replaces)
        fact.replaces = { version: p.rollback.replaces.version, deploymentId: p.rollback.replaces.deployment_id };
    if (status)
        applyStatus(fact, status);
    return fact;
}
/** Records a deployment's latest status on its fact. */
function applyStatus(fact, status) {
    if (!status) {
        fact.state = 'none';
        return;
    }
    fact.state = status.state;
    fact.stateAt = status.createdAt;
    if (status.environmentUrl)
        fact.environmentUrl = status.environmentUrl;
    if (status.state === 'success')
        fact.succeededAt = status.createdAt;
}
/**
 * Records every status of a deployment (newest first) on its fact, so the
 * rule for bad sees a failure that a later `inactive` hides; the success time
 * is the oldest success (when the deployment first reached its target).
 */
function applyStatuses(fact, statuses) {
    applyStatus(fact, statuses[0]);
    fact.statuses = statuses.map((s) => ({ state: s.state, at: s.createdAt }));
    const success = statuses.filter((s) => s.state === 'success').at(-1);
    if (success)
        fact.succeededAt = success.createdAt;
    const url = statuses.find((s) => s.environmentUrl)?.environmentUrl;
    if (url)
        fact.environmentUrl = url;
}
/** Our deployments newest first, one page (100) per request, stopping at `since`, `limit` or `maxPages`. */
async function listDeploymentFacts(store, options = {}) {
    const facts = [];
    const maxPages = options.maxPages ?? 200;
    const filter = options.environment ? { environment: options.environment } : {};
    for (let page = 1; page <= maxPages; page++) {
        const rows = await store.listPage(filter, page, 100);
        for (const d of rows) {
            if (options.since && Date.parse(d.createdAt) < options.since.getTime())
                return { facts, pages: page };
            const f = toDeploymentFact(d);
            if (!f || (options.keep && !options.keep(f)))
                continue;
            facts.push(f);
            if (options.limit !== undefined && facts.length >= options.limit)
                return { facts, pages: page };
        }
        if (rows.length < 100)
            return { facts, pages: page };
    }
    return { facts, pages: maxPages };
}
/**
 * Reads every status of each fact given (a few at once; one request per
 * deployment while it has under 100 statuses, as ours do), filling state,
 * times and the status list the rule for bad needs.
 */
async function readAllStates(store, facts, concurrency = 8) {
    const queue = [...facts];
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
        for (let f = queue.shift(); f; f = queue.shift())
            applyStatuses(f, await store.listStatuses(f.id));
    }));
    return facts.length;
}
/** The newest fact of each target (where a failure may not be rolled back yet, or a rollout still runs). */
function newestPerTarget(facts) {
    const seen = new Map();
    for (const f of facts) {
        const have = seen.get(f.target);
        if (!have || f.id > have.id)
            seen.set(f.target, f);
    }
    return [...seen.values()];
}
/**
 * Commit times by sha (GET /repos/{o}/{r}/commits/{sha}), cached, so each
 * sha costs one request at most; `maxLookups` bounds the requests.
 */
class CommitTimes {
    client;
    repo;
    maxLookups;
    cache = new Map();
    /** Requests made so far. */
    requests = 0;
    constructor(client, repo, maxLookups = 50) {
        this.client = client;
        this.repo = repo;
        this.maxLookups = maxLookups;
    }
    /** Times of the given shas (in the order given, until the bound), as a map. */
    async lookup(shas) {
        const out = new Map();
        for (const sha of new Set(shas)) {
            if (!this.cache.has(sha)) {
                if (this.requests >= this.maxLookups)
                    continue;
                this.requests++;
                this.cache.set(sha, await this.fetch(sha));
            }
            const at = this.cache.get(sha);
            if (at)
                out.set(sha, at);
        }
        return out;
    }
    async fetch(sha) {
        try {
            const res = await this.client.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...this.repo, ref: sha });
            const c = res.data.commit;
            return c.committer?.date ?? c.author?.date ?? undefined;
        }
        catch (e) {
            const status = e.status;
            if (status === 404 || status === 422)
                return undefined; // a commit gone from the repo: leave it out of lead time
            throw explainGitHubError(e, `reading commit ${sha}`, 'contents: read');
        }
    }
}

;// CONCATENATED MODULE: ../../packages/github/src/last-known-good.ts


/**
 * Reads every status of one deployment (one request) and judges it against
 * the versions already known bad on the target, which it extends: scanning
 * newest first, a rollback is read before the deployment it replaced, so its
 * payload spoils that version for every older deployment.
 */
async function judgeNext(store, d, bad) {
    const fact = toDeploymentFact(d);
    if (!fact)
        return undefined;
    const statuses = await store.listStatuses(d.id);
    applyStatuses(fact, statuses);
    collectBadVersions([fact], undefined, bad);
    const succeeded = (fact.state === 'success' || fact.state === 'inactive') && !hasFailedStatus(fact);
    return { fact, status: statuses[0], succeeded, good: succeeded && !isVersionBad(bad, fact.target, fact.version) };
}
/** The versions of a target the bad set names (for reports). */
function listBadVersions(bad) {
    return [...bad].map((k) => k.slice(k.indexOf('\u0000') + 1));
}
/**
 * Finds the last known good version of an environment: the newest of our
 * deployments of the service that finished successfully (success, or
 * inactive: GitHub retires successful deployments) whose version is not bad
 * there by the one rule (any failing status, or named by a rollback, among
 * the deployments read). Reads pages and statuses newest first and stops at
 * the first hit: one list request per 100 deployments plus one status request
 * per deployment looked at, never more than the bounds.
 */
async function findLastKnownGood(store, environment, options = {}) {
    const exclude = new Set(options.exclude ?? []);
    const bad = new Set();
    const max = options.maxExamined ?? 1000;
    const maxListed = options.maxListed ?? max * 10;
    let examined = 0;
    let listed = 0;
    for await (const d of store.listDeployments({ environment })) {
        if (++listed > maxListed || examined >= max)
            break;
        const p = d.payload;
        if (!p || (options.service !== undefined && p.service !== options.service))
            continue;
        examined++;
        const seen = await judgeNext(store, d, bad);
        if (seen?.good && seen.status && !exclude.has(p.version))
            return { found: { version: p.version, deployment: d, status: seen.status }, examined, failedVersions: listBadVersions(bad) };
    }
    return { found: undefined, examined, failedVersions: listBadVersions(bad) };
}

;// CONCATENATED MODULE: ../../packages/github/src/target-history.ts

/**
 * Reads a target's history for a rollback: what it runs now, its last known
 * good version and, for a manual rollback, proof that a wanted version once
 * succeeded here. When the newest deployment is a plain deploy, its version is
 * the one being rolled back and never counts as good; when it is a successful
 * rollback, it is the good version (so a second rollback is a no-op).
 */
async function inspectTarget(store, environment, options = {}) {
    const exclude = new Set(options.exclude ?? []);
    const bad = new Set();
    const max = options.maxExamined ?? 1000;
    const out = { current: undefined, lastGood: undefined, wantedProof: undefined, failedVersions: [], examined: 0 };
    let listed = 0;
    for await (const d of store.listDeployments({ environment })) {
        // Other tools' and services' deployments cost no status read, but they are bounded too.
        if (++listed > max * 10 || out.examined >= max)
            break;
        const p = d.payload;
        if (!p || (options.service !== undefined && p.service !== options.service))
            continue;
        out.examined++;
        const seen = await judgeNext(store, d, bad);
        if (!seen)
            continue;
        const { status } = seen;
        if (!out.current) {
            out.current = { version: p.version, deployment: d, status };
            if (d.task !== 'deploy:rollback')
                exclude.add(p.version);
        }
        // A version asked for by hand needs proof it once ran here, even if it was later judged bad: the person chose it.
        if (options.wantVersion === p.version && !out.wantedProof && seen.succeeded)
            out.wantedProof = { version: p.version, deployment: d, status };
        if (seen.good && status && !out.lastGood && !exclude.has(p.version))
            out.lastGood = { version: p.version, deployment: d, status };
        if (out.lastGood && (options.wantVersion === undefined || out.wantedProof))
            break;
    }
    out.failedVersions = listBadVersions(bad);
    return out;
}
/**
 * The last known good version of many environments at once (a map by
 * environment; absent when none is known), for a stage's
 * "from version": one repo-wide page of deployments (newest 100) shared by
 * every target, then status reads only until each environment's answer is
 * known. An environment whose history may reach past that page falls back to
 * its own bounded search. Never scans unboundedly.
 */
async function findLastKnownGoodMany(store, environments, options = {}) {
    const found = new Map();
    const wanted = new Set(environments);
    const page = await store.listPage({}, 1, 100);
    const byEnv = new Map();
    for (const d of page) {
        if (!wanted.has(d.environment) || !d.payload || (options.service && d.payload.service !== options.service))
            continue;
        const list = byEnv.get(d.environment) ?? [];
        list.push(d);
        byEnv.set(d.environment, list);
    }
    const pageIsAll = page.length < 100;
    const max = options.maxExaminedPerEnvironment ?? 1000;
    await Promise.all([...wanted].map(async (env) => {
        const bad = new Set();
        for (const d of byEnv.get(env) ?? []) {
            const seen = await judgeNext(store, d, bad);
            if (seen?.good && seen.status) {
                found.set(env, { version: seen.fact.version, deployment: d, status: seen.status });
                return;
            }
        }
        if (pageIsAll)
            return;
        // Older history than the shared page: search this environment alone, with the versions seen failing.
        const search = await findLastKnownGood(store, env, { service: options.service, maxExamined: max });
        if (search.found)
            found.set(env, search.found);
    }));
    return found;
}


/***/ })

};

export const id = 49;
export const ids = [49];
export const modules = {

/***/ 71049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  holdRolloutLock: () => (/* reexport */ session_lock/* holdRolloutLock */._7),
  openActionSession: () => (/* reexport */ openActionSession),
  rollbackTargets: () => (/* reexport */ rollbackTargets)
});

// UNUSED EXPORTS: DEFAULT_LOCK_TIMEOUT, LOCK_RELEASE_BOUND_MS, RequestBudgetError, SILENT_LOG, STDERR_TAIL_CHARS, STDERR_TAIL_LINES, SYSTEM_CLOCK, abortOnSignals, cannotWrite, checkRequestBudget, checkSessionInputs, createRecordKeeper, deployStage, describeNotStarted, describeRunOrigin, describeStderrTail, describeWriteError, environmentUrl, judgeCommand, listTargetsIn, makeRollbackJob, prepareJob, readSwitchBackColors, releaseRolloutLocks, renderOutcomeTable, runCancellableMain, runCommand, runJobCommand, runPool, runRollbackJob, runTargetJob, summarizeOutcomes, switchTraffic, targetNowOf

// EXTERNAL MODULE: ../../packages/core/src/plan-resolve.ts
var plan_resolve = __webpack_require__(17301);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
// EXTERNAL MODULE: ../../packages/core/src/version.ts
var version = __webpack_require__(80427);
// EXTERNAL MODULE: ../../packages/action-kit/src/with-timeout.ts
var with_timeout = __webpack_require__(59761);
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
    if (p.color === 'blue' || p.color === 'green')
        fact.color = p.color;
    if (p.rollback?.replaces)
        fact.replaces = { version: p.rollback.replaces.version, deploymentId: p.rollback.replaces.deployment_id };
    if (status)
        applyStatus(fact, status);
    return fact;
}
/** Records a deployment's latest status on its fact. */
function applyStatus(fact, status) {
    if (!status) {
        // GitHub shows a deployment without a status as pending: stagegate writes no in_progress.
        fact.state = 'pending';
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
 * environment; absent when none is known), for a stage's "from version": the
 * repository's newest pages shared by every target, then a status read per
 * environment (see previous-versions.ts). Never scans unboundedly.
 */
async function findLastKnownGoodMany(store, environments, options = {}) {
    return createPreviousVersionReader(store, options).lookup(environments);
}

;// CONCATENATED MODULE: ../../packages/deployer/src/record-keeper.ts
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

// EXTERNAL MODULE: ../../packages/core/src/placeholders.ts
var placeholders = __webpack_require__(62185);
;// CONCATENATED MODULE: ../../packages/core/src/environment-url.ts


/** What an environment URL template can name: the same values as a check. */
const URL_PLACEHOLDERS = (/* unused pure expression or super */ null && (['target', 'version', 'stage', 'environment', 'service']));
/**
 * The link to a deployed target, from the stage's `url` template, else the
 * plan's (`https://{target}.example.com`), placeholders filled like a
 * command's; undefined when the plan sets none. GitHub shows it on the
 * deployment and the environment as `environment_url`.
 */
function environment_url_environmentUrlFor(plan, target, values, stage) {
    const st = stage ?? (0,plan_resolve/* stageOfTarget */.rp)(plan, target);
    const template = st?.url ?? plan.url;
    if (template === undefined)
        return undefined;
    return (0,placeholders/* fillPlaceholders */.Ct)(template, { target, stage: st?.name ?? '', service: plan.service, version: values.version, environment: values.environment });
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../packages/core/src/duration.ts
var duration = __webpack_require__(28283);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ../../packages/deployer/src/run-command.ts

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
    const child = (0,external_node_child_process_.spawn)(file, args, { cwd: spec.cwd, env: spec.env, shell: false, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
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

;// CONCATENATED MODULE: ../../packages/deployer/src/deploy-target.ts




/**
 * Runs one target's life as GitHub Deployments record it: create the
 * deployment (pending), run the command, then success, failure or error
 * with the reason. Every path that created a deployment leaves it in a final
 * state, including a timeout and a cancelled job. `release` is called once
 * the command has ended, so the next target's command need not wait for this
 * one's final status to reach GitHub.
 */
async function runTargetJob(job, deps, release = () => { }) {
    const clock = deps.clock ?? SYSTEM_CLOCK;
    const started = clock.now();
    const outcome = (state, reason, deploymentId) => ({
        target: job.target, environment: job.environment, deploymentId, fromVersion: job.fromVersion, toVersion: job.version,
        state, reason, durationMs: clock.now() - started, logUrl: deps.run.url,
        // What a rollback of this deploy returns to, known without asking GitHub again.
        ...(job.kind === 'deploy' && job.previousGood ? { previousGood: { deploymentId: job.previousGood.id, sha: job.previousGood.sha } } : {}),
        ...(job.color ? { color: job.color, fromColor: job.fromColor } : {}),
    });
    const task = job.kind === 'rollback' ? 'deploy:rollback' : 'deploy';
    if (deps.dryRun) {
        deps.log.info(`[dry-run] ${job.target}: would POST /repos/{owner}/{repo}/deployments (environment ${job.environment}, task ${task}, ref ${job.ref}, version ${job.version}), run ${JSON.stringify(job.argv)}, then set success or failure`);
        return outcome('planned', `dry run: would ${job.kind} ${job.version}`);
    }
    if (deps.signal?.aborted)
        return outcome('cancelled', 'cancelled before it started');
    let deployment;
    const environmentUrl = environmentUrlFor(deps.plan, job.target, { version: job.version, environment: job.environment });
    try {
        deployment = await deps.store.createDeployment({
            ref: job.ref, environment: job.environment, task,
            payload: {
                tool: 'stagegate', service: deps.plan.service, version: job.version, stage: job.stage, target: job.target, plan: job.planDigest,
                run: { id: deps.run.id, attempt: deps.run.attempt, url: deps.run.url }, ...describeRunOrigin(job.ref, deps.env ?? process.env), ...(job.rollback ? { rollback: job.rollback } : {}),
                ...(job.color ? { color: job.color } : {}),
                ...(job.weight !== undefined ? { weight: job.weight } : {}),
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
    // No in_progress status: the final one follows the command, and GitHub (like stagegate's readers)
    // shows a deployment without a status as pending, so in_progress would cost a write per target
    // (a fifth of a large fleet's hourly requests) to say what the deployment already says.
    const result = await runJobCommand(job, deps);
    release();
    const [state, ghState, reason] = judgeCommand(result, job, { ...(deps.env ?? process.env), ...job.commandEnv });
    // Blue-green: the idle colour holds the version but serves no traffic yet; success waits for the switch (switch-traffic.ts).
    if (job.color && ghState === 'success')
        return finish(state, 'in_progress', reason);
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
        return await (deps.exec ?? runCommand)({
            argv: job.argv,
            cwd: (0,external_node_path_.resolve)(deps.run.workspace, job.command['working-directory'] ?? '.'),
            env: { ...commandBaseEnv(deps.env ?? process.env), ...job.commandEnv },
            timeoutMs: (0,duration/* parseDuration */.E9)(job.command.timeout),
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
    const what = job.kind === 'switch' ? `switched traffic to ${job.color ?? '?'} (${job.version})`
        : job.kind === 'rollback' ? `rolled back to ${job.version}${job.color ? ` (traffic switched back to ${job.color})` : ''}`
            : `deployed ${job.version}${job.color ? ` to ${job.color}${job.fromColor ? ` (idle; ${job.fromColor} serves traffic until the switch)` : ''}` : ''}`;
    const tail = describeStderrTail(r.stderrTail, env);
    const withTail = (head) => (tail ? `${head} — ${tail}` : head);
    if (r.outcome === 'timeout')
        return ['error', 'error', withTail(`${job.kind} timed out after ${(0,duration/* formatDuration */.a3)((0,duration/* parseDuration */.E9)(job.command.timeout))}: the command and its children were killed`)];
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

;// CONCATENATED MODULE: ../../packages/deployer/src/types.ts
/** A log that drops everything (for callers that do not care). */
const SILENT_LOG = { info: () => { }, warning: () => { }, startGroup: () => { }, endGroup: () => { } };
/** The real clock. */
const types_SYSTEM_CLOCK = { now: () => Date.now() };

;// CONCATENATED MODULE: ../../packages/deployer/src/rollback-job.ts




/**
 * Runs one target's rollback with production first: the command starts at
 * once; creating its deployment happens alongside, and
 * the final status after the command ends, each retried in the background
 * (bounded) through `deps.records`. A deployment GitHub refuses (403, 5xx, no
 * answer) never stops the command: it is listed as unrecorded instead.
 *
 * A failed (or timed out, or cancelled) rollback marks its deployment `inactive`, not `failure` or `error`:
 * its payload names the good version it was returning to, and a failure
 * there would make that version look bad, so a later rollback would refuse it.
 */
async function runRollbackJob(job, deps, release = () => { }) {
    const clock = deps.clock ?? types_SYSTEM_CLOCK;
    const started = clock.now();
    let deploymentId;
    const outcome = (state, reason) => ({
        target: job.target, environment: job.environment, deploymentId, fromVersion: job.fromVersion, toVersion: job.version,
        state, reason, durationMs: clock.now() - started, logUrl: deps.run.url, ...(job.color ? { color: job.color } : {}),
    });
    if (deps.dryRun) {
        deps.log.info(`[dry-run] ${job.target}: would POST /repos/{owner}/{repo}/deployments (environment ${job.environment}, task deploy:rollback, ref ${job.ref}, version ${job.version}) alongside the command, which starts first (it does not wait for GitHub): run ${JSON.stringify(job.argv)}; then set success, or inactive if it fails`);
        return outcome('planned', `dry run: would roll back to ${job.version}`);
    }
    if (deps.signal?.aborted)
        return outcome('cancelled', 'cancelled before it started');
    const keeper = deps.records ?? createRecordKeeper({ warn: (l) => deps.log.warning(l) });
    const about = { target: job.target, environment: job.environment };
    const command = runJobCommand(job, deps);
    const environmentUrl = environment_url_environmentUrlFor(deps.plan, job.target, { version: job.version, environment: job.environment });
    // At its first refusal, not after the retries: a run that stops waiting must already have asked for the fallback.
    let refused = false;
    const onRefused = (e) => {
        if (!refused)
            deps.onRollbackUnrecorded?.(job.target);
        refused = true;
        throw e;
    };
    const created = keeper.write({ ...about, what: `the rollback deployment of ${job.target} to ${job.version}` }, () => deps.store.createDeployment({
        ref: job.ref, environment: job.environment, task: 'deploy:rollback',
        payload: {
            tool: 'stagegate', service: deps.plan.service, version: job.version, stage: job.stage, target: job.target, plan: job.planDigest,
            run: { id: deps.run.id, attempt: deps.run.attempt, url: deps.run.url }, ...describeRunOrigin(job.ref, deps.env ?? process.env), ...(job.rollback ? { rollback: job.rollback } : {}),
            ...(job.color ? { color: job.color } : {}),
            ...(job.weight !== undefined ? { weight: job.weight } : {}),
        },
        description: `rollback ${job.target} to ${job.version}: ${job.rollback?.reason ?? ''}`,
    }).catch(onRefused));
    // No in_progress: the deployment shows as pending until its final status (see deploy-target.ts).
    const recorded = created.then((d) => {
        if (d)
            deploymentId = d.id;
        return d;
    });
    const result = await command;
    release();
    const [state, judged, reason] = judgeCommand(result, job, { ...(deps.env ?? process.env), ...job.commandEnv });
    const ghState = judged === 'success' ? 'success' : 'inactive';
    const description = judged === 'success' ? reason : `rollback to ${job.version} FAILED: ${reason}; ${job.fromVersion ?? 'the failed version'} may still run on ${job.target}`;
    // Registered now, while the deployment may still be on its way: if the run stops waiting, this final
    // word (the one a later run most needs) is what the unrecorded list names.
    const final = { ...about, deploymentId: undefined, what: `status ${ghState} of the rollback deployment of ${job.target} to ${job.version} (${description})` };
    const finished = keeper.write(final, async () => {
        const d = await recorded;
        if (!d)
            throw cannotWrite('its deployment could not be created');
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
        if (!isBlueGreen(stage) && (0,plan_resolve/* gateChecks */.He)(plan, stage).some((c) => usesColor(c)))
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
        return (0,placeholders/* findPlaceholders */.GY)(value).includes('color');
    // Arrays too: their values are their elements.
    if (value && typeof value === 'object')
        return Object.values(value).some(usesColor);
    return false;
}

;// CONCATENATED MODULE: ../../packages/deployer/src/switch-back.ts

/**
 * The rollback job maker of a target: for a blue-green stage, a run of its
 * `switch` command back to the previous colour (no redeploy: that colour
 * still holds the previous version), or a failed outcome saying why it
 * cannot switch back; for a rolling stage, the rollback command.
 */
function makeRollbackJob(plan, target, fill, colors, logUrl) {
    const stage = (0,plan_resolve/* stageOfTarget */.rp)(plan, target);
    const index = plan.stages.findIndex((s) => s.name === stage?.name);
    if (!stage?.switch || !isBlueGreen(stage))
        return (basics) => ({ job: fill(basics) });
    const command = stage.switch;
    return (basics) => {
        const c = colors();
        const back = decideSwitchBack({ current: c.current, previous: { version: basics.version, color: c.previous }, ...('holder' in c ? { holder: c.holder } : {}) });
        if (back.kind === 'switch')
            return { job: fill({ ...basics, color: back.color }, { command, path: `stages[${index}].switch` }) };
        return {
            outcome: {
                target, environment: basics.environment, deploymentId: undefined, fromVersion: basics.fromVersion, toVersion: undefined, state: 'failed', durationMs: 0, logUrl,
                reason: `cannot switch ${target} back to ${basics.version}: ${back.reason}; ${basics.fromVersion ?? 'the version being rolled back'} may still serve traffic there`,
            },
        };
    };
}
/**
 * The colours of a looked-up blue-green target: the newest deployment's, the
 * good one's, and (one request: the environment's newest 100 deployments) the
 * version last deployed to the good one's colour, which a switch back would
 * serve. Undefined for a rolling target (nothing to read).
 */
async function readSwitchBackColors(plan, store, target, environment, seen, toVersion) {
    if (!isBlueGreen((0,plan_resolve/* stageOfTarget */.rp)(plan, target)))
        return undefined;
    const proof = toVersion !== undefined ? seen.wantedProof : seen.lastGood;
    const previous = readColor(proof?.deployment.payload?.color);
    const current = readColor(seen.current?.deployment.payload?.color);
    if (previous === undefined)
        return { current, previous };
    // Unreadable: no holder is known, so no switch back (serving an unknown version is no rollback).
    const rows = await store.listPage({ environment }, 1, 100).catch(() => []);
    // A rollback only moves traffic; what a colour holds is its newest deploy's version.
    const holder = rows.find((d) => d.task === 'deploy' && d.payload?.service === plan.service && readColor(d.payload?.color) === previous)?.payload?.version;
    return { current, previous, holder };
}

;// CONCATENATED MODULE: ../../packages/deployer/src/target-jobs.ts

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
    if (basics.color !== undefined)
        values.color = basics.color;
    // Without a stage weight a deploy gives the version all the traffic and a rollback takes it all away.
    values.weight = String(basics.weight ?? (basics.kind === 'rollback' ? 0 : 100));
    try {
        const commandEnv = {
            STAGEGATE_TARGET: basics.target,
            STAGEGATE_VERSION: basics.version,
            STAGEGATE_STAGE: basics.stage,
            STAGEGATE_ENVIRONMENT: basics.environment,
            ...(basics.color ? { STAGEGATE_COLOR: basics.color } : {}),
        };
        for (const [k, v] of Object.entries(command.env ?? {}))
            commandEnv[k] = (0,placeholders/* fillPlaceholders */.Ct)(v, values);
        return { ...basics, argv: (0,placeholders/* fillArgv */.AS)(command.run, values), commandEnv, command };
    }
    catch (e) {
        throw new errors/* ConfigError */.xL([{ path: `${commandPath}.run`, message: `cannot fill the command for target ${basics.target}: ${e.message}` }]);
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

;// CONCATENATED MODULE: ../../packages/deployer/src/rollback-targets.ts







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
    const all = new Set((0,plan_resolve/* allTargets */.eN)(plan));
    const strangers = options.targets.filter((t) => !all.has(t));
    if (strangers.length)
        throw new errors/* ConfigError */.xL([{ path: 'input targets', message: `expected targets of the plan (${[...all].join(', ')}); got ${strangers.map((t) => JSON.stringify(t)).join(', ')}` }]);
    const toVersion = options.toVersion === undefined ? undefined : (0,version/* assertSafeVersion */.y)(options.toVersion, plan['version-pattern'], 'to-version');
    const parallel = options.parallel ?? Math.max(1, ...options.targets.map((t) => (0,plan_resolve/* stageOfTarget */.rp)(plan, t)?.parallel ?? 1));
    const digest = (0,plan_resolve/* planDigest */.Gb)(plan);
    const command = (0,plan_resolve/* rollbackCommand */.Ct)(plan);
    const prefixLines = parallel > 1 && options.targets.length > 1;
    const fill = (basics, via) => prepareJob({ ...basics, planDigest: digest, prefixLines }, via?.command ?? command, via?.path ?? 'rollback', plan.service);
    const known = toVersion === undefined ? (options.known ?? new Map()) : new Map();
    const looked = new Map();
    const lookupMs = options.lookupTimeoutMs ?? 30_000;
    const lookup = (target) => {
        const seen = looked.get(target) ?? (0,with_timeout/* withTimeout */.w)(inspectTarget(options.store, (0,plan_resolve/* environmentFor */.DD)(plan, target), { service: plan.service, exclude: options.exclude, wantVersion: toVersion }), lookupMs, `the last-known-good lookup of ${target} did not answer within ${lookupMs} ms`);
        looked.set(target, seen);
        return seen;
    };
    if (toVersion !== undefined && !options.allowUnknownVersion) {
        // A version given by hand is proven before anything runs (a person is waiting, not production).
        const seen = await runPool(options.targets, Math.max(parallel, 4), lookup, { onSkipped: () => undefined });
        const unproven = options.targets.filter((_, i) => !seen[i]?.wantedProof);
        if (unproven.length)
            throw new errors/* ConfigError */.xL([{ path: 'input to-version', message: `${toVersion} was never deployed successfully to ${unproven.join(', ')}; choose a version that was, or set allow-unknown-version: true` }]);
    }
    // Known targets first, so no pool slot of theirs waits behind a lookup.
    const order = [...options.targets.keys()].sort((a, b) => Number(known.has(options.targets[b])) - Number(known.has(options.targets[a])) || a - b);
    const decide = (target) => {
        const environment = (0,plan_resolve/* environmentFor */.DD)(plan, target);
        const k = known.get(target);
        // Blue-green targets switch traffic back instead (see switch-back.ts).
        if (k)
            return decideKnown(target, environment, k, options, makeRollbackJob(plan, target, fill, () => ({ current: k.currentColor, previous: k.color }), options.run.url));
        return lookup(target).then(async (seen) => {
            const colors = await readSwitchBackColors(plan, options.store, target, environment, seen, toVersion);
            return decideLooked(target, environment, seen, toVersion, options, makeRollbackJob(plan, target, fill, () => colors ?? { current: undefined, previous: undefined }, options.run.url));
        }, (e) => ({ outcome: failedOutcome(target, environment, undefined, `could not look up the last known good version of ${target}: ${describeWriteError(e)}; it was not rolled back`, options) }));
    };
    const results = await runPool(order.map((i) => options.targets[i]), parallel, async (target, _i, release) => {
        const pending = decide(target);
        const d = pending instanceof Promise ? await pending : pending;
        if ('outcome' in d)
            return d.outcome;
        return runRollbackJob(d.job, options, release);
    }, {
        signal: options.signal,
        onSkipped: (target) => describeNotStarted({ target, environment: (0,plan_resolve/* environmentFor */.DD)(plan, target), fromVersion: known.get(target)?.current, version: known.get(target)?.version ?? '' }, 'cancelled', 'cancelled before it started', options.run.url),
    });
    const targets = new Array(results.length);
    order.forEach((original, i) => (targets[original] = results[i]));
    return { result: summarizeOutcomes(targets), targets };
}
function failedOutcome(target, environment, fromVersion, reason, options) {
    return { target, environment, deploymentId: undefined, fromVersion, toVersion: undefined, state: 'failed', reason, durationMs: 0, logUrl: options.run.url };
}
/** A target this run deployed: back to what it ran before, or a plain "no previous version". */
function decideKnown(target, environment, k, options, toJob) {
    if (k.version === undefined) {
        return { outcome: failedOutcome(target, environment, k.current, `no previous version: this run made the first deployment of ${options.plan.service} to ${environment}, so there is nothing to roll back to; ${k.current} is still live there: fix forward or remove it by hand`, options) };
    }
    return toJob({
        kind: 'rollback', target, environment, ...stageAndWeight(target, options), version: k.version, fromVersion: k.current,
        ref: k.sha || options.run.ref, previousGood: undefined,
        rollback: { reason: options.reason, replaces: { version: k.current, ...(k.currentDeploymentId !== undefined ? { deployment_id: k.currentDeploymentId } : {}) } },
    });
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
    return toJob({
        kind: 'rollback', target, environment, ...stageAndWeight(target, options), version: to, fromVersion: current?.version,
        ref: proof?.deployment.sha || options.run.ref,
        rollback: { reason: options.reason, ...(current ? { replaces: { version: current.version, deployment_id: current.deployment.id } } : {}) },
        // The deployment still marked success: the current one, else the older one this rollback repeats.
        previousGood: [current, proof].find((d) => d?.status?.state === 'success')?.deployment,
    });
}
/** The stage a target's rollback is recorded under, and the weight it returns to when that stage has one. */
function stageAndWeight(target, options) {
    const from = options.from?.get(target);
    if (!from)
        return { stage: (0,plan_resolve/* stageOfTarget */.rp)(options.plan, target)?.name ?? '' };
    return { stage: from.stage, ...(from.weight !== undefined ? { weight: from.weight } : {}) };
}

;// CONCATENATED MODULE: ../../packages/action-kit/src/run-context.ts

/**
 * Reads the run context from GITHUB_* variables. `repository` (owner/repo)
 * may come from an input to act on another repository.
 */
function readRunContext(env, repository) {
    const full = (repository || env.GITHUB_REPOSITORY || '').trim();
    const [owner, repo, extra] = full.split('/');
    if (!owner || !repo || extra !== undefined) {
        throw new errors/* ConfigError */.xL([{ path: repository ? 'input repository' : 'GITHUB_REPOSITORY', message: `expected owner/name; got ${JSON.stringify(full)}` }]);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(33483);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(98476);
;// CONCATENATED MODULE: ../../packages/core/src/check-schema.ts


/** A duration such as "30s", "5m", "1h", "500ms"; a bare number means seconds. */
const Duration = schemas/* union */.KCZ([schemas/* string */.YjP().regex(duration/* DURATION_PATTERN */.Cq, { error: 'expected a duration such as "30s", "5m" or "1h"' }), schemas/* number */.aig().nonnegative()])
    .describe('A duration such as "500ms", "30s", "5m", "1h"; a number means seconds.');
/** An argv array: the program and its arguments, never a shell command line. */
const Argv = schemas/* array */.YOg(schemas/* string */.YjP(), { error: 'expected an argv array such as ["./deploy.sh", "--region", "{target}"]' })
    .min(1, { error: 'expected at least the program name' })
    .describe('Program and arguments as an array; each element is one argument, placeholders are filled per element, no shell is involved.');
/** What makes a check fail the gate, and how fast. */
const CheckCommon = {
    /** Unique name of the check within its profile. */
    name: schemas/* string */.YjP().min(1).regex(/^[A-Za-z0-9._-]+$/, { error: 'expected a name of letters, digits, . _ -' }).describe('Unique name of the check within its profile.'),
    /** critical (P0): the first failure fails the gate; warning (P1): fails after failure-limit failures. */
    severity: schemas/* enum */.k5n(['critical', 'warning']).default('warning').describe('critical (P0): the first failure fails the gate; warning (P1): the gate fails after failure-limit failures.'),
    /** Failures (measured, bad value) that a warning check tolerates before it fails; counted cumulatively. */
    'failure-limit': schemas/* number */.aig().int().min(1).default(3).describe('A warning check fails the gate on its Nth failure (cumulative). Default 3.'),
    /** Errors in a row (could not measure: timeout, refused, bad query) before the check ends in Error. */
    'consecutive-error-limit': schemas/* number */.aig().int().min(1).default(4).describe('Errors in a row (timeouts, refused connections, empty results) before the check ends in Error. Default 4.'),
    /** How long one probe may take. */
    timeout: Duration.default('10s').describe('How long one probe may take. Default 10s.'),
};
/** Status expectation: 200, [200, 204], "2xx", or "200-299". */
const StatusExpectation = schemas/* union */.KCZ([
    schemas/* number */.aig().int().min(100).max(599),
    schemas/* array */.YOg(schemas/* number */.aig().int().min(100).max(599)).min(1),
    schemas/* string */.YjP().regex(/^(?:[1-5]xx|\d{3}-\d{3})$/, { error: 'expected a status such as 200, [200, 204], "2xx" or "200-299"' }),
]);
/** One assertion on a value found at a JSON path in the response body. */
const JsonPathAssertion = schemas/* strictObject */.rej({
    /** Dotted path into the body: `status`, `checks.db.ok`, `items[0].state` (a leading `$.` is allowed). */
    path: schemas/* string */.YjP().min(1).describe('Dotted path into the JSON body, e.g. checks.db.ok or items[0].state.'),
    /** The value must equal this (deep equality). */
    equals: schemas/* unknown */.L5J().optional().describe('The value must equal this.'),
    /** The value, as text, must match this regular expression. */
    matches: schemas/* string */.YjP().optional().describe('The value, as text, must match this regular expression.'),
    /** The value must be a number at least this. */
    min: schemas/* number */.aig().optional().describe('The value must be a number >= min.'),
    /** The value must be a number at most this. */
    max: schemas/* number */.aig().optional().describe('The value must be a number <= max.'),
})
    .describe('An assertion on the value at a JSON path of the body.');
/** An HTTP probe. */
const HttpCheck = schemas/* strictObject */.rej({
    ...CheckCommon,
    type: schemas/* literal */.euz('http'),
    /** URL to request; placeholders allowed, e.g. https://{target}.example.com/health. */
    url: schemas/* string */.YjP().min(1).describe('URL to request; placeholders allowed.'),
    /** HTTP method, default GET. */
    method: schemas/* enum */.k5n(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']).default('GET').describe('HTTP method. Default GET.'),
    /** Request headers. */
    headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional().describe('Request headers.'),
    /** Request body (sent as is). */
    body: schemas/* string */.YjP().optional().describe('Request body, sent as is.'),
    /** Follow redirects (default true); when false a 3xx is judged as it is. */
    'follow-redirects': schemas/* boolean */.zMY().default(true).describe('Follow redirects. Default true.'),
    /** What a healthy answer looks like. */
    expect: schemas/* strictObject */.rej({
        /** Expected status: 200, [200, 204], "2xx" or "200-299". Default "2xx". */
        status: StatusExpectation.optional().describe('Expected status: 200, [200, 204], "2xx" or "200-299". Default "2xx".'),
        /** The JSON body must contain these fields with these values (a partial deep match). */
        json: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional().describe('The JSON body must contain these fields with these values (partial deep match).'),
        /** Assertions on values at JSON paths. */
        'json-path': schemas/* array */.YOg(JsonPathAssertion).optional().describe('Assertions on values at JSON paths.'),
        /** The body must contain this text. */
        'body-contains': schemas/* string */.YjP().optional().describe('The body must contain this text.'),
        /** The answer must arrive within this latency, else the sample is a failure. */
        'max-latency': Duration.optional().describe('Answers slower than this are failures.'),
    })
        .default({})
        .describe('What a healthy answer looks like.'),
});
/** A DNS probe. */
const DnsCheck = schemas/* strictObject */.rej({
    ...CheckCommon,
    type: schemas/* literal */.euz('dns'),
    /** Name to resolve; placeholders allowed. */
    host: schemas/* string */.YjP().min(1).describe('Name to resolve; placeholders allowed.'),
    /** Address family to ask for. */
    family: schemas/* enum */.k5n(['any', 'ipv4', 'ipv6']).default('any').describe('Address family: any, ipv4 or ipv6.'),
    /** The name must resolve to these addresses (all of them). */
    'expect-addresses': schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('The name must resolve to all of these addresses.'),
});
/** A TCP connect probe. */
const TcpCheck = schemas/* strictObject */.rej({
    ...CheckCommon,
    type: schemas/* literal */.euz('tcp'),
    /** Host to connect to; placeholders allowed. */
    host: schemas/* string */.YjP().min(1).describe('Host to connect to; placeholders allowed.'),
    /** Port to connect to. */
    port: schemas/* number */.aig().int().min(1).max(65535).describe('Port to connect to.'),
});
/** A Prometheus instant query, optionally compared against a baseline. */
const PrometheusCheck = schemas/* strictObject */.rej({
    ...CheckCommon,
    type: schemas/* literal */.euz('prometheus'),
    /** Prometheus server URL; defaults to the plan's prometheus.url. */
    server: schemas/* string */.YjP().url().optional().describe("Prometheus server URL; defaults to the plan's prometheus.url."),
    /** PromQL instant query; it must return one number (a scalar or a one-series vector). */
    query: schemas/* string */.YjP().min(1).describe('PromQL instant query returning one number; placeholders allowed.'),
    /** The value must be at least this. */
    min: schemas/* number */.aig().optional().describe('The value must be >= min.'),
    /** The value must be at most this. */
    max: schemas/* number */.aig().optional().describe('The value must be <= max.'),
    /** Compare the canary against a baseline over the soak (Mann-Whitney U, as Kayenta does). */
    baseline: schemas/* strictObject */.rej({
        /** PromQL for the same metric on targets not yet on the new version. */
        query: schemas/* string */.YjP().min(1).describe('PromQL for the same metric on the baseline (targets not yet on the new version).'),
        /** The canary may be worse than the baseline by at most this ratio (1.2 = 20% worse). */
        'max-ratio': schemas/* number */.aig().positive().default(1.2).describe('Allowed ratio canary/baseline. Default 1.2.'),
        /** Confidence required to call the canary worse. */
        confidence: schemas/* number */.aig().gt(0.5).lt(1).default(0.98).describe('Confidence required to call the canary worse. Default 0.98.'),
        /** Which direction is worse. */
        direction: schemas/* enum */.k5n(['increase', 'decrease']).default('increase').describe('increase: higher is worse (errors, latency); decrease: lower is worse (throughput).'),
        /** Absolute difference that is always tolerated (so a baseline of zero does not make any noise a failure). */
        'min-difference': schemas/* number */.aig().nonnegative().default(0).describe('An absolute difference always tolerated. Default 0.'),
    })
        .optional()
        .describe('Compare against a baseline query over the soak.'),
});
/** A command probe: exit code 0 passes. */
const CommandCheck = schemas/* strictObject */.rej({
    ...CheckCommon,
    type: schemas/* literal */.euz('command'),
    /** argv to run; exit code 0 passes. */
    run: Argv,
});
/** Any check. */
const Check = schemas/* discriminatedUnion */.gMt('type', [HttpCheck, DnsCheck, TcpCheck, PrometheusCheck, CommandCheck], {
    error: 'expected a check with type one of http, dns, tcp, prometheus, command',
});

;// CONCATENATED MODULE: ../../packages/core/src/plan-constants.ts
// The plan's enumerations, apart from plan-schema.ts: the notify action and the messages need the
// priorities without evaluating every zod schema of the plan at start-up.
/** What to do when a stage fails its deploy or its gate. */
const ON_FAILURE = ['rollback-stage', 'rollback-all', 'continue', 'pause'];
/** Notification priorities, P0 most urgent. */
const PRIORITIES = ['P0', 'P1', 'P2', 'P3'];

;// CONCATENATED MODULE: ../../packages/core/src/windows-schema.ts


/** Weekday names a deny window may list, Sunday first (as `Date#getDay` counts). */
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** True when the runtime's Intl knows the IANA time zone (Node ships full ICU). */
function isTimeZone(name) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: name });
        return true;
    }
    catch {
        return false;
    }
}
const TimeZone = schemas/* string */.YjP()
    .refine(isTimeZone, { error: 'expected an IANA time zone such as "America/New_York", "Europe/London" or "UTC"' })
    .describe('IANA time zone, e.g. America/New_York.');
// "24:00" only ends a window (a whole day is 00:00–24:00); it never starts one.
const From = schemas/* string */.YjP().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a 24-hour local time such as "16:00"' });
const To = schemas/* string */.YjP().regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: 'expected a 24-hour local time such as "09:00" (24:00 for the end of the day)' });
/** A span of local time when no stage may start. */
const DenyWindow = schemas/* strictObject */.rej({
    /** Shown in messages; default "deny window N". */
    name: schemas/* string */.YjP().min(1).optional().describe('Name shown in messages, e.g. market-hours.'),
    /** Days the window starts on; default every day. An overnight window belongs to the day it starts. */
    days: schemas/* array */.YOg(schemas/* enum */.k5n(WEEKDAYS)).min(1).optional().describe('Days the window starts on (sun … sat); default every day. An overnight window (from later than to) belongs to the day it starts.'),
    /** Start, local 24-hour time. */
    from: From.describe('Start, local 24-hour time, e.g. "16:00".'),
    /** End, local 24-hour time; earlier than from means the next day. */
    to: To.describe('End, local 24-hour time, e.g. "09:00"; earlier than from means the next morning; 24:00 is midnight.'),
    /** Time zone of from/to and days; default the windows' timezone. */
    timezone: TimeZone.optional().describe("Time zone of from, to and days. Default: windows.timezone."),
})
    .refine((w) => w.from !== w.to, { path: ['to'], error: 'expected to to differ from from; a whole day is from: "00:00", to: "24:00"' })
    .describe('A span of local time when no stage may start.');
/** When stages may not start, and how long a rollout waits for a window to end. */
const Windows = schemas/* strictObject */.rej({
    /** Default time zone of the deny windows. */
    timezone: TimeZone.default('UTC').describe('Default time zone of the deny windows. Default UTC.'),
    /** Spans when no stage may start. */
    deny: schemas/* array */.YOg(DenyWindow).min(1, { error: 'expected at least one deny window' }).describe('Spans of local time when no stage may start.'),
    /** Longest wait for a deny window to end before refusing; 0s refuses at once. */
    wait: Duration.default('0s').describe('Longest wait, before a stage, for a deny window to end; then the rollout stops with result held. Default 0s: stop at once.'),
})
    .describe('Deploy windows: before each stage, inside a deny window the rollout waits (up to wait) or stops with result held.');

;// CONCATENATED MODULE: ../../packages/core/src/plan-schema.ts





const Name = schemas/* string */.YjP().min(1).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'expected a name of letters, digits, . _ - (starting with a letter or digit)' });
/** How a stage is judged healthy. */
const Gate = schemas/* strictObject */.rej({
    /** Name of a check profile under `checks:`. */
    profile: schemas/* string */.YjP().min(1).optional().describe('Name of a check profile under checks:.'),
    /** Checks given inline, in addition to the profile's. */
    checks: schemas/* array */.YOg(Check).optional().describe("Checks given inline, in addition to the profile's."),
    /** How long to watch after the deploy; the gate passes only after the soak. */
    soak: Duration.default('0s').describe('How long to keep probing after the deploy. Default 0s: one round of probes.'),
    /** Time between rounds of probes. */
    interval: Duration.default('10s').describe('Time between rounds of probes. Default 10s.'),
    /** Hard limit for the whole gate; reaching it ends in Inconclusive (or Error). */
    timeout: Duration.optional().describe('Hard limit for the whole gate. Default: soak + 5m.'),
    /** Successful rounds in a row required at the end of the soak. */
    'consecutive-success': schemas/* number */.aig().int().min(1).optional().describe('Successful rounds in a row required before the gate passes.'),
    /** How many targets are probed at once. */
    concurrency: schemas/* number */.aig().int().min(1).max(1000).default(20).describe('How many targets are probed at once. Default 20.'),
})
    .describe('How a stage is judged healthy.');
/** A link template: an http(s) URL with placeholders, filled per target. */
const UrlTemplate = schemas/* string */.YjP()
    .regex(/^https?:\/\/\S+$/, { error: 'expected an http(s) URL template such as https://{target}.example.com' })
    .describe('Link to a deployed target, set as environment_url on its deployment statuses, e.g. https://{target}.example.com. Placeholders: {target}, {version}, {stage}, {environment}, {service}.');
/** One stage of the rollout: a set of targets deployed together, then gated. */
const Stage = schemas/* strictObject */.rej({
    /** Unique stage name, e.g. canary. */
    name: Name.describe('Unique stage name, e.g. canary.'),
    /** Targets of this stage; each becomes a GitHub environment (see `environment`). */
    targets: schemas/* array */.YOg(Name, { error: 'expected a list of target names such as [lhr, nrt]' })
        .min(1, { error: 'expected at least one target: an empty stage deploys nothing' })
        .describe('Targets of this stage, e.g. [lhr, nrt]; each becomes a GitHub environment.'),
    /** How many targets are deployed at once. Default 1 (one by one). */
    parallel: schemas/* number */.aig().int().min(1).max(256).default(1).describe('How many targets are deployed at once. Default 1.'),
    /** How the stage is judged healthy; without a gate the stage passes when its deploys succeed. */
    gate: Gate.optional(),
    /** What to do when the stage fails. */
    'on-failure': schemas/* enum */.k5n(ON_FAILURE)
        .default('rollback-stage')
        .describe('rollback-stage: roll back this stage; rollback-all: roll back every target touched so far; continue: record and go on; pause: stop for a person.'),
    /** Override of the plan's environment template for this stage. */
    environment: schemas/* string */.YjP().min(1).optional().describe("Override of the plan's environment template for this stage."),
    /** Override of the plan's url template for this stage's targets. */
    url: UrlTemplate.optional().describe("Override of the plan's url template for this stage's targets."),
    /** rolling: deploy over the live version; blue-green: deploy to the idle colour, gate it, then run `switch`. */
    strategy: schemas/* enum */.k5n(['rolling', 'blue-green']).default('rolling').describe('rolling (default): deploy over the live version. blue-green: deploy to the idle colour ({color}), gate it, then move traffic with switch; a rollback switches back.'),
    /** For blue-green: moves the target's traffic to `{color}`; run after the gate passes, and with the previous colour on a rollback. */
    switch: schemas/* lazy */.RZV(() => Command).optional().describe('For strategy: blue-green: the command that moves traffic to {color} (after the gate passes; back to the previous colour on a rollback).'),
    /** Share of each target's traffic the version gets in this stage; a target may come back in a later stage only at a higher weight. */
    weight: schemas/* number */.aig().int().min(1).max(100).optional().describe('Share (1-100) of each target\'s traffic the version gets in this stage, filled into commands as {weight}. A target may appear again in a later stage only with a higher weight. Default: none (the version takes all traffic, {weight} is 100).'),
    /** Longest wall time of the stage (deploy + gate); over it the stage fails with cause "over budget". */
    budget: Duration.optional().describe('Longest wall time of this stage, deploy + gate, e.g. 10m; when it runs out the running deploy or gate is stopped and the stage fails with cause "over budget", then follows on-failure.'),
})
    .describe('One stage: targets deployed together, then gated.');
/**
 * Percentage waves: one list of targets rolled out in stages that cover rising
 * cumulative shares of it, expanded into plain stages when the plan is loaded
 * (see plan-waves.ts). The other fields are a stage's, given to every wave.
 */
const Waves = Stage.omit({ name: true, targets: true, weight: true })
    .extend({
    /** Prefix of the wave stages' names: wave-1, wave-2, … */
    name: Name.default('wave').describe('Prefix of the wave stages\' names: wave-1, wave-2, … Default wave.'),
    /** Targets in rollout order: the first ones go first. */
    targets: schemas/* array */.YOg(Name, { error: 'expected a list of target names such as [lhr, nrt]' }).min(1, { error: 'expected at least one target' }).describe('Targets in rollout order: wave 1 takes the first ones.'),
    /** Cumulative shares of the targets, rising, ending at 100. */
    percent: schemas/* array */.YOg(schemas/* number */.aig().gt(0).max(100), { error: 'expected a list of rising percentages such as [1, 10, 50, 100]' }).min(1, { error: 'expected at least one wave' }).describe('Cumulative shares of the targets each wave reaches, rising and ending at 100, e.g. [1, 10, 50, 100]. Each wave gets at least one target.'),
})
    .describe('Percentage waves: stages covering rising cumulative shares of one list of targets, after the stages (if any).');
/** A command the plan runs per target: argv, never a shell line. */
const Command = schemas/* strictObject */.rej({
    /** Program and arguments, placeholders filled per element. */
    run: Argv,
    /** Kill the command (and its children) after this long; the target is recorded as error. */
    timeout: Duration.default('15m').describe('Kill the command and its children after this long. Default 15m.'),
    /** Extra environment variables for the command; placeholders allowed in values. */
    env: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), schemas/* string */.YjP()).optional().describe('Extra environment variables; placeholders allowed in values.'),
    /** Working directory, relative to the workspace. */
    'working-directory': schemas/* string */.YjP().optional().describe('Working directory, relative to the workspace.'),
})
    .describe('A command run per target: an argv array, no shell.');
/** A secret reference: `env:NAME` reads the variable NAME at run time. */
const SecretRef = schemas/* string */.YjP()
    .regex(/^env:[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected env:NAME (the variable that holds the URL); a plan must not contain the secret itself' })
    .describe('env:NAME: the environment variable holding the secret.');
const ChannelCommon = {
    /** Lowest priority this channel receives: P2 means P0, P1 and P2. */
    'min-priority': schemas/* enum */.k5n(PRIORITIES).default('P2').describe('Lowest priority sent to this channel: P2 means P0, P1, P2. Default P2.'),
    /** Send here only when this other channel failed to deliver. */
    'fallback-for': schemas/* string */.YjP().optional().describe('Send here only when the named channel failed to deliver.'),
    /** For a fallback channel: events this urgent are sent here at once too, not only after the other channel fails (on call hears about a P0 twice rather than late). */
    'immediate-priority': schemas/* enum */.k5n([...PRIORITIES, 'none']).default('P0').describe('For a fallback channel: events at or above this priority are sent here at once as well. none: only as a fallback. Default P0.'),
    /** Time allowed for one send. */
    timeout: Duration.default('10s').describe('Time allowed for one send attempt. Default 10s.'),
    /** Retries after the first attempt on 5xx, 429 and network errors. */
    retries: schemas/* number */.aig().int().min(0).max(10).default(3).describe('Retries on 5xx, 429 and network errors. Default 3.'),
    /** key: a rollout's start, its first alert and its end (at most 3 messages); all: every event, as the audit trail holds them. */
    events: schemas/* enum */.k5n(['key', 'all']).default('key').describe('key (default): at most 3 messages per rollout (start, the alert that needs a person, the end); all: every event.'),
    /** An unset webhook variable stops the run only when the channel is required; otherwise alerts for it are logged locally. */
    required: schemas/* boolean */.zMY().default(false).describe('true: an unset webhook variable is an error that stops the run. Default false: a warning, alerts logged locally only.'),
};
/** Where events go. */
const Notify = schemas/* strictObject */.rej({
    /** Slack incoming webhook. */
    slack: schemas/* strictObject */.rej({ webhook: SecretRef, ...ChannelCommon }).optional(),
    /** Discord webhook. */
    discord: schemas/* strictObject */.rej({ webhook: SecretRef, ...ChannelCommon }).optional(),
    /** Generic JSON webhook, signed with HMAC-SHA256 when a secret is set. */
    webhook: schemas/* strictObject */.rej({ url: SecretRef, secret: SecretRef.optional(), ...ChannelCommon }).optional(),
    /** PagerDuty Events API v2: a P0 triggers an incident (one per rollout), the all-clear resolves it. */
    pagerduty: schemas/* strictObject */.rej({
        'routing-key': SecretRef.describe('env:NAME: the variable holding the Events API v2 integration key (routing key).'),
        'events-url': schemas/* string */.YjP().url().default('https://events.pagerduty.com/v2/enqueue').describe('Events API v2 endpoint. Default https://events.pagerduty.com/v2/enqueue.'),
        ...ChannelCommon,
        'min-priority': schemas/* enum */.k5n(PRIORITIES).default('P0').describe('Lowest priority that triggers an incident. Default P0.'),
    }).describe('PagerDuty Events API v2: an alert triggers one incident per rollout, the all-clear resolves it.').optional(),
    /** When a failed send fails the step: p0-p1 (default), any, never. */
    'fail-on-error': schemas/* enum */.k5n(['p0-p1', 'any', 'never']).default('p0-p1').describe('Fail the step when an event could not be delivered: p0-p1 (default), any, never.'),
})
    .describe('Notification channels and routing.');
/** The rollout plan, usually .github/rollout.yml. */
const Plan = schemas/* strictObject */.rej({
    /** Plan format version; only 1 exists. */
    version: schemas/* literal */.euz(1, { error: 'expected version: 1' }).describe('Plan format version: 1.'),
    /** Service name, shown in notifications and recorded in deployments. */
    service: Name.describe('Service name, e.g. trading-api.'),
    /** GitHub environment name per target. Placeholders: {target}, {stage}, {service}. */
    environment: schemas/* string */.YjP().min(1).default('production/{target}').describe('GitHub environment name per target. Default production/{target}.'),
    /** Link to each deployed target (environment_url), e.g. https://{target}.example.com. */
    url: UrlTemplate.optional(),
    /** Regular expression a version must match before anything is deployed. */
    'version-pattern': schemas/* string */.YjP().default(version/* DEFAULT_VERSION_PATTERN */.W).describe(`Regular expression a version must match. Default ${version/* DEFAULT_VERSION_PATTERN */.W}.`),
    /** Stages, in rollout order. */
    stages: schemas/* array */.YOg(Stage).default([]).describe('Stages, in rollout order. At least one, unless waves are given.'),
    /** Percentage waves, expanded into stages named wave-1, wave-2, … after `stages`. */
    waves: Waves.optional(),
    /** How to deploy one target. */
    deploy: Command,
    /** How to roll back one target ({previous} is the version to go back to). Default: the deploy command with {version} set to the previous version. */
    rollback: Command.optional(),
    /** Named check profiles that gates refer to. */
    checks: schemas/* record */.g1P(Name, schemas/* array */.YOg(Check)).default({}).describe('Named check profiles, referred to by gate.profile.'),
    /** Defaults for prometheus checks. */
    prometheus: schemas/* strictObject */.rej({ url: schemas/* string */.YjP().url().describe('Prometheus server URL.') }).optional(),
    /** Notification channels. */
    notify: Notify.optional(),
    /** Deploy windows: spans when no stage may start. */
    windows: Windows.optional(),
    /** Longest wall time of the whole rollout; the stage running when it runs out fails with cause "over budget". */
    budget: Duration.optional().describe('Longest wall time of the whole rollout, e.g. 35m; the stage running when it runs out is stopped and fails with cause "over budget", then follows its on-failure.'),
})
    .describe('A stagegate rollout plan.');

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
        return (0,plan_resolve/* environmentFor */.DD)(plan, target, stage);
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
    const allowed = placeholders/* PLACEHOLDERS_ALLOWED */.GA[kind];
    // PromQL label matchers use braces too: only {word} with a known-looking name counts.
    return (0,placeholders/* findPlaceholders */.GY)(text)
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

;// CONCATENATED MODULE: ../../packages/core/src/zod-issues.ts
/** Every key any plan object accepts, to suggest the one a typo meant. */
const KNOWN_KEYS = [
    'version', 'service', 'environment', 'version-pattern', 'stages', 'deploy', 'rollback', 'checks', 'prometheus', 'notify',
    'name', 'targets', 'parallel', 'gate', 'on-failure', 'profile', 'soak', 'interval', 'timeout', 'consecutive-success', 'concurrency',
    'run', 'env', 'working-directory', 'type', 'severity', 'failure-limit', 'consecutive-error-limit', 'url', 'method', 'headers', 'body',
    'follow-redirects', 'expect', 'status', 'json', 'json-path', 'body-contains', 'max-latency', 'host', 'family', 'expect-addresses', 'port',
    'server', 'query', 'min', 'max', 'baseline', 'max-ratio', 'confidence', 'direction', 'min-difference', 'path', 'equals', 'matches',
    'slack', 'discord', 'webhook', 'secret', 'min-priority', 'immediate-priority', 'fallback-for', 'retries', 'fail-on-error',
];
/** `['stages', 1, 'on-failure']` → `stages[1].on-failure`. */
function formatPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else
            out += out ? `.${String(seg)}` : String(seg);
    }
    return out;
}
/** A value as a person should see it in an error: JSON, cut to 60 characters. */
function showValue(v) {
    if (v === undefined)
        return 'nothing';
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
/** Where a plan (or the notify action's `channels` input) holds webhook URLs and signing keys. */
const SECRET_AREA = /^(?:notify|input channels)(?:\.|$)/;
/** Keys of a channel that hold no secret: their values help the reader and are shown. */
const NOT_SECRET = /\.(?:min-priority|immediate-priority|fallback-for|retries|timeout|fail-on-error)$/;
/**
 * Turns one zod issue into plan problems a person can act on. A value under
 * `notify:` is never shown: a webhook URL written there by mistake (instead of
 * `env:NAME`) is a live secret, and error text ends up in logs and summaries.
 */
function describeIssue(issue, base = []) {
    return describeOne(issue, base).map((p) => (SECRET_AREA.test(p.path) && !NOT_SECRET.test(p.path) ? { ...p, message: hideValue(p.message) } : p));
}
/** The message without the value it quotes. */
function hideValue(message) {
    const cut = message.search(/;? got /);
    return `${cut >= 0 ? message.slice(0, cut) : message} (value not shown: it is a secret)`;
}
function describeOne(issue, base = []) {
    const path = [...base, ...issue.path];
    const at = formatPath(path) || 'plan';
    const input = issue.input;
    switch (issue.code) {
        case 'invalid_value':
            if (issue.values.length === 1)
                return [{ path: at, message: `expected ${showValue(issue.values[0])}; got ${showValue(input)}` }];
            return [{ path: at, message: `expected one of ${issue.values.map(String).join(', ')}; got ${showValue(input)}` }];
        case 'unrecognized_keys':
            return issue.keys.map((k) => {
                const near = closest(k);
                return { path: formatPath([...path, k]), message: `unknown key${near ? `; did you mean "${near}"?` : ' (not part of the plan format)'}` };
            });
        case 'invalid_type': {
            if (input === undefined)
                return [{ path: at, message: `required: expected ${issue.expected}${custom(issue.message)}` }];
            const own = custom(issue.message);
            return [{ path: at, message: own ? own.slice(2) + `; got ${showValue(input)}` : `expected ${issue.expected}; got ${typeName(input)} ${showValue(input)}` }];
        }
        case 'invalid_union': {
            const disc = issue;
            if (disc.discriminator && disc.options) {
                const got = input && typeof input === 'object' ? input[disc.discriminator] : input;
                return [{ path: at, message: `expected one of ${disc.options.map(String).join(', ')}; got ${showValue(got)}` }];
            }
            // Report the branch that got furthest: a string that fails a pattern says more than "expected number".
            const branches = issue.errors.filter((errs) => !errs.every((e) => e.code === 'invalid_type' && e.path.length === 0));
            const best = branches[0];
            if (best)
                return best.flatMap((e) => describeOne(e, path));
            const own = custom(issue.message);
            return [{ path: at, message: `${own ? own.slice(2) : 'unexpected value'}; got ${showValue(input)}` }];
        }
        case 'too_small':
        case 'too_big': {
            const own = custom(issue.message);
            if (own)
                return [{ path: at, message: own.slice(2) }];
            const bound = issue.code === 'too_small' ? `>= ${String(issue.minimum)}` : `<= ${String(issue.maximum)}`;
            const what = issue.origin === 'array' ? `a list of ${bound} items` : issue.origin === 'string' ? `text of ${bound} characters` : `a number ${bound}`;
            return [{ path: at, message: `expected ${what}; got ${showValue(input)}` }];
        }
        case 'invalid_format': {
            const own = custom(issue.message);
            return [{ path: at, message: `${own ? own.slice(2) : `expected a ${issue.format}`}; got ${showValue(input)}` }];
        }
        default:
            return [{ path: at, message: `${issue.message}${input !== undefined ? `; got ${showValue(input)}` : ''}` }];
    }
}
/** A custom message we set in the schema (zod's own start with "Invalid" or "Too"). */
function custom(message) {
    return /^(Invalid|Too (small|big)|Unrecognized)/.test(message) ? '' : `; ${message}`;
}
function typeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    return typeof v === 'object' ? 'an object' : typeof v;
}
function closest(key) {
    let best;
    let bestD = Infinity;
    for (const k of KNOWN_KEYS) {
        const d = distance(key.toLowerCase(), k);
        if (d < bestD)
            [best, bestD] = [k, d];
    }
    return bestD <= Math.max(2, Math.floor(key.length / 4)) ? best : undefined;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}

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
    const parsed = Plan.safeParse(data, { reportInput: true });
    if (!parsed.success) {
        const problems = parsed.error.issues.flatMap((i) => describeIssue(i));
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

// EXTERNAL MODULE: ../../packages/action-kit/src/inputs.ts
var src_inputs = __webpack_require__(18322);
// EXTERNAL MODULE: ../../node_modules/@actions/github/lib/github.js
var github = __webpack_require__(68803);
// EXTERNAL MODULE: ../../node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(54491);
// EXTERNAL MODULE: ../../node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(22812);
;// CONCATENATED MODULE: ../../packages/github/src/rate-limit.ts
/**
 * Spending the token's hourly requests with care: how many remain (read for
 * free), and conditional requests that cost nothing when nothing changed.
 */
/**
 * Reads the token's primary rate limit (the `core` resource) from
 * GET /rate_limit, which GitHub does not count against the limit. Undefined
 * when the server has no rate limit to report (GHES with rate limiting off
 * answers 404) or cannot be asked: the caller then goes on unchecked.
 */
async function readRateLimit(client) {
    try {
        const res = await client.request('GET /rate_limit');
        const core = res.data.resources?.core;
        if (!core || typeof core.remaining !== 'number' || typeof core.limit !== 'number' || typeof core.reset !== 'number')
            return undefined;
        return { limit: core.limit, remaining: core.remaining, reset: core.reset };
    }
    catch (e) {
        if (e.status === 404)
            return undefined;
        throw e;
    }
}
/**
 * Conditional requests: a GET repeated within a run (the rollout lock's look
 * at its claims while it waits, a status read again) carries the ETag of its
 * last answer in If-None-Match; GitHub answers 304 Not Modified when nothing
 * changed, and a 304 does not count against the rate limit. octokit throws on
 * a 304, so the remembered answer is handed back instead. The memory is
 * bounded: the oldest answers are forgotten first.
 */
/** Answers remembered at most (the oldest go first). */
const MAX_REMEMBERED_ANSWERS = 500;
/** Octokit plugin: remembers GET answers by URL with their ETag and reuses them on a 304. */
function reuseUnchangedAnswers(max = MAX_REMEMBERED_ANSWERS) {
    return (octokit) => {
        const answers = new Map();
        octokit.hook.wrap('request', async (request, hookOptions) => {
            const options = hookOptions;
            if ((options.method ?? 'GET').toUpperCase() !== 'GET')
                return request(options);
            const key = octokit.request.endpoint(options).url;
            const known = answers.get(key);
            if (known)
                options.headers = { ...options.headers, 'if-none-match': known.etag };
            try {
                const response = await request(options);
                const etag = response.headers.etag;
                answers.delete(key);
                if (typeof etag === 'string' && etag) {
                    answers.set(key, { etag, response: response });
                    if (answers.size > max)
                        answers.delete(answers.keys().next().value);
                }
                return response;
            }
            catch (e) {
                if (e.status !== 304 || !known)
                    throw e;
                // Nothing changed: the remembered answer, with this answer's headers (fresh rate-limit figures).
                const headers = e.response?.headers ?? {};
                return { ...known.response, headers: { ...known.response.headers, ...headers } };
            }
        });
        return {};
    };
}

// EXTERNAL MODULE: ../../node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __webpack_require__(39219);
;// CONCATENATED MODULE: ../../packages/github/src/request-bounds.ts

const KEY = 'stagegateBudget';
/**
 * A request that got no answer in time. It carries status 408 so that the
 * retry plugin treats it like a network failure and tries again while the
 * budget lasts; its message names the method, the route and the timeout.
 */
class GitHubTimeoutError extends dist_src/* RequestError */.G {
    /** Marks the error as ours: no HTTP status came from GitHub. */
    timedOut = true;
    constructor(message, options) {
        super(message, 408, { request: options });
        Object.defineProperty(this, 'name', { value: 'GitHubTimeoutError' });
    }
}
/** Milliseconds as people read them: 30 s, 1.5 s, 250 ms. */
function showMs(ms) {
    return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms)} ms`;
}
function routeOf(options) {
    return `${(options.method ?? 'GET').toUpperCase()} ${options.url ?? '?'}`;
}
/** Milliseconds left in the budget of a request, Infinity when it has none. */
function budgetLeft(options) {
    const budget = options?.request?.[KEY];
    return budget ? budget.deadline - Date.now() : Infinity;
}
/**
 * Octokit plugin for one attempt; register it before the retry plugin so it
 * wraps each attempt, not the whole retried request. Hooks share one options
 * object per request (before-after-hook binds it), so the attempt's signal is
 * set on that object, never passed as a new one.
 */
function boundEachAttempt(bounds) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const budget = options.request?.[KEY];
            const left = budget ? budget.deadline - Date.now() : Infinity;
            if (left <= 0)
                throw new GitHubTimeoutError(budgetMessage(options, bounds, budget), options);
            const ms = Math.min(bounds.timeoutMs, left);
            const controller = new AbortController();
            const callerSignal = budget ? budget.callerSignal : options.request?.signal;
            const forward = () => controller.abort(callerSignal?.reason);
            if (callerSignal?.aborted)
                forward();
            callerSignal?.addEventListener('abort', forward, { once: true });
            let timedOut = false;
            const timer = setTimeout(() => {
                timedOut = true;
                controller.abort(new Error(`timed out after ${showMs(ms)}`));
            }, ms);
            if (budget)
                budget.attempts++;
            options.request = { ...options.request, signal: controller.signal };
            const failure = () => {
                const what = ms < bounds.timeoutMs
                    ? budgetMessage(options, bounds, budget)
                    : `GitHub ${routeOf(options)} timed out: no answer within ${showMs(ms)} (request timeout ${showMs(bounds.timeoutMs)})`;
                if (budget)
                    budget.lastFailure = `no answer within ${showMs(ms)}`;
                return new GitHubTimeoutError(what, options);
            };
            try {
                const response = await request(options);
                // octokit swallows a body read that was aborted: an answer cut off by our timer is no answer.
                if (timedOut)
                    throw failure();
                return response;
            }
            catch (e) {
                if (timedOut)
                    throw failure();
                if (budget)
                    budget.lastFailure = e.status ? `${e.status} ${e.message}` : e.message;
                throw e;
            }
            finally {
                clearTimeout(timer);
                callerSignal?.removeEventListener('abort', forward);
            }
        });
        return {};
    };
}
/**
 * Octokit plugin for the whole request; register it after the retry and
 * throttling plugins so its budget covers their waits. When the budget runs
 * out the request fails at once; a retry still sleeping behind it finds the
 * budget spent and sends nothing.
 */
function boundWholeRequest(bounds) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            if (options.request?.[KEY])
                return request(options);
            const budget = { deadline: Date.now() + bounds.budgetMs, attempts: 0, callerSignal: options.request?.signal };
            options.request = { ...options.request, [KEY]: budget };
            let timer;
            const spent = new Promise((_, reject) => {
                timer = setTimeout(() => reject(new GitHubTimeoutError(budgetMessage(options, bounds, budget), options)), bounds.budgetMs);
            });
            try {
                return await Promise.race([request(options), spent]);
            }
            finally {
                clearTimeout(timer);
            }
        });
        return {};
    };
}
function budgetMessage(options, bounds, budget) {
    const tries = budget ? `${budget.attempts} attempt${budget.attempts === 1 ? '' : 's'}` : 'its attempts';
    const last = budget?.lastFailure ? `; last: ${budget.lastFailure}` : '';
    return `GitHub ${routeOf(options)} timed out: gave up after ${tries} in ${showMs(bounds.budgetMs)} (retry budget ${showMs(bounds.budgetMs)}, request timeout ${showMs(bounds.timeoutMs)}${last})`;
}

;// CONCATENATED MODULE: ../../packages/github/src/write-pacer.ts
/** A write the pacer refused: its turn is further away than the bound. */
class WritePacingError extends Error {
    constructor(message) {
        super(message);
        this.name = 'WritePacingError';
    }
}
/** The pacer: one queue of turns for every write of a client. */
class WritePacer {
    tokens;
    last;
    notBefore = 0;
    burst;
    perMs;
    maxWaitMs;
    now;
    constructor(pacing = {}) {
        // 0: unpaced (GHES without rate limits, a fake): an endless burst, though a retry-after still holds writes.
        this.burst = pacing.perMinute === 0 ? Infinity : (pacing.burst ?? 30);
        this.perMs = (pacing.perMinute ?? 50) / 60_000;
        this.maxWaitMs = pacing.maxWaitMs ?? 15 * 60_000;
        this.now = pacing.now ?? Date.now;
        this.tokens = this.burst;
        this.last = this.now();
    }
    /**
     * Takes the next turn and says how long to wait for it, in ms. Turns are
     * handed out in order, so the bucket may go into debt: the waits grow one
     * interval per queued write. Throws when the wait would pass the bound.
     */
    reserve() {
        const now = this.now();
        this.tokens = Math.min(this.burst, this.tokens + (now - this.last) * this.perMs);
        this.last = now;
        const wait = Math.max(this.tokens >= 1 ? 0 : (1 - this.tokens) / this.perMs, this.notBefore - now);
        if (wait > this.maxWaitMs) {
            throw new WritePacingError(`GitHub write not sent: its turn is ${Math.ceil(wait / 1000)} s away (writes paced at ${Math.round(this.perMs * 60_000)} a minute after a burst of ${this.burst}), more than the ${this.maxWaitMs / 1000} s a write may wait; it is retried or listed as unrecorded`);
        }
        this.tokens -= 1;
        return wait;
    }
    /** Holds every write back for `ms` (a secondary rate limit's retry-after). */
    holdFor(ms) {
        this.notBefore = Math.max(this.notBefore, this.now() + ms);
    }
    /** Waits for the next turn (throws a WritePacingError when it is further away than the bound). */
    async take() {
        const wait = this.reserve();
        if (wait > 0)
            await new Promise((ok) => setTimeout(ok, wait));
    }
}
/**
 * Octokit plugin: every write waits for its turn before it starts. Registered
 * outermost, so the wait comes before a request's own budget starts (a
 * queue of a large fleet's writes never times a write out) and retries of a
 * write that already had its turn do not queue again.
 */
function paceWrites(pacer) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const method = (options.method ?? 'GET').toUpperCase();
            if (method !== 'GET' && method !== 'HEAD')
                await pacer.take();
            return request(options);
        });
        return {};
    };
}
/** The throttling plugin's write group, made a pass-through: its one-write-a-second queue would stretch every burst. */
const UNQUEUED_WRITES = { key: () => ({ schedule: (_options, fn) => fn() }) };

;// CONCATENATED MODULE: ../../packages/github/src/client.ts






/**
 * Creates the client. 5xx, network errors and timeouts are retried with
 * backoff by @octokit/plugin-retry; 403 secondary limits and exhausted quotas
 * are waited out by @octokit/plugin-throttling (retry-after,
 * x-ratelimit-reset); a 429 that carries retry-after is waited out here. 4xx
 * validation errors are never retried. Every attempt has a timeout and every
 * request a total budget (see request-bounds.ts): no wait longer than the
 * budget left is ever started. Writes are paced (write-pacer.ts), and a
 * GET repeated with the ETag of its last answer costs nothing when GitHub
 * answers 304 (rate-limit.ts).
 */
function createGitHubClient(options) {
    const retries = options.retries ?? 4;
    const base = options.backoffBaseMs ?? 1000;
    const maxWait = options.maxRateLimitWaitSeconds ?? 600;
    const log = options.onWait ?? (() => { });
    const bounds = { timeoutMs: options.timeoutMs ?? 30_000, budgetMs: options.retryBudgetMs ?? 60_000 };
    const pacer = new WritePacer(options.writePacing);
    const onLimit = (kind) => (retryAfter, req, _o, retryCount) => {
        // A secondary limit is about the pace of writes: hold every write back, not only this one.
        if (kind === 'secondary rate limit')
            pacer.holdFor(retryAfter * 1000);
        if (retryCount >= retries || retryAfter > maxWait || retryAfter * 1000 >= budgetLeft(req))
            return false;
        log(`GitHub ${kind} on ${req.method} ${req.url}: waiting ${retryAfter}s (retry ${retryCount + 1} of ${retries})`);
        return true;
    };
    return (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.baseUrl ?? 'https://api.github.com',
        // 429 is handled by retryAfter429 below so that its retry-after is honoured.
        retry: { retries, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            // The plugin's own write queue sends one write a second, which would stretch a small
            // rollout's burst; paceWrites lets a burst through and paces a long run under GitHub's rate.
            write: UNQUEUED_WRITES,
        },
    }, 
    // Order matters: plugins registered first wrap innermost, so the timeout
    // bounds each attempt and the budget bounds retries and waits together;
    // a 304 becomes the remembered answer before retry or throttling see it.
    reuseUnchangedAnswers(), boundEachAttempt(bounds), dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A, retryAfter429(retries, maxWait, log), boundWholeRequest(bounds), paceWrites(pacer));
}
/** Octokit plugin: waits out a 429 for the seconds its retry-after names. */
function retryAfter429(retries, maxWait, log) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, opts) => {
            for (let attempt = 0;; attempt++) {
                try {
                    return await request(opts);
                }
                catch (e) {
                    const err = e;
                    const after = Number(err.response?.headers?.['retry-after']);
                    if (err.status !== 429 || attempt >= retries || !Number.isFinite(after) || after > maxWait || after * 1000 >= budgetLeft(opts))
                        throw e;
                    log(`GitHub 429 on ${opts.method} ${opts.url}: waiting ${after}s as retry-after asks`);
                    await new Promise((r) => setTimeout(r, Math.max(0, after) * 1000));
                }
            }
        });
        return {};
    };
}

// EXTERNAL MODULE: ../../packages/github/src/errors.ts
var src_errors = __webpack_require__(46480);
// EXTERNAL MODULE: ../../packages/github/src/payload.ts
var payload = __webpack_require__(48237);
;// CONCATENATED MODULE: ../../packages/github/src/deployment-store.ts


/**
 * The GitHub Deployments API as stagegate's durable store: one deployment per
 * target and rollout, statuses for its life, payloads that say what it is.
 */
class GitHubDeploymentStore {
    client;
    repo;
    constructor(client, repo) {
        this.client = client;
        this.repo = repo;
    }
    /**
     * Creates a deployment. auto_merge is off (we deploy exactly this ref) and
     * required_contexts is empty, so failing status checks never block a rollback.
     */
    async createDeployment(d) {
        try {
            const res = await this.client.request('POST /repos/{owner}/{repo}/deployments', {
                ...this.repo,
                ref: d.ref,
                environment: d.environment,
                task: d.task,
                auto_merge: false,
                required_contexts: [],
                payload: d.payload,
                description: (0,payload/* cutDescription */.zs)(d.description ?? `${d.payload.service} ${d.payload.version} to ${d.payload.target}`),
            });
            if (res.status !== 201)
                throw Object.assign(new Error(`GitHub did not create the deployment (${res.status}): ${JSON.stringify(res.data)}`), { status: res.status });
            return toRecord(res.data);
        }
        catch (e) {
            throw (0,src_errors/* explainGitHubError */.P)(e, `creating a deployment for ${d.environment}`);
        }
    }
    /** Adds a status to a deployment; the description is cut to GitHub's 140 characters. */
    async setStatus(deploymentId, state, details = {}) {
        try {
            const res = await this.client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
                ...this.repo,
                deployment_id: deploymentId,
                state,
                description: details.description === undefined ? undefined : (0,payload/* cutDescription */.zs)(details.description),
                // An empty link is left out: a run outside a runner has no log to point to.
                log_url: details.logUrl || undefined,
                environment_url: details.environmentUrl || undefined,
                auto_inactive: details.autoInactive ?? true,
            });
            return toStatus(res.data);
        }
        catch (e) {
            throw (0,src_errors/* explainGitHubError */.P)(e, `setting deployment ${deploymentId} to ${state}`);
        }
    }
    /** The newest status of a deployment (one request), or undefined when it has none. */
    async latestStatus(deploymentId) {
        try {
            const res = await this.client.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...this.repo, deployment_id: deploymentId, per_page: 1 });
            const first = res.data[0];
            return first ? toStatus(first) : undefined;
        }
        catch (e) {
            throw (0,src_errors/* explainGitHubError */.P)(e, `reading the status of deployment ${deploymentId}`, 'deployments: read');
        }
    }
    /** Every status of a deployment, newest first. */
    async listStatuses(deploymentId) {
        try {
            const all = await this.client.paginate('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...this.repo, deployment_id: deploymentId, per_page: 100 });
            return all.map(toStatus);
        }
        catch (e) {
            throw (0,src_errors/* explainGitHubError */.P)(e, `listing the statuses of deployment ${deploymentId}`, 'deployments: read');
        }
    }
    /** One page of deployments, newest first. */
    async listPage(filter, page, perPage = 100) {
        try {
            const res = await this.client.request('GET /repos/{owner}/{repo}/deployments', { ...this.repo, ...filter, per_page: Math.min(100, perPage), page });
            return res.data.map(toRecord);
        }
        catch (e) {
            throw (0,src_errors/* explainGitHubError */.P)(e, `listing deployments${filter.environment ? ` of ${filter.environment}` : ''}`, 'deployments: read');
        }
    }
    /**
     * Deployments newest first, fetched a page at a time only as the caller reads
     * on, so a search that stops early costs only the pages it read.
     */
    listDeployments(filter = {}, perPage = 100) {
        return pageThrough(this, filter, perPage);
    }
    /** Marks one deployment inactive (one request). */
    async markInactive(deploymentId, description = 'superseded') {
        await this.setStatus(deploymentId, 'inactive', { description, autoInactive: false });
    }
}
/**
 * Reads a store's deployments newest first, one page at a time only as the caller reads on (a
 * search that stops early costs only the pages it read); the last page is the first short one.
 * Shared by every DeploymentStore, so they page alike.
 */
async function* pageThrough(store, filter, perPage = 100) {
    for (let page = 1;; page++) {
        const rows = await store.listPage(filter, page, perPage);
        yield* rows;
        if (rows.length < Math.min(100, perPage))
            return;
    }
}
function toRecord(d) {
    return { id: d.id, environment: d.environment, ref: d.ref, sha: d.sha, task: d.task, createdAt: d.created_at, description: d.description ?? null, production: d.production_environment ?? d.environment === 'production', payload: (0,payload/* readPayload */.rD)(d.payload), rawPayload: d.payload };
}
function toStatus(s) {
    return { id: s.id, state: s.state, description: s.description ?? '', createdAt: s.created_at, logUrl: s.log_url ?? s.target_url ?? '', environmentUrl: s.environment_url ?? '' };
}
/**
 * `new DeploymentStore(client, repo)` builds the GitHub store, as before the
 * store became an interface; the type `DeploymentStore` is the interface.
 */
const DeploymentStore = GitHubDeploymentStore;

// EXTERNAL MODULE: ../../packages/deployer/src/session-inputs.ts
var session_inputs = __webpack_require__(78272);
;// CONCATENATED MODULE: ../../packages/deployer/src/action-shell.ts




/**
 * Parses the inputs run-stage and rollback share and opens the store. Errors
 * name the input at fault. main.ts masks the token before calling this.
 */
function openActionSession(inputs, env, onWait) {
    const dryRun = (0,session_inputs/* checkSessionInputs */.a)(inputs);
    const ctx = readRunContext(env, inputs.repository.trim() || undefined);
    const plan = loadPlanInput(inputs.plan, ctx.workspace);
    const perMinute = (0,src_inputs/* parseIntegerInput */._p)('writes-per-minute', inputs.writesPerMinute ?? '', 50, { min: 0, max: 80 });
    const client = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, onWait, writePacing: { perMinute } });
    const store = new DeploymentStore(client, { owner: ctx.owner, repo: ctx.repo });
    const run = { id: ctx.runId, attempt: ctx.runAttempt, url: ctx.runUrl, ref: inputs.ref?.trim() || ctx.sha, workspace: ctx.workspace };
    return { ctx, plan, client, store, dryRun, run };
}
const ICON = { succeeded: '✅', failed: '❌', error: '⚠️', cancelled: '⏹️', skipped: '⏭️', planned: '📝' };
/**
 * The step summary table of a deploy or rollback: target, environment, from
 * version, to version, result (with the reason), duration, link to the log.
 * Every user-supplied cell is escaped by markdownTable.
 */
function renderOutcomeTable(outcomes) {
    return markdownTable(['target', 'environment', 'from version', 'to version', 'result', 'duration', 'log'], outcomes.map((o) => [
        o.target,
        o.environment,
        o.fromVersion ?? '—',
        o.toVersion ?? '—',
        `${ICON[o.state]} ${o.state}: ${o.reason}`,
        o.deploymentId === undefined && o.durationMs === 0 ? '—' : formatDuration(o.durationMs),
        o.logUrl ? markdownLink(o.deploymentId === undefined ? 'run log' : `deployment ${o.deploymentId}`, o.logUrl) : '—',
    ]));
}

// EXTERNAL MODULE: ../../packages/deployer/src/session-lock.ts + 4 modules
var session_lock = __webpack_require__(73167);
;// CONCATENATED MODULE: ../../packages/deployer/src/index.ts
/**
 * @stagegate/deployer: deploys a stage's targets and rolls targets back, each
 * recorded as a GitHub Deployment. Shared by the run-stage and rollback
 * actions and by the pipeline, which calls deployStage and rollbackTargets in-process.
 */


















/***/ })

};

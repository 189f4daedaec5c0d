export const id = 267;
export const ids = [267];
export const modules = {

/***/ 48267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeJoinHeadline: () => (/* reexport */ describeJoinHeadline),
  describeJoinNextStep: () => (/* reexport */ describeJoinNextStep),
  joinShardedStage: () => (/* reexport */ joinShardedStage),
  renderJoinSummary: () => (/* reexport */ renderJoinSummary)
});

// UNUSED EXPORTS: STATUS_FILE, artifactsUrlOf, createHistoryWriter, createNotificationQueue, describeJoinCause, describeLive, incidentFileName, incidentFromPipeline, incidentLinks, listTargetsNow, readEvents, renderIncidentReport, renderPipelineSummary, renderTimeline, resolvePipelineRoutes, runPipeline, timelineOf, verifyRolledBack, wireDryRun, wirePipeline, writeRunReports

// EXTERNAL MODULE: ../../packages/core/src/plan-resolve.ts
var plan_resolve = __webpack_require__(17301);
// EXTERNAL MODULE: ../../packages/core/src/version.ts
var src_version = __webpack_require__(80427);
// EXTERNAL MODULE: ../../packages/core/src/rollout/shard-targets.ts
var shard_targets = __webpack_require__(42510);
;// CONCATENATED MODULE: ../../packages/core/src/rollout/shard-outcome.ts
const FINAL = new Set(['success', 'failure', 'error', 'inactive']);
/**
 * Reads one target's statuses. A failure after a success is the health
 * gate's blame (the deploy had succeeded); a failure with no success before
 * it is the deploy's own; error is a timeout or a cancel; a deployment with
 * no final status belongs to a shard job that died mid-deploy.
 */
function judgeTargetRecord(record) {
    const { target, statuses } = record;
    if (record.deploymentId === undefined)
        return { target, state: 'missing', reason: 'no deployment of this run: its shard job did not deploy it' };
    if (record.readError !== undefined)
        return { target, state: 'unfinished', reason: `the statuses of deployment ${record.deploymentId} could not be read: ${record.readError}` };
    const oldestFirst = [...(statuses ?? [])].reverse();
    const final = oldestFirst.filter((s) => FINAL.has(s.state));
    const failed = final.find((s) => s.state === 'failure' || s.state === 'error');
    if (!failed) {
        if (final.some((s) => s.state === 'success'))
            return { target, state: 'succeeded', reason: final.find((s) => s.state === 'success')?.description ?? '' };
        return { target, state: 'unfinished', reason: `deployment ${record.deploymentId} has no final status: its shard job ended while deploying` };
    }
    const succeededFirst = final.indexOf(failed) > 0 && final.slice(0, final.indexOf(failed)).some((s) => s.state === 'success');
    if (failed.state === 'error')
        return { target, state: failed.description === 'cancelled' ? 'cancelled' : 'error', reason: failed.description };
    return { target, state: succeededFirst ? 'blamed' : 'deploy-failed', reason: failed.description };
}
const DEPLOY_FAILED = new Set(['deploy-failed', 'error', 'unfinished', 'missing', 'cancelled']);
/**
 * The stage's outcome: the deploy failed where a target's own deploy did,
 * the gate Failed where one was blamed. Shard jobs that failed although
 * every record says success (a gate Inconclusive or in Error blames no one,
 * a job that broke after its deploys) make the gate Inconclusive: neither
 * healthy nor proven broken, a person's call, as the pipeline does.
 */
function summarizeShardedStage(stage, records, shardOf, jobs) {
    const judged = records.map(judgeTargetRecord);
    const bad = judged.filter((j) => j.state !== 'succeeded');
    const deployBad = judged.filter((j) => DEPLOY_FAILED.has(j.state));
    const deploy = jobs === 'cancelled' || judged.some((j) => j.state === 'cancelled')
        ? 'cancelled'
        : deployBad.length === 0 ? 'succeeded' : deployBad.length === judged.length ? 'failed' : 'partially-failed';
    const blamed = judged.some((j) => j.state === 'blamed');
    const unexplained = !bad.length && jobs === 'failure'
        ? 'a shard job failed but recorded no failed deployment: its health gate was Inconclusive or in Error (it blames no target), or the job failed after deploying; see the shard jobs\' logs'
        : undefined;
    const gate = deploy !== 'succeeded' ? 'skipped' : blamed ? 'Failed' : unexplained ? 'Inconclusive' : 'Successful';
    const outcome = {
        stage, deploy, gate,
        touchedTargets: records.filter((r) => r.deploymentId !== undefined).map((r) => r.target),
        failedTargets: bad.map((j) => j.target),
    };
    return { outcome, judged, failures: bad.map((j) => ({ ...j, shard: shardOf.get(j.target) ?? '?' })), ...(unexplained ? { unexplained } : {}) };
}
/**
 * The cause in one line, grouped by shard: `shard 3/10: w8: health gate wide
 * failed on w8: health: status 503 …; shard 7/10: w61: deploy exited 7 — …`.
 */
function describeShardFailures(failures, limit = 5) {
    const byShard = new Map();
    for (const f of failures)
        byShard.set(f.shard, [...(byShard.get(f.shard) ?? []), `${f.target}: ${f.reason}`]);
    const parts = [...byShard].map(([shard, lines]) => `shard ${shard}: ${lines.slice(0, limit).join('; ')}${lines.length > limit ? `; and ${lines.length - limit} more` : ''}`);
    return parts.slice(0, limit).join('; ') + (parts.length > limit ? `; and ${parts.length - limit} more shards` : '');
}

;// CONCATENATED MODULE: ../../packages/core/src/rollout/rollout-policy.ts

/** True when a stage passed: deployed everywhere and its gate (if any) is Successful. */
function stagePassed(o) {
    return o.deploy === 'succeeded' && (o.gate === 'Successful' || o.gate === 'skipped');
}
/**
 * Applies a stage's on-failure policy. An Inconclusive gate always pauses:
 * neither healthy nor proven broken, it is a person's call (as in Argo
 * Rollouts). A cancelled run rolls nothing back by itself: the runner is
 * going away, and a half-done rollback is worse than a recorded stop.
 * `history` holds the earlier stages of this run, in order.
 */
function decideAfterStage(policy, outcome, history) {
    if (stagePassed(outcome))
        return { kind: 'next' };
    const reason = describeFailure(outcome);
    if (outcome.deploy === 'cancelled')
        return { kind: 'pause', reason };
    if (outcome.deploy === 'succeeded' && outcome.gate === 'Inconclusive')
        return { kind: 'pause', reason };
    switch (policy) {
        case 'continue':
            return { kind: 'continue', reason };
        case 'pause':
            return { kind: 'pause', reason };
        case 'rollback-stage':
            return { kind: 'rollback', scope: 'stage', items: outcome.touchedTargets.map((target) => ({ stage: outcome.stage, target })), reason };
        case 'rollback-all': {
            // Newest first: undo this stage, then the ones before it, in reverse order.
            const stages = [...history, outcome].reverse();
            const items = stages.flatMap((s) => s.touchedTargets.map((target) => ({ stage: s.stage, target })));
            // A target of several weighted stages goes back once, from the earliest of them: to where it was before this run.
            return { kind: 'rollback', scope: 'all', items: items.filter((item, i) => !items.slice(i + 1).some((o) => o.target === item.target)), reason };
        }
    }
}
/** One sentence on why a stage failed. */
function describeFailure(o) {
    if (o.deploy === 'cancelled')
        return `stage ${o.stage}: the run was cancelled`;
    if (o.deploy !== 'succeeded')
        return `stage ${o.stage}: deploy ${o.deploy} on ${o.failedTargets.join(', ') || 'some targets'}`;
    return `stage ${o.stage}: health gate ${o.gate}${o.failedTargets.length ? ` on ${o.failedTargets.join(', ')}` : ''}`;
}
/**
 * The final result from every decision taken: a pause wins (someone must act),
 * then a failed rollback (failed), then a rollback (rolled-back), then stages
 * that failed under `continue` (partially-failed).
 */
function pipelineResult(decisions, rollbackFailed) {
    if (decisions.some((d) => d.kind === 'pause'))
        return 'paused';
    if (rollbackFailed)
        return 'failed';
    if (decisions.some((d) => d.kind === 'rollback'))
        return 'rolled-back';
    if (decisions.some((d) => d.kind === 'continue'))
        return 'partially-failed';
    return 'succeeded';
}
/**
 * The stages a run goes through: all of them, from `startAt`, or only the
 * named ones (in plan order). Names that do not exist are errors naming the input.
 */
function selectStages(plan, options = {}) {
    const names = plan.stages.map((s) => s.name);
    const problems = [];
    if (options.startAt && !names.includes(options.startAt))
        problems.push({ path: 'input start-at', message: `expected one of the plan's stages (${names.join(', ')}); got ${JSON.stringify(options.startAt)}` });
    for (const n of options.only ?? [])
        if (!names.includes(n))
            problems.push({ path: 'input only', message: `expected stages of the plan (${names.join(', ')}); got ${JSON.stringify(n)}` });
    if (problems.length)
        throw new ConfigError(problems);
    let stages = plan.stages;
    if (options.startAt)
        stages = stages.slice(names.indexOf(options.startAt));
    if (options.only?.length)
        stages = stages.filter((s) => options.only?.includes(s.name));
    if (!stages.length)
        throw new ConfigError([{ path: 'input only', message: 'expected at least one stage to run after start-at and only are applied' }]);
    return stages;
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

// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
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

// EXTERNAL MODULE: ../../packages/core/src/blue-green.ts
var blue_green = __webpack_require__(70417);
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
    if (!stage?.switch || !(0,blue_green/* isBlueGreen */.KS)(stage))
        return (basics) => ({ job: fill(basics) });
    const command = stage.switch;
    return (basics) => {
        const c = colors();
        const back = (0,blue_green/* decideSwitchBack */.Yc)({ current: c.current, previous: { version: basics.version, color: c.previous }, ...('holder' in c ? { holder: c.holder } : {}) });
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
    if (!(0,blue_green/* isBlueGreen */.KS)((0,plan_resolve/* stageOfTarget */.rp)(plan, target)))
        return undefined;
    const proof = toVersion !== undefined ? seen.wantedProof : seen.lastGood;
    const previous = (0,blue_green/* readColor */.qS)(proof?.deployment.payload?.color);
    const current = (0,blue_green/* readColor */.qS)(seen.current?.deployment.payload?.color);
    if (previous === undefined)
        return { current, previous };
    // Unreadable: no holder is known, so no switch back (serving an unknown version is no rollback).
    const rows = await store.listPage({ environment }, 1, 100).catch(() => []);
    // A rollback only moves traffic; what a colour holds is its newest deploy's version.
    const holder = rows.find((d) => d.task === 'deploy' && d.payload?.service === plan.service && (0,blue_green/* readColor */.qS)(d.payload?.color) === previous)?.payload?.version;
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
    const toVersion = options.toVersion === undefined ? undefined : (0,src_version/* assertSafeVersion */.y)(options.toVersion, plan['version-pattern'], 'to-version');
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

;// CONCATENATED MODULE: ../../packages/github/src/run-deployments.ts
/**
 * Lists the deployments of one commit, newest first (one request per 100),
 * keeping the newest `deploy` of each wanted target made by this run. Stops as
 * soon as every target has one, or the list ends, or at maxPages.
 */
async function listRunDeployments(store, q) {
    const byTarget = new Map();
    const maxPages = q.maxPages ?? 50;
    for (let page = 1; page <= maxPages; page++) {
        const rows = await store.listPage({ sha: q.sha, task: 'deploy' }, page, 100);
        for (const d of rows) {
            const p = d.payload;
            if (!p || p.service !== q.service || p.version !== q.version || String(p.run?.id) !== q.runId || !q.targets.has(p.target) || byTarget.has(p.target))
                continue;
            byTarget.set(p.target, d);
        }
        if (rows.length < 100 || byTarget.size === q.targets.size)
            return { byTarget, pages: page, truncated: false };
    }
    return { byTarget, pages: maxPages, truncated: byTarget.size < q.targets.size };
}
/**
 * Every status of each deployment (one request each while it has under 100,
 * as ours do), `concurrency` at a time. A read that fails is returned as the
 * error, for its target alone: one unreadable record never hides the rest.
 */
async function readStatusesOf(store, ids, concurrency = 8) {
    const out = new Map();
    const queue = [...ids];
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
            try {
                out.set(id, await store.listStatuses(id));
            }
            catch (e) {
                out.set(id, e);
            }
        }
    }));
    return out;
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/join-stage.ts



/**
 * Joins the shard jobs of one stage: reads each target's deployment by this
 * run from the Deployments API (the record every job shares), judges the
 * stage, applies its on-failure policy with decideAfterStage, and for a
 * rollback puts every touched target back (all shards; the earlier stages'
 * too under rollback-all): the rollback's commands start before anything is
 * recorded, this run's deployments of those targets are then marked failure
 * in the background, and the join waits for those records only at its end.
 */
async function joinShardedStage(o) {
    const { plan } = o;
    const stage = (0,plan_resolve/* findStage */.U9)(plan, o.stage);
    const version = (0,src_version/* assertSafeVersion */.y)(o.version, plan['version-pattern']);
    const shards = (0,shard_targets/* shardTargets */.PY)(stage.targets, o.shardSize);
    const at = plan.stages.indexOf(stage);
    // Earlier stages matter only when this one may roll them back.
    const earlier = stage['on-failure'] === 'rollback-all' ? plan.stages.slice(0, at) : [];
    const wanted = new Set([...stage.targets, ...earlier.flatMap((s) => s.targets)]);
    const found = await listRunDeployments(o.store, { sha: o.sha, runId: o.run.id, service: plan.service, version, targets: wanted });
    if (found.truncated)
        o.log.warning(`join: stopped listing the deployments of ${o.sha} after ${found.pages} pages; targets not found by then count as not deployed`);
    const ours = stage.targets.map((t) => found.byTarget.get(t)).filter((d) => d !== undefined);
    const statuses = await readStatusesOf(o.store, ours.map((d) => d.id));
    const records = stage.targets.map((target) => {
        const d = found.byTarget.get(target);
        const read = d ? statuses.get(d.id) : undefined;
        if (read instanceof Error)
            return { target, deploymentId: d?.id, readError: read.message };
        return { target, deploymentId: d?.id, statuses: read?.map((s) => ({ state: s.state, description: s.description })) };
    });
    const judged = summarizeShardedStage(stage.name, records, (0,shard_targets/* indexShards */.CV)(shards), o.jobs);
    const history = earlier.map((s) => ({ stage: s.name, deploy: 'succeeded', gate: 'Successful', touchedTargets: s.targets.filter((t) => found.byTarget.has(t)), failedTargets: [] }));
    const decision = decideAfterStage(stage['on-failure'], judged.outcome, history);
    const base = { ...judged, decision, shards: shards.length, unrecorded: [], reads: { pages: found.pages, statuses: ours.length } };
    const nextStage = plan.stages[at + 1]?.name;
    switch (decision.kind) {
        case 'next':
        case 'continue':
            return { ...base, result: decision.kind, nextStage };
        case 'pause':
            return { ...base, result: judged.outcome.deploy === 'cancelled' ? 'cancelled' : 'paused' };
        case 'rollback':
            break;
    }
    const targets = [...new Set(decision.items.map((i) => i.target))];
    if (!targets.length)
        return { ...base, result: 'failed' };
    o.log.info(`join: ${decision.reason} → rollback-${decision.scope} of ${targets.length} target(s)`);
    await o.beforeRollback?.();
    const keeper = createRecordKeeper({ warn: (l) => o.log.warning(l) });
    // Recorded on every rollback deployment: the observed cause first, as the pipeline records it.
    const reason = `${describeShardFailures(judged.failures, 2) || decision.reason} (stage ${stage.name}, join of ${shards.length} shards, run ${o.run.id})`;
    const rolling = rollbackTargets({
        plan, store: o.store, run: o.run, log: o.log, signal: o.signal, env: o.env, records: keeper, targets, reason, exclude: [version],
        parallel: o.parallel ?? Math.min(16, targets.length), lookupTimeoutMs: o.lookupTimeoutMs,
    });
    // The commands have started. Now the record: this run's deployments still saying success get the
    // rollback's failure, so no later last-known-good returns to this version there.
    const blamedOrFailed = new Set(judged.failures.map((f) => f.target));
    for (const target of targets) {
        const d = found.byTarget.get(target);
        if (!d || blamedOrFailed.has(target))
            continue;
        void keeper.write({ target, environment: d.environment, deploymentId: d.id, what: `status failure on deployment ${d.id} (${version}): rolled back` }, () => o.store.setStatus(d.id, 'failure', { description: `rolled back: ${reason}`, logUrl: o.run.url, autoInactive: false }));
    }
    const rollback = await rolling;
    await keeper.settle(o.recordTimeoutMs ?? 30_000);
    return { ...base, result: rollback.result === 'succeeded' ? 'rolled-back' : 'failed', rollback, unrecorded: keeper.unrecorded };
}

// EXTERNAL MODULE: ../../packages/action-kit/src/markdown.ts
var markdown = __webpack_require__(54490);
// EXTERNAL MODULE: ../../packages/deployer/src/action-shell.ts + 16 modules
var action_shell = __webpack_require__(49650);
;// CONCATENATED MODULE: ../../packages/pipeline/src/join-summary.ts



const ICON = { next: '✅', continue: '⚠️', paused: '⏸️', cancelled: '⏹️', 'rolled-back': '↩️', failed: '❌' };
/** Versions live now, grouped, a few names each: `v2 on 11 targets (w1, w2, w3, w4, w5, …); unknown on w9`. */
function describeLive(live, names = 5) {
    const groups = new Map();
    for (const [target, version] of live)
        groups.set(version ?? 'unknown', [...(groups.get(version ?? 'unknown') ?? []), target]);
    const show = (ts) => (ts.length === 1 ? ts[0] : `${ts.length} targets (${ts.slice(0, names).join(', ')}${ts.length > names ? ', …' : ''})`);
    return [...groups].map(([v, ts]) => `${v} on ${show(ts)}`).join('; ') || 'nothing changed';
}
/** What each target of the stage (and each rolled-back one) runs now, as far as the join knows. */
function liveNow(f) {
    const live = new Map();
    for (const j of f.report.judged) {
        if (j.state === 'missing')
            continue;
        live.set(j.target, j.state === 'succeeded' || j.state === 'blamed' ? f.version : undefined);
    }
    for (const t of f.report.rollback?.targets ?? [])
        live.set(t.target, t.state === 'succeeded' || t.state === 'skipped' ? t.toVersion : undefined);
    return live;
}
/** The cause: which shard and target failed and what its record says. */
function describeJoinCause(r) {
    return r.failures.length ? describeShardFailures(r.failures) : (r.unexplained ?? 'no shard recorded a failure');
}
/** The first line: outcome, cause (shard, target, observation), what production runs now. */
function describeJoinHeadline(f) {
    const r = f.report;
    const who = `${f.plan.service} ${f.version}`;
    const where = `stage ${f.stage} (${r.outcome.touchedTargets.length} of ${r.judged.length} targets deployed, ${r.shards} shard${r.shards === 1 ? '' : 's'})`;
    const live = liveNow(f);
    const now = live.size ? `Production runs ${describeLive(live)}.` : 'Production is unchanged.';
    if (r.result === 'next')
        return `${who} passed ${where}. ${now}`;
    const policy = f.plan.stages.find((s) => s.name === f.stage)?.['on-failure'];
    const outcome = {
        continue: `partially failed on ${where}, going on (on-failure: continue)`,
        paused: `paused on ${where}`,
        cancelled: `cancelled on ${where}`,
        'rolled-back': `rolled back (${policy}) after ${where}`,
        failed: r.rollback ? `failed on ${where}, and its rollback failed on ${r.rollback.targets.filter((t) => !['succeeded', 'skipped'].includes(t.state)).map((t) => `${t.target}: ${t.reason}`).join('; ')}` : `failed on ${where}; nothing of this run was deployed, so nothing was rolled back`,
    };
    return `${who} ${outcome[r.result]}: ${describeJoinCause(r)}. ${now}`;
}
/** The next step for the person on call, as ready commands. */
function describeJoinNextStep(f) {
    const r = f.report;
    const live = [...liveNow(f)].filter(([, v]) => v === f.version).map(([t]) => t);
    const rollback = `roll back: \`gh workflow run rollback.yml -f targets=${live.join(',')} -f reason="…"\``;
    switch (r.result) {
        case 'next': return [r.nextStage ? `stage ${r.nextStage} starts` : 'the rollout is complete'];
        case 'continue': return [`${r.nextStage ? `stage ${r.nextStage} starts` : 'the rollout ends'}; fix ${r.outcome.failedTargets.join(', ')} and re-run their shard jobs`];
        case 'paused':
        case 'cancelled': return [`${f.version} stays live on ${live.length} target(s); a person decides: re-run the failed shard jobs ("Re-run failed jobs") to deploy and gate them again`, ...(live.length ? [rollback] : [])];
        case 'rolled-back': return [`deploy a fixed version; if the cause was outside ${f.version}, fix it and re-run the workflow`];
        case 'failed': return [`check the targets whose rollback failed (above); ${live.length ? rollback : 'roll back with the rollback workflow'}`];
    }
}
/** The step summary: headline first, the next step, the failed targets by shard, the rollback. */
function renderJoinSummary(f) {
    const r = f.report;
    const rows = r.failures.map((x) => [x.shard, x.target, x.state, x.reason]);
    return [
        `### ${ICON[r.result]} ${(0,markdown/* escapeCell */.kq)(describeJoinHeadline(f))}`, '',
        '**Next step**', '', ...describeJoinNextStep(f).map((n) => `- ${n}`), '',
        `Decision: **${r.decision.kind === 'rollback' ? `rollback-${r.decision.scope}` : r.decision.kind}** (deploy ${r.outcome.deploy}, gate ${r.outcome.gate}); ${r.shards} shard(s) of up to ${f.shardSize} targets; read ${r.reads.pages} list page(s) and ${r.reads.statuses} status list(s).`, '',
        ...(rows.length ? ['#### Failed targets', '', (0,markdown/* markdownTable */.Qj)(['shard', 'target', 'state', 'why'], rows), ''] : []),
        ...(r.rollback ? ['#### Rollback', '', (0,action_shell/* renderOutcomeTable */.h)(r.rollback.targets), ''] : []),
        ...(r.unrecorded.length ? ['#### Not recorded', '', ...r.unrecorded.map((u) => `- ${(0,markdown/* escapeCell */.kq)(`${u.target}: ${u.what}: ${u.cause}`)}`), ''] : []),
    ].join('\n');
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/index.ts
/** The pipeline as a library: the orchestrator shared by the root action and `stagegate run`. */















/***/ })

};

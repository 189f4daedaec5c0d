export const id = 237;
export const ids = [237,674,293];
export const modules = {

/***/ 34002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: run

// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(40927);
// EXTERNAL MODULE: ../../packages/action-kit/src/index.ts + 6 modules
var src = __webpack_require__(54337);
// EXTERNAL MODULE: ../../packages/core/src/index.ts + 44 modules
var core_src = __webpack_require__(34349);
;// CONCATENATED MODULE: ../../packages/deployer/src/types.ts
/** A log that drops everything (for callers that do not care). */
const SILENT_LOG = { info: () => { }, warning: () => { }, startGroup: () => { }, endGroup: () => { } };
/** The real clock. */
const types_SYSTEM_CLOCK = { now: () => Date.now() };

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

;// CONCATENATED MODULE: ../../packages/deployer/src/target-jobs.ts

/**
 * Fills a plan command for one target: each argv element and env value on its
 * own, so a version is only ever one argv element. A placeholder without a
 * value (say {previous} for a target never deployed) is the plan's mistake,
 * reported before any deployment is created.
 */
function target_jobs_prepareJob(basics, command, commandPath, service) {
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
            commandEnv[k] = (0,core_src/* fillPlaceholders */.Ct)(v, values);
        return { ...basics, argv: (0,core_src/* fillArgv */.AS)(command.run, values), commandEnv, command };
    }
    catch (e) {
        throw new core_src/* ConfigError */.xL([{ path: `${commandPath}.run`, message: `cannot fill the command for target ${basics.target}: ${e.message}` }]);
    }
}
/** An outcome for a target that never started (cancelled before its turn). */
function target_jobs_describeNotStarted(basics, state, reason, logUrl) {
    return { target: basics.target, environment: basics.environment, deploymentId: undefined, fromVersion: basics.fromVersion, toVersion: basics.version, state, reason, durationMs: 0, logUrl };
}
/**
 * The result of a set of targets: cancelled when any was cancelled, succeeded
 * when every target succeeded (or was skipped or planned), failed when none
 * did, partially-failed otherwise.
 */
function target_jobs_summarizeOutcomes(outcomes) {
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
async function target_jobs_runPool(items, limit, work, options) {
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ../../packages/deployer/src/deploy-target.ts




/**
 * Runs one target's life as GitHub Deployments record it: create the
 * deployment, in_progress, run the command, then success, failure or error
 * with the reason. Every path that created a deployment leaves it in a final
 * state, including a timeout and a cancelled job. `release` is called once
 * the command has ended, so the next target's command need not wait for this
 * one's final status to reach GitHub.
 */
async function runTargetJob(job, deps, release = () => { }) {
    const clock = deps.clock ?? types_SYSTEM_CLOCK;
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
    const environmentUrl = (0,core_src/* environmentUrlFor */.Q0)(deps.plan, job.target, { version: job.version, environment: job.environment });
    try {
        deployment = await deps.store.createDeployment({
            ref: job.ref, environment: job.environment, task,
            payload: {
                tool: 'stagegate', service: deps.plan.service, version: job.version, stage: job.stage, target: job.target, plan: job.planDigest,
                run: { id: deps.run.id, attempt: deps.run.attempt, url: deps.run.url }, ...deploy_target_describeRunOrigin(job.ref, deps.env ?? process.env), ...(job.rollback ? { rollback: job.rollback } : {}),
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
    const result = await deploy_target_runJobCommand(job, deps);
    release();
    await inProgress;
    const [state, ghState, reason] = deploy_target_judgeCommand(result, job, { ...(deps.env ?? process.env), ...job.commandEnv });
    return finish(state, ghState, reason);
}
/** Runs the job's command with its output grouped (one at a time) or prefixed (parallel). */
async function deploy_target_runJobCommand(job, deps) {
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
            timeoutMs: (0,core_src/* parseDuration */.E9)(job.command.timeout),
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
function deploy_target_judgeCommand(r, job, env = {}) {
    const what = job.kind === 'rollback' ? `rolled back to ${job.version}` : `deployed ${job.version}`;
    const tail = describeStderrTail(r.stderrTail, env);
    const withTail = (head) => (tail ? `${head} — ${tail}` : head);
    if (r.outcome === 'timeout')
        return ['error', 'error', withTail(`${job.kind} timed out after ${(0,core_src/* formatDuration */.a3)((0,core_src/* parseDuration */.E9)(job.command.timeout))}: the command and its children were killed`)];
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
function deploy_target_describeRunOrigin(ref, env) {
    const sha = /^[0-9a-f]{40}$/i.test(ref) ? ref : env.GITHUB_SHA;
    return { ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}), ...(sha ? { sha } : {}), ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}) };
}
/** The runner's environment without INPUT_* variables: the token input must not leak to user commands. */
function commandBaseEnv(env) {
    return Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('INPUT_')));
}

// EXTERNAL MODULE: ../../node_modules/@actions/github/lib/github.js
var github = __webpack_require__(68803);
// EXTERNAL MODULE: ../../node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(54491);
// EXTERNAL MODULE: ../../node_modules/bottleneck/light.js
var light = __webpack_require__(46503);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
;// CONCATENATED MODULE: ../../node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


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

;// CONCATENATED MODULE: ../../packages/github/src/client.ts





// bottleneck ships types for its main entry only; the light build has the same API.
const Bottleneck = (light_default());
/**
 * Creates the client. 5xx, network errors and timeouts are retried with
 * backoff by @octokit/plugin-retry; 403 secondary limits and exhausted quotas
 * are waited out by @octokit/plugin-throttling (retry-after,
 * x-ratelimit-reset); a 429 that carries retry-after is waited out here. 4xx
 * validation errors are never retried. Every attempt has a timeout and every
 * request a total budget (see request-bounds.ts): no wait longer than the
 * budget left is ever started.
 */
function createGitHubClient(options) {
    const retries = options.retries ?? 4;
    const base = options.backoffBaseMs ?? 1000;
    const maxWait = options.maxRateLimitWaitSeconds ?? 600;
    const log = options.onWait ?? (() => { });
    const bounds = { timeoutMs: options.timeoutMs ?? 30_000, budgetMs: options.retryBudgetMs ?? 60_000 };
    const onLimit = (kind) => (retryAfter, req, _o, retryCount) => {
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
            // GitHub asks for spaced writes from bulk creators; a rollout's writes are
            // few and latency matters, so allow a bounded number at once instead.
            write: new Bottleneck.Group({ maxConcurrent: options.maxConcurrentWrites ?? 8, minTime: 0 }),
        },
    }, 
    // Order matters: plugins registered first wrap innermost, so the timeout
    // bounds each attempt and the budget bounds retries and waits together.
    boundEachAttempt(bounds), dist_bundle/* retry */.L, throttling, retryAfter429(retries, maxWait, log), boundWholeRequest(bounds));
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

;// CONCATENATED MODULE: ../../packages/github/src/errors.ts
/**
 * An error from the GitHub API that a user can fix (permissions, a bad token),
 * with a message that says how.
 */
class GitHubAccessError extends Error {
    /** HTTP status GitHub answered. */
    status;
    constructor(message, status) {
        super(message);
        this.name = 'GitHubAccessError';
        this.status = status;
    }
}
/**
 * Rewrites an octokit error into one a user can act on. 401 and 403 "Resource
 * not accessible by integration" name the missing workflow permission; other
 * errors keep GitHub's message and gain what we were doing.
 */
function errors_explainGitHubError(e, doing, permission = 'deployments: write') {
    const err = e;
    // A timeout carries 408 only for the retry plugin: GitHub answered nothing.
    const status = err.timedOut ? 0 : (err.status ?? 0);
    const ghMessage = err.response?.data?.message ?? err.message ?? String(e);
    if (status === 401)
        return new GitHubAccessError(`GitHub rejected the token while ${doing} (401 ${ghMessage}): check the token input (GITHUB_TOKEN or a PAT) is set and valid`, 401);
    if (status === 403 && /not accessible by integration|must have|permission/i.test(ghMessage)) {
        return new GitHubAccessError(`GitHub refused ${doing} (403 "${ghMessage}"): the workflow token lacks a permission. Add to the job:\n  permissions:\n    ${permission.replace(': ', ': ')}\n    contents: read`, 403);
    }
    if (status === 404)
        return new GitHubAccessError(`GitHub answered 404 while ${doing}: check the repository name and that the token can see it`, 404);
    const detail = err.response?.data?.errors ? ` ${JSON.stringify(err.response.data.errors)}` : '';
    const out = new Error(`GitHub API error while ${doing}${status ? ` (${status})` : ''}: ${ghMessage}${detail}`);
    out.status = status;
    return out;
}

;// CONCATENATED MODULE: ../../packages/github/src/payload.ts
/** Deployment status states GitHub accepts. */
const DEPLOYMENT_STATES = (/* unused pure expression or super */ null && (['queued', 'pending', 'in_progress', 'success', 'failure', 'error', 'inactive']));
/** Reads our payload from a deployment; undefined for deployments of other tools. */
function readPayload(raw) {
    let v = raw;
    if (typeof v === 'string') {
        try {
            v = JSON.parse(v);
        }
        catch {
            return undefined;
        }
    }
    if (!v || typeof v !== 'object')
        return undefined;
    const p = v;
    if (p.tool !== 'stagegate' || typeof p.version !== 'string' || typeof p.target !== 'string')
        return undefined;
    return p;
}
/** GitHub limits a status description to 140 characters: cut with an ellipsis. */
function cutDescription(text, max = 140) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

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
                description: cutDescription(d.description ?? `${d.payload.service} ${d.payload.version} to ${d.payload.target}`),
            });
            if (res.status !== 201)
                throw Object.assign(new Error(`GitHub did not create the deployment (${res.status}): ${JSON.stringify(res.data)}`), { status: res.status });
            return toRecord(res.data);
        }
        catch (e) {
            throw errors_explainGitHubError(e, `creating a deployment for ${d.environment}`);
        }
    }
    /** Adds a status to a deployment; the description is cut to GitHub's 140 characters. */
    async setStatus(deploymentId, state, details = {}) {
        try {
            const res = await this.client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
                ...this.repo,
                deployment_id: deploymentId,
                state,
                description: details.description === undefined ? undefined : cutDescription(details.description),
                // An empty link is left out: a run outside a runner has no log to point to.
                log_url: details.logUrl || undefined,
                environment_url: details.environmentUrl || undefined,
                auto_inactive: details.autoInactive ?? true,
            });
            return toStatus(res.data);
        }
        catch (e) {
            throw errors_explainGitHubError(e, `setting deployment ${deploymentId} to ${state}`);
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
            throw errors_explainGitHubError(e, `reading the status of deployment ${deploymentId}`, 'deployments: read');
        }
    }
    /** Every status of a deployment, newest first. */
    async listStatuses(deploymentId) {
        try {
            const all = await this.client.paginate('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...this.repo, deployment_id: deploymentId, per_page: 100 });
            return all.map(toStatus);
        }
        catch (e) {
            throw errors_explainGitHubError(e, `listing the statuses of deployment ${deploymentId}`, 'deployments: read');
        }
    }
    /** One page of deployments, newest first. */
    async listPage(filter, page, perPage = 100) {
        try {
            const res = await this.client.request('GET /repos/{owner}/{repo}/deployments', { ...this.repo, ...filter, per_page: Math.min(100, perPage), page });
            return res.data.map(toRecord);
        }
        catch (e) {
            throw errors_explainGitHubError(e, `listing deployments${filter.environment ? ` of ${filter.environment}` : ''}`, 'deployments: read');
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
    return { id: d.id, environment: d.environment, ref: d.ref, sha: d.sha, task: d.task, createdAt: d.created_at, description: d.description ?? null, production: d.production_environment ?? d.environment === 'production', payload: readPayload(d.payload) };
}
function toStatus(s) {
    return { id: s.id, state: s.state, description: s.description ?? '', createdAt: s.created_at, logUrl: s.log_url ?? s.target_url ?? '', environmentUrl: s.environment_url ?? '' };
}
/**
 * `new DeploymentStore(client, repo)` builds the GitHub store, as before the
 * store became an interface; the type `DeploymentStore` is the interface.
 */
const DeploymentStore = GitHubDeploymentStore;

;// CONCATENATED MODULE: ../../packages/github/src/deployment-facts-reader.ts

/**
 * Reads the Deployments API into DeploymentFacts for the pure views in
 * @stagegate/core. Listing is page by page (100 a request); statuses are read
 * only for the deployments a view needs, never for every deployment.
 */
/** A stagegate deployment as a fact; undefined for other tools' deployments. */
function deployment_facts_reader_toDeploymentFact(d, status) {
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
async function deployment_facts_reader_listDeploymentFacts(store, options = {}) {
    const facts = [];
    const maxPages = options.maxPages ?? 200;
    const filter = options.environment ? { environment: options.environment } : {};
    for (let page = 1; page <= maxPages; page++) {
        const rows = await store.listPage(filter, page, 100);
        for (const d of rows) {
            if (options.since && Date.parse(d.createdAt) < options.since.getTime())
                return { facts, pages: page };
            const f = deployment_facts_reader_toDeploymentFact(d);
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
async function deployment_facts_reader_readAllStates(store, facts, concurrency = 8) {
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
class deployment_facts_reader_CommitTimes {
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
async function last_known_good_judgeNext(store, d, bad) {
    const fact = deployment_facts_reader_toDeploymentFact(d);
    if (!fact)
        return undefined;
    const statuses = await store.listStatuses(d.id);
    applyStatuses(fact, statuses);
    (0,core_src/* collectBadVersions */.hk)([fact], undefined, bad);
    const succeeded = (fact.state === 'success' || fact.state === 'inactive') && !(0,core_src/* hasFailedStatus */.kP)(fact);
    return { fact, status: statuses[0], succeeded, good: succeeded && !(0,core_src/* isVersionBad */.UO)(bad, fact.target, fact.version) };
}
/** The versions of a target the bad set names (for reports). */
function last_known_good_listBadVersions(bad) {
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
        const seen = await last_known_good_judgeNext(store, d, bad);
        if (seen?.good && seen.status && !exclude.has(p.version))
            return { found: { version: p.version, deployment: d, status: seen.status }, examined, failedVersions: last_known_good_listBadVersions(bad) };
    }
    return { found: undefined, examined, failedVersions: last_known_good_listBadVersions(bad) };
}

;// CONCATENATED MODULE: ../../packages/github/src/target-history.ts

/**
 * Reads a target's history for a rollback: what it runs now, its last known
 * good version and, for a manual rollback, proof that a wanted version once
 * succeeded here. When the newest deployment is a plain deploy, its version is
 * the one being rolled back and never counts as good; when it is a successful
 * rollback, it is the good version (so a second rollback is a no-op).
 */
async function target_history_inspectTarget(store, environment, options = {}) {
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
            const seen = await last_known_good_judgeNext(store, d, bad);
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

;// CONCATENATED MODULE: ../../packages/github/src/history-views.ts


/**
 * What is live on each target: one listing of the target's environment (20
 * newest) and, newest first, the latest status of each deployment until the
 * live and previous good versions are found. Cost: per target, 1 + the few
 * statuses read, whatever the number of deployments.
 */
async function readStatus(store, targets, options = {}) {
    const max = options.maxExamined ?? 20;
    let requests = 0;
    const statuses = await Promise.all(targets.map(async ({ target, environment }) => {
        const rows = await store.listPage({ environment }, 1, max);
        requests++;
        const facts = [];
        for (const d of rows) {
            const f = toDeploymentFact(d);
            if (!f || f.target !== target)
                continue;
            facts.push(f);
            const read = await readAllStates(store, [f]);
            requests += read;
            if (isStatusSettled(facts))
                break;
        }
        return computeTargetStatus(target, environment, facts);
    }));
    return { statuses, requests };
}
/** The targets seen in the newest page of deployments (for a repository read without its plan). */
async function discoverTargets(store) {
    const { facts } = await listDeploymentFacts(store, { maxPages: 1 });
    const byTarget = new Map();
    for (const f of facts)
        if (!byTarget.has(f.target))
            byTarget.set(f.target, f.environment);
    return [...byTarget].map(([target, environment]) => ({ target, environment })).sort((a, b) => a.target.localeCompare(b.target));
}
/**
 * One page of history, newest first: lists until the page is full (or the
 * listing passes `since`), then reads every status of the rows shown only.
 * `bad` holds the ids of the rows bad by the one rule (a failing status, or
 * replaced by a rollback among the deployments listed).
 */
async function readHistory(store, filter, page = 1, perPage = 20, environment) {
    const keep = (f) => (filter.target === undefined || f.target === filter.target) && (filter.stage === undefined || f.stage === filter.stage)
        && (filter.kind === undefined || f.kind === filter.kind) && (filter.until === undefined || Date.parse(f.createdAt) < filter.until.getTime());
    const { facts, pages } = await listDeploymentFacts(store, { since: filter.since, environment, keep, limit: page * perPage + 1 });
    const result = pageHistory(facts, filter, page, perPage);
    const statusRequests = await readAllStates(store, result.rows);
    const isBad = makeFailureTest(facts);
    return { ...result, requests: pages + statusRequests, bad: result.rows.filter(isBad).map((f) => f.id) };
}
/**
 * DORA figures over a window. Lists the window's deployments (pages of 100),
 * then reads every status of the window's deployments, rollbacks first (their
 * success times are the restore times), then newest first, up to
 * `maxStatusReads` (a failure fixed forward is visible only there); a
 * deployment a rollback's payload (`rollback.replaces`) or `failedIds` already
 * marks failed needs no read. Lead time looks up at most `maxCommitLookups`
 * commits. Requests: pages + min(deployments in the window, maxStatusReads)
 * + commits.
 */
async function readDora(store, client, options) {
    const now = options.now ?? new Date();
    const since = new Date(now.getTime() - options.windowMs);
    const { facts, pages } = await listDeploymentFacts(store, { since });
    const knownFailed = makeFailureTest(facts, options.failedIds);
    const toRead = sortNewestFirst(facts).filter((f) => Date.parse(f.createdAt) <= now.getTime() && !(f.kind === 'deploy' && knownFailed(f)));
    // Rollbacks first: they are few, and their success times are the restore times.
    const unread = [...toRead.filter((f) => f.kind === 'rollback'), ...toRead.filter((f) => f.kind === 'deploy')];
    const statuses = await readAllStates(store, unread.slice(0, Math.max(0, options.maxStatusReads ?? 200)));
    const commits = new CommitTimes(client, store.repo, options.maxCommitLookups ?? 50);
    const shas = sortNewestFirst(facts).filter((f) => f.kind === 'deploy').map((f) => f.sha);
    const commitTimes = await commits.lookup(shas);
    const report = computeDora({ facts, to: now, windowMs: options.windowMs, commitTimes, failedIds: options.failedIds, byEnvironment: options.byEnvironment });
    return {
        report, facts, statusCoverage: { read: statuses, of: unread.length },
        requests: { pages, statuses, commits: commits.requests, total: pages + statuses + commits.requests },
    };
}

;// CONCATENATED MODULE: ../../packages/github/src/lock-claims.ts


const LIVE = new Set(['queued', 'pending', 'in_progress']);
/** Claims older than the longest hold (and an hour of slack) are not read at all. */
const HORIZON_MS = core_src/* MAX_LOCK_HOLD_MS */.A7 + 3_600_000;
function readLockPayload(raw) {
    let v = raw;
    if (typeof v === 'string') {
        try {
            v = JSON.parse(v);
        }
        catch {
            return undefined;
        }
    }
    const p = v;
    return p && typeof p === 'object' && p.tool === 'stagegate-lock' && p.run && typeof p.run.id === 'string' ? p : undefined;
}
/**
 * The claims that can matter to our claim: those of other runs made before
 * it, within the horizon, with their newest status, and whether their run has
 * ended (asked only for claims still live; unknown when the token may not read
 * runs, then the hold bound decides).
 */
async function readLockClaims(client, repo, environment, ours, memo) {
    let rows;
    try {
        const res = await client.request('GET /repos/{owner}/{repo}/deployments', { ...repo, environment, task: 'stagegate:lock', per_page: 30 });
        rows = res.data;
    }
    catch (e) {
        throw errors_explainGitHubError(e, `reading the rollout lock ${environment}`, 'deployments: read');
    }
    const now = Date.now();
    const claims = [];
    for (const row of rows) {
        const payload = readLockPayload(row.payload);
        const createdAt = Date.parse(row.created_at);
        // Claims of our own run never block us (decideLock), so they cost no reads.
        if (!payload || row.id >= ours.id || payload.run.id === ours.runId || now - createdAt > HORIZON_MS)
            continue;
        const holdUntil = Date.parse(payload.hold_until);
        const claim = { id: row.id, runId: payload.run.id, runUrl: payload.run.url, createdAt, holdUntil: Number.isFinite(holdUntil) ? holdUntil : createdAt + core_src/* MAX_LOCK_HOLD_MS */.A7 };
        claim.state = memo.finishedStates.get(row.id) ?? (await latestState(client, repo, row.id));
        if (claim.state && !LIVE.has(claim.state))
            memo.finishedStates.set(row.id, claim.state);
        else
            claim.runFinished = await hasRunEnded(client, repo, claim.runId, memo);
        claims.push(claim);
    }
    return claims;
}
async function latestState(client, repo, id) {
    try {
        const res = await client.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...repo, deployment_id: id, per_page: 1 });
        return res.data[0]?.state;
    }
    catch (e) {
        throw errors_explainGitHubError(e, `reading rollout lock claim ${id}`, 'deployments: read');
    }
}
/** True when GitHub says the run has completed; false when it runs or cannot be asked (no actions: read, GHES without it, a local run). */
async function hasRunEnded(client, repo, runId, memo) {
    if (memo.finishedRuns.has(runId))
        return true;
    if (!/^\d+$/.test(runId))
        return false;
    try {
        const res = await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { ...repo, run_id: Number(runId) });
        const ended = res.data.status === 'completed';
        if (ended)
            memo.finishedRuns.add(runId);
        return ended;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ../../packages/github/src/rollout-lock.ts




/**
 * One rollout at a time per environment, kept in the Deployments API so every
 * workflow sees it: a claim is a deployment of task `stagegate:lock` in a lock
 * environment (`production/lock/trading-api`); the oldest live claim holds the
 * lock, later ones wait (or fail), and the holder releases by marking its
 * claim inactive. Claims whose run has ended or whose hold ran out are taken
 * over with a warning.
 */
/** The deployment task of a claim. */
const LOCK_TASK = 'stagegate:lock';
/** The lock is held by another run and we may not (or can no longer) wait. */
class LockBusyError extends Error {
    /** The claim that holds the lock. */
    holder;
    constructor(message, holder) {
        super(message);
        this.name = 'LockBusyError';
        this.holder = holder;
    }
}
/**
 * Claims the lock and returns once it is ours. Costs two writes, then one
 * list and a status read per live claim ahead of ours on each look.
 */
async function acquireRolloutLock(client, repo, options) {
    const started = Date.now();
    const payload = { tool: 'stagegate-lock', service: options.service, run: options.run, hold_until: new Date(started + options.holdMs).toISOString() };
    const ours = await createClaim(client, repo, options, payload);
    const held = { environment: options.environment, deploymentId: ours, release: (outcome) => setClaim(client, repo, ours, 'inactive', `released by run ${options.run.id}: ${outcome}`).catch((e) => options.log.warning(`could not release the rollout lock ${options.environment} (deployment ${ours}): ${e.message}; it expires when run ${options.run.id} ends`)) };
    let pause = options.pollMs ?? 2000;
    let announced = false;
    const memo = { finishedStates: new Map(), finishedRuns: new Set() };
    try {
        for (;;) {
            const claims = await readLockClaims(client, repo, options.environment, { id: ours, runId: options.run.id }, memo);
            const decision = (0,core_src/* decideLock */.il)(claims, { id: ours, runId: options.run.id }, Date.now());
            for (const s of decision.stale) {
                options.log.warning(`rollout lock ${options.environment}: taking over from run ${s.runId}${s.runUrl ? ` (${s.runUrl})` : ''}: ${s.runFinished ? 'its run has ended' : `its hold ran out at ${new Date(s.holdUntil).toISOString()}`} without releasing the lock`);
                await setClaim(client, repo, s.id, 'inactive', `stale: taken over by run ${options.run.id}`);
            }
            if (decision.kind === 'held') {
                await setClaim(client, repo, ours, 'in_progress', `${options.service} rollout by run ${options.run.id}`, /^https?:\/\//.test(options.run.url ?? '') ? options.run.url : undefined);
                options.log.info(`rollout lock ${options.environment} held by this run (deployment ${ours})`);
                return held;
            }
            const waited = Date.now() - started;
            const who = `run ${decision.by.runId}${decision.by.runUrl ? ` (${decision.by.runUrl})` : ''}, which took it ${(0,core_src/* formatDuration */.a3)(Date.now() - decision.by.createdAt)} ago`;
            if (options.mode === 'fail')
                throw new LockBusyError(`rollout lock ${options.environment} is held by ${who}: lock: fail refuses to start a second rollout; nothing was deployed. Re-run when that run has ended, or use lock: wait`, decision.by);
            if (waited + pause > options.timeoutMs)
                throw new LockBusyError(`rollout lock ${options.environment} is still held by ${who} after waiting ${(0,core_src/* formatDuration */.a3)(waited)} (lock-timeout ${(0,core_src/* formatDuration */.a3)(options.timeoutMs)}); nothing was deployed. Re-run when that run has ended, or raise lock-timeout`, decision.by);
            if (!announced) {
                options.log.info(`rollout lock ${options.environment} is held by ${who}: waiting up to ${(0,core_src/* formatDuration */.a3)(options.timeoutMs)}`);
                await setClaim(client, repo, ours, 'queued', `waiting for run ${decision.by.runId}`);
                announced = true;
            }
            await sleep(pause, options.signal);
            pause = Math.min(pause * 2, options.maxPollMs ?? 30_000);
        }
    }
    catch (e) {
        await held.release('gave up waiting');
        throw e;
    }
}
async function createClaim(client, repo, options, payload) {
    try {
        const res = await client.request('POST /repos/{owner}/{repo}/deployments', {
            ...repo, ref: options.ref, environment: options.environment, task: LOCK_TASK, auto_merge: false, required_contexts: [],
            production_environment: false, payload: payload,
            description: cutDescription(`rollout lock of ${options.service} for run ${options.run.id}`),
        });
        return res.data.id;
    }
    catch (e) {
        throw errors_explainGitHubError(e, `claiming the rollout lock ${options.environment}`);
    }
}
async function setClaim(client, repo, id, state, description, logUrl) {
    try {
        await client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
            ...repo, deployment_id: id, state, description: cutDescription(description), auto_inactive: false, ...(logUrl ? { log_url: logUrl } : {}),
        });
    }
    catch (e) {
        throw errors_explainGitHubError(e, `setting rollout lock claim ${id} to ${state}`);
    }
}
/** Sleeps on a timer we own; the runner's cancellation ends the wait at once. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(new Error(`stopped waiting for the rollout lock: ${String(signal?.reason?.message ?? signal?.reason)}`));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ../../packages/github/src/index.ts
/**
 * @stagegate/github: the GitHub Deployments API as stagegate's store.
 */











;// CONCATENATED MODULE: ../../packages/deployer/src/deploy-stage.ts




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
    const stage = (0,core_src/* findStage */.U9)(plan, options.stage);
    const version = (0,core_src/* assertSafeVersion */.yr)(options.version, plan['version-pattern']);
    const command = options.timeout ? { ...plan.deploy, timeout: checkTimeout(options.timeout) } : plan.deploy;
    const environments = stage.targets.map((t) => (0,core_src/* environmentFor */.DD)(plan, t, stage));
    const good = await findLastKnownGoodMany(options.store, environments, { service: plan.service });
    const digest = (0,core_src/* planDigest */.Gb)(plan);
    const parallel = options.parallel ?? stage.parallel;
    const jobs = stage.targets.map((target, i) => {
        const environment = environments[i];
        const previous = good.get(environment);
        return target_jobs_prepareJob({
            kind: 'deploy', target, environment, stage: stage.name, version, fromVersion: previous?.version, ref: options.run.ref,
            previousGood: previous?.deployment, prefixLines: parallel > 1 && stage.targets.length > 1, planDigest: digest,
        }, command, 'deploy', plan.service);
    });
    const targets = await target_jobs_runPool(jobs, parallel, (job, _i, release) => runTargetJob(job, options, release), {
        signal: options.signal,
        onSkipped: (job) => target_jobs_describeNotStarted(job, 'cancelled', 'cancelled before it started', options.run.url),
    });
    return { stage: stage.name, version, result: target_jobs_summarizeOutcomes(targets), targets };
}
/** An override of deploy.timeout must be a duration: checked before any deployment, naming the input. */
function checkTimeout(text) {
    try {
        (0,core_src/* parseDuration */.E9)(text);
        return text;
    }
    catch (e) {
        throw new core_src/* ConfigError */.xL([{ path: 'input timeout', message: e.message }]);
    }
}

;// CONCATENATED MODULE: ../../packages/deployer/src/rollback-job.ts




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
async function rollback_job_runRollbackJob(job, deps, release = () => { }) {
    const clock = deps.clock ?? SYSTEM_CLOCK;
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
    const keeper = deps.records ?? createRecordKeeper({ warn: (l) => deps.log.warning(l) });
    const about = { target: job.target, environment: job.environment };
    const command = runJobCommand(job, deps);
    const environmentUrl = environmentUrlFor(deps.plan, job.target, { version: job.version, environment: job.environment });
    const created = keeper.write({ ...about, what: `the rollback deployment of ${job.target} to ${job.version}` }, () => deps.store.createDeployment({
        ref: job.ref, environment: job.environment, task: 'deploy:rollback',
        payload: {
            tool: 'stagegate', service: deps.plan.service, version: job.version, stage: job.stage, target: job.target, plan: job.planDigest,
            run: { id: deps.run.id, attempt: deps.run.attempt, url: deps.run.url }, ...describeRunOrigin(job.ref, deps.env ?? process.env), ...(job.rollback ? { rollback: job.rollback } : {}),
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
    const [state, judged, reason] = judgeCommand(result, job, { ...(deps.env ?? process.env), ...job.commandEnv });
    const ghState = judged === 'success' ? 'success' : 'inactive';
    const description = judged === 'success' ? reason : `rollback to ${job.version} FAILED: ${reason}; ${job.fromVersion ?? 'the failed version'} may still run on ${job.target}`;
    // Registered now, while in_progress may still be on its way: if the run stops waiting, this final
    // word (the one a later run most needs) is what the unrecorded list names.
    const final = { ...about, deploymentId: undefined, what: `status ${ghState} of the rollback deployment of ${job.target} to ${job.version} (${description})` };
    const finished = keeper.write(final, async () => {
        const d = await inProgress;
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
    const all = new Set(allTargets(plan));
    const strangers = options.targets.filter((t) => !all.has(t));
    if (strangers.length)
        throw new ConfigError([{ path: 'input targets', message: `expected targets of the plan (${[...all].join(', ')}); got ${strangers.map((t) => JSON.stringify(t)).join(', ')}` }]);
    const toVersion = options.toVersion === undefined ? undefined : assertSafeVersion(options.toVersion, plan['version-pattern'], 'to-version');
    const parallel = options.parallel ?? Math.max(1, ...options.targets.map((t) => stageOfTarget(plan, t)?.parallel ?? 1));
    const digest = planDigest(plan);
    const command = rollbackCommand(plan);
    const prefixLines = parallel > 1 && options.targets.length > 1;
    const toJob = (basics) => prepareJob({ ...basics, planDigest: digest, prefixLines }, command, 'rollback', plan.service);
    const known = toVersion === undefined ? (options.known ?? new Map()) : new Map();
    const looked = new Map();
    const lookup = (target) => {
        const seen = looked.get(target) ?? withTimeout(inspectTarget(options.store, environmentFor(plan, target), { service: plan.service, exclude: options.exclude, wantVersion: toVersion }), options.lookupTimeoutMs ?? 30_000, `the last-known-good lookup of ${target}`);
        looked.set(target, seen);
        return seen;
    };
    if (toVersion !== undefined && !options.allowUnknownVersion) {
        // A version given by hand is proven before anything runs (a person is waiting, not production).
        const seen = await runPool(options.targets, Math.max(parallel, 4), lookup, { onSkipped: () => undefined });
        const unproven = options.targets.filter((_, i) => !seen[i]?.wantedProof);
        if (unproven.length)
            throw new ConfigError([{ path: 'input to-version', message: `${toVersion} was never deployed successfully to ${unproven.join(', ')}; choose a version that was, or set allow-unknown-version: true` }]);
    }
    // Known targets first, so no pool slot of theirs waits behind a lookup.
    const order = [...options.targets.keys()].sort((a, b) => Number(known.has(options.targets[b])) - Number(known.has(options.targets[a])) || a - b);
    const decide = (target) => {
        const environment = environmentFor(plan, target);
        const k = known.get(target);
        if (k)
            return decideKnown(target, environment, k, options, toJob);
        return lookup(target).then((seen) => decideLooked(target, environment, seen, toVersion, options, toJob), (e) => ({ outcome: failedOutcome(target, environment, undefined, `could not look up the last known good version of ${target}: ${describeWriteError(e)}; it was not rolled back`, options) }));
    };
    const results = await runPool(order.map((i) => options.targets[i]), parallel, async (target, _i, release) => {
        const pending = decide(target);
        const d = pending instanceof Promise ? await pending : pending;
        if ('outcome' in d)
            return d.outcome;
        return runRollbackJob(d.job, options, release);
    }, {
        signal: options.signal,
        onSkipped: (target) => describeNotStarted({ target, environment: environmentFor(plan, target), fromVersion: known.get(target)?.current, version: known.get(target)?.version ?? '' }, 'cancelled', 'cancelled before it started', options.run.url),
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
    return {
        job: toJob({
            kind: 'rollback', target, environment, stage: stageOfTarget(options.plan, target)?.name ?? '', version: k.version, fromVersion: k.current,
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
            kind: 'rollback', target, environment, stage: stageOfTarget(options.plan, target)?.name ?? '', version: to, fromVersion: current?.version,
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

;// CONCATENATED MODULE: ../../packages/deployer/src/session-lock.ts



const held = [];
/** Default wait for another run's lock. */
const DEFAULT_LOCK_TIMEOUT = '30m';
/**
 * Takes the plan's rollout lock(s) for this action, waiting or failing as the
 * `lock` input says. A dry run and `lock: off` take nothing. Throws a
 * LockBusyError (nothing deployed) when another live run keeps the lock.
 */
async function holdRolloutLock(session, inputs, signal, log) {
    const mode = (0,src/* parseChoiceInput */.XT)('lock', inputs.lock.trim(), ['wait', 'fail', 'off'], 'wait');
    let timeoutMs;
    try {
        timeoutMs = (0,core_src/* parseDuration */.E9)(inputs.timeout.trim() || DEFAULT_LOCK_TIMEOUT);
    }
    catch (e) {
        throw new core_src/* ConfigError */.xL([{ path: 'input lock-timeout', message: e.message }]);
    }
    checkBeforeLocking(session.plan, inputs);
    if (mode === 'off' || session.dryRun)
        return;
    const holdMs = (0,core_src/* lockHoldMs */.fM)(session.plan);
    for (const environment of (0,core_src/* lockEnvironmentsOf */.fN)(session.plan)) {
        held.push(await acquireRolloutLock(session.client, session.store.repo, {
            environment, service: session.plan.service, ref: session.run.ref || 'HEAD', mode, timeoutMs, holdMs, signal, log,
            run: { id: session.run.id, attempt: session.run.attempt, ...(session.run.url ? { url: session.run.url } : {}) },
        }));
    }
}
function checkBeforeLocking(plan, inputs) {
    for (const [name, value] of Object.entries(inputs.versions ?? {}))
        if (value)
            (0,core_src/* assertSafeVersion */.yr)(value, plan['version-pattern'], name);
    if (inputs.stage)
        (0,core_src/* findStage */.U9)(plan, inputs.stage);
    const known = new Set((0,core_src/* allTargets */.eN)(plan));
    const unknown = (inputs.targets ?? []).filter((t) => !known.has(t));
    if (unknown.length)
        throw new core_src/* ConfigError */.xL([{ path: 'input targets', message: `expected targets of the plan (${[...known].join(', ')}); got ${unknown.map((t) => JSON.stringify(t)).join(', ')}` }]);
}
/** How long releasing one lock may take before the step stops waiting for it. */
const LOCK_RELEASE_BOUND_MS = 5_000;
/**
 * Releases every lock this process holds, newest first; never throws. Each release is bounded by a
 * timer we own, far below the client's retry budget: a GitHub answering 500 or hanging at the end
 * of a rollout must not hold the step for a minute, and a claim we could not release expires by
 * itself (its run ends, or its hold-until passes).
 */
async function releaseRolloutLocks(outcome, warn = () => { }, boundMs = LOCK_RELEASE_BOUND_MS) {
    while (held.length > 0) {
        const lock = held.pop();
        let timer;
        const gaveUp = new Promise((ok) => { timer = setTimeout(() => ok('gave-up'), boundMs); });
        const r = await Promise.race([lock.release(outcome).then(() => 'released'), gaveUp]);
        clearTimeout(timer);
        if (r === 'gave-up')
            warn(`could not release the rollout lock ${lock.environment} (deployment ${lock.deploymentId}) within ${boundMs / 1000} s; it expires when this run ends`);
    }
}

;// CONCATENATED MODULE: ../../packages/deployer/src/action-shell.ts




/**
 * Parses the inputs run-stage and rollback share and opens the store. Errors
 * name the input at fault. main.ts masks the token before calling this.
 */
function openActionSession(inputs, env, onWait) {
    const dryRun = (0,src/* parseBooleanInput */.S8)('dry-run', inputs.dryRun, false);
    if (!inputs.token && !dryRun)
        throw new core_src/* ConfigError */.xL([{ path: 'input token', message: 'expected a token with deployments: write (default ${{ github.token }})' }]);
    const ctx = (0,src/* readRunContext */.$p)(env, inputs.repository.trim() || undefined);
    const plan = (0,src/* loadPlanInput */.Y6)(inputs.plan, ctx.workspace);
    const client = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, onWait });
    const store = new DeploymentStore(client, { owner: ctx.owner, repo: ctx.repo });
    const run = { id: ctx.runId, attempt: ctx.runAttempt, url: ctx.runUrl, ref: inputs.ref?.trim() || ctx.sha, workspace: ctx.workspace };
    return { ctx, plan, client, store, dryRun, run };
}
/**
 * Turns the runner's cancellation into an AbortSignal. When a job is cancelled
 * the runner sends SIGINT, then SIGTERM, then SIGKILL a few seconds later: the
 * first signal aborts, so running commands are killed and their deployments
 * marked error "cancelled" while there is still time to tell GitHub.
 */
function abortOnSignals(onSignal = () => { }) {
    const controller = new AbortController();
    const handler = (name) => {
        if (!controller.signal.aborted)
            onSignal(name);
        controller.abort(new Error(`received ${name}`));
    };
    const names = ['SIGTERM', 'SIGINT'];
    // Listening replaces Node's default (exit at once); our finally-paths then run to the end.
    for (const n of names)
        process.on(n, handler);
    return { signal: controller.signal, dispose: () => names.forEach((n) => process.off(n, handler)) };
}
/**
 * An action's outer shell with cancellation: `work` gets a signal that aborts
 * on SIGTERM/SIGINT, runs inside runMain (the one outer catch); afterwards the
 * rollout lock taken by holdRolloutLock is released (whatever happened) and
 * the signal handlers are removed. `reporter` is @actions/core, passed in by
 * main.ts.
 */
async function runCancellableMain(work, reporter, stopping) {
    const cancel = abortOnSignals((name) => reporter.warning(`${name} received: the job is being cancelled; ${stopping}`));
    try {
        await (0,src/* runMain */.VN)(() => work(cancel.signal), reporter);
    }
    finally {
        await releaseRolloutLocks(cancel.signal.aborted ? 'cancelled' : process.exitCode ? 'failed' : 'done', (m) => reporter.warning(m));
        cancel.dispose();
    }
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
/** Target names whose outcome is in one of `states`. */
function listTargetsIn(outcomes, states) {
    return outcomes.filter((o) => states.includes(o.state)).map((o) => o.target);
}

;// CONCATENATED MODULE: ../../packages/deployer/src/outcome-state.ts
/**
 * What a target runs after a deploy or rollback outcome, for the state-first
 * summaries: a command that failed leaves the live version unknown, a
 * skipped target is untouched.
 */
function targetNowOf(o, kind) {
    if (o.state === 'succeeded')
        return { target: o.target, live: o.toVersion, action: kind === 'deploy' ? 'deployed' : 'rolled back' };
    if (o.state === 'skipped')
        return { target: o.target, live: kind === 'rollback' ? o.toVersion : o.fromVersion, action: kind === 'rollback' && o.toVersion ? 'already there' : 'untouched' };
    if (o.state === 'planned')
        return { target: o.target, live: o.fromVersion, action: 'would deploy' };
    if (o.state === 'cancelled')
        return { target: o.target, live: undefined, action: 'cancelled' };
    return { target: o.target, live: undefined, action: kind === 'deploy' ? 'failed' : 'rollback failed' };
}
/** The GitHub page of an environment's deployments: where a deployment is read, rather than the run that made it. */
function environmentUrl(serverUrl, owner, repo, environment) {
    return `${serverUrl}/${owner}/${repo}/deployments/${encodeURIComponent(environment)}`;
}

;// CONCATENATED MODULE: ../../packages/deployer/src/index.ts
/**
 * @stagegate/deployer: deploys a stage's targets and rolls targets back, each
 * recorded as a GitHub Deployment. Shared by the run-stage and rollback
 * actions and by the pipeline, which calls deployStage and rollbackTargets in-process.
 */












;// CONCATENATED MODULE: ./src/stage-summary.ts



const stage_summary_ICON = { succeeded: '✅', 'partially-failed': '⚠️', failed: '❌', cancelled: '⏹️' };
/** The cause: each failed target's reason (exit code and stderr, timeout…), or undefined when none failed. */
function describeStageCause(targets) {
    const bad = targets.filter((t) => t.state === 'failed' || t.state === 'error' || t.state === 'cancelled');
    return bad.length ? bad.map((t) => `${t.target}: ${t.reason}`).join('; ') : undefined;
}
/** The first line: outcome, cause, what production runs now. */
function describeStageHeadline(s) {
    const cause = describeStageCause(s.targets);
    return `${s.dryRun ? 'Dry run: ' : ''}${s.service} ${s.version} on stage ${s.stage} ${s.result}${cause ? `: ${cause}` : ''}. Production runs ${(0,core_src/* describeProduction */.LE)(s.targets.map((t) => targetNowOf(t, 'deploy')))}.`;
}
/** The step summary of run-stage, state first: headline, next step, one row per target. */
function renderStageSummary(s) {
    const failed = s.targets.filter((t) => t.state !== 'succeeded' && t.state !== 'skipped' && t.state !== 'planned').map((t) => t.target);
    const touched = s.targets.filter((t) => t.deploymentId !== undefined).map((t) => t.target);
    const next = s.result === 'succeeded'
        ? ['gate the stage (health-gate), then the next stage']
        : [`fix the cause and re-run this job, or roll back: \`gh workflow run rollback.yml -f targets=${(touched.length ? touched : failed).join(',')} -f reason="…"\``];
    const rows = s.targets.map((t) => {
        const now = targetNowOf(t, 'deploy');
        return [t.target, t.environment, now.live ?? 'unknown', t.fromVersion ?? '–', `${now.action}`, t.state === 'succeeded' ? '' : t.reason, t.deploymentId === undefined && t.durationMs === 0 ? '–' : (0,core_src/* formatDuration */.a3)(t.durationMs),
            (0,src/* markdownLink */.iQ)(t.deploymentId === undefined ? 'environment' : `deployment ${t.deploymentId}`, environmentUrl(s.repo.serverUrl, s.repo.owner, s.repo.repo, t.environment))];
    });
    return [
        `### ${stage_summary_ICON[s.result] ?? ''} ${(0,src/* escapeCell */.kq)(describeStageHeadline(s))}`, '',
        '**Next step**', '', ...next.map((n) => `- ${n}`), '',
        (0,src/* markdownTable */.Qj)(['target', 'environment', 'live now', 'previous good', 'this run', 'why', 'duration', 'deployment'], rows),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/main.ts





/** The I/O shell of run-stage: inputs → deployStage → outputs and summary. */
async function main() {
    await runCancellableMain(run, core, 'stopping the running deploys');
}
async function run(signal) {
    const token = core.getInput('token');
    if (token)
        core.setSecret(token);
    const session = openActionSession({ token, dryRun: core.getInput('dry-run'), repository: core.getInput('repository'), plan: core.getInput('plan'), ref: core.getInput('ref') }, process.env, core.info);
    const { ctx, plan, store, dryRun, run: runInfo } = session;
    const stage = core.getInput('stage', { required: true }).trim();
    const parallelText = core.getInput('parallel');
    const timeout = core.getInput('timeout').trim();
    await holdRolloutLock(session, { lock: core.getInput('lock'), timeout: core.getInput('lock-timeout'), versions: { version: core.getInput('version', { required: true }).trim() }, stage }, signal, core);
    const result = await deployStage({
        plan, stage, store, signal, dryRun,
        version: core.getInput('version', { required: true }).trim(),
        parallel: parallelText ? (0,src/* parseIntegerInput */._p)('parallel', parallelText, 1, { min: 1, max: 256 }) : undefined,
        timeout: timeout || undefined,
        run: runInfo,
        log: actionLog(),
    });
    core.setOutput('deployed-targets', JSON.stringify(listTargetsIn(result.targets, ['succeeded'])));
    core.setOutput('failed-targets', JSON.stringify(listTargetsIn(result.targets, ['failed', 'error', 'cancelled'])));
    core.setOutput('deployment-ids', JSON.stringify(Object.fromEntries(result.targets.filter((t) => t.deploymentId !== undefined).map((t) => [t.target, t.deploymentId]))));
    core.setOutput('result', result.result);
    const summary = { service: plan.service, stage: result.stage, version: result.version, result: result.result, targets: result.targets, dryRun, repo: { serverUrl: ctx.serverUrl, owner: ctx.owner, repo: ctx.repo } };
    await core.summary.addRaw(renderStageSummary(summary), true).write();
    // Recorded for record-history, whatever the result; a failed upload is only a warning.
    await (0,src/* writeJournal */.fY)(process.env, core.getInput('journal-prefix'), (base, time) => (0,core_src/* describeTargetEvents */.WK)(base, 'deploy-finished', result.stage, result.targets, time), [], core);
    // The annotation leads with the cause (exit code and stderr) and what production runs now.
    if (result.result !== 'succeeded')
        core.setFailed(describeStageHeadline(summary));
}
/** Deploy output through the runner's log: groups for one target at a time, plain lines otherwise. */
function actionLog() {
    return { info: core.info, warning: core.warning, startGroup: core.startGroup, endGroup: core.endGroup };
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


/***/ })

};

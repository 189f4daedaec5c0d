export const id = 164;
export const ids = [164,674,293];
export const modules = {

/***/ 48487:
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
// EXTERNAL MODULE: ../../packages/core/src/index.ts + 48 modules
var core_src = __webpack_require__(63690);
;// CONCATENATED MODULE: ../../packages/deployer/src/types.ts
/** A log that drops everything (for callers that do not care). */
const SILENT_LOG = { info: () => { }, warning: () => { }, startGroup: () => { }, endGroup: () => { } };
/** The real clock. */
const SYSTEM_CLOCK = { now: () => Date.now() };

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
    const clock = deps.clock ?? SYSTEM_CLOCK;
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
function judgeCommand(r, job, env = {}) {
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
function describeRunOrigin(ref, env) {
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
async function judgeNext(store, d, bad) {
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
async function target_history_findLastKnownGoodMany(store, environments, options = {}) {
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
    const good = await target_history_findLastKnownGoodMany(options.store, environments, { service: plan.service });
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
    const targets = await runPool(jobs, parallel, (job, _i, release) => runTargetJob(job, options, release), {
        signal: options.signal,
        onSkipped: (job) => describeNotStarted(job, 'cancelled', 'cancelled before it started', options.run.url),
    });
    return { stage: stage.name, version, result: summarizeOutcomes(targets), targets };
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
async function runRollbackJob(job, deps, release = () => { }) {
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
    const environmentUrl = (0,core_src/* environmentUrlFor */.Q0)(deps.plan, job.target, { version: job.version, environment: job.environment });
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
    const all = new Set((0,core_src/* allTargets */.eN)(plan));
    const strangers = options.targets.filter((t) => !all.has(t));
    if (strangers.length)
        throw new core_src/* ConfigError */.xL([{ path: 'input targets', message: `expected targets of the plan (${[...all].join(', ')}); got ${strangers.map((t) => JSON.stringify(t)).join(', ')}` }]);
    const toVersion = options.toVersion === undefined ? undefined : (0,core_src/* assertSafeVersion */.yr)(options.toVersion, plan['version-pattern'], 'to-version');
    const parallel = options.parallel ?? Math.max(1, ...options.targets.map((t) => (0,core_src/* stageOfTarget */.rp)(plan, t)?.parallel ?? 1));
    const digest = (0,core_src/* planDigest */.Gb)(plan);
    const command = (0,core_src/* rollbackCommand */.j8)(plan);
    const prefixLines = parallel > 1 && options.targets.length > 1;
    const toJob = (basics) => target_jobs_prepareJob({ ...basics, planDigest: digest, prefixLines }, command, 'rollback', plan.service);
    const known = toVersion === undefined ? (options.known ?? new Map()) : new Map();
    const looked = new Map();
    const lookup = (target) => {
        const seen = looked.get(target) ?? withTimeout(inspectTarget(options.store, (0,core_src/* environmentFor */.DD)(plan, target), { service: plan.service, exclude: options.exclude, wantVersion: toVersion }), options.lookupTimeoutMs ?? 30_000, `the last-known-good lookup of ${target}`);
        looked.set(target, seen);
        return seen;
    };
    if (toVersion !== undefined && !options.allowUnknownVersion) {
        // A version given by hand is proven before anything runs (a person is waiting, not production).
        const seen = await runPool(options.targets, Math.max(parallel, 4), lookup, { onSkipped: () => undefined });
        const unproven = options.targets.filter((_, i) => !seen[i]?.wantedProof);
        if (unproven.length)
            throw new core_src/* ConfigError */.xL([{ path: 'input to-version', message: `${toVersion} was never deployed successfully to ${unproven.join(', ')}; choose a version that was, or set allow-unknown-version: true` }]);
    }
    // Known targets first, so no pool slot of theirs waits behind a lookup.
    const order = [...options.targets.keys()].sort((a, b) => Number(known.has(options.targets[b])) - Number(known.has(options.targets[a])) || a - b);
    const decide = (target) => {
        const environment = (0,core_src/* environmentFor */.DD)(plan, target);
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
        onSkipped: (target) => describeNotStarted({ target, environment: (0,core_src/* environmentFor */.DD)(plan, target), fromVersion: known.get(target)?.current, version: known.get(target)?.version ?? '' }, 'cancelled', 'cancelled before it started', options.run.url),
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
            kind: 'rollback', target, environment, stage: (0,core_src/* stageOfTarget */.rp)(options.plan, target)?.name ?? '', version: k.version, fromVersion: k.current,
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
            kind: 'rollback', target, environment, stage: (0,core_src/* stageOfTarget */.rp)(options.plan, target)?.name ?? '', version: to, fromVersion: current?.version,
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

;// CONCATENATED MODULE: ../../packages/deployer/src/index.ts
/**
 * @stagegate/deployer: deploys a stage's targets and rolls targets back, each
 * recorded as a GitHub Deployment. Shared by the run-stage and rollback
 * actions and by the pipeline, which calls deployStage and rollbackTargets in-process.
 */












;// CONCATENATED MODULE: ../../packages/notify/src/events.ts
/** Everything stagegate reports, from the first deploy to the last verdict. */
const EVENT_KINDS = (/* unused pure expression or super */ null && ([
    'deploy-started',
    'stage-succeeded',
    'stage-failed',
    'gate-failed',
    'rollback-started',
    'rollback-succeeded',
    'rollback-failed',
    'pipeline-succeeded',
    'pipeline-failed',
    'manual-approval-waiting',
]));
/**
 * Default priority per kind, from the seed systems' routing: P0 is a hard stop
 * (a failed deploy or gate, a rollback that did not work), P1 needs a person
 * soon (a rollback, a partial deploy, an approval), P2 is good news.
 */
const KIND_PRIORITY = {
    'deploy-started': 'P2',
    'stage-succeeded': 'P2',
    'stage-failed': 'P0',
    'gate-failed': 'P0',
    'rollback-started': 'P1',
    'rollback-succeeded': 'P1',
    'rollback-failed': 'P0',
    'pipeline-succeeded': 'P2',
    'pipeline-failed': 'P0',
    'manual-approval-waiting': 'P1',
};
/** The default priority of an event kind (P0 most urgent). */
function priorityOf(kind) {
    return KIND_PRIORITY[kind];
}
/** True when `p` is as urgent as `threshold` or more (P0 ≥ P1 ≥ P2 ≥ P3). */
function isAtLeast(p, threshold) {
    return rankOf(p) <= rankOf(threshold);
}
/** 0 for P0 … 3 for P3. */
function rankOf(p) {
    return Number(p.slice(1));
}
/** Completes an event: the kind's priority unless one is given, a time and an id. */
function createEvent(input, now = new Date()) {
    const time = input.time ?? now.toISOString();
    const id = input.id ?? `${time.replace(/\D/g, '').slice(0, 17)}-${Math.random().toString(36).slice(2, 8)}`;
    return { ...input, id, time, priority: input.priority ?? priorityOf(input.kind) };
}
const KIND_OUTCOME = {
    'deploy-started': 'started',
    'stage-succeeded': 'succeeded',
    'pipeline-succeeded': 'succeeded',
    'rollback-started': 'rolled-back',
    'rollback-succeeded': 'rolled-back',
    'manual-approval-waiting': 'needs-person',
};
/** The outcome an event shows (its colour): the one given, else what its kind says, else failed. */
function outcomeOf(e) {
    return e.outcome ?? KIND_OUTCOME[e.kind] ?? 'failed';
}
/** The state of the affected targets in one line: "ewr runs v3 (rolling back to v1); +4 healthy". */
function describeStates(e) {
    const lines = (e.states ?? []).map((s) => `${s.target}${s.runs ? ` runs ${s.runs}` : ''} (${s.note})`);
    if (e.others?.count)
        lines.push(`+${e.others.count} ${e.others.label}`);
    return lines.join('; ');
}
/** The short title: "P0 trading-api 1.4.2: stage failed in canary". */
function titleOf(e) {
    const what = e.headline ?? e.kind.replace(/-/g, ' ');
    const where = e.stage ? ` in ${e.stage}` : '';
    return `${e.priority} ${e.service}${e.version ? ` ${e.version}` : ''}: ${what}${where}`;
}
/**
 * The first line a person reads: the title, then the cause, then what the
 * affected targets run now, e.g. "P0 trading-api v3: stage failed in canary
 * — ewr/http: 503 — now: ewr runs v3 (rolling back to v1); +4 healthy".
 */
function describeEvent(e) {
    const states = describeStates(e);
    return `${titleOf(e)}${e.reason ? ` — ${oneLine(e.reason)}` : ''}${states ? ` — now: ${states}` : ''}`;
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ');
}
/** Key facts as label/value pairs, in the order they are shown. */
function factsOf(e) {
    const facts = [
        { label: 'Service', value: e.service },
        { label: 'Priority', value: e.priority },
    ];
    if (e.version)
        facts.push({ label: 'Version', value: e.version });
    if (e.stage)
        facts.push({ label: 'Stage', value: e.stage });
    if (!e.states && e.targets?.length)
        facts.push({ label: 'Targets', value: e.targets.join(', ') });
    facts.push({ label: 'Event', value: e.kind });
    const c = e.context;
    if (c?.repository)
        facts.push({ label: 'Repo', value: c.repository });
    if (c?.ref)
        facts.push({ label: 'Ref', value: c.ref.replace(/^refs\/(heads|tags)\//, '') });
    if (c?.sha)
        facts.push({ label: 'Commit', value: c.sha.slice(0, 7) });
    if (c?.actor)
        facts.push({ label: 'Actor', value: c.actor });
    return facts;
}
/** Every link of an event: the run, the commit, the repository, then the deployments. */
function linksOf(e) {
    const c = e.context;
    const server = (c?.serverUrl || 'https://github.com').replace(/\/+$/, '');
    const repo = c?.repository ? `${server}/${c.repository}` : undefined;
    return [
        ...(e.runUrl ? [{ text: 'Workflow run', url: e.runUrl }] : []),
        ...(repo && c?.sha ? [{ text: `Commit ${c.sha.slice(0, 7)}`, url: `${repo}/commit/${c.sha}` }] : []),
        ...(repo ? [{ text: c?.repository ?? 'Repository', url: repo }] : []),
        ...(e.links ?? []),
    ];
}
/** The link to an environment's deployments page on GitHub, or undefined without a repository. */
function deploymentsLink(context, environment) {
    if (!context?.repository)
        return undefined;
    const server = (context.serverUrl || 'https://github.com').replace(/\/+$/, '');
    return { text: `Deployments: ${environment}`, url: `${server}/${context.repository}/deployments/${encodeURIComponent(environment)}` };
}
/** The run's context from the runner's GITHUB_* variables (what an action's main.ts passes on). */
function runContextFromEnv(env) {
    const pick = (name) => env[name]?.trim() || undefined;
    const context = {};
    const fields = [['repository', 'GITHUB_REPOSITORY'], ['ref', 'GITHUB_REF'], ['sha', 'GITHUB_SHA'], ['actor', 'GITHUB_ACTOR'], ['serverUrl', 'GITHUB_SERVER_URL']];
    for (const [key, name] of fields) {
        const value = pick(name);
        if (value)
            context[key] = value;
    }
    return context;
}

;// CONCATENATED MODULE: ../../packages/notify/src/text.ts
/** Colour of the side bar per outcome: failed red, rolled back orange, needs a person yellow, succeeded green, started blue. */
const OUTCOME_COLOURS = { failed: 0xd1242f, 'rolled-back': 0xe16f24, 'needs-person': 0xd4a72c, succeeded: 0x1f883d, started: 0x0969da };
/** The colour as "#rrggbb" (Slack wants a string, Discord an integer). */
function hexColour(outcome) {
    return `#${OUTCOME_COLOURS[outcome].toString(16).padStart(6, '0')}`;
}
const ELLIPSIS = '…';
// A bare URL or a markdown link [text](url): cutting one in half leaves a link
// that opens the wrong page, which is worse than no link.
const LINKISH = /\[[^\]\n]*\]\([^)\s]*\)|<[^>\s|]+(?:\|[^>]*)?>|https?:\/\/\S+/g;
/**
 * Shortens text to at most `max` characters (counted in UTF-16 units, as
 * Slack and Discord count), ending with "…". Never cuts inside a link: a link
 * that does not fit is left out whole. Never splits a surrogate pair.
 */
function truncateText(text, max) {
    if (text.length <= max)
        return text;
    if (max <= 0)
        return '';
    if (max === 1)
        return ELLIPSIS;
    let cut = max - ELLIPSIS.length;
    for (const m of text.matchAll(LINKISH)) {
        const start = m.index ?? 0;
        if (start >= cut)
            break;
        if (start + m[0].length > cut) {
            cut = start;
            break;
        }
    }
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut -= 1;
    return text.slice(0, cut).trimEnd() + ELLIPSIS;
}
/**
 * Replaces each secret (a webhook URL, its path, a signing key) in `text`
 * with a label, so an error message can be printed and written to the audit
 * trail. Longest first, so a URL is replaced whole before its path is.
 */
function redactSecrets(text, secrets) {
    let out = text;
    const sorted = [...secrets].filter((s) => s.value.length >= 4).sort((a, b) => b.value.length - a.value.length);
    for (const s of sorted)
        out = out.split(s.value).join(s.label);
    return out;
}
/** The parts of a webhook URL that alone would let someone post: the URL, its path and query. */
function secretPartsOf(url) {
    const parts = [url];
    try {
        const u = new URL(url);
        if (u.pathname.length > 1)
            parts.push(u.pathname + u.search, u.pathname);
        if (u.search)
            parts.push(u.search.slice(1));
        // undici and URL may print the URL normalised (a trailing slash, escapes).
        if (u.href !== url)
            parts.push(u.href);
    }
    catch {
        // Not a URL: the whole string is all we can hide.
    }
    return parts;
}

;// CONCATENATED MODULE: ../../packages/notify/src/slack.ts


/** Slack's limits for the blocks used here (Block Kit reference). */
const SLACK_LIMITS = { header: 150, sectionText: 3000, fieldText: 2000, fields: 10, contextElements: 10, fallbackText: 4000 };
/** Escapes the three characters Slack mrkdwn treats as control characters. */
function escapeSlack(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A Slack link: <url|text>, the text escaped so it cannot close the link. */
function slackLink(text, url) {
    return `<${url.replace(/[<>|\s]/g, encodeURIComponent)}|${escapeSlack(text).replace(/\|/g, '¦')}>`;
}
/**
 * The incoming-webhook payload for an event. `text` is what a notification
 * and a screen reader show: its first line carries the cause and what the
 * affected targets run now. The attachment (for the colour bar by outcome)
 * holds the Block Kit message: title, facts, cause, state, next step, links.
 */
function formatSlackMessage(event) {
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: truncateText(titleOf(event), SLACK_LIMITS.header), emoji: true } },
        {
            type: 'section',
            fields: factsOf(event)
                .slice(0, SLACK_LIMITS.fields)
                .map((f) => ({ type: 'mrkdwn', text: truncateText(`*${f.label}*\n${escapeSlack(f.value)}`, SLACK_LIMITS.fieldText) })),
        },
    ];
    const section = (label, body) => {
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncateText(`*${label}*\n${body}`, SLACK_LIMITS.sectionText) } });
    };
    if (event.reason)
        section('Cause', escapeSlack(event.reason));
    const states = [...(event.states ?? []).map((t) => `• *${escapeSlack(t.target)}*${t.runs ? ` runs ${escapeSlack(t.runs)}` : ''}: ${escapeSlack(t.note)}`), ...(event.others?.count ? [`+${event.others.count} ${escapeSlack(event.others.label)}`] : [])];
    if (states.length)
        section('Now', states.join('\n'));
    if (event.nextStep)
        section('Next step', escapeSlack(event.nextStep));
    const links = linksOf(event);
    // Room for the "+N more" and the footer element: a link is never cut, only left out whole.
    const context = links.slice(0, SLACK_LIMITS.contextElements - 2).map((l) => ({ type: 'mrkdwn', text: slackLink(l.text, l.url) }));
    if (links.length > context.length)
        context.push({ type: 'mrkdwn', text: `+${links.length - context.length} more` });
    context.push({ type: 'mrkdwn', text: `stagegate · ${event.time}` });
    blocks.push({ type: 'context', elements: context });
    const headline = describeEvent(event);
    return {
        text: truncateText(`${headline}${event.nextStep ? `\nNext: ${event.nextStep}` : ''}`, SLACK_LIMITS.fallbackText),
        attachments: [{ color: hexColour(outcomeOf(event)), fallback: truncateText(headline, SLACK_LIMITS.header), blocks }],
    };
}

;// CONCATENATED MODULE: ../../packages/notify/src/discord.ts


/** Discord's embed limits (developer docs, "Embed Limits"). */
const DISCORD_LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, total: 6000 };
const FOOTER = 'stagegate';
/** A markdown link whose text cannot close the brackets and whose URL cannot close the parenthesis. */
function discordLink(l) {
    return `[${l.text.replace(/[[\]]/g, '')}](${l.url.replace(/[()\s]/g, encodeURIComponent)})`;
}
/**
 * The links as one field value: whole links only, as many as fit, then
 * "+N more", so a long list is shortened without cutting a URL.
 */
function linksField(links) {
    const lines = [];
    let used = 0;
    for (const [i, l] of links.entries()) {
        const line = discordLink(l);
        const left = links.length - i - 1;
        const reserve = left > 0 ? `\n+${left} more`.length : 0;
        if (used + line.length + (lines.length ? 1 : 0) + reserve > DISCORD_LIMITS.fieldValue) {
            lines.push(`+${links.length - i} more`);
            break;
        }
        used += line.length + (lines.length ? 1 : 0);
        lines.push(line);
    }
    return lines.join('\n');
}
/** Characters an embed counts toward Discord's 6000 total. */
function embedSize(embed) {
    const fields = (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + fields + (embed.footer?.text.length ?? 0);
}
/**
 * The webhook payload for an event: one embed coloured by outcome, within
 * every Discord limit. The title is the first line (cause and state, cut to
 * fit); the description holds the cause, the state of each affected target
 * and the next step in whatever room is left, cut at a word, never inside a
 * link; mentions are disabled so a reason cannot ping @everyone.
 */
function formatDiscordMessage(event) {
    const fields = factsOf(event).map((f) => ({
        name: truncateText(f.label, DISCORD_LIMITS.fieldName),
        value: truncateText(f.value, DISCORD_LIMITS.fieldValue),
        inline: true,
    }));
    const links = linksOf(event);
    if (links.length)
        fields.push({ name: 'Links', value: linksField(links), inline: false });
    const embed = {
        title: truncateText(describeEvent(event), DISCORD_LIMITS.title),
        color: OUTCOME_COLOURS[outcomeOf(event)],
        fields: fields.slice(0, DISCORD_LIMITS.fields),
        footer: { text: FOOTER },
        timestamp: event.time,
    };
    if (event.runUrl && /^https?:\/\//.test(event.runUrl))
        embed.url = event.runUrl;
    const states = [...(event.states ?? []).map((t) => `• **${t.target}**${t.runs ? ` runs ${t.runs}` : ''}: ${t.note}`), ...(event.others?.count ? [`+${event.others.count} ${event.others.label}`] : [])];
    const parts = [...(event.reason ? [`**Cause:** ${event.reason}`] : []), ...(states.length ? [`**Now:**\n${states.join('\n')}`] : []), ...(event.nextStep ? [`**Next step:** ${event.nextStep}`] : [])];
    if (parts.length) {
        const room = Math.min(DISCORD_LIMITS.description, DISCORD_LIMITS.total - embedSize(embed));
        const description = truncateText(parts.join('\n'), room);
        if (description)
            embed.description = description;
    }
    return { username: 'stagegate', embeds: [embed], allowed_mentions: { parse: [] } };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ../../packages/notify/src/webhook.ts

/** Header carrying the HMAC, named after GitHub's X-Hub-Signature-256 so receivers can reuse their check. */
const SIGNATURE_HEADER = 'X-Stagegate-Signature-256';
/** The generic webhook's body: the event as is, with a format version for receivers. */
function formatWebhookMessage(event) {
    return { source: 'stagegate', format: 1, event };
}
/** `sha256=<hex>` of HMAC-SHA256 over the exact body bytes, as GitHub signs its webhooks. */
function signBody(body, secret) {
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(body, 'utf8').digest('hex')}`;
}
/**
 * Headers for a generic webhook delivery: what happened and its id (so a
 * receiver can drop a retried duplicate), and the signature when a secret is set.
 */
function webhookHeaders(event, body, secret) {
    const headers = { 'X-Stagegate-Event': event.kind, 'X-Stagegate-Delivery': event.id };
    if (secret)
        headers[SIGNATURE_HEADER] = signBody(body, secret);
    return headers;
}
/**
 * Checks a received body against its signature header in constant time: what
 * a receiver of stagegate's webhook (or a test sink) runs before trusting it.
 */
function verifySignature(body, secret, header) {
    if (!header)
        return false;
    const expected = Buffer.from(signBody(body, secret));
    const got = Buffer.from(header);
    return got.length === expected.length && timingSafeEqual(got, expected);
}

;// CONCATENATED MODULE: ../../packages/notify/src/send.ts
/** The error recorded on an attempt cut short because the run's notification budget was spent. */
const BUDGET_SPENT = 'abandoned: the run\'s notification budget (notify-timeout) was spent';
/** A sleep on a timer of our own that a signal ends early (never AbortSignal.timeout: see the Node 20 bug in DESIGN.md). */
function sleepUnlessAborted(ms, signal) {
    return new Promise((done) => {
        if (signal?.aborted)
            return done();
        const stop = () => {
            clearTimeout(timer);
            done();
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', stop);
            done();
        }, ms);
        signal?.addEventListener('abort', stop, { once: true });
    });
}
/** Default policy: the plan's defaults (10s, 3 retries) and a 1s first backoff. */
const DEFAULT_RETRY_POLICY = { retries: 3, timeoutMs: 10_000, backoffMs: 1000, maxBackoffMs: 30_000, maxRetryAfterMs: 60_000 };
/**
 * POSTs a JSON body, retrying 5xx, 429 and network errors with exponential
 * backoff; a 429 waits what the server asks (Slack's Retry-After header,
 * Discord's retry_after in the body). Any other 4xx is final: the payload or
 * the URL is wrong and sending it again cannot help. `onAttempt` runs after
 * each attempt, before any wait, so the audit line is written at once.
 * `redact` removes secrets from error text (undici puts URLs in messages).
 */
async function postWithRetry(url, request, policy, deps, onAttempt, redact) {
    for (let attempt = 1;; attempt++) {
        const started = deps.now();
        let status;
        let error;
        let serverWaitMs;
        if (deps.signal?.aborted) {
            onAttempt({ attempt, error: BUDGET_SPENT, durationMs: 0, outcome: 'failed' });
            return false;
        }
        // One controller per attempt, fired by our own timer or by the run's budget.
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new TimeoutError(policy.timeoutMs)), policy.timeoutMs);
        const onBudget = () => controller.abort(new Error(BUDGET_SPENT));
        deps.signal?.addEventListener('abort', onBudget, { once: true });
        try {
            const res = await deps.fetch(url, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', 'User-Agent': 'stagegate-notify', ...request.headers },
                body: request.body,
                signal: controller.signal,
                redirect: 'error',
            });
            status = res.status;
            const text = await res.text();
            if (res.ok) {
                onAttempt({ attempt, status, durationMs: deps.now() - started, outcome: 'delivered' });
                return true;
            }
            error = redact(text.slice(0, 300).trim()) || `HTTP ${status}`;
            if (status === 429)
                serverWaitMs = readRetryAfter(res.headers.get('retry-after'), text);
        }
        catch (e) {
            error = deps.signal?.aborted ? BUDGET_SPENT : redact(describeFetchError(e, policy.timeoutMs));
        }
        finally {
            clearTimeout(timer);
            deps.signal?.removeEventListener('abort', onBudget);
        }
        const durationMs = deps.now() - started;
        const retryable = status === undefined || status === 429 || status >= 500;
        if (!retryable || attempt > policy.retries || deps.signal?.aborted) {
            onAttempt({ attempt, status, error, durationMs, outcome: 'failed' });
            return false;
        }
        const backoff = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** (attempt - 1));
        const retryInMs = serverWaitMs !== undefined ? Math.min(serverWaitMs, policy.maxRetryAfterMs) : backoff;
        onAttempt({ attempt, status, error, durationMs, outcome: 'retrying', retryInMs });
        await deps.sleep(retryInMs, deps.signal);
    }
}
/** Our own attempt timeout, named as fetch names its own. */
class TimeoutError extends Error {
    constructor(ms) {
        super(`timed out after ${ms}ms`);
        this.name = 'TimeoutError';
    }
}
/**
 * The wait a 429 asks for, in ms: Discord's body `retry_after` (float
 * seconds) first, as it is more precise, else the Retry-After header
 * (seconds or an HTTP date). Undefined when neither says.
 */
function readRetryAfter(header, body) {
    try {
        const parsed = JSON.parse(body);
        if (typeof parsed.retry_after === 'number' && parsed.retry_after >= 0)
            return Math.ceil(parsed.retry_after * 1000);
    }
    catch {
        // Slack answers 429 with plain text; the header is what counts then.
    }
    if (!header)
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0)
        return Math.ceil(seconds * 1000);
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
/** A short, cause-bearing description of a fetch failure ("fetch failed" alone says nothing). */
function describeFetchError(e, timeoutMs) {
    if (!(e instanceof Error))
        return String(e);
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
        return `timed out after ${timeoutMs}ms`;
    const cause = e.cause;
    const detail = cause?.code ?? cause?.message;
    return detail ? `${e.message} (${detail})` : e.message;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ../../packages/notify/src/audit.ts


/**
 * Where the notify action writes its audit trail unless told otherwise: under
 * RUNNER_TEMP, which lives as long as the job, so record-history in a later
 * step of the same job finds and uploads it, and it never dirties the checkout.
 */
function defaultAuditFile(env) {
    return (0,external_node_path_.join)(env.RUNNER_TEMP || env.GITHUB_WORKSPACE || process.cwd(), 'stagegate', 'notify-audit.jsonl');
}
/**
 * Appends one JSON line and fsyncs before returning, so a record is on disk
 * before the next network send starts: a runner killed mid-send (cancel,
 * OOM) still leaves every event and every finished attempt in the file.
 * One write call per line, on an O_APPEND descriptor, so lines from
 * parallel sends never interleave.
 */
function appendAuditRecord(file, record) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    const fd = (0,external_node_fs_.openSync)(file, 'a');
    try {
        (0,external_node_fs_.writeSync)(fd, `${JSON.stringify(record)}\n`);
        (0,external_node_fs_.fsyncSync)(fd);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Parses an audit file's text back into records (a torn last line is skipped). */
function parseAuditTrail(text) {
    const out = [];
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        try {
            out.push(JSON.parse(line));
        }
        catch {
            // Only the last line can be torn (a crash mid-write); the rest is intact.
        }
    }
    return out;
}
/**
 * The daily digest beside the audit trail (uploaded with it):
 * `stagegate-digest-<yyyy-mm-dd>.md`, one file per UTC day.
 */
function digestFileFor(auditFile, time) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(auditFile), `stagegate-digest-${time.toISOString().slice(0, 10)}.md`);
}
/** Appends one Markdown list line to a digest file, creating it with a heading. */
function appendDigestLine(file, line) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    const fd = (0,external_node_fs_.openSync)(file, 'a');
    try {
        const fresh = (0,external_node_fs_.fstatSync)(fd).size === 0;
        (0,external_node_fs_.writeSync)(fd, `${fresh ? `# stagegate digest ${(0,external_node_path_.basename)(file).slice(17, 27)}\n\n` : ''}- ${line.replace(/\s*\n\s*/g, ' ')}\n`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ../../packages/notify/src/routes.ts

/**
 * Resolves the plan's `notify:` section: each `env:NAME` becomes the value of
 * NAME. A channel whose webhook variable is unset is left out and listed as
 * unconfigured (alerts for it stay in the audit trail), unless it says
 * `required: true`: then, as every other problem, it is a ConfigError named by
 * plan path and variable. No message ever contains a URL. `where` prefixes the paths (`notify`
 * for a plan, `input channels` for the action's input).
 */
function routesFromPlan(notify, env, where = 'notify') {
    if (!notify)
        return { channels: [], failOnError: 'p0-p1' };
    const problems = [];
    const unconfigured = [];
    const read = (ref, path, optional = false) => {
        // A plan that skipped schema validation may hold the URL or key itself: refuse it without echoing it.
        if (!ref.startsWith('env:')) {
            problems.push({ path, message: 'expected env:NAME (the variable that holds the value); the plan holds the value itself (not shown: it is a secret)' });
            return '';
        }
        const name = ref.slice(4);
        const value = env[name]?.trim();
        if (!value && optional)
            unconfigured.push({ name: path.split('.').at(-2) ?? path, path, variable: name });
        else if (!value)
            problems.push({ path, message: `the environment variable ${name} is not set or empty; set it from a secret, e.g. env: { ${name}: \${{ secrets.${name} }} }` });
        return value ?? '';
    };
    const channels = [];
    for (const type of ['slack', 'discord', 'webhook']) {
        const c = notify[type];
        if (!c)
            continue;
        const urlKey = 'url' in c ? 'url' : 'webhook';
        const urlRef = 'url' in c ? c.url : c.webhook;
        const url = read(urlRef, `${where}.${type}.${urlKey}`, !c.required);
        if (!url && !c.required && urlRef.startsWith('env:'))
            continue;
        if (url && !isHttpUrl(url))
            problems.push({ path: `${where}.${type}.${urlKey}`, message: `the environment variable ${urlRef.slice(4)} does not hold an http(s) URL (value not shown: it is a secret)` });
        const secret = 'secret' in c && c.secret ? read(c.secret, `${where}.${type}.secret`) : undefined;
        channels.push({
            name: type,
            type,
            url,
            ...(secret ? { secret } : {}),
            minPriority: c['min-priority'],
            ...(c['fallback-for'] ? { fallbackFor: c['fallback-for'] } : {}),
            immediatePriority: c['immediate-priority'],
            timeoutMs: (0,core_src/* parseDuration */.E9)(c.timeout),
            retries: c.retries,
            events: c.events,
        });
    }
    // A fallback for a channel that is not configured takes that channel's place.
    for (const c of channels)
        if (c.fallbackFor && unconfigured.some((u) => u.name === c.fallbackFor))
            delete c.fallbackFor;
    problems.push(...checkFallbacks(channels, where));
    if (problems.length)
        throw new core_src/* ConfigError */.xL(problems);
    return { channels, failOnError: notify['fail-on-error'], ...(unconfigured.length ? { unconfigured } : {}) };
}
/** A fallback must name another configured channel, or it would never be used. */
function checkFallbacks(channels, where) {
    const names = channels.map((c) => c.name);
    return channels
        .filter((c) => c.fallbackFor !== undefined && (c.fallbackFor === c.name || !names.includes(c.fallbackFor)))
        .map((c) => ({ path: `${where}.${c.name}.fallback-for`, message: `expected another configured channel (${names.filter((n) => n !== c.name).join(', ') || 'none'}); got "${c.fallbackFor}"` }));
}
/** True for an absolute http(s) URL; never echoes the text. */
function isHttpUrl(text) {
    try {
        const u = new URL(text);
        return u.protocol === 'https:' || u.protocol === 'http:';
    }
    catch {
        return false;
    }
}
/** Every secret of the routes with the label that replaces it in messages. */
function secretsOf(routes) {
    return routes.channels.flatMap((c) => [
        { value: c.url, label: `<${c.name} webhook>`, channel: c.name },
        ...(c.secret ? [{ value: c.secret, label: `<${c.name} secret>`, channel: c.name }] : []),
    ]);
}

;// CONCATENATED MODULE: ../../packages/notify/src/notifier.ts








/**
 * A notifier over resolved routes. For each event: the event line is
 * written to the audit file before anything is sent; the channels that take
 * the event at once are sent to in parallel (the slowest one bounds the
 * time); a channel that fails sets off its fallbacks; each attempt is
 * written as it ends. Callers may fire events without awaiting them: each
 * channel keeps its own order.
 */
function createNotifier(options) {
    const clock = options.clock ?? (() => new Date());
    const deps = {
        fetch: options.fetch ?? globalThis.fetch,
        sleep: options.sleep ?? sleepUnlessAborted,
        now: () => clock().getTime(),
        signal: options.signal,
    };
    // One queue per channel: events reach a channel in the order they happened even though
    // callers do not wait, and a slow channel holds back only itself, never its fallbacks.
    const queues = new Map();
    const inOrder = (channel, work) => {
        const next = (queues.get(channel) ?? Promise.resolve()).then(work, work);
        queues.set(channel, next.catch(() => undefined));
        return next;
    };
    const secrets = secretsOf(options.routes).flatMap((s) => secretPartsOf(s.value).map((value) => ({ value, label: s.label })));
    const redact = (text) => redactSecrets(text, secrets);
    const log = (line) => options.log?.(redact(line));
    const write = (record) => appendAuditRecord(options.auditFile, record);
    async function deliver(event, channel, attempts) {
        const { body, headers } = renderFor(channel, event);
        const policy = { ...DEFAULT_RETRY_POLICY, ...options.backoff, retries: channel.retries, timeoutMs: channel.timeoutMs };
        return postWithRetry(channel.url, { body, headers }, policy, deps, (a) => {
            const record = { type: 'attempt', time: clock().toISOString(), event: event.id, channel: channel.name, ...a };
            write(record);
            attempts.push(record);
            log(describeAttempt(record));
        }, redact);
    }
    for (const u of options.routes.unconfigured ?? []) {
        write({ type: 'channel', time: clock().toISOString(), channel: u.name, status: 'not configured', detail: `${u.path}: ${u.variable} is not set; alerts for ${u.name} are logged locally only` });
    }
    // Channels a P0 of this rollout was sent to: its closing message goes there too, so a
    // fallback that carried the alarm also carries the all-clear (even while the primary hangs).
    const alarmed = new Set();
    // One event: the audit line first, then the digest (P3) or the channels that want it.
    async function route(event) {
        write({ type: 'event', time: clock().toISOString(), event });
        const digest = event.priority === 'P3' ? options.digestFile?.(new Date(event.time)) : undefined;
        if (digest) {
            appendDigestLine(digest, `${event.time} ${describeEvent(event)}`);
            write({ type: 'result', time: clock().toISOString(), event: event.id, delivered: ['digest'], failed: [], mustFail: false });
            return { event, delivered: ['digest'], failed: [], attempts: [], mustFail: false };
        }
        log(`notify: ${describeEvent(event)}`);
        const wanted = (c) => (!event.detail || c.events === 'all') && isAtLeast(event.priority, c.minPriority);
        const eligible = options.routes.channels.filter((c) => wanted(c) || (event.closing && alarmed.has(c.name)));
        const direct = eligible.filter((c) => !c.fallbackFor || (event.closing && alarmed.has(c.name)) || (c.immediatePriority !== 'none' && isAtLeast(event.priority, c.immediatePriority)));
        const started = new Set();
        const delivered = [];
        const failed = [];
        const attempts = [];
        const run = async (channel) => {
            started.add(channel.name);
            if (event.priority === 'P0')
                alarmed.add(channel.name);
            if (await inOrder(channel.name, () => deliver(event, channel, attempts))) {
                delivered.push(channel.name);
                return;
            }
            failed.push(channel.name);
            const fallbacks = eligible.filter((f) => f.fallbackFor === channel.name && !started.has(f.name));
            if (fallbacks.length)
                log(`notify: ${channel.name} failed; falling back to ${fallbacks.map((f) => f.name).join(', ')}`);
            await Promise.all(fallbacks.map(run));
        };
        await Promise.all(direct.map(run));
        const mustFail = decideFailure(options.routes.failOnError, event, delivered, failed);
        write({ type: 'result', time: clock().toISOString(), event: event.id, delivered, failed, mustFail });
        return { event, delivered, failed, attempts, mustFail };
    }
    return { notify: route };
}
/**
 * Whether an event's delivery fails the step. p0-p1 (the default): a P0 or
 * P1 that was sent somewhere and reached nowhere; any: any channel failed;
 * never: the audit trail is enough.
 */
function decideFailure(rule, event, delivered, failed) {
    if (rule === 'never' || failed.length === 0)
        return false;
    if (rule === 'any')
        return true;
    return rankOf(event.priority) <= 1 && delivered.length === 0;
}
function renderFor(channel, event) {
    if (channel.type === 'slack')
        return { body: JSON.stringify(formatSlackMessage(event)) };
    if (channel.type === 'discord')
        return { body: JSON.stringify(formatDiscordMessage(event)) };
    const body = JSON.stringify(formatWebhookMessage(event));
    return { body, headers: webhookHeaders(event, body, channel.secret) };
}
function describeAttempt(a) {
    const what = a.status !== undefined ? `HTTP ${a.status}` : (a.error ?? 'error');
    const tail = a.outcome === 'retrying' ? `; retrying in ${a.retryInMs}ms` : a.outcome === 'failed' && a.error && a.status !== undefined ? ` (${a.error.slice(0, 120)})` : '';
    return `notify: ${a.channel} attempt ${a.attempt} ${a.outcome} (${what}, ${a.durationMs}ms)${tail}`;
}

;// CONCATENATED MODULE: ../../packages/notify/src/index.ts
/**
 * @stagegate/notify: priority-routed Slack, Discord and webhook alerts with
 * retries and fallbacks, and a JSONL audit trail that holds every event and
 * every attempt even when the channels are down.
 */










;// CONCATENATED MODULE: ../../packages/pipeline/src/targets-now.ts
/**
 * Every target of the plan, in plan order, with the version live now, the
 * previous good and this run's action. A rolled-back target never shows as
 * deployed; a target whose command failed has no known live version; one
 * this run never touched says so.
 */
function listTargetsNow(planStages, stages, rollback, version) {
    const deployed = new Map();
    for (const s of stages)
        for (const t of s.targets)
            deployed.set(t.target, { t, s });
    const rolled = new Map((rollback?.targets ?? []).map((t) => [t.target, t]));
    return planStages.flatMap((stage) => stage.targets.map((target) => {
        const d = deployed.get(target);
        const r = rolled.get(target);
        const base = { target, stage: stage.name, environment: d?.t.environment ?? r?.environment ?? '', previous: d?.t.fromVersion ?? r?.toVersion };
        if (r && r.state !== 'skipped') {
            const ok = r.state === 'succeeded';
            // Why it was rolled back: its own failure (command or check), else the stage's or an earlier one's.
            const own = d ? (d.t.state !== 'succeeded' ? d.t.reason : failedChecksOf(d.s, target).join('; ')) : '';
            return { ...base, live: ok ? r.toVersion : undefined, action: ok ? 'rolled back' : 'rollback failed', reason: ok ? own || 'rolled back with the failed stage' : r.reason };
        }
        if (!d)
            return { ...base, live: undefined, action: 'untouched' };
        const action = actionOf(d.t, d.s);
        const live = action === 'deployed' || action === 'gate failed' ? version : action === 'untouched' || action === 'would deploy' ? d.t.fromVersion : undefined;
        const reason = action === 'gate failed' ? failedChecksOf(d.s, target).join('; ') : action === 'deployed' ? undefined : d.t.reason;
        return { ...base, live, action, reason };
    }));
}
function actionOf(t, s) {
    if (t.state === 'planned')
        return 'would deploy';
    if (t.state === 'skipped')
        return 'untouched';
    if (t.state === 'cancelled')
        return 'cancelled';
    if (t.state !== 'succeeded')
        return 'failed';
    const blamed = failedChecksOf(s, t.target).length > 0 || (s.gate !== 'Successful' && s.gate !== 'skipped' && !s.failedChecks.some((c) => /^[^:\s]+: /.test(c)));
    return blamed ? 'gate failed' : 'deployed';
}
/** The stage's failed checks that name this target (each reads `<target>: …`). */
function failedChecksOf(s, target) {
    return s.failedChecks.filter((c) => c.startsWith(`${target}:`));
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/run-pipeline.ts


/**
 * Runs the plan's stages in order: deploy → gate → on success the next stage;
 * on failure the stage's on-failure policy (roll back this stage, roll back
 * everything touched in reverse stage order, continue, or pause).
 *
 * On a failure the order is production first: the rollback's commands start,
 * then the verdict is written to GitHub and the events are recorded and sent.
 * Events go to the history at once and to people in the background, so a
 * slow or failing channel never delays a rollback or the next stage; the run
 * waits for them (bounded) only at its end.
 */
async function runPipeline(plan, options, deps) {
    const started = deps.now();
    const stages = (0,core_src/* selectStages */.ut)(plan, { startAt: options.startAt, only: options.only });
    // Before the first event: an unsafe version must not reach a notification or the history either.
    const version = (0,core_src/* assertSafeVersion */.yr)(options.version, plan['version-pattern']);
    const events = [];
    const emit = (e, notify = true) => {
        const event = { ...e, version, at: new Date(deps.now()).toISOString() };
        events.push(event);
        deps.record(event);
        if (notify)
            deps.notify(event);
    };
    const history = [];
    const decisions = [];
    const reports = [];
    let rollback;
    let rollbackFailed = false;
    let nothingToRollBack = false;
    let cancelled = false;
    let failedStage;
    const planStages = plan.stages.map((s) => ({ name: s.name, targets: s.targets }));
    const factsSoFar = (result, stageName) => {
        const at = plan.stages.findIndex((s) => s.name === stageName);
        return {
            service: plan.service, version, result, cause: failedStage?.cause, failedStage: stageName, nextStage: at >= 0 ? plan.stages[at + 1]?.name : undefined,
            targets: listTargetsNow(planStages, reports, rollback, version), dryRun: deps.dryRun,
        };
    };
    emit({ kind: 'deploy-started', targets: stages.flatMap((s) => s.targets), reason: `${plan.service} ${version}: ${stages.map((s) => s.name).join(' → ')}` });
    for (const stage of stages) {
        const stageStarted = deps.now();
        deps.log(`stage ${stage.name}: deploying ${version} to ${stage.targets.join(', ')}`);
        emit({ kind: 'stage-started', stage: stage.name, targets: stage.targets }, false);
        const deploy = await deps.deployStage(stage, version);
        const touched = deploy.targets.filter((t) => t.state !== 'skipped' && t.state !== 'planned' && t.deploymentId !== undefined).map((t) => t.target);
        const deployFailed = deploy.targets.filter((t) => t.state !== 'succeeded').map((t) => t.target);
        let gate = 'skipped';
        let failedChecks = [];
        let failedTargets = deployFailed;
        let gateEvent;
        cancelled = deploy.outcome === 'cancelled' || (deps.cancelled?.() ?? false);
        if (!cancelled && deploy.outcome === 'succeeded' && stage.gate) {
            deps.log(`stage ${stage.name}: health gate on ${stage.targets.join(', ')}`);
            const g = await deps.gateStage(stage, version, stage.targets);
            gate = g.verdict;
            failedChecks = g.failedChecks;
            failedTargets = g.failedTargets;
            gateEvent = { kind: g.verdict === 'Successful' ? 'gate-finished' : 'gate-failed', stage: stage.name, targets: g.failedTargets.length ? g.failedTargets : stage.targets, verdict: g.verdict, reason: g.failedChecks.join('; ') || undefined };
            cancelled = deps.cancelled?.() ?? false;
        }
        // The cause a person needs first: each failed command's exit and stderr, or each failed check's observation.
        const failedDeploys = deploy.targets.filter((t) => t.state === 'failed' || t.state === 'error').map((t) => `${t.target}: ${t.reason}`);
        const cause = (gate !== 'skipped' && gate !== 'Successful' ? failedChecks : failedDeploys).join('; ') || undefined;
        const report = { stage: stage.name, deploy: deploy.outcome, gate, decision: 'pause', targets: deploy.targets, failedChecks, durationMs: 0, ...(cause ? { cause } : {}) };
        reports.push(report);
        if (cancelled) {
            // A person or the runner stopped the run: neither a rollback nor a pause is theirs to get.
            report.decision = 'cancelled';
            report.reason = `stage ${stage.name}: the run was cancelled`;
            report.durationMs = deps.now() - stageStarted;
            deps.recordVerdict();
            emit({ kind: 'stage-failed', stage: stage.name, targets: stage.targets, reason: `${report.reason}; in-progress deployments marked error` });
            break;
        }
        const outcome = { stage: stage.name, deploy: deploy.outcome, gate, touchedTargets: touched, failedTargets };
        const decision = (0,core_src/* decideAfterStage */.Hj)(stage['on-failure'], outcome, history);
        history.push(outcome);
        decisions.push(decision);
        report.decision = decision.kind;
        report.durationMs = deps.now() - stageStarted;
        if (decision.kind === 'next') {
            if (gateEvent)
                emit(gateEvent, false);
            deps.log(`stage ${stage.name}: passed`);
            emit({ kind: 'stage-succeeded', stage: stage.name, targets: stage.targets });
            continue;
        }
        report.reason = cause ? `${cause} (stage ${stage.name})` : decision.reason;
        failedStage ??= { name: stage.name, cause: report.reason };
        deps.log(`stage ${stage.name}: ${report.reason} → ${decision.kind === 'rollback' ? `rollback-${decision.scope}` : decision.kind}`);
        if (decision.kind !== 'rollback' || !decision.items.length) {
            deps.recordVerdict();
            if (gateEvent)
                emit(gateEvent);
            if (decision.kind === 'rollback') {
                // Nothing of this run reached a target: claiming a rollback would be a lie.
                nothingToRollBack = true;
                report.reason = `${report.reason}; nothing was deployed, so nothing was rolled back`;
            }
            // A failure the plan lets the rollout go on from, or holds for a person, is P1: production is not burning.
            emit({ kind: 'stage-failed', stage: stage.name, targets: failedTargets, reason: report.reason, verdict: gate, ...(decision.kind === 'rollback' ? {} : { priority: 'P1' }) });
            if (decision.kind === 'continue')
                continue;
            if (decision.kind === 'pause') {
                const facts = factsSoFar('paused', stage.name);
                const live = facts.targets.filter((t) => t.live === version && t.action !== 'untouched').map((t) => t.target);
                emit({ kind: 'manual-approval-waiting', stage: stage.name, targets: live, reason: `${report.reason}: paused, ${version} stays live on ${live.join(', ') || 'no target'}. Next: ${(0,core_src/* describeNextStep */.Nt)(facts).slice(1).join('; ')}` });
            }
            break;
        }
        // Production first: the commands start inside this call, before anything is recorded or sent.
        const rolling = deps.rollback(decision.items, report.reason, version);
        const targets = decision.items.map((i) => i.target);
        deps.recordVerdict();
        if (gateEvent)
            emit(gateEvent);
        emit({ kind: 'stage-failed', stage: stage.name, targets: failedTargets, reason: report.reason, verdict: gate });
        emit({ kind: 'rollback-started', stage: stage.name, targets, reason: report.reason });
        const r = await rolling;
        rollback = { ...r, reason: report.reason, items: decision.items };
        rollbackFailed = !r.ok;
        const failedRollbacks = r.targets.filter((t) => t.state !== 'succeeded' && t.state !== 'skipped');
        if (r.ok)
            emit({ kind: 'rollback-succeeded', stage: stage.name, targets, reason: `${targets.join(', ')} back on ${describeVersions(r.targets)}` });
        else
            emit({ kind: 'rollback-failed', stage: stage.name, targets: failedRollbacks.map((t) => t.target), reason: failedRollbacks.map((t) => `${t.target}: ${t.reason}`).join('; ') });
        if (options.verifyRollback !== false && deps.verifyRollback) {
            const back = r.targets.filter((t) => t.state === 'succeeded');
            const unhealthy = back.length ? await deps.verifyRollback(back) : [];
            rollback.stillUnhealthy = unhealthy;
            if (unhealthy.length) {
                rollbackFailed = true;
                emit({ kind: 'rollback-failed', stage: stage.name, targets: unhealthy.map((u) => u.target), reason: `still unhealthy after the rollback: ${unhealthy.map((u) => `${u.target}: ${u.cause}`).join('; ')}` });
            }
        }
        break;
    }
    const result = cancelled ? 'cancelled' : nothingToRollBack && !rollback ? 'failed' : (0,core_src/* pipelineResult */._3)(decisions, rollbackFailed);
    const unrecorded = await deps.settleRecords();
    if (unrecorded.length)
        emit({ kind: 'records-missing', reason: unrecorded.map((u) => `${u.target}: ${u.what}: ${u.cause}`).join('; '), targets: [...new Set(unrecorded.map((u) => u.target))] }, false);
    const succeeded = result === 'succeeded';
    const facts = factsSoFar(result, failedStage?.name ?? reports.at(-1)?.stage);
    const headline = (0,core_src/* describeHeadline */.ug)(facts);
    const nextStep = (0,core_src/* describeNextStep */.Nt)(facts);
    // Only the targets this run touched: the others are counted in the headline, not listed as failed.
    const touchedTargets = facts.targets.filter((t) => t.action !== 'untouched').map((t) => t.target);
    emit({ kind: succeeded ? 'pipeline-succeeded' : 'pipeline-failed', result, reason: succeeded ? headline : `${headline} Next: ${nextStep.join('; ')}`, targets: touchedTargets }, result !== 'paused');
    const undelivered = await deps.settleNotifications();
    return { result, version, headline, nextStep, cause: failedStage?.cause, targetsNow: facts.targets, plannedStages: planStages, stages: reports, rollback, unrecorded, undelivered, events, durationMs: deps.now() - started };
}
/** "v1" when every target went back to one version, else "their last good versions". */
function describeVersions(targets) {
    const versions = [...new Set(targets.map((t) => t.toVersion).filter(Boolean))];
    return versions.length === 1 ? versions[0] : 'their last good versions';
}

;// CONCATENATED MODULE: ../../packages/probes/src/probe-context.ts

/** Milliseconds since `start` (performance clock: immune to wall-clock jumps). */
function since(start) {
    return Math.round((performance.now() - start) * 10) / 10;
}
/** An error sample: the probe could not measure. */
function errorResult(message, start) {
    return { status: 'error', message, latencyMs: since(start) };
}
/** The code of a Node/undici network error, looking through `cause`. */
function errorCode(e) {
    let cur = e;
    for (let depth = 0; cur && depth < 4; depth++) {
        const code = cur.code;
        if (typeof code === 'string')
            return code;
        cur = cur.cause;
    }
    return undefined;
}
/** A short description of a thrown error, with its code when there is one. */
function describeError(e, ctx) {
    if (ctx.signal.aborted) {
        const reason = ctx.signal.reason;
        return reason?.name === 'TimeoutError' ? `no answer within ${(0,core_src/* formatDuration */.a3)(ctx.timeoutMs)}` : 'aborted: the gate had its verdict, was cancelled or reached its timeout';
    }
    const code = errorCode(e);
    const cause = e?.cause?.message;
    const msg = cause ?? (e instanceof Error ? e.message : String(e));
    return code && !msg.includes(code) ? `${code}: ${msg}` : msg;
}
/** TLS problems mean the service is misconfigured: a failure, not a measurement error. */
const TLS_CODES = /^(?:CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_SSL_|EPROTO)/;
/** True for errors of certificate or TLS handshake. */
function isTlsError(e) {
    const code = errorCode(e);
    return code !== undefined && TLS_CODES.test(code);
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ../../packages/probes/src/json-expect.ts

/**
 * The value at a dotted path such as `checks.db.ok` or `$.items[0].state`.
 * Returns `{ found: false }` rather than undefined so a missing field and a
 * field that holds null are told apart.
 */
function readJsonPath(body, path) {
    const clean = path.replace(/^\$\.?/, '');
    let cur = body;
    for (const m of clean.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
        const key = m[2] !== undefined ? Number(m[2]) : m[1];
        if (cur === null || typeof cur !== 'object' || !(key in cur))
            return { found: false };
        cur = cur[key];
    }
    return { found: true, value: cur };
}
/** Why `actual` does not contain `expected` (a partial deep match), or undefined when it does. */
function findJsonMismatch(actual, expected, at = '') {
    if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
        if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
            return `${at || 'body'}: expected an object, got ${show(actual)}`;
        for (const [k, v] of Object.entries(expected)) {
            const sub = at ? `${at}.${k}` : k;
            if (!(k in actual))
                return `${sub}: missing`;
            const miss = findJsonMismatch(actual[k], v, sub);
            if (miss)
                return miss;
        }
        return undefined;
    }
    return (0,external_node_util_.isDeepStrictEqual)(actual, expected) ? undefined : `${at || 'body'}: expected ${show(expected)}, got ${show(actual)}`;
}
/** Why a JSON path assertion does not hold, or undefined when it does. */
function checkJsonPath(body, a) {
    const { found, value } = readJsonPath(body, a.path);
    if (!found)
        return `${a.path}: missing`;
    if (a.equals !== undefined && !(0,external_node_util_.isDeepStrictEqual)(value, a.equals))
        return `${a.path}: expected ${show(a.equals)}, got ${show(value)}`;
    if (a.matches !== undefined) {
        const text = typeof value === 'string' ? value : JSON.stringify(value);
        if (!new RegExp(a.matches).test(text))
            return `${a.path}: ${show(value)} does not match /${a.matches}/`;
    }
    if (a.min !== undefined || a.max !== undefined) {
        if (typeof value !== 'number')
            return `${a.path}: expected a number, got ${show(value)}`;
        if (a.min !== undefined && value < a.min)
            return `${a.path}: ${value} < min ${a.min}`;
        if (a.max !== undefined && value > a.max)
            return `${a.path}: ${value} > max ${a.max}`;
    }
    return undefined;
}
/** A value shown briefly in a message. */
function show(v) {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

;// CONCATENATED MODULE: ../../packages/probes/src/http-probe.ts



/**
 * Requests the check's URL and judges the answer. An answer that is wrong
 * (status, body, JSON, too slow, bad certificate) is a failure; no answer at
 * all (timeout, refused, reset) is an error: the service could not be measured.
 * The sample's value is the latency in ms.
 */
async function probeHttp(check, ctx) {
    const start = performance.now();
    let status;
    let text;
    try {
        const res = await fetch(check.url, {
            method: check.method,
            headers: check.headers,
            body: check.body,
            redirect: check['follow-redirects'] ? 'follow' : 'manual',
            signal: ctx.signal,
        });
        status = res.status;
        text = await res.text();
    }
    catch (e) {
        if (isTlsError(e) && !ctx.signal.aborted)
            return { status: 'fail', message: `TLS: ${describeError(e, ctx)}`, latencyMs: since(start) };
        return errorResult(describeError(e, ctx), start);
    }
    const latencyMs = since(start);
    const problem = judgeAnswer(check, status, text, latencyMs);
    if (!problem)
        return { status: 'pass', value: latencyMs, message: `status ${status} in ${Math.round(latencyMs)}ms`, latencyMs };
    // What was observed against what was expected, then the body: the service's own words are the cause.
    const head = problem.startsWith('expected status') ? `${status} (expected ${formatExpectedStatus(check.expect.status ?? '2xx')})` : `${status}: ${problem}`;
    return { status: 'fail', value: latencyMs, message: `${head} — body ${excerptBody(text)}`, latencyMs };
}
/** Characters of a response body a failure message keeps. */
const BODY_EXCERPT_CHARS = 200;
/** A body on one line, bounded: `{"status":"degraded"}`, or `(empty)`. */
function excerptBody(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    if (!line)
        return '(empty)';
    return line.length > BODY_EXCERPT_CHARS ? `${line.slice(0, BODY_EXCERPT_CHARS - 1)}…` : line;
}
/** 200, 200|204 or 2xx, as a person writes it. */
function formatExpectedStatus(expected) {
    return Array.isArray(expected) ? expected.join('|') : String(expected);
}
/** The first thing wrong with an answer, or undefined when it is healthy. */
function judgeAnswer(check, status, text, latencyMs) {
    const expect = check.expect;
    if (!statusMatches(status, expect.status ?? '2xx'))
        return `expected status ${JSON.stringify(expect.status ?? '2xx')}`;
    if (expect['max-latency'] !== undefined && latencyMs > (0,core_src/* parseDuration */.E9)(expect['max-latency']))
        return `slower than ${expect['max-latency']} (${Math.round(latencyMs)}ms)`;
    if (expect['body-contains'] !== undefined && !text.includes(expect['body-contains']))
        return `body does not contain ${JSON.stringify(expect['body-contains'])}`;
    if (expect.json === undefined && expect['json-path'] === undefined)
        return undefined;
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return `body is not JSON (${JSON.stringify(text.slice(0, 40))})`;
    }
    if (expect.json !== undefined) {
        const miss = findJsonMismatch(body, expect.json);
        if (miss)
            return miss;
    }
    for (const a of expect['json-path'] ?? []) {
        const miss = checkJsonPath(body, a);
        if (miss)
            return miss;
    }
    return undefined;
}
/** 200, [200, 204], "2xx" or "200-299". */
function statusMatches(status, expected) {
    if (typeof expected === 'number')
        return status === expected;
    if (Array.isArray(expected))
        return expected.includes(status);
    const klass = /^([1-5])xx$/.exec(expected);
    if (klass)
        return Math.floor(status / 100) === Number(klass[1]);
    const [lo, hi] = expected.split('-').map(Number);
    return status >= lo && status <= hi;
}

// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(71553);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ../../packages/probes/src/net-probes.ts




/** Resolver answers that mean "this name does not exist": a measured failure. */
const NOT_FOUND = new Set(['ENOTFOUND', 'ENODATA', 'EAI_NONAME', 'EAI_NODATA']);
/**
 * Resolves the name as the service's clients would (getaddrinfo: /etc/hosts,
 * then DNS). A name that does not resolve, or resolves without the expected
 * addresses, fails; a resolver that does not answer (EAI_AGAIN, timeout) is an
 * error. The value is the number of addresses.
 */
async function probeDns(check, ctx) {
    const start = performance.now();
    const family = check.family === 'ipv4' ? 4 : check.family === 'ipv6' ? 6 : 0;
    let addresses;
    try {
        // getaddrinfo cannot be cancelled: race it against the signal.
        addresses = (await (0,core_src/* raceAbort */.Mu)((0,promises_.lookup)(check.host, { all: true, family }), ctx.signal)).map((a) => a.address);
    }
    catch (e) {
        const code = errorCode(e);
        if (!ctx.signal.aborted && code && NOT_FOUND.has(code))
            return { status: 'fail', value: 0, message: `${check.host} does not resolve (${code})`, latencyMs: since(start) };
        return errorResult(describeError(e, ctx), start);
    }
    const missing = (check['expect-addresses'] ?? []).filter((a) => !addresses.includes(a));
    const latencyMs = since(start);
    if (missing.length)
        return { status: 'fail', value: addresses.length, message: `${check.host} resolves to ${addresses.join(', ')}, not ${missing.join(', ')}`, latencyMs };
    return { status: 'pass', value: addresses.length, message: `${check.host} → ${addresses.join(', ')}`, latencyMs };
}
/**
 * Opens a TCP connection and closes it. Here "refused" is the answer being
 * measured (nothing listens), so it fails the check; a timeout is an error.
 * The value is the connect time in ms.
 */
async function probeTcp(check, ctx) {
    const start = performance.now();
    try {
        await new Promise((ok, fail) => {
            const socket = (0,external_node_net_.connect)({ host: check.host, port: check.port, signal: ctx.signal });
            socket.once('connect', () => {
                socket.destroy();
                ok();
            });
            socket.once('error', fail);
        });
    }
    catch (e) {
        const code = errorCode(e);
        if (!ctx.signal.aborted && (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH'))
            return { status: 'fail', message: `${check.host}:${check.port} ${code}`, latencyMs: since(start) };
        return errorResult(describeError(e, ctx), start);
    }
    const latencyMs = since(start);
    return { status: 'pass', value: latencyMs, message: `connected to ${check.host}:${check.port}`, latencyMs };
}

;// CONCATENATED MODULE: ../../packages/probes/src/prometheus-probe.ts

/**
 * Runs a PromQL instant query (GET /api/v1/query) and returns its one number.
 * An empty vector is an error, not a pass: "no data" must never read as
 * "no errors" (a metric that vanished with a broken deploy looks empty too).
 */
async function queryPrometheus(server, query, signal) {
    const url = new URL('api/v1/query', server.endsWith('/') ? server : `${server}/`);
    url.searchParams.set('query', query);
    const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
    const text = await res.text();
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return { ok: false, message: `Prometheus answered ${res.status} without JSON` };
    }
    if (body.status !== 'success')
        return { ok: false, message: `query failed (${body.errorType ?? res.status}): ${body.error ?? 'no detail'}` };
    const { resultType, result } = body.data ?? {};
    let raw;
    if (resultType === 'scalar')
        raw = result[1];
    else if (resultType === 'vector') {
        const series = result;
        if (series.length === 0)
            return { ok: false, message: 'empty result: the query matched no series' };
        if (series.length > 1)
            return { ok: false, message: `expected one series, got ${series.length}: aggregate the query (sum, max…)` };
        raw = series[0].value[1];
    }
    else
        return { ok: false, message: `expected a scalar or a vector, got ${resultType}` };
    const value = Number(raw);
    if (!Number.isFinite(value))
        return { ok: false, message: `the query returned ${String(raw)}` };
    return { ok: true, value };
}
/**
 * Queries the check's metric (and its baseline, when it has one) and judges
 * the value against min/max. The baseline is only recorded here: the canary is
 * compared with it over the whole soak when the soak ends (core/gate).
 */
async function probePrometheus(check, ctx) {
    const start = performance.now();
    const server = check.server ?? ctx.prometheusUrl;
    if (!server)
        return errorResult('no Prometheus server: set server on the check or prometheus.url in the plan', start);
    try {
        const [canary, baseline] = await Promise.all([
            queryPrometheus(server, check.query, ctx.signal),
            check.baseline ? queryPrometheus(server, check.baseline.query, ctx.signal) : Promise.resolve(undefined),
        ]);
        if (!canary.ok)
            return errorResult(canary.message, start);
        if (baseline && !baseline.ok)
            return errorResult(`baseline ${baseline.message}`, start);
        const v = canary.value;
        const latencyMs = since(start);
        const base = baseline?.ok ? { baseline: baseline.value } : {};
        if (check.min !== undefined && v < check.min)
            return { status: 'fail', value: v, ...base, message: `${v} < min ${check.min}`, latencyMs };
        if (check.max !== undefined && v > check.max)
            return { status: 'fail', value: v, ...base, message: `${v} > max ${check.max}`, latencyMs };
        return { status: 'pass', value: v, ...base, message: baseline?.ok ? `${v} (baseline ${baseline.value})` : String(v), latencyMs };
    }
    catch (e) {
        return errorResult(describeError(e, ctx), start);
    }
}

;// CONCATENATED MODULE: ../../packages/probes/src/command-probe.ts


/** Output kept per probe: enough to say why, small enough for a samples file. */
const OUTPUT_LIMIT = 2000;
/**
 * Runs the check's argv (no shell: each element is one argument) and passes
 * on exit code 0. The process gets its own group so a timeout kills its
 * children too. A command that cannot start or is killed is an error; one
 * that exits non-zero has measured something bad: a failure. The value is the
 * exit code.
 */
async function probeCommand(check, ctx) {
    const start = performance.now();
    const [program, ...args] = check.run;
    let output = '';
    const keep = (d) => {
        if (output.length < OUTPUT_LIMIT)
            output = (output + d.toString()).slice(0, OUTPUT_LIMIT);
    };
    try {
        const code = await new Promise((ok, fail) => {
            const child = (0,external_node_child_process_.spawn)(program, args, { cwd: ctx.cwd, shell: false, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
            const kill = () => {
                try {
                    if (child.pid)
                        process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    // Already gone.
                }
            };
            ctx.signal.addEventListener('abort', kill, { once: true });
            child.stdout.on('data', keep);
            child.stderr.on('data', keep);
            child.once('error', (e) => {
                ctx.signal.removeEventListener('abort', kill);
                fail(e);
            });
            child.once('close', (c) => {
                ctx.signal.removeEventListener('abort', kill);
                if (ctx.signal.aborted)
                    fail(ctx.signal.reason);
                else
                    ok(c);
            });
        });
        const latencyMs = since(start);
        const lastLine = output.trim().split('\n').pop() ?? '';
        if (code === 0)
            return { status: 'pass', value: 0, message: `exit 0${lastLine ? `: ${lastLine}` : ''}`, latencyMs, output };
        if (code === null)
            return { status: 'error', message: 'killed by a signal', latencyMs, output };
        return { status: 'fail', value: code, message: `exit ${code}${lastLine ? `: ${lastLine}` : ''}`, latencyMs, output };
    }
    catch (e) {
        return { ...errorResult(describeError(e, ctx), start), ...(output ? { output } : {}) };
    }
}

;// CONCATENATED MODULE: ../../packages/probes/src/run-probe.ts





/**
 * Time a probe gets, after its timeout aborted it, to report what it saw
 * (a killed command's last output line) before it is given up on.
 */
const ABORT_GRACE_MS = 250;
/**
 * The real probe runner: dispatches on the check type and bounds each probe by
 * the check's own timeout, on top of the gate's signal. The timeout is a timer
 * this function owns and clears (never `AbortSignal.timeout`, which never fires
 * after garbage collection on Node 20), and the probe is raced against it: a
 * probe that ignores its signal still ends, as an error sample
 * `http: no answer within 2s`.
 */
const runProbe = async (check, env) => {
    const timeoutMs = (0,core_src/* parseDuration */.E9)(check.timeout);
    const start = performance.now();
    const probeCtl = new AbortController();
    const giveUp = new AbortController();
    let timedOut = false;
    let grace;
    const timer = setTimeout(() => {
        timedOut = true;
        probeCtl.abort(new DOMException(`no answer within ${(0,core_src/* formatDuration */.a3)(timeoutMs)}`, 'TimeoutError'));
    }, timeoutMs);
    const onAbort = () => {
        grace = setTimeout(() => giveUp.abort(probeCtl.signal.reason), ABORT_GRACE_MS);
    };
    probeCtl.signal.addEventListener('abort', onAbort, { once: true });
    const unlink = (0,core_src/* linkAbort */.Hf)(env.signal, probeCtl);
    const ctx = { signal: probeCtl.signal, timeoutMs, target: env.target, prometheusUrl: env.prometheusUrl, cwd: env.cwd };
    try {
        const result = await (0,core_src/* raceAbort */.Mu)(dispatch(check, ctx), giveUp.signal);
        if (timedOut && result.status === 'error')
            return { ...result, message: noAnswer(check, timeoutMs) };
        return result;
    }
    catch {
        // Given up on: the probe ignored its signal.
        const latencyMs = Math.round((performance.now() - start) * 10) / 10;
        return { status: 'error', message: timedOut ? noAnswer(check, timeoutMs) : `${check.type}: aborted (the gate had its verdict, was cancelled or reached its timeout)`, latencyMs };
    }
    finally {
        clearTimeout(timer);
        clearTimeout(grace);
        probeCtl.signal.removeEventListener('abort', onAbort);
        unlink();
    }
};
/** What a timed-out probe says: the check type first, then what did not happen in how long. */
function noAnswer(check, timeoutMs) {
    const within = (0,core_src/* formatDuration */.a3)(timeoutMs);
    return check.type === 'command' ? `command: no exit within ${within} (process group killed)` : `${check.type}: no answer within ${within}`;
}
function dispatch(check, ctx) {
    switch (check.type) {
        case 'http':
            return probeHttp(check, ctx);
        case 'dns':
            return probeDns(check, ctx);
        case 'tcp':
            return probeTcp(check, ctx);
        case 'prometheus':
            return probePrometheus(check, ctx);
        case 'command':
            return probeCommand(check, ctx);
    }
}
/**
 * The wall clock, for the action: sleeps really, wakes early when the gate is
 * cancelled, and arms the gate's deadline with a timer it clears.
 */
const realClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((ok) => {
        if (signal?.aborted)
            return ok();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            ok();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    }),
    setAlarm: (ms, fire) => {
        const timer = setTimeout(fire, ms);
        return () => clearTimeout(timer);
    },
};

;// CONCATENATED MODULE: ../../packages/probes/src/resolve-gate.ts

/**
 * Turns a plan stage (or inline checks) into the specs the gate loop runs,
 * with placeholders filled per target. Every mistake is a ConfigError that
 * names the input or plan path.
 */
function resolve_gate_resolveGate(src) {
    const stage = src.plan && src.stage !== undefined ? (0,core_src/* findStage */.U9)(src.plan, src.stage) : undefined;
    if (src.plan && !stage)
        throw new core_src/* ConfigError */.xL([{ path: 'input stage', message: 'expected the name of the stage to gate' }]);
    const gate = stage?.gate;
    const checks = [...(src.plan && stage ? (0,core_src/* gateChecks */.He)(src.plan, stage) : []), ...(src.checks ?? [])];
    if (!checks.length)
        throw new core_src/* ConfigError */.xL([{ path: stage ? `input stage` : 'input checks', message: stage ? `stage "${stage.name}" has no gate checks: add a gate to it or give checks` : 'expected checks (inline) or a plan and a stage' }]);
    let targets = src.targets?.length ? src.targets : (stage?.targets ?? []);
    if (stage && src.targets?.length) {
        const unknown = src.targets.filter((t) => !stage.targets.includes(t));
        if (unknown.length)
            throw new core_src/* ConfigError */.xL([{ path: 'input targets', message: `expected targets of stage "${stage.name}" (${stage.targets.join(', ')}); got ${unknown.join(', ')}` }]);
    }
    if (!targets.length)
        throw new core_src/* ConfigError */.xL([{ path: 'input targets', message: 'expected at least one target to probe' }]);
    targets = [...new Set(targets)];
    const duration = (value, fallback, name) => {
        if (value === undefined || value === '')
            return fallback;
        try {
            return (0,core_src/* parseDuration */.E9)(value);
        }
        catch (e) {
            throw new core_src/* ConfigError */.xL([{ path: `input ${name}`, message: e.message }]);
        }
    };
    const soakMs = duration(src.soak, gate ? (0,core_src/* parseDuration */.E9)(gate.soak) : 0, 'soak');
    const intervalMs = duration(src.interval, gate ? (0,core_src/* parseDuration */.E9)(gate.interval) : 10_000, 'interval');
    if (intervalMs <= 0)
        throw new core_src/* ConfigError */.xL([{ path: 'input interval', message: 'expected an interval above 0' }]);
    const timeoutMs = duration(src.timeout, gate?.timeout !== undefined ? (0,core_src/* parseDuration */.E9)(gate.timeout) : soakMs + 300_000, 'timeout');
    const specs = [];
    for (const target of targets) {
        const values = { target, stage: stage?.name ?? src.stage ?? '', ...(src.version !== undefined ? { version: src.version } : {}) };
        if (src.plan)
            Object.assign(values, { service: src.plan.service, environment: (0,core_src/* environmentFor */.DD)(src.plan, target, stage) });
        for (const check of checks) {
            let filled;
            try {
                filled = (0,core_src/* fillDeep */.KL)(check, values);
            }
            catch (e) {
                throw new core_src/* ConfigError */.xL([{ path: `check ${check.name}`, message: e.message }]);
            }
            specs.push({ target, check: check.name, rules: rulesOf(filled), detail: filled });
        }
    }
    return { specs, targets, soakMs, intervalMs, timeoutMs, consecutiveSuccess: src.consecutiveSuccess ?? gate?.['consecutive-success'] ?? 1, concurrency: src.concurrency ?? gate?.concurrency ?? 20, prometheusUrl: src.plan?.prometheus?.url };
}
/** The verdict rules of a check, from its plan fields. */
function rulesOf(check) {
    const rules = { severity: check.severity, failureLimit: check['failure-limit'], consecutiveErrorLimit: check['consecutive-error-limit'] };
    if (check.type === 'prometheus' && check.baseline) {
        const b = check.baseline;
        rules.baseline = { maxRatio: b['max-ratio'], confidence: b.confidence, direction: b.direction, minDifference: b['min-difference'] };
    }
    return rules;
}

;// CONCATENATED MODULE: ../../packages/probes/src/run-gate.ts



/**
 * Gates a stage: resolves its checks for each target and runs the gate loop
 * with real probes (or injected ones). The library entry for the health-gate
 * action and for the pipeline.
 */
async function runGate(options) {
    const resolved = resolve_gate_resolveGate(options);
    const probe = options.probeRunner ?? runProbe;
    const clock = options.clock ?? realClock;
    const progress = options.progress ? (0,core_src/* createGateProgress */.jH)({ startedAt: clock.now(), timeoutMs: resolved.timeoutMs, now: () => clock.now(), print: options.progress }) : undefined;
    const result = await (0,core_src/* runGateLoop */.H)({
        specs: resolved.specs,
        soakMs: resolved.soakMs,
        intervalMs: resolved.intervalMs,
        timeoutMs: resolved.timeoutMs,
        consecutiveSuccess: resolved.consecutiveSuccess,
        concurrency: resolved.concurrency,
        clock,
        probe: (spec, signal) => probe(spec.detail, { target: spec.target, signal, prometheusUrl: resolved.prometheusUrl, cwd: options.cwd }),
        onSample: (sample, tally) => {
            progress?.(sample, tally);
            options.onSample?.(sample, tally);
        },
        signal: options.signal,
    });
    const { specs: _specs, ...settings } = resolved;
    return { ...result, settings };
}

;// CONCATENATED MODULE: ../../packages/probes/src/index.ts
/**
 * @stagegate/probes: the probes a health gate runs (http, dns, tcp,
 * prometheus, command) and runGate, which drives core's gate loop with them.
 */










;// CONCATENATED MODULE: ../../packages/pipeline/src/history-writer.ts



const HISTORY_KIND = {
    'deploy-started': 'deploy-started',
    'stage-started': 'stage-started',
    'stage-succeeded': 'stage-finished',
    'stage-failed': 'stage-finished',
    'manual-approval-waiting': 'stage-finished',
    'gate-failed': 'gate-verdict',
    'gate-finished': 'gate-verdict',
    'rollback-started': 'rollback-started',
    'rollback-succeeded': 'rollback-finished',
    'rollback-failed': 'rollback-finished',
    'pipeline-succeeded': 'deploy-finished',
    'pipeline-failed': 'deploy-finished',
    'records-missing': 'run-recorded',
};
/** The run's history file: pipeline events become history lines, appended at once. */
function createHistoryWriter(file, run) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    const append = (events) => (0,external_node_fs_.appendFileSync)(file, (0,core_src/* formatHistoryLines */.R4)(events));
    return {
        file,
        /** Appends one pipeline event (one line, targets listed in detail). */
        record(e) {
            const verdict = e.verdict ?? e.result ?? (e.kind.endsWith('succeeded') ? 'success' : e.kind.endsWith('failed') ? 'failure' : e.kind === 'manual-approval-waiting' ? 'paused' : undefined);
            const detail = [e.kind, e.targets?.length ? `targets ${e.targets.join(', ')}` : '', e.reason ?? ''].filter(Boolean).join(': ');
            append([{ time: e.at, run, kind: HISTORY_KIND[e.kind], stage: e.stage, version: e.version, verdict, detail }]);
        },
        /** Appends one line per target of a deploy or rollback. */
        recordTargets(kind, stage, targets, at) {
            append(targets.map((t) => ({ time: at, run, kind, stage, target: t.target, version: t.toVersion, verdict: t.state, detail: t.reason, deploymentId: t.deploymentId })));
        },
    };
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/rollout-messages.ts


/** Events that open the rollout's one alert (the message that needs a person). */
const ALERT_KINDS = new Set(['gate-failed', 'stage-failed', 'rollback-failed', 'manual-approval-waiting']);
/**
 * Turns a run's events into the messages people keep switched on: by default
 * one when the rollout starts, one alert when it fails or needs a person (the
 * events of one failure, emitted together, become one message: the cause, the
 * affected targets with what each runs now, the next step), one when it ends.
 * Every other event is a detail (audit trail; channels with `events: all`);
 * stage-succeeded is P3 (the daily digest). `flush` is handed the merged alert
 * once the burst that opened it is over (a microtask later: after the
 * rollback's commands have started, before the run's next await completes).
 */
function createRolloutConversation(o, flush) {
    let alerted = false;
    let pending;
    let cause;
    const problems = [];
    const total = (0,core_src/* allTargets */.eN)(o.plan).length;
    const base = (e, kind) => ({ kind, service: o.plan.service, version: e.version, stage: e.stage, runUrl: o.runUrl, ...(o.context ? { context: o.context } : {}) });
    const describe = (targets) => {
        const states = o.states();
        const lines = [...new Set(targets)].map((t) => states.get(t) ?? { target: t, environment: '', note: 'not touched by this run' });
        const links = lines.map((l) => (l.environment ? deploymentsLink(o.context, l.environment) : undefined)).filter((l) => l !== undefined);
        return { states: lines.map(({ target, runs, note }) => ({ target, ...(runs ? { runs } : {}), note })), others: { count: Math.max(0, total - lines.length), label: 'healthy' }, links };
    };
    const makeAlert = (events) => {
        const by = (kind) => events.find((e) => e.kind === kind);
        const stageFailed = by('stage-failed');
        const waiting = by('manual-approval-waiting');
        const rolling = by('rollback-started');
        const first = events[0];
        const kind = (waiting ? 'manual-approval-waiting' : stageFailed ? 'stage-failed' : first.kind);
        const priority = stageFailed?.priority ?? waiting?.priority ?? priorityOf(kind);
        const checks = by('gate-failed')?.reason;
        const stated = stageFailed?.reason ?? first.reason;
        // The stage's reason already leads with the gate's cause; repeat the checks only when they add to it.
        cause = [stated, checks && !(stated ?? '').includes(checks) ? checks : undefined].filter(Boolean).join(': ') || `${first.kind.replace(/-/g, ' ')}`;
        const affected = events.flatMap((e) => (e.kind === 'manual-approval-waiting' ? [] : (e.targets ?? [])));
        const targets = rolling?.targets ?? [];
        const next = rolling
            ? `Rolling back ${targets.join(', ')} now; the closing message confirms what runs then. Fix the cause before deploying again.`
            : waiting
                ? `A person decides: resume by re-running the workflow with start-at set to the next stage after ${first.stage ?? 'this one'}, or run the rollback action for ${[...new Set(affected)].join(', ')}.`
                : priority !== 'P0'
                    ? `The rollout goes on. Afterwards fix ${[...new Set(affected)].join(', ')} and re-run with only: ${first.stage ?? 'this stage'}.`
                    : `Fix the cause, then re-run the workflow with version ${first.version}.`;
        return { ...base(waiting ?? stageFailed ?? first, kind), priority, outcome: waiting || priority !== 'P0' ? 'needs-person' : 'failed', reason: cause, ...describe(affected.length ? affected : (first.targets ?? [])), nextStep: next };
    };
    const makeClosing = (e) => {
        if (e.kind === 'pipeline-succeeded') {
            return { ...base(e, 'pipeline-succeeded'), headline: 'succeeded, all clear', priority: 'P2', outcome: 'succeeded', reason: `${e.version} is live on all ${total} targets`, closing: true };
        }
        const result = e.result ?? 'failed';
        const touched = [...o.states().keys()];
        const why = [cause, ...problems].filter(Boolean).join('; ') || e.reason || result;
        const shape = {
            'rolled-back': { priority: 'P1', outcome: 'rolled-back', nextStep: `Production is back on its last good versions; fix the cause, then deploy a new version.` },
            'partially-failed': { priority: 'P1', outcome: 'needs-person', nextStep: 'Fix the failed targets and re-run the workflow with only: their stages.' },
            cancelled: { priority: 'P1', outcome: 'failed', nextStep: `Re-run the workflow to finish the rollout of ${e.version}; the cancelled deployments are marked error.` },
            failed: { priority: 'P0', outcome: 'failed', nextStep: `Roll back by hand: run the rollback action with targets: ${touched.join(', ') || 'the affected targets'}.` },
        };
        const headline = result === 'rolled-back' ? 'rolled back, all clear' : result === 'partially-failed' ? 'partially failed' : result;
        return { ...base(e, 'pipeline-failed'), headline, ...(shape[result] ?? shape.failed), reason: why, ...describe(touched), closing: true };
    };
    const flushPending = () => {
        if (!pending)
            return;
        const burst = pending;
        pending = undefined;
        flush(makeAlert(burst));
    };
    return {
        take(e) {
            // Anything else ends the burst: the alert goes first, so messages keep the order of events.
            if (pending && !ALERT_KINDS.has(e.kind) && e.kind !== 'rollback-started')
                flushPending();
            if (e.kind === 'deploy-started')
                return { ...base(e, 'deploy-started'), priority: 'P2', outcome: 'started', reason: `${e.reason ?? e.version} (${total} targets)` };
            if (e.kind === 'pipeline-succeeded' || e.kind === 'pipeline-failed')
                return makeClosing(e);
            if (pending && (ALERT_KINDS.has(e.kind) || e.kind === 'rollback-started')) {
                pending.push(e);
                return undefined;
            }
            if (!alerted && ALERT_KINDS.has(e.kind)) {
                alerted = true;
                pending = [e];
                queueMicrotask(flushPending);
                return undefined;
            }
            if (e.kind === 'rollback-failed' && e.reason)
                problems.push(e.reason);
            const kind = e.kind;
            return { ...base(e, kind), targets: e.targets, reason: e.reason, detail: true, ...(e.kind === 'stage-succeeded' ? { priority: 'P3' } : e.priority ? { priority: e.priority } : {}) };
        },
    };
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/notification-queue.ts


/** Fire-and-track notifications with one time budget for the run's end (see {@link NotificationQueue}). */
function createNotificationQueue(o) {
    const budget = new AbortController();
    const notifier = o.create(budget.signal);
    const deliveries = [];
    const inFlight = new Set();
    const waitAll = async (ms) => {
        let timer;
        const late = new Promise((ok) => (timer = setTimeout(() => ok(false), ms)));
        const done = await Promise.race([Promise.allSettled([...inFlight]).then(() => true), late]);
        clearTimeout(timer);
        return done;
    };
    const dispatch = (input, at) => {
        const event = createEvent(input, new Date(at));
        const task = notifier.notify(event).then((report) => void deliveries.push(report), (err) => o.log.warning(`notify ${input.kind}: ${err.message}`)).finally(() => inFlight.delete(task));
        inFlight.add(task);
    };
    // The alert of a failure is merged from the events emitted with it and handed back a microtask later.
    const conversation = createRolloutConversation({ plan: o.plan, runUrl: o.run.url, context: o.context, states: o.states ?? (() => new Map()) }, (input) => dispatch(input, new Date().toISOString()));
    return {
        deliveries,
        send(e) {
            if (o.dryRun) {
                o.log.info(`[dry-run] would notify ${e.kind}${o.routes.channels.length ? ` to ${o.routes.channels.map((c) => c.name).join(', ')}` : ' (no channels configured)'}`);
                return;
            }
            if (!o.routes.channels.length && !o.routes.unconfigured?.length)
                return;
            const input = conversation.take(e);
            if (input)
                dispatch(input, e.at);
        },
        async settle() {
            // An alert still being merged from its burst is handed over a microtask after it opened.
            await Promise.resolve();
            const ms = o.waitMs();
            if (inFlight.size && !(await waitAll(ms))) {
                o.log.warning(`notifications still unsent after ${ms} ms (notify-timeout): abandoning ${inFlight.size}; the audit trail says which`);
                budget.abort();
                // Abandoned attempts end at once; the bound is only against a notifier that ignores its signal.
                await waitAll(2000);
            }
            return deliveries.filter((d) => d.mustFail).map((d) => `${d.event.kind} (${d.event.priority}): reached no channel${d.failed.length ? ` (${d.failed.join(', ')} failed)` : ''}`);
        },
    };
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/target-tracker.ts
/**
 * Tracks what each touched target runs now. Only what this run knows: a
 * failed deploy's target may run either version, and says so; targets the
 * run never touched are absent (messages count them instead of listing them).
 */
function createTargetTracker() {
    const map = new Map();
    const set = (target, environment, runs, note) => {
        map.set(target, { target, environment: environment ?? map.get(target)?.environment ?? '', ...(runs ? { runs } : {}), note });
    };
    return {
        states: () => map,
        deployed(targets, version) {
            for (const t of targets) {
                if (t.state === 'skipped' || t.state === 'planned')
                    continue;
                if (t.state === 'succeeded')
                    set(t.target, t.environment, version, `deployed${t.fromVersion ? ` over ${t.fromVersion}` : ''}`);
                else
                    set(t.target, t.environment, undefined, `deploy of ${version} ${t.state}: ${t.reason}; before it ran ${t.fromVersion ?? 'an unknown version'}`);
            }
        },
        unhealthy(checks, version) {
            for (const target of new Set(checks.map((c) => c.target))) {
                const why = checks.filter((c) => c.target === target).map((c) => `${c.check}: ${c.reason}`).join('; ');
                set(target, undefined, version, `unhealthy: ${why}`);
            }
        },
        rollingBack(targets, of) {
            for (const target of targets) {
                const o = of(target);
                set(target, o.environment, o.from, `rolling back to ${o.to ?? 'its last good version'}`);
            }
        },
        rolledBack(targets, failedVersion) {
            for (const t of targets) {
                if (t.state === 'succeeded')
                    set(t.target, t.environment, t.toVersion, `rolled back from ${failedVersion}`);
                else if (t.state !== 'skipped')
                    set(t.target, t.environment, t.fromVersion, `rollback ${t.state}: ${t.reason}`);
            }
        },
        stillUnhealthy(targets) {
            for (const u of targets)
                set(u.target, undefined, map.get(u.target)?.runs, `still unhealthy after the rollback: ${u.cause}`);
        },
    };
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/verify-rollback.ts


/**
 * Runs each rolled-back target's stage gate once more, on the version it was
 * returned to (targets grouped by stage and version, groups in parallel). A
 * rollback that put a good version back on a target that is still unhealthy
 * has not recovered it: such targets come back with the cause, for a P0.
 * Inconclusive is not blamed on anyone (a person decides), only logged.
 */
async function verifyRolledBack(plan, back, o) {
    const groups = new Map();
    for (const t of back) {
        const stage = (0,core_src/* stageOfTarget */.rp)(plan, t.target);
        if (!stage || !t.toVersion || !(0,core_src/* gateChecks */.He)(plan, stage).length)
            continue;
        const key = `${stage.name}\n${t.toVersion}`;
        const g = groups.get(key) ?? { stage: stage.name, version: t.toVersion, targets: [] };
        g.targets.push(t.target);
        groups.set(key, g);
    }
    const found = await Promise.all([...groups.values()].map(async (g) => {
        o.log(`rollback check: gate of ${g.stage} on ${g.targets.join(', ')} (now ${g.version})`);
        try {
            const run = await runGate({ plan, stage: (0,core_src/* findStage */.U9)(plan, g.stage).name, version: g.version, targets: g.targets, signal: o.signal, cwd: o.cwd });
            if (run.verdict === 'Successful')
                return [];
            if (run.verdict === 'Inconclusive') {
                o.log(`rollback check of ${g.targets.join(', ')}: Inconclusive (${run.reason})`);
                return [];
            }
            const blamed = [...new Set(run.failedChecks.map((c) => c.target))];
            return (blamed.length ? blamed : g.targets).map((target) => ({
                target,
                cause: `${g.version}: ${run.failedChecks.filter((c) => c.target === target).map((c) => `${c.check}: ${c.reason}`).join('; ') || run.reason}`,
            }));
        }
        catch (e) {
            return g.targets.map((target) => ({ target, cause: `the gate could not run: ${e.message}` }));
        }
    }));
    return found.flat();
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/wire-pipeline.ts








/**
 * The plan's notification routes. A missing secret is an error, except in a
 * dry run, where it only warns: a dry run sends nothing and must still show the plan.
 */
function resolvePipelineRoutes(notify, env, dryRun, warn) {
    try {
        const routes = routesFromPlan(notify, env);
        for (const u of routes.unconfigured ?? [])
            warn(`notify: ${u.name} is not configured (${u.path}: ${u.variable} is not set): its alerts are logged locally only, in the audit trail; set ${u.variable} from a secret, or add required: true to stop the run instead`);
        return routes;
    }
    catch (e) {
        if (!dryRun)
            throw e;
        warn(`dry run: notifications would fail: ${e.message}`);
        return { channels: [], failOnError: 'never' };
    }
}
const toPipelineTarget = (t) => ({ target: t.target, environment: t.environment, state: t.state, fromVersion: t.fromVersion, toVersion: t.toVersion, reason: t.reason, deploymentId: t.deploymentId });
/**
 * Wires the pipeline to the real adapters: the deployer (GitHub Deployments and
 * the plan's commands), the health gate (real probes), the notifier and the
 * history file. The run remembers what each target ran before its own deploy,
 * so a rollback starts without reading GitHub; every Deployments write on the
 * failure path (a gate's blame, the rollback's records) goes through a record
 * keeper in the background, bounded, and what it could not write is reported.
 */
function wirePipeline(o) {
    const history = createHistoryWriter(o.historyFile, { id: o.run.id, attempt: o.run.attempt });
    const budgetMs = o.notifyTimeoutMs ?? 30_000;
    // The runner SIGKILLs a cancelled job a few seconds after its first signal: wait less then.
    const waitMs = () => (o.signal?.aborted ? Math.min(budgetMs, 3000) : budgetMs);
    const tracker = createTargetTracker();
    const notifications = createNotificationQueue({
        plan: o.plan, routes: o.routes, run: o.run, dryRun: o.dryRun, log: o.log, waitMs, context: o.context, states: tracker.states,
        create: (signal) => createNotifier({ routes: o.routes, auditFile: o.auditFile, log: (l) => o.log.info(l), signal, digestFile: (time) => digestFileFor(o.auditFile, time) }),
    });
    const records = createRecordKeeper({ warn: (l) => o.log.warning(l) });
    // This run's deployment per target, while its GitHub status is still success (a failed
    // deploy already says so): the ones a gate failure or a rollback must mark failed.
    const liveDeployments = new Map();
    // What each target ran before this run's deploy: a rollback goes back to it with no lookup.
    const known = new Map();
    let blame;
    const markFailed = (targets, description) => {
        for (const target of targets) {
            const live = liveDeployments.get(target);
            if (!live)
                continue;
            liveDeployments.delete(target);
            void records.write({ target, environment: (0,core_src/* environmentFor */.DD)(o.plan, target), deploymentId: live.id, what: `status failure on deployment ${live.id} (${live.version}): ${description(target)}` }, () => o.store.setStatus(live.id, 'failure', { description: description(target), logUrl: o.run.url, autoInactive: false }));
        }
    };
    const recordVerdict = () => {
        if (blame && !o.dryRun)
            markFailed(blame.targets, blame.describe);
        blame = undefined;
    };
    const common = { plan: o.plan, store: o.store, run: o.run, log: o.log, signal: o.signal, dryRun: o.dryRun, env: o.env };
    const now = () => new Date().toISOString();
    return {
        deliveries: notifications.deliveries,
        now: () => Date.now(),
        dryRun: o.dryRun,
        log: (line) => o.log.info(line),
        cancelled: () => o.signal?.aborted ?? false,
        async deployStage(stage, version) {
            const r = await deployStage({ ...common, stage: stage.name, version });
            for (const t of r.targets) {
                if (t.deploymentId === undefined)
                    continue;
                if (t.state === 'succeeded')
                    liveDeployments.set(t.target, { id: t.deploymentId, version });
                // Redeploying the version already there teaches nothing: leave that target to a lookup.
                if (t.fromVersion !== version)
                    known.set(t.target, { version: t.fromVersion, sha: t.previousGood?.sha, current: version, currentDeploymentId: t.deploymentId });
            }
            history.recordTargets('deploy-finished', stage.name, r.targets, now());
            tracker.deployed(r.targets, version);
            return { outcome: r.result, targets: r.targets.map(toPipelineTarget) };
        },
        async gateStage(stage, version, targets) {
            if (o.dryRun) {
                const resolved = resolve_gate_resolveGate({ plan: o.plan, stage: stage.name, version, targets });
                for (const spec of resolved.specs)
                    o.log.info(`[dry-run] gate ${stage.name}: would probe ${spec.target} with ${JSON.stringify(spec.detail)}`);
                o.log.info(`[dry-run] gate ${stage.name}: soak ${resolved.soakMs} ms, every ${resolved.intervalMs} ms, timeout ${resolved.timeoutMs} ms`);
                return { verdict: 'Successful', failedTargets: [], failedChecks: [] };
            }
            if (!(0,core_src/* gateChecks */.He)(o.plan, stage).length)
                return { verdict: 'Successful', failedTargets: [], failedChecks: [] };
            const g = await runGate({ plan: o.plan, stage: stage.name, version, targets, signal: o.signal, cwd: o.run.workspace, progress: (line) => o.log.info(`gate ${stage.name}: ${line}`) });
            const failedTargets = [...new Set(g.failedChecks.map((c) => c.target))];
            const failedChecks = g.failedChecks.map(core_src/* describeCheckCause */.FZ);
            tracker.unhealthy(g.failedChecks, version);
            if (g.verdict === 'Failed' || g.verdict === 'Error') {
                // The deploy said success; the gate says otherwise. Its word goes on the targets it blamed
                // (all of them when it could not tell), written by recordVerdict once any rollback has started.
                // Inconclusive blames no one: a person decides.
                blame = {
                    targets: failedTargets.length ? failedTargets : targets,
                    describe: (target) => `health gate ${g.verdict}: ${g.failedChecks.filter((c) => c.target === target).map(core_src/* describeCheckCause */.FZ).join('; ') || g.reason}`,
                };
            }
            return { verdict: g.verdict, failedTargets, failedChecks: failedChecks.length ? failedChecks : g.verdict === 'Successful' ? [] : [g.reason] };
        },
        recordVerdict,
        async rollback(items, reason, failedVersion) {
            const targets = items.map((i) => i.target);
            // Recovery is what matters now: every target at once (bounded), from what this run knows.
            const running = rollbackTargets({ ...common, records, known, targets, reason, exclude: [failedVersion], parallel: Math.min(16, Math.max(1, targets.length)), lookupTimeoutMs: o.lookupTimeoutMs });
            tracker.rollingBack(targets, (t) => ({ environment: (0,core_src/* environmentFor */.DD)(o.plan, t), from: known.get(t)?.current ?? failedVersion, to: known.get(t)?.version }));
            // The commands have started. Now the record: the gate's blame first (it carries the cause), then
            // every other deployment of the rolled-back version, so no later rollback returns to it.
            recordVerdict();
            if (!o.dryRun)
                markFailed(targets, () => `rolled back: ${reason}`);
            const r = await running;
            history.recordTargets('rollback-finished', items[0] ? (0,core_src/* stageOfTarget */.rp)(o.plan, items[0].target)?.name : undefined, r.targets, now());
            tracker.rolledBack(r.targets, failedVersion);
            return { ok: r.result === 'succeeded', targets: r.targets.map(toPipelineTarget) };
        },
        async verifyRollback(back) {
            if (o.dryRun)
                return [];
            const unhealthy = await verifyRolledBack(o.plan, back, { signal: o.signal, cwd: o.run.workspace, log: (l) => o.log.info(l) });
            tracker.stillUnhealthy(unhealthy);
            return unhealthy;
        },
        notify: (e) => notifications.send(e),
        record(e) {
            if (!o.dryRun)
                history.record(e);
        },
        async settleRecords() {
            await records.settle(waitMs());
            return records.unrecorded;
        },
        settleNotifications: () => notifications.settle(),
    };
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/wire-dry-run.ts




/**
 * The pipeline's dependencies for `--dry-run`: the same orchestration as a
 * real run, wired to adapters that print what they would do (commands with
 * placeholders filled, the records they would write, the probes they would
 * run, the messages they would send) and write nothing: no deployment, no
 * history, no notification, no command run. The gate is not run, so it is
 * never reported as passed; the orchestrator's own narration ("stage passed")
 * is dropped for the same reason.
 */
function wireDryRun(o) {
    const digest = planDigest(o.plan);
    const say = (line) => o.print(line);
    return {
        now: () => Date.now(),
        dryRun: true,
        log: () => { },
        async deployStage(stage, version) {
            const environments = stage.targets.map((t) => environmentFor(o.plan, t, stage));
            const good = await findLastKnownGoodMany(o.store, environments, { service: o.plan.service });
            say(`stage ${stage.name} (${stage.targets.length} target${stage.targets.length === 1 ? '' : 's'}, ${stage.parallel} at a time, on failure: ${stage['on-failure']})`);
            const targets = stage.targets.map((target, i) => {
                const environment = environments[i];
                const previous = good.get(environment)?.version;
                const basics = { target, environment, stage: stage.name, ref: o.run.ref, previousGood: undefined, prefixLines: false, planDigest: digest };
                const job = prepareJob({ ...basics, kind: 'deploy', version, fromVersion: previous }, o.plan.deploy, 'deploy', o.plan.service);
                say(`  ${target} (${environment}): ${previous ?? 'no previous version (first deploy)'} → ${version}`);
                say(`    would record a deployment ${o.recordsTo} (environment ${environment}, ref ${o.run.ref}), then in_progress → success or failure`);
                say(`    would run ${describeCommand(job, o.run.workspace)}`);
                if (previous === undefined)
                    say('    if it fails: nothing to roll back to on this target');
                else {
                    const back = prepareJob({ ...basics, kind: 'rollback', version: previous, fromVersion: version }, o.plan.rollback ?? o.plan.deploy, o.plan.rollback ? 'rollback' : 'deploy', o.plan.service);
                    say(`    if it fails: would roll back to ${previous} with ${describeCommand(back, o.run.workspace)}`);
                }
                return { target, environment, state: 'planned', fromVersion: previous, toVersion: version, reason: `dry run: would deploy ${version}` };
            });
            return { outcome: 'succeeded', targets };
        },
        async gateStage(stage, version, targets) {
            if (!gateChecks(o.plan, stage).length) {
                say(`  gate ${stage.name}: no checks`);
            }
            else {
                const gate = resolveGate({ plan: o.plan, stage: stage.name, version, targets });
                say(`  gate ${stage.name}: not run in a dry run; would probe for ${gate.soakMs / 1000} s, every ${gate.intervalMs / 1000} s, verdict within ${gate.timeoutMs / 1000} s:`);
                for (const spec of gate.specs)
                    say(`    ${spec.target} ${spec.check}: ${JSON.stringify(spec.detail)}`);
            }
            // Not a verdict: the orchestrator needs one to plan the next stage as if this one held.
            return { verdict: 'Successful', failedTargets: [], failedChecks: [] };
        },
        async rollback(items) {
            return { ok: true, targets: items.map((i) => ({ target: i.target, environment: environmentFor(o.plan, i.target), state: 'planned', reason: 'dry run' })) };
        },
        // Nothing is written in a dry run, so there is no verdict to record and nothing left in flight at the end.
        recordVerdict: () => { },
        notify(e) {
            if (!o.routes.channels.length)
                return;
            say(`  would notify ${o.routes.channels.map((c) => c.name).join(', ')}: ${e.kind}${e.stage ? ` (${e.stage})` : ''}`);
        },
        record: () => { },
        settleRecords: async () => [],
        settleNotifications: async () => [],
    };
}
/** argv as JSON (each element one argument, as it would be passed), with its folder and time limit. */
function describeCommand(job, workspace) {
    const dir = job.command['working-directory'];
    return `${JSON.stringify(job.argv)}${dir ? ` in ${dir}` : ''} (in ${workspace}, timeout ${job.command.timeout})`;
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/pipeline-summary.ts


const RESULT_ICON = { succeeded: '✅', 'rolled-back': '↩️', 'partially-failed': '⚠️', paused: '⏸️', failed: '❌', cancelled: '⏹️' };
/**
 * The step summary of a pipeline run, state first: one line with the
 * outcome, the cause and what production runs now; the next step as ready
 * commands; every target (live now, previous good, this run's action); every
 * stage of the plan, including those never started; the rollback; one timeline.
 */
function renderPipelineSummary(service, report, dryRun) {
    const parts = [];
    parts.push(`### ${RESULT_ICON[report.result] ?? ''} ${escapeLine(report.headline)}`, '');
    if (dryRun)
        parts.push('_Dry run: nothing was deployed, probed or recorded._', '');
    parts.push('**Next step**', '', ...report.nextStep.map((s) => `- ${s}`), '');
    parts.push(`#### Targets of ${escapeLine(service)}`, '');
    parts.push((0,src/* markdownTable */.Qj)(['target', 'stage', 'live now', 'previous good', 'this run', 'why'], report.targetsNow.map((t) => [t.target, t.stage, t.live ?? (t.action === 'untouched' ? '(unchanged)' : 'unknown'), t.previous ?? '–', t.action, t.reason ?? ''])));
    parts.push('', '#### Stages', '');
    const ran = new Map(report.stages.map((s) => [s.stage, s]));
    parts.push((0,src/* markdownTable */.Qj)(['stage', 'targets', 'deploy', 'gate', 'decision', 'duration', 'why'], report.plannedStages.map((p) => {
        const s = ran.get(p.name);
        if (!s)
            return [p.name, p.targets.join(', '), 'not started', '–', '–', '–', ''];
        return [s.stage, p.targets.join(', '), s.deploy, s.gate, s.decision, (0,core_src/* formatDuration */.a3)(s.durationMs), s.reason ?? ''];
    })));
    if (report.rollback) {
        const deployed = new Map(report.stages.flatMap((s) => s.targets).map((t) => [t.target, t]));
        parts.push('', `#### Rollback (${report.rollback.ok ? 'done' : 'incomplete'})`, '', `Why: ${escapeLine(report.rollback.reason)}`, '');
        parts.push((0,src/* markdownTable */.Qj)(['target', 'environment', 'was running', 'now', 'result', 'why'], report.rollback.targets.map((t) => {
            // A target whose deploy command failed may never have run the new version: say so, do not claim it.
            const d = deployed.get(t.target);
            const from = d && d.state !== 'succeeded' ? `${d.fromVersion ?? '?'} (${report.version} ${d.state}: may not have reached it)` : (t.fromVersion ?? '?');
            return [t.target, t.environment, from, t.toVersion ?? '?', t.state === 'succeeded' ? 'rolled back' : t.state, t.reason];
        })));
        if (report.rollback.stillUnhealthy?.length)
            parts.push('', `**Still unhealthy after the rollback:** ${escapeLine(report.rollback.stillUnhealthy.map((u) => `${u.target}: ${u.cause}`).join('; '))}`);
    }
    if (report.unrecorded.length) {
        parts.push('', `#### Not recorded in GitHub Deployments (${report.unrecorded.length}): a later run can write these`, '');
        parts.push((0,src/* markdownTable */.Qj)(['target', 'environment', 'record', 'cause'], report.unrecorded.map((u) => [u.target, u.environment, u.what, u.cause])));
    }
    if (report.undelivered.length)
        parts.push('', `#### Urgent notifications that reached no channel (${report.undelivered.length})`, '', ...report.undelivered.map((u) => `- ${escapeLine(u)}`));
    parts.push('', '#### Timeline', '');
    parts.push((0,src/* markdownTable */.Qj)(['time', 'event', 'stage', 'targets', 'detail'], timelineOf(report).map((e) => [e.at.slice(11, 23), e.kind, e.stage ?? '', (e.targets ?? []).join(', '), e.reason ?? e.verdict ?? ''])));
    return `${parts.join('\n')}\n`;
}
/**
 * The events once each: an event that repeats the one before it for the
 * same stage and targets (a gate-failed and its stage-failed saying the
 * same thing) is shown once.
 */
function timelineOf(report) {
    const seen = new Set();
    return report.events.filter((e) => {
        // Only events that say something can repeat each other: a stage-succeeded is not its stage-started.
        if (e.kind === 'pipeline-failed' || e.kind === 'pipeline-succeeded' || !e.reason)
            return true;
        // The stage-failed reason is the gate's cause plus "(stage X)": the same fact.
        const key = `${e.stage ?? ''}|${(e.targets ?? []).join(',')}|${(e.reason ?? e.verdict ?? '').replace(` (stage ${e.stage ?? ''})`, '')}`;
        if (seen.has(key) && e.kind !== 'rollback-started')
            return false;
        seen.add(key);
        return true;
    });
}
/** The timeline as plain lines, for a terminal. */
function renderTimeline(report) {
    return timelineOf(report).map((e) => `${e.at.slice(11, 23)}  ${e.kind.padEnd(24)} ${(e.stage ?? '').padEnd(8)} ${(e.targets ?? []).join(',').padEnd(24)} ${e.reason ?? e.verdict ?? ''}`);
}
/** Text on one Markdown line: no HTML, no line breaks. */
function escapeLine(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/index.ts
/** The pipeline as a library: the orchestrator shared by the root action and `stagegate run`. */










;// CONCATENATED MODULE: ./src/main.ts






const RESULTS = ['rolled-back', 'partially-failed', 'paused', 'failed', 'cancelled'];
/** The I/O shell of the root action: inputs → runPipeline → outputs and summary. */
async function main() {
    await runCancellableMain(run, core, 'stopping the running stage: its commands are killed and its deployments marked error');
}
async function run(signal) {
    const token = core.getInput('token');
    if (token)
        core.setSecret(token);
    const session = openActionSession({ token, dryRun: core.getInput('dry-run'), repository: core.getInput('repository'), plan: core.getInput('plan'), ref: core.getInput('ref') }, process.env, core.info);
    const { plan, dryRun } = session;
    const version = core.getInput('version', { required: true }).trim();
    const failOnText = (0,src/* parseListInput */.UF)('fail-on', core.getInput('fail-on'));
    // An empty fail-on means the documented default, never "nothing fails the step".
    // A pause leaves a new version live for a person to judge: the step fails unless the user says otherwise.
    const failOn = failOnText.length ? failOnText : ['rolled-back', 'partially-failed', 'failed', 'paused'];
    const unknown = failOn.filter((r) => !RESULTS.includes(r));
    if (unknown.length)
        throw new core_src/* ConfigError */.xL([{ path: 'input fail-on', message: `expected results among ${RESULTS.join(', ')}; got ${unknown.join(', ')}` }]);
    const notifyTimeoutMs = readDurationInput('notify-timeout', '30s');
    const verifyRollback = (0,src/* parseBooleanInput */.S8)('verify-rollback', core.getInput('verify-rollback'), true);
    const routes = resolvePipelineRoutes(plan.notify, process.env, dryRun, core.warning);
    for (const s of secretsOf(routes))
        core.setSecret(s.value);
    const historyFile = core.getInput('history-file').trim() || (0,core_src/* defaultHistoryFile */.Oe)(process.env);
    const auditFile = core.getInput('audit-file').trim() || defaultAuditFile(process.env);
    const deps = wirePipeline({
        plan, store: session.store, run: session.run, routes, historyFile, auditFile, dryRun, signal, notifyTimeoutMs, context: runContextFromEnv(process.env),
        log: { info: core.info, warning: core.warning, startGroup: core.startGroup, endGroup: core.endGroup },
    });
    await holdRolloutLock(session, { lock: core.getInput('lock'), timeout: core.getInput('lock-timeout'), versions: { version } }, signal, core);
    const report = await runPipeline(plan, { version, startAt: core.getInput('start-at').trim() || undefined, only: (0,src/* parseListInput */.UF)('only', core.getInput('only')), verifyRollback }, deps);
    core.setOutput('result', report.result);
    core.setOutput('stages', JSON.stringify(report.stages));
    core.setOutput('rolled-back-targets', JSON.stringify(report.rollback?.targets.filter((t) => t.state === 'succeeded').map((t) => t.target) ?? []));
    core.setOutput('unrecorded', JSON.stringify(report.unrecorded));
    core.setOutput('undelivered', JSON.stringify(report.undelivered));
    core.setOutput('history-file', historyFile);
    core.setOutput('audit-file', auditFile);
    await core.summary.addRaw(renderPipelineSummary(plan.service, report, dryRun), true).write();
    if (report.unrecorded.length)
        core.warning(`${report.unrecorded.length} Deployments record(s) could not be written (${report.unrecorded[0]?.target}: ${report.unrecorded[0]?.cause}): see the unrecorded output and the summary`);
    if (report.undelivered.length)
        core.warning(`${report.undelivered.length} urgent notification(s) reached no channel (${report.undelivered[0]}): see ${auditFile}`);
    // The annotation a person reads first: outcome, cause, what production runs now, then the next step.
    const annotation = `${report.headline} Next: ${report.nextStep.join('; ')}`;
    // A cancelled run always fails its step: the rollout did not finish, whatever fail-on says.
    if (report.result === 'cancelled' || failOn.includes(report.result))
        core.setFailed(annotation);
    else if (report.result !== 'succeeded')
        core.warning(annotation);
    // A dry run sends nothing, so it never has undelivered events.
    else if (report.undelivered.length)
        core.setFailed('urgent notifications could not be delivered to any channel');
}
/** A duration input (e.g. "30s", "2m"); a bad one is the user's mistake, named. */
function readDurationInput(name, fallback) {
    const text = core.getInput(name).trim() || fallback;
    try {
        return (0,core_src/* parseDuration */.E9)(text);
    }
    catch (e) {
        throw new core_src/* ConfigError */.xL([{ path: `input ${name}`, message: e.message }]);
    }
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

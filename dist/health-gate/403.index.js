export const id = 403;
export const ids = [403];
export const modules = {

/***/ 50403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DeploymentStore: () => (/* reexport */ DeploymentStore),
  createGitHubClient: () => (/* reexport */ createGitHubClient)
});

// UNUSED EXPORTS: CommitTimes, DEPLOYMENT_STATES, FREEZE_TASK, GitHubAccessError, GitHubDeploymentStore, GitHubTimeoutError, LOCK_TASK, LockBusyError, MAX_REMEMBERED_ANSWERS, acquireRolloutLock, applyFreeze, applyStatus, applyStatuses, boundEachAttempt, boundWholeRequest, budgetLeft, createPreviousVersionReader, cutDescription, discoverTargets, explainGitHubError, findLastKnownGood, findLastKnownGoodMany, inspectTarget, judgeNext, listBadVersions, listDeploymentFacts, listRunDeployments, newestPerTarget, pageThrough, parsePayloadObject, readAllStates, readDora, readFreeze, readFreezeInForce, readFreezePayload, readHistory, readPayload, readRateLimit, readStatus, readStatusesOf, reuseUnchangedAnswers, toDeploymentFact, writeFreeze

// EXTERNAL MODULE: ../../node_modules/@actions/github/lib/github.js
var github = __webpack_require__(68803);
// EXTERNAL MODULE: ../../node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(54491);
// EXTERNAL MODULE: ../../node_modules/bottleneck/light.js
var light = __webpack_require__(46503);
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
    reuseUnchangedAnswers(), boundEachAttempt(bounds), dist_bundle/* retry */.L, throttling, retryAfter429(retries, maxWait, log), boundWholeRequest(bounds), paceWrites(pacer));
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
function explainGitHubError(e, doing, permission = 'deployments: write') {
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
            throw explainGitHubError(e, `creating a deployment for ${d.environment}`);
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
            throw explainGitHubError(e, `setting deployment ${deploymentId} to ${state}`);
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
            throw explainGitHubError(e, `reading the status of deployment ${deploymentId}`, 'deployments: read');
        }
    }
    /** Every status of a deployment, newest first. */
    async listStatuses(deploymentId) {
        try {
            const all = await this.client.paginate('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...this.repo, deployment_id: deploymentId, per_page: 100 });
            return all.map(toStatus);
        }
        catch (e) {
            throw explainGitHubError(e, `listing the statuses of deployment ${deploymentId}`, 'deployments: read');
        }
    }
    /** One page of deployments, newest first. */
    async listPage(filter, page, perPage = 100) {
        try {
            const res = await this.client.request('GET /repos/{owner}/{repo}/deployments', { ...this.repo, ...filter, per_page: Math.min(100, perPage), page });
            return res.data.map(toRecord);
        }
        catch (e) {
            throw explainGitHubError(e, `listing deployments${filter.environment ? ` of ${filter.environment}` : ''}`, 'deployments: read');
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

;// CONCATENATED MODULE: ../../packages/github/src/index.ts
/**
 * @stagegate/github: the GitHub Deployments API as stagegate's store.
 */
















/***/ })

};

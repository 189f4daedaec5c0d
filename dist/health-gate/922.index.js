export const id = 922;
export const ids = [922,674,293];
export const modules = {

/***/ 37009:
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
// EXTERNAL MODULE: ../../packages/action-kit/src/index.ts + 6 modules
var src = __webpack_require__(54337);
// EXTERNAL MODULE: ../../packages/core/src/index.ts + 31 modules
var core_src = __webpack_require__(37610);
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
function payload_cutDescription(text, max = 140) {
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
                description: payload_cutDescription(d.description ?? `${d.payload.service} ${d.payload.version} to ${d.payload.target}`),
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
                description: details.description === undefined ? undefined : payload_cutDescription(details.description),
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
function deployment_facts_reader_applyStatuses(fact, statuses) {
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
            deployment_facts_reader_applyStatuses(f, await store.listStatuses(f.id));
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
async function last_known_good_findLastKnownGood(store, environment, options = {}) {
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
async function lock_claims_readLockClaims(client, repo, environment, ours, memo) {
    let rows;
    try {
        const res = await client.request('GET /repos/{owner}/{repo}/deployments', { ...repo, environment, task: 'stagegate:lock', per_page: 30 });
        rows = res.data;
    }
    catch (e) {
        throw explainGitHubError(e, `reading the rollout lock ${environment}`, 'deployments: read');
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
        const claim = { id: row.id, runId: payload.run.id, runUrl: payload.run.url, createdAt, holdUntil: Number.isFinite(holdUntil) ? holdUntil : createdAt + MAX_LOCK_HOLD_MS };
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
        throw explainGitHubError(e, `reading rollout lock claim ${id}`, 'deployments: read');
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
            const decision = decideLock(claims, { id: ours, runId: options.run.id }, Date.now());
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
            const who = `run ${decision.by.runId}${decision.by.runUrl ? ` (${decision.by.runUrl})` : ''}, which took it ${formatDuration(Date.now() - decision.by.createdAt)} ago`;
            if (options.mode === 'fail')
                throw new LockBusyError(`rollout lock ${options.environment} is held by ${who}: lock: fail refuses to start a second rollout; nothing was deployed. Re-run when that run has ended, or use lock: wait`, decision.by);
            if (waited + pause > options.timeoutMs)
                throw new LockBusyError(`rollout lock ${options.environment} is still held by ${who} after waiting ${formatDuration(waited)} (lock-timeout ${formatDuration(options.timeoutMs)}); nothing was deployed. Re-run when that run has ended, or raise lock-timeout`, decision.by);
            if (!announced) {
                options.log.info(`rollout lock ${options.environment} is held by ${who}: waiting up to ${formatDuration(options.timeoutMs)}`);
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
        throw explainGitHubError(e, `claiming the rollout lock ${options.environment}`);
    }
}
async function setClaim(client, repo, id, state, description, logUrl) {
    try {
        await client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
            ...repo, deployment_id: id, state, description: cutDescription(description), auto_inactive: false, ...(logUrl ? { log_url: logUrl } : {}),
        });
    }
    catch (e) {
        throw explainGitHubError(e, `setting rollout lock claim ${id} to ${state}`);
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
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
function resolveGate(src) {
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
    const resolved = resolveGate(options);
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

// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(33483);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(98476);
;// CONCATENATED MODULE: ./src/gate-inputs.ts



/**
 * Checks given inline in the `checks` input: a YAML or JSON list of checks
 * written as in a plan. Every problem is reported with its place in the input.
 */
function parseChecksInput(text, name = 'checks') {
    let data;
    try {
        data = (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        throw new core_src/* ConfigError */.xL([{ path: `input ${name}`, message: `expected a YAML or JSON list of checks; ${e.message.split('\n')[0]}` }]);
    }
    const parsed = schemas/* array */.YOg(core_src/* Check */.Jl).min(1).safeParse(data, { reportInput: true });
    if (!parsed.success)
        throw new core_src/* ConfigError */.xL(parsed.error.issues.flatMap((i) => (0,core_src/* describeIssue */.n6)(i, [`input ${name}`])), `input ${name} is not a valid list of checks:`);
    const seen = new Set();
    for (const [i, c] of parsed.data.entries()) {
        if (seen.has(c.name))
            throw new core_src/* ConfigError */.xL([{ path: `input ${name}[${i}].name`, message: `duplicate check name "${c.name}"` }]);
        seen.add(c.name);
    }
    return parsed.data;
}
/** The verdicts that fail the step: a comma list of failed, error, inconclusive; or none. */
function parseFailOn(text, name = 'fail-on') {
    const words = text.split(/[\s,]+/).map((w) => w.trim().toLowerCase()).filter(Boolean);
    if (!words.length)
        return new Set(['Failed', 'Error', 'Inconclusive']);
    if (words.length === 1 && words[0] === 'none')
        return new Set();
    const known = { failed: 'Failed', error: 'Error', inconclusive: 'Inconclusive' };
    const out = new Set();
    for (const w of words) {
        const v = known[w];
        if (!v)
            throw new core_src/* ConfigError */.xL([{ path: `input ${name}`, message: `expected a list of failed, error, inconclusive (or none); got ${JSON.stringify(w)}` }]);
        out.add(v);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gate-summary.ts


/** Points per chart line: more are averaged into buckets so the chart stays readable. */
const MAX_POINTS = 40;
const ICON = { Successful: '✅', Failed: '❌', Error: '⚠️', Inconclusive: '❔' };
/** The step summary: verdict, a table per target and check, and a chart per check. */
function renderGateSummary(result, title) {
    const cause = result.verdict === 'Successful' ? '' : ` — ${describeGateCause(result)}`;
    const parts = [`### ${ICON[result.verdict] ?? ''} ${title}: ${result.verdict}${escapeLine(cause)}`, '', escapeLine(result.reason), ''];
    parts.push((0,src/* markdownTable */.Qj)(['target', 'check', 'severity', 'samples', 'failures', 'errors', 'last value', 'verdict', 'reason'], result.checks.map((c) => [c.target, c.check, c.severity, c.samples, c.failures, c.errors, formatValue(c.lastValue), `${ICON[c.verdict] ?? ''} ${c.verdict}`, c.reason])));
    const withBaseline = result.checks.filter((c) => c.baseline);
    if (withBaseline.length) {
        parts.push('', '#### Baseline comparison (Mann-Whitney U)', '', (0,src/* markdownTable */.Qj)(['target', 'check', 'outcome', 'p-value', 'shift (HL)', 'mean ratio', 'P(worse)', 'samples'], withBaseline.map((c) => {
            const b = c.baseline;
            return [c.target, c.check, b.outcome, b.pValue.toPrecision(3), formatValue(b.effect.shift), b.effect.meanRatio === null ? 'n/a (baseline 0)' : b.effect.meanRatio.toFixed(2), b.effect.probabilityWorse.toFixed(2), `${b.canarySamples} / ${b.baselineSamples}`];
        })));
    }
    parts.push('', `${result.rounds} round${result.rounds === 1 ? '' : 's'} in ${(0,core_src/* formatDuration */.a3)(result.endedAt - result.startedAt)}.`);
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
    return [`**${check}: pass/fail per round** (${unit}; column headings: seconds since the gate started)`, '', 'Legend: ✅ pass · ❌ fail · ⚠️ error (no answer) · – no sample', '', (0,src/* markdownTable */.Qj)(headers, rows)].join('\n');
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
    return result.failedChecks.map(core_src/* describeCheckCause */.FZ).join('; ') || result.reason;
}

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
    return payload_cutDescription(`health gate${stage ? ` ${stage}` : ''} failed on ${blame.target}: ${parts.join('; ')}`);
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
        throw new core_src/* ConfigError */.xL([{ path: `input ${inputName}`, message: `expected run-stage's deployment-ids output, a JSON object of target to deployment id such as {"lhr": 123}; got ${JSON.stringify(text.slice(0, 80))}` }]);
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
        await (0,src/* runMain */.VN)(() => run(cancel.signal), core);
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
async function run(signal) {
    const ctx = (0,src/* readRunContext */.$p)(process.env);
    const planInput = core.getInput('plan');
    const checksInput = core.getInput('checks');
    const checks = checksInput.trim() ? parseChecksInput(checksInput) : undefined;
    // Inline checks alone need no plan; otherwise the plan (default .github/rollout.yml) is read.
    const plan = planInput.trim() || !checks ? (0,src/* loadPlanInput */.Y6)(planInput, ctx.workspace) : undefined;
    const stage = core.getInput('stage').trim() || undefined;
    const failOn = parseFailOn(core.getInput('fail-on'));
    // Checked before any placeholder is filled: a check may be `sh -c "… {version}"`.
    const versionInput = core.getInput('version').trim();
    const version = versionInput ? (0,core_src/* assertSafeVersion */.yr)(versionInput, plan?.['version-pattern'], 'version') : undefined;
    const token = core.getInput('token');
    if (token)
        core.setSecret(token);
    const deploymentIds = parseDeploymentIds(core.getInput('deployment-ids'));
    const concurrency = core.getInput('concurrency');
    const consecutive = core.getInput('consecutive-success');
    const result = await runGate({
        plan, stage, checks, signal, cwd: ctx.workspace,
        version,
        targets: (0,src/* parseListInput */.UF)('targets', core.getInput('targets')),
        soak: core.getInput('soak').trim() || undefined,
        interval: core.getInput('interval').trim() || undefined,
        timeout: core.getInput('timeout').trim() || undefined,
        concurrency: concurrency ? (0,src/* parseIntegerInput */._p)('concurrency', concurrency, 20, { min: 1, max: 1000 }) : undefined,
        consecutiveSuccess: consecutive ? (0,src/* parseIntegerInput */._p)('consecutive-success', consecutive, 1, { min: 1 }) : undefined,
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
    await (0,src/* writeJournal */.fY)(process.env, core.getInput('journal-prefix'), (base, time) => describeGateEvents(base, result, stage, version ?? '', time), [samplesFile], core);
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
    const store = new DeploymentStore(createGitHubClient({ token: o.token, baseUrl: o.ctx.apiUrl, retries: 2, onWait: core.info }), { owner: o.ctx.owner, repo: o.ctx.repo });
    const { marked, unmarked } = await markBlamedDeployments({
        store, blamed, deploymentIds: o.deploymentIds, service: o.plan?.service, version: o.version, stage: o.stage, logUrl: o.ctx.runUrl,
        environmentOf: (t) => (o.plan ? (0,core_src/* environmentFor */.DD)(o.plan, t) : `production/${t}`),
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
        return (0,external_node_path_.isAbsolute)(v) ? v : (0,external_node_path_.resolve)((0,src/* readRunContext */.$p)(process.env).workspace, v);
    return (0,external_node_path_.join)(process.env.RUNNER_TEMP || process.cwd(), `stagegate-gate-${stage.replace(/[^A-Za-z0-9._-]/g, '_')}-samples.json`);
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

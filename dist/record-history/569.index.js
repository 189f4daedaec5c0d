export const id = 569;
export const ids = [569];
export const modules = {

/***/ 90806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LM: () => (/* binding */ makeFailureTest),
/* harmony export */   UO: () => (/* binding */ isVersionBad),
/* harmony export */   hk: () => (/* binding */ collectBadVersions),
/* harmony export */   kP: () => (/* binding */ hasFailedStatus),
/* harmony export */   y: () => (/* binding */ firstFailureAt)
/* harmony export */ });
/* unused harmony exports FAILED_STATES, badKey, findRolledBackIds */
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


/***/ }),

/***/ 79467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ sortNewestFirst),
/* harmony export */   UL: () => (/* binding */ isStatusSettled),
/* harmony export */   dg: () => (/* binding */ computeTargetStatus),
/* harmony export */   l5: () => (/* binding */ RUNNING_STATES)
/* harmony export */ });
/* unused harmony export GOOD_STATES */
/* harmony import */ var _bad_rule_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90806);

/** States that mean the deployment worked (inactive: GitHub retires only successful deployments). */
const GOOD_STATES = new Set(['success', 'inactive']);
/** States of a deployment still going on. */
const RUNNING_STATES = new Set(['queued', 'pending', 'in_progress']);
/** Newest first by creation time, then id (ids only grow). */
function sortNewestFirst(facts) {
    return [...facts].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
}
/**
 * Status of one target from its deployments (any order; only those whose
 * state was read can be judged). Live is the newest deployment in state
 * success (else inactive) whose version is not bad there (see bad-rule.ts;
 * a rollback is live even though it brings back a version, as it is the
 * restore); previous is the next older good one of another version, never a
 * version bad on this target.
 */
function computeTargetStatus(target, environment, facts) {
    const list = sortNewestFirst(facts);
    const newest = list[0];
    const bad = (0,_bad_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .collectBadVersions */ .hk)(list);
    const isGood = (f) => !(0,_bad_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .hasFailedStatus */ .kP)(f) && (f.kind === 'rollback' || !(0,_bad_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .isVersionBad */ .UO)(bad, f.target, f.version));
    const live = list.find((f) => f.state === 'success' && isGood(f)) ?? list.find((f) => f.state === 'inactive' && isGood(f));
    const previous = live ? list.find((f) => f.id !== live.id && Date.parse(f.createdAt) <= Date.parse(live.createdAt) && GOOD_STATES.has(f.state ?? '') && f.version !== live.version && !(0,_bad_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .isVersionBad */ .UO)(bad, f.target, f.version) && !(0,_bad_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .hasFailedStatus */ .kP)(f)) : undefined;
    const inProgress = !!newest && RUNNING_STATES.has(newest.state ?? '');
    return {
        target,
        environment,
        version: live?.version,
        since: live ? (live.succeededAt ?? live.createdAt) : undefined,
        deploymentId: live?.id,
        previous: previous?.version,
        inProgress,
        rollingOut: inProgress ? newest?.version : undefined,
        failing: !!newest && (0,_bad_rule_js__WEBPACK_IMPORTED_MODULE_0__/* .hasFailedStatus */ .kP)(newest),
        ...(live ? { actor: live.actor, sha: live.sha, ref: live.ref, environmentUrl: live.environmentUrl } : {}),
        ...(live?.color ? { color: live.color } : {}),
    };
}
/** Whether the statuses read so far settle a target's status (live and previous found, or nothing left). */
function isStatusSettled(facts) {
    const s = computeTargetStatus('', '', facts);
    return s.version !== undefined && s.previous !== undefined;
}


/***/ }),

/***/ 46288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ describeOutcome),
/* harmony export */   c6: () => (/* binding */ renderDailyChart),
/* harmony export */   dR: () => (/* binding */ countPerDay),
/* harmony export */   wE: () => (/* binding */ pageHistory)
/* harmony export */ });
/* unused harmony exports matchesHistoryFilter, describeOrigin */
/* harmony import */ var _bad_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90806);
/* harmony import */ var _deployment_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79467);


/** Whether a deployment passes the filter. */
function matchesHistoryFilter(f, filter) {
    const at = Date.parse(f.createdAt);
    if (filter.target !== undefined && f.target !== filter.target)
        return false;
    if (filter.stage !== undefined && f.stage !== filter.stage)
        return false;
    if (filter.kind !== undefined && f.kind !== filter.kind)
        return false;
    if (filter.since && at < filter.since.getTime())
        return false;
    if (filter.until && at >= filter.until.getTime())
        return false;
    return true;
}
/** Every deployment and rollback, newest first, filtered, then cut to one page (pages count from 1). */
function pageHistory(facts, filter, page = 1, perPage = 20) {
    const matching = (0,_deployment_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .sortNewestFirst */ .BP)(facts.filter((f) => matchesHistoryFilter(f, filter)));
    const start = (Math.max(1, page) - 1) * perPage;
    return { rows: matching.slice(start, start + perPage), page: Math.max(1, page), perPage, hasMore: matching.length > start + perPage };
}
/**
 * A word for a deployment's outcome, for tables, by the one rule for bad: a
 * failing status anywhere in its list wins over a later `inactive`, and a
 * deployment a rollback replaced says so (`isBad`, e.g. from
 * {@link makeFailureTest}, tells).
 */
function describeOutcome(f, isBad = _bad_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .hasFailedStatus */ .kP) {
    if (f.state === undefined)
        return 'unknown';
    const failed = (f.statuses ?? []).find((s) => s.state === 'failure' || s.state === 'error')?.state;
    if (f.state === 'failure' || f.state === 'error')
        return f.state;
    if (failed)
        return `${failed} (then ${f.state})`;
    if (isBad(f))
        return f.kind === 'deploy' ? 'rolled back' : 'failed';
    if (f.state === 'inactive')
        return 'success (superseded)';
    return f.state;
}
/** Who, what commit and ref, for tables: `actor @ sha7 (ref)`, parts left out when unknown. */
function describeOrigin(f) {
    const sha = f.sha ? f.sha.slice(0, 7) : '';
    const ref = f.ref && f.ref !== f.sha ? ` (${f.ref.replace(/^refs\/(heads|tags)\//, '')})` : '';
    return [f.actor, sha].filter(Boolean).join(' @ ') + ref;
}
/** Counts per UTC day (YYYY-MM-DD) of deployments and failed ones, oldest day first, every day of the range present. */
function countPerDay(facts, isFailed, from, to) {
    const days = new Map();
    const first = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
    for (let t = first; t <= to.getTime(); t += 86_400_000)
        days.set(new Date(t).toISOString().slice(0, 10), { deployments: 0, failures: 0 });
    for (const f of facts) {
        const entry = days.get(f.createdAt.slice(0, 10));
        if (!entry || f.kind !== 'deploy')
            continue;
        entry.deployments++;
        if (isFailed(f))
            entry.failures++;
    }
    return [...days].map(([day, c]) => ({ day, ...c }));
}
/**
 * A mermaid xychart of deployments (bars) and failures (line) per day, for
 * the step summary. Labels are dates we format, so no user text enters the chart.
 */
function renderDailyChart(rows) {
    const max = Math.max(1, ...rows.map((r) => r.deployments));
    return [
        '```mermaid',
        'xychart-beta',
        '  title "Deployments (bars) and failures (line) per day"',
        `  x-axis [${rows.map((r) => `"${r.day.slice(5)}"`).join(', ')}]`,
        `  y-axis "count" 0 --> ${max}`,
        `  bar [${rows.map((r) => r.deployments).join(', ')}]`,
        `  line [${rows.map((r) => r.failures).join(', ')}]`,
        '```',
    ].join('\n');
}


/***/ }),

/***/ 95569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CommitTimes: () => (/* reexport */ CommitTimes),
  DEPLOYMENT_STATES: () => (/* reexport */ DEPLOYMENT_STATES),
  DeploymentStore: () => (/* reexport */ DeploymentStore),
  FREEZE_TASK: () => (/* reexport */ FREEZE_TASK),
  GitHubAccessError: () => (/* reexport */ GitHubAccessError),
  GitHubDeploymentStore: () => (/* reexport */ GitHubDeploymentStore),
  GitHubTimeoutError: () => (/* reexport */ GitHubTimeoutError),
  LOCK_TASK: () => (/* reexport */ LOCK_TASK),
  LockBusyError: () => (/* reexport */ LockBusyError),
  MAX_REMEMBERED_ANSWERS: () => (/* reexport */ MAX_REMEMBERED_ANSWERS),
  acquireRolloutLock: () => (/* reexport */ acquireRolloutLock),
  applyFreeze: () => (/* reexport */ applyFreeze),
  applyStatus: () => (/* reexport */ applyStatus),
  applyStatuses: () => (/* reexport */ applyStatuses),
  boundEachAttempt: () => (/* reexport */ boundEachAttempt),
  boundWholeRequest: () => (/* reexport */ boundWholeRequest),
  budgetLeft: () => (/* reexport */ budgetLeft),
  createGitHubClient: () => (/* reexport */ createGitHubClient),
  createPreviousVersionReader: () => (/* reexport */ createPreviousVersionReader),
  cutDescription: () => (/* reexport */ cutDescription),
  discoverTargets: () => (/* reexport */ discoverTargets),
  explainGitHubError: () => (/* reexport */ explainGitHubError),
  findLastKnownGood: () => (/* reexport */ findLastKnownGood),
  findLastKnownGoodMany: () => (/* reexport */ findLastKnownGoodMany),
  inspectTarget: () => (/* reexport */ inspectTarget),
  judgeNext: () => (/* reexport */ judgeNext),
  listBadVersions: () => (/* reexport */ listBadVersions),
  listDeploymentFacts: () => (/* reexport */ listDeploymentFacts),
  listRunDeployments: () => (/* reexport */ listRunDeployments),
  newestPerTarget: () => (/* reexport */ newestPerTarget),
  pageThrough: () => (/* reexport */ pageThrough),
  parsePayloadObject: () => (/* reexport */ parsePayloadObject),
  readAllStates: () => (/* reexport */ readAllStates),
  readDora: () => (/* reexport */ readDora),
  readFreeze: () => (/* reexport */ readFreeze),
  readFreezeInForce: () => (/* reexport */ readFreezeInForce),
  readFreezePayload: () => (/* reexport */ readFreezePayload),
  readHistory: () => (/* reexport */ readHistory),
  readPayload: () => (/* reexport */ readPayload),
  readRateLimit: () => (/* reexport */ readRateLimit),
  readStatus: () => (/* reexport */ readStatus),
  readStatusesOf: () => (/* reexport */ readStatusesOf),
  reuseUnchangedAnswers: () => (/* reexport */ reuseUnchangedAnswers),
  toDeploymentFact: () => (/* reexport */ toDeploymentFact),
  writeFreeze: () => (/* reexport */ writeFreeze)
});

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

;// CONCATENATED MODULE: ../../packages/github/src/payload.ts
/** Deployment status states GitHub accepts. */
const DEPLOYMENT_STATES = ['queued', 'pending', 'in_progress', 'success', 'failure', 'error', 'inactive'];
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
                description: details.description === undefined ? undefined : cutDescription(details.description),
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
    return { id: d.id, environment: d.environment, ref: d.ref, sha: d.sha, task: d.task, createdAt: d.created_at, description: d.description ?? null, production: d.production_environment ?? d.environment === 'production', payload: readPayload(d.payload), rawPayload: d.payload };
}
function toStatus(s) {
    return { id: s.id, state: s.state, description: s.description ?? '', createdAt: s.created_at, logUrl: s.log_url ?? s.target_url ?? '', environmentUrl: s.environment_url ?? '' };
}
/**
 * `new DeploymentStore(client, repo)` builds the GitHub store, as before the
 * store became an interface; the type `DeploymentStore` is the interface.
 */
const DeploymentStore = GitHubDeploymentStore;

// EXTERNAL MODULE: ../../packages/core/src/history/bad-rule.ts
var bad_rule = __webpack_require__(90806);
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
    (0,bad_rule/* collectBadVersions */.hk)([fact], undefined, bad);
    const succeeded = (fact.state === 'success' || fact.state === 'inactive') && !(0,bad_rule/* hasFailedStatus */.kP)(fact);
    return { fact, status: statuses[0], succeeded, good: succeeded && !(0,bad_rule/* isVersionBad */.UO)(bad, fact.target, fact.version) };
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

;// CONCATENATED MODULE: ../../packages/github/src/previous-versions.ts

/**
 * A reader for one run. Deployments created after its first page was read
 * (this run's own) are ignored: ids only grow, so they are told apart by id,
 * and a later page read after new deployments shifted the list only repeats
 * rows (dropped by id), it never skips one.
 */
function createPreviousVersionReader(store, options = {}) {
    const rows = [];
    const seen = new Set();
    let pagesRead = 0;
    let ended = false;
    let newestId = Infinity;
    const concurrency = options.concurrency ?? 16;
    const ours = (d) => !!d.payload && (options.service === undefined || d.payload.service === options.service);
    const readPage = async () => {
        const page = await store.listPage({}, ++pagesRead, 100);
        if (pagesRead === 1)
            newestId = page[0]?.id ?? Infinity;
        for (const d of page) {
            if (d.id > newestId || seen.has(d.id))
                continue;
            seen.add(d.id);
            rows.push(d);
        }
        if (page.length < 100)
            ended = true;
    };
    return {
        async lookup(environments) {
            const found = new Map();
            const open = new Set(environments);
            const bad = new Map();
            let judged = 0;
            const maxPages = Math.ceil(Math.max(open.size, options.fleetSize ?? 0) / 100) + (options.extraPages ?? 3);
            // Judge each environment's rows newest first, row by row, until it has its answer.
            const judgeRows = async (upTo) => {
                const byEnv = new Map();
                for (const d of rows.slice(judged, upTo)) {
                    if (open.has(d.environment) && ours(d))
                        byEnv.set(d.environment, [...(byEnv.get(d.environment) ?? []), d]);
                }
                judged = upTo;
                await eachBounded([...byEnv], concurrency, async ([env, list]) => {
                    const seenBad = bad.get(env) ?? new Set();
                    bad.set(env, seenBad);
                    for (const d of list) {
                        const verdict = await judgeNext(store, d, seenBad);
                        if (verdict?.good && verdict.status) {
                            found.set(env, { version: verdict.fact.version, deployment: d, status: verdict.status });
                            open.delete(env);
                            return;
                        }
                    }
                });
            };
            await judgeRows(rows.length);
            while (open.size && !ended && pagesRead < maxPages) {
                await readPage();
                await judgeRows(rows.length);
            }
            if (open.size && !ended) {
                // Older history than the shared pages: each environment alone, bounded.
                await eachBounded([...open], concurrency, async (env) => {
                    const search = await findLastKnownGood(store, env, { service: options.service, maxExamined: options.maxExaminedPerEnvironment ?? 1000 });
                    if (search.found)
                        found.set(env, search.found);
                });
            }
            return found;
        },
    };
}
/** Runs `work` over `items`, at most `limit` at once; the first failure rejects. */
async function eachBounded(items, limit, work) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await work(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
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

// EXTERNAL MODULE: ../../packages/core/src/history/deployment-facts.ts
var deployment_facts = __webpack_require__(79467);
// EXTERNAL MODULE: ../../packages/core/src/history/history-view.ts
var history_view = __webpack_require__(46288);
;// CONCATENATED MODULE: ../../packages/core/src/history/dora.ts



/** Median of unsorted values; undefined when empty (never NaN). */
function median(values) {
    if (values.length === 0)
        return undefined;
    const s = [...values].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
const doneAt = (f) => Date.parse(f.succeededAt ?? f.stateAt ?? f.createdAt);
/**
 * Computes deployment frequency, lead time for changes, change failure rate
 * and time to restore. A change is a version's rollout: it failed when any of
 * its deployments is bad (the rule of bad-rule.ts), and counts once. A change
 * with a deployment still running and none bad is not finished. A failed
 * target is restored by the next deployment on that same target that is
 * neither bad nor running (a rollback or a fix forward).
 */
function computeDora(input) {
    const to = input.to.getTime();
    const from = to - input.windowMs;
    const days = input.windowMs / 86_400_000;
    const report = { from: new Date(from).toISOString(), to: new Date(to).toISOString(), days, ...computeFigures(input.facts, input, from, to, days) };
    if (input.byEnvironment) {
        const envs = [...new Set(input.facts.map((f) => f.environment))].sort();
        report.environments = Object.fromEntries(envs.map((env) => [env, computeFigures(input.facts.filter((f) => f.environment === env), input, from, to, days)]));
    }
    return report;
}
function computeFigures(facts, input, from, to, days) {
    const isFailed = (0,bad_rule/* makeFailureTest */.LM)(facts, input.failedIds);
    const rolledBackBy = mapRollbacks(facts);
    const inWindow = (f) => Date.parse(f.createdAt) >= from && Date.parse(f.createdAt) <= to;
    const deploys = facts.filter((f) => f.kind === 'deploy' && inWindow(f));
    const changes = new Map();
    for (const f of deploys)
        changes.set(f.version, [...(changes.get(f.version) ?? []), f]);
    const oldestFirst = (0,deployment_facts/* sortNewestFirst */.BP)(facts).reverse();
    const isRunning = (f) => deployment_facts/* RUNNING_STATES */.l5.has(f.state ?? '') && !(0,bad_rule/* hasFailedStatus */.kP)(f);
    const leads = [];
    const restores = [];
    let failedChanges = 0;
    let succeededChanges = 0;
    let unrestored = 0;
    for (const list of changes.values()) {
        const failed = list.filter(isFailed);
        if (failed.length === 0) {
            if (list.some(isRunning))
                continue; // not finished: neither a success nor a failure yet
            succeededChanges++;
            const commit = Date.parse(input.commitTimes?.get(list[0]?.sha ?? '') ?? '');
            if (Number.isFinite(commit))
                leads.push(Math.max(0, Math.max(...list.map(doneAt)) - commit));
            continue;
        }
        failedChanges++;
        let longest = 0;
        let restored = true;
        for (const f of failed) {
            const failedAt = Date.parse((0,bad_rule/* firstFailureAt */.y)(f) ?? ((0,bad_rule/* hasFailedStatus */.kP)(f) ? f.stateAt : undefined) ?? rolledBackBy.get(f.id)?.createdAt ?? f.createdAt);
            const next = oldestFirst.find((g) => g.target === f.target && g.id > f.id && Date.parse(g.createdAt) >= Date.parse(f.createdAt) && !isFailed(g) && !isRunning(g));
            if (next)
                longest = Math.max(longest, doneAt(next) - failedAt);
            else
                restored = false;
        }
        if (restored)
            restores.push(Math.max(0, longest));
        else
            unrestored++;
    }
    const finished = failedChanges + succeededChanges;
    return {
        deployments: deploys.length,
        rollouts: changes.size,
        deploymentsPerDay: days > 0 ? succeededChanges / days : 0,
        leadTime: { medianMs: median(leads), samples: leads.length },
        failedDeployments: failedChanges,
        changeFailureRate: finished > 0 ? failedChanges / finished : undefined,
        timeToRestore: { medianMs: median(restores), samples: restores.length },
        unrestored,
    };
}
/** The rollback that replaced each deployment id it names (for the failure time of a rollback without a failing status). */
function mapRollbacks(facts) {
    const out = new Map();
    for (const rb of facts)
        if (rb.kind === 'rollback' && rb.replaces?.deploymentId !== undefined)
            out.set(rb.replaces.deploymentId, rb);
    return out;
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
            if ((0,deployment_facts/* isStatusSettled */.UL)(facts))
                break;
        }
        return (0,deployment_facts/* computeTargetStatus */.dg)(target, environment, facts);
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
    const result = (0,history_view/* pageHistory */.wE)(facts, filter, page, perPage);
    const statusRequests = await readAllStates(store, result.rows);
    const isBad = (0,bad_rule/* makeFailureTest */.LM)(facts);
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
    const knownFailed = (0,bad_rule/* makeFailureTest */.LM)(facts, options.failedIds);
    const toRead = (0,deployment_facts/* sortNewestFirst */.BP)(facts).filter((f) => Date.parse(f.createdAt) <= now.getTime() && !(f.kind === 'deploy' && knownFailed(f)));
    // Rollbacks first: they are few, and their success times are the restore times.
    const unread = [...toRead.filter((f) => f.kind === 'rollback'), ...toRead.filter((f) => f.kind === 'deploy')];
    const statuses = await readAllStates(store, unread.slice(0, Math.max(0, options.maxStatusReads ?? 200)));
    const commits = new CommitTimes(client, store.repo, options.maxCommitLookups ?? 50);
    const shas = (0,deployment_facts/* sortNewestFirst */.BP)(facts).filter((f) => f.kind === 'deploy').map((f) => f.sha);
    const commitTimes = await commits.lookup(shas);
    const report = computeDora({ facts, to: now, windowMs: options.windowMs, commitTimes, failedIds: options.failedIds, byEnvironment: options.byEnvironment });
    return {
        report, facts, statusCoverage: { read: statuses, of: unread.length },
        requests: { pages, statuses, commits: commits.requests, total: pages + statuses + commits.requests },
    };
}

// EXTERNAL MODULE: ../../packages/core/src/rollout/rollout-lock.ts
var rollout_lock = __webpack_require__(63170);
// EXTERNAL MODULE: ../../packages/core/src/duration.ts
var duration = __webpack_require__(28283);
;// CONCATENATED MODULE: ../../packages/github/src/lock-claims.ts



const LIVE = new Set(['queued', 'pending', 'in_progress']);
/** Claims older than the longest hold (and an hour of slack) are not read at all. */
const HORIZON_MS = rollout_lock/* MAX_LOCK_HOLD_MS */.A7 + 3_600_000;
function readLockPayload(raw) {
    const p = parsePayloadObject(raw);
    return p && p.tool === 'stagegate-lock' && p.run && typeof p.run.id === 'string' ? p : undefined;
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
        const claim = { id: row.id, runId: payload.run.id, runUrl: payload.run.url, createdAt, holdUntil: Number.isFinite(holdUntil) ? holdUntil : createdAt + rollout_lock/* MAX_LOCK_HOLD_MS */.A7 };
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
            const decision = (0,rollout_lock/* decideLock */.il)(claims, { id: ours, runId: options.run.id }, Date.now());
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
            const who = `run ${decision.by.runId}${decision.by.runUrl ? ` (${decision.by.runUrl})` : ''}, which took it ${(0,duration/* formatDuration */.a3)(Date.now() - decision.by.createdAt)} ago`;
            if (options.mode === 'fail')
                throw new LockBusyError(`rollout lock ${options.environment} is held by ${who}: lock: fail refuses to start a second rollout; nothing was deployed. Re-run when that run has ended, or use lock: wait`, decision.by);
            if (waited + pause > options.timeoutMs)
                throw new LockBusyError(`rollout lock ${options.environment} is still held by ${who} after waiting ${(0,duration/* formatDuration */.a3)(waited)} (lock-timeout ${(0,duration/* formatDuration */.a3)(options.timeoutMs)}); nothing was deployed. Re-run when that run has ended, or raise lock-timeout`, decision.by);
            if (!announced) {
                options.log.info(`rollout lock ${options.environment} is held by ${who}: waiting up to ${(0,duration/* formatDuration */.a3)(options.timeoutMs)}`);
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

;// CONCATENATED MODULE: ../../packages/github/src/freeze-record.ts

/**
 * The freeze record, kept in the Deployments API so every workflow (and the
 * CLI, and the local store) sees it: a deployment of task `stagegate:freeze`
 * in the environment `<prefix>freeze` (`production/freeze`). Freezing and
 * thawing each add one; the newest decides. Its payload has no version or
 * target, so history, status and last-known-good never read it as a deploy.
 */
/** The deployment task of a freeze record. */
const FREEZE_TASK = 'stagegate:freeze';
/** Reads a freeze payload; undefined for anything else. */
function readFreezePayload(raw) {
    const p = parsePayloadObject(raw);
    if (!p || p.tool !== 'stagegate' || p.kind !== 'freeze' || typeof p.frozen !== 'boolean')
        return undefined;
    return { tool: 'stagegate', kind: 'freeze', frozen: p.frozen, reason: String(p.reason ?? ''), actor: String(p.actor ?? ''), at: String(p.at ?? '') };
}
/**
 * The freeze state of an environment: the newest freeze record (one list
 * request of one row), or undefined when there has never been one. Works on
 * every DeploymentStore (GitHub, local). Errors are the store's, explained.
 */
async function readFreeze(store, environment) {
    const [newest] = await store.listPage({ environment, task: FREEZE_TASK }, 1, 1);
    const payload = newest ? readFreezePayload(newest.rawPayload) : undefined;
    if (!newest || !payload)
        return undefined;
    return { frozen: payload.frozen, reason: payload.reason, actor: payload.actor, at: payload.at || newest.createdAt };
}
/**
 * Freezes or thaws an environment: one deployment (the record) and one
 * status on it (`success`, described, so GitHub's environment page shows who
 * froze and why). Returns the record's deployment id and the state written.
 */
async function writeFreeze(store, o) {
    const at = new Date((o.now ?? Date.now)()).toISOString();
    const payload = { tool: 'stagegate', kind: 'freeze', frozen: o.frozen, reason: o.reason, actor: o.actor, at };
    const description = `${o.frozen ? 'frozen' : 'thawed'} by ${o.actor}: ${o.reason || 'no reason given'}`;
    // The store's types describe deploys; both stores keep any payload as given (the record is read back by readFreezePayload).
    const record = await store.createDeployment({ ref: o.ref, environment: o.environment, task: FREEZE_TASK, payload: payload, description });
    await store.setStatus(record.id, 'success', { description, logUrl: o.logUrl, autoInactive: true });
    return { deploymentId: record.id, state: { frozen: o.frozen, reason: o.reason, actor: o.actor, at } };
}
/**
 * Freezes or thaws each environment (the CLI's and the freeze action's
 * shared logic): reads the state first, so a thaw of an environment that is
 * not frozen writes nothing, and a second freeze says whose it replaces.
 */
async function applyFreeze(store, o) {
    const changes = [];
    for (const environment of o.environments) {
        const before = await readFreeze(store, environment);
        if (!o.frozen && !before?.frozen) {
            changes.push({ environment, before });
            continue;
        }
        const { deploymentId } = await writeFreeze(store, { ...o, environment });
        changes.push({ environment, before, deploymentId });
    }
    return changes;
}
/**
 * The freeze in force for a status file: the first frozen environment among
 * `environments` (its reason, who and when), or undefined when none is frozen.
 * A read that fails is the caller's to bound and report: a status file is
 * still written without it.
 */
async function readFreezeInForce(store, environments) {
    for (const environment of environments) {
        const state = await readFreeze(store, environment);
        if (state?.frozen)
            return { reason: state.reason, actor: state.actor, at: state.at };
    }
    return undefined;
}

;// CONCATENATED MODULE: ../../packages/github/src/index.ts
/**
 * @stagegate/github: the GitHub Deployments API as stagegate's store.
 */
















/***/ })

};

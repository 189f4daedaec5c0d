export const id = 364;
export const ids = [364];
export const modules = {

/***/ 364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_LOCK_TIMEOUT: () => (/* reexport */ session_lock/* DEFAULT_LOCK_TIMEOUT */.WA),
  LOCK_RELEASE_BOUND_MS: () => (/* reexport */ session_lock/* LOCK_RELEASE_BOUND_MS */.Q7),
  RequestBudgetError: () => (/* reexport */ RequestBudgetError),
  SILENT_LOG: () => (/* reexport */ types/* SILENT_LOG */.x),
  STDERR_TAIL_CHARS: () => (/* reexport */ run_command/* STDERR_TAIL_CHARS */.u7),
  STDERR_TAIL_LINES: () => (/* reexport */ run_command/* STDERR_TAIL_LINES */.e0),
  SYSTEM_CLOCK: () => (/* reexport */ types/* SYSTEM_CLOCK */.V),
  abortOnSignals: () => (/* reexport */ cancellable_main/* abortOnSignals */.P),
  cannotWrite: () => (/* reexport */ record_keeper/* cannotWrite */.zz),
  checkRequestBudget: () => (/* reexport */ checkRequestBudget),
  checkSessionInputs: () => (/* reexport */ session_inputs/* checkSessionInputs */.a),
  createRecordKeeper: () => (/* reexport */ record_keeper/* createRecordKeeper */.gQ),
  deployStage: () => (/* reexport */ deploy_stage/* deployStage */.e),
  describeNotStarted: () => (/* reexport */ target_jobs/* describeNotStarted */.O5),
  describeRunOrigin: () => (/* reexport */ deploy_target/* describeRunOrigin */.jY),
  describeStderrTail: () => (/* reexport */ run_command/* describeStderrTail */.SB),
  describeWriteError: () => (/* reexport */ record_keeper/* describeWriteError */.JB),
  environmentUrl: () => (/* reexport */ environmentUrl),
  holdRolloutLock: () => (/* reexport */ session_lock/* holdRolloutLock */._7),
  judgeCommand: () => (/* reexport */ deploy_target/* judgeCommand */.Bc),
  listTargetsIn: () => (/* reexport */ listTargetsIn),
  makeRollbackJob: () => (/* reexport */ switch_back/* makeRollbackJob */.C),
  openActionSession: () => (/* reexport */ action_shell/* openActionSession */.Z),
  prepareJob: () => (/* reexport */ target_jobs/* prepareJob */.LS),
  readSwitchBackColors: () => (/* reexport */ switch_back/* readSwitchBackColors */.Q),
  releaseRolloutLocks: () => (/* reexport */ session_lock/* releaseRolloutLocks */.ts),
  renderOutcomeTable: () => (/* reexport */ action_shell/* renderOutcomeTable */.h),
  rollbackTargets: () => (/* reexport */ rollback_targets/* rollbackTargets */.H),
  runCancellableMain: () => (/* reexport */ cancellable_main/* runCancellableMain */.z),
  runCommand: () => (/* reexport */ run_command/* runCommand */.d1),
  runJobCommand: () => (/* reexport */ deploy_target/* runJobCommand */.WD),
  runPool: () => (/* reexport */ target_jobs/* runPool */.kD),
  runRollbackJob: () => (/* reexport */ rollback_job/* runRollbackJob */.l),
  runTargetJob: () => (/* reexport */ deploy_target/* runTargetJob */["if"]),
  summarizeOutcomes: () => (/* reexport */ target_jobs/* summarizeOutcomes */.vq),
  switchTraffic: () => (/* reexport */ switch_traffic/* switchTraffic */.g),
  targetNowOf: () => (/* reexport */ targetNowOf)
});

// EXTERNAL MODULE: ../../packages/deployer/src/types.ts
var types = __webpack_require__(7677);
// EXTERNAL MODULE: ../../packages/deployer/src/run-command.ts
var run_command = __webpack_require__(4573);
// EXTERNAL MODULE: ../../packages/deployer/src/target-jobs.ts
var target_jobs = __webpack_require__(6540);
// EXTERNAL MODULE: ../../packages/deployer/src/deploy-target.ts
var deploy_target = __webpack_require__(6727);
// EXTERNAL MODULE: ../../packages/deployer/src/deploy-stage.ts
var deploy_stage = __webpack_require__(4398);
// EXTERNAL MODULE: ../../packages/deployer/src/rollback-targets.ts
var rollback_targets = __webpack_require__(7009);
// EXTERNAL MODULE: ../../packages/deployer/src/rollback-job.ts
var rollback_job = __webpack_require__(8204);
// EXTERNAL MODULE: ../../packages/deployer/src/record-keeper.ts
var record_keeper = __webpack_require__(1850);
// EXTERNAL MODULE: ../../packages/deployer/src/action-shell.ts + 12 modules
var action_shell = __webpack_require__(6884);
// EXTERNAL MODULE: ../../packages/deployer/src/cancellable-main.ts + 1 modules
var cancellable_main = __webpack_require__(4705);
// EXTERNAL MODULE: ../../packages/deployer/src/session-inputs.ts
var session_inputs = __webpack_require__(8272);
// EXTERNAL MODULE: ../../packages/deployer/src/session-lock.ts + 2 modules
var session_lock = __webpack_require__(928);
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
/** Target names whose outcome is in one of `states`. */
function listTargetsIn(outcomes, states) {
    return outcomes.filter((o) => states.includes(o.state)).map((o) => o.target);
}

// EXTERNAL MODULE: ../../packages/deployer/src/switch-traffic.ts
var switch_traffic = __webpack_require__(5178);
// EXTERNAL MODULE: ../../packages/deployer/src/switch-back.ts
var switch_back = __webpack_require__(300);
// EXTERNAL MODULE: ../../packages/core/src/rollout/request-budget.ts
var request_budget = __webpack_require__(4496);
// EXTERNAL MODULE: ../../packages/github/src/rate-limit.ts
var rate_limit = __webpack_require__(463);
;// CONCATENATED MODULE: ../../packages/deployer/src/request-budget-check.ts


/**
 * The request budget as the root action, run-stage and `stagegate run` check
 * it before a rollout: predict the rollout's requests from the plan, read the
 * token's remaining requests once (GET /rate_limit is free), and go, wait for
 * the reset (bounded), or refuse before anything is deployed.
 */
/** The rollout cannot finish within the token's requests: nothing was deployed. */
class RequestBudgetError extends Error {
    /** The prediction that did not fit. */
    prediction;
    constructor(message, prediction) {
        super(message);
        this.name = 'RequestBudgetError';
        this.prediction = prediction;
    }
}
/**
 * Checks the budget; resolves with the prediction when the rollout may go
 * (after waiting for the reset if it had to), throws a RequestBudgetError
 * naming the numbers otherwise. `off` predicts and reads nothing.
 */
async function checkRequestBudget(o) {
    if (o.mode === 'off')
        return undefined;
    const prediction = (0,request_budget/* predictRolloutRequests */.LH)(o.plan, { stages: o.stages, lock: o.lock, freeze: o.freeze, statusFileTargets: o.statusFileTargets });
    const rate = await (0,rate_limit/* readRateLimit */.y9)(o.client);
    if (!rate) {
        o.log.info(`request budget: GitHub reports no rate limit here (GET /rate_limit); this rollout needs about ${prediction.worstCase.total} requests; not checked`);
        return prediction;
    }
    const now = o.now ?? Date.now;
    const decision = (0,request_budget/* decideRequestBudget */.HA)(prediction, rate, o.mode, now(), o.maxWaitMs ?? 61 * 60_000);
    if (decision.kind === 'refuse')
        throw new RequestBudgetError(decision.message, prediction);
    o.log.info(decision.message);
    if (decision.kind === 'wait')
        await sleepUntil(decision.untilMs + 1000, now, o.signal);
    return prediction;
}
/** Sleeps on a timer we own until `untilMs`; the runner's cancellation ends the wait with an error. */
function sleepUntil(untilMs, now, signal) {
    return new Promise((resolve, reject) => {
        const stop = () => {
            clearTimeout(timer);
            reject(new Error('stopped waiting for the GitHub rate limit to reset: the run was cancelled; nothing was deployed'));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', stop);
            resolve();
        }, Math.max(0, untilMs - now()));
        if (signal?.aborted)
            stop();
        signal?.addEventListener('abort', stop, { once: true });
    });
}

;// CONCATENATED MODULE: ../../packages/deployer/src/index.ts
/**
 * @stagegate/deployer: deploys a stage's targets and rolls targets back, each
 * recorded as a GitHub Deployment. Shared by the run-stage and rollback
 * actions and by the pipeline, which calls deployStage and rollbackTargets in-process.
 */


















/***/ })

};

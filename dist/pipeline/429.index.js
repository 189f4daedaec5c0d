export const id = 429;
export const ids = [429];
export const modules = {

/***/ 2429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  STATUS_FILE: () => (/* reexport */ STATUS_FILE),
  artifactsUrlOf: () => (/* reexport */ artifactsUrlOf),
  createHistoryWriter: () => (/* reexport */ createHistoryWriter),
  createNotificationQueue: () => (/* reexport */ createNotificationQueue),
  describeJoinCause: () => (/* reexport */ describeJoinCause),
  describeJoinHeadline: () => (/* reexport */ describeJoinHeadline),
  describeJoinNextStep: () => (/* reexport */ describeJoinNextStep),
  describeLive: () => (/* reexport */ describeLive),
  incidentFileName: () => (/* reexport */ incidentFileName),
  incidentFromPipeline: () => (/* reexport */ incidentFromPipeline),
  incidentLinks: () => (/* reexport */ incidentLinks),
  joinShardedStage: () => (/* reexport */ joinShardedStage),
  listTargetsNow: () => (/* reexport */ listTargetsNow),
  readEvents: () => (/* reexport */ readEvents),
  renderIncidentReport: () => (/* reexport */ renderIncidentReport),
  renderJoinSummary: () => (/* reexport */ renderJoinSummary),
  renderPipelineSummary: () => (/* reexport */ renderPipelineSummary),
  renderTimeline: () => (/* reexport */ renderTimeline),
  resolvePipelineRoutes: () => (/* reexport */ resolvePipelineRoutes),
  runPipeline: () => (/* reexport */ runPipeline),
  timelineOf: () => (/* reexport */ timelineOf),
  verifyRolledBack: () => (/* reexport */ verifyRolledBack),
  wireDryRun: () => (/* reexport */ wireDryRun),
  wirePipeline: () => (/* reexport */ wirePipeline),
  writeRunReports: () => (/* reexport */ writeRunReports)
});

// EXTERNAL MODULE: ../../packages/core/src/rollout/rollout-policy.ts
var rollout_policy = __webpack_require__(8919);
// EXTERNAL MODULE: ../../packages/core/src/version.ts
var src_version = __webpack_require__(427);
// EXTERNAL MODULE: ../../packages/core/src/blue-green.ts
var blue_green = __webpack_require__(417);
;// CONCATENATED MODULE: ../../packages/core/src/rollout/next-step.ts
const OUTCOME = {
    succeeded: 'is live', 'rolled-back': 'rolled back', 'partially-failed': 'partially failed', paused: 'paused', failed: 'failed', cancelled: 'cancelled',
    frozen: 'stopped by a freeze', held: 'held',
};
/** The outcome in words: "rolled back", "paused", "is live". */
function describeResult(result) {
    return OUTCOME[result];
}
/**
 * What production runs now, grouped by version, untouched targets counted:
 * `v1 on lhr, nrt, ewr; v3 on ord; ord, fra, sin, bom untouched`.
 */
function describeProduction(targets) {
    const byVersion = new Map();
    const untouched = [];
    const unknown = [];
    for (const t of targets) {
        if (t.action === 'untouched')
            untouched.push(t.target);
        else if (t.live === undefined)
            unknown.push(t.target);
        else
            byVersion.set(t.live, [...(byVersion.get(t.live) ?? []), t.target]);
    }
    const parts = [...byVersion].map(([v, ts]) => `${v} on ${ts.join(', ')}`);
    if (unknown.length)
        parts.push(`unknown on ${unknown.join(', ')} (its command failed)`);
    if (untouched.length)
        parts.push(`${untouched.join(', ')} untouched`);
    return parts.join('; ') || 'nothing changed';
}
/**
 * The one line a person reads first: outcome, cause, what production runs
 * now. `trading-api v3 rolled back: ewr: health 503 (expected 200) — body {…}. Production runs v1 on lhr, nrt, ewr; …`
 */
function describeHeadline(f) {
    const cause = f.result === 'succeeded' || !f.cause ? '' : `: ${f.cause}`;
    return `${f.dryRun ? 'Dry run: ' : ''}${f.service} ${f.version} ${describeResult(f.result)}${cause}. Production runs ${describeProduction(f.targets)}.`;
}
/**
 * The next step as ready commands: resume (`start-at`) or re-run, and the
 * rollback workflow for the targets the new version is still live on.
 */
function describeNextStep(f) {
    const live = f.targets.filter((t) => t.live === f.version && t.action !== 'untouched').map((t) => t.target);
    const rollback = live.length ? `roll back: \`gh workflow run rollback.yml -f targets=${live.join(',')} -f reason="…"\` (a reviewer of the production-rollback environment approves)` : undefined;
    const rerun = (stage) => stage
        ? `re-run with \`version: ${f.version}\` and \`start-at: ${stage}\` (CLI: \`stagegate run --version ${f.version} --start-at ${stage}\`)`
        : `re-run with \`version: ${f.version}\` (CLI: \`stagegate run --version ${f.version}\`)`;
    switch (f.result) {
        case 'succeeded':
            return f.dryRun ? [`run it for real: ${rerun(undefined).replace(/^re-run/, 'run')}`] : ['nothing to do'];
        case 'paused':
            return [
                `${f.version} is live on ${live.join(', ') || 'no target'}; a person decides`,
                ...(f.nextStage ? [`accept and go on: ${rerun(f.nextStage)}`] : []),
                `gate the stage again: ${rerun(f.failedStage)}`,
                ...(rollback ? [rollback] : []),
            ];
        case 'rolled-back':
            // The version itself is the usual suspect: a fixed version is the way forward, and re-running
            // the same one only makes sense when the cause was outside it (a platform, a dependency).
            return [`deploy a fixed version; if the cause was outside ${f.version}, fix it and ${rerun(live.length ? f.failedStage : undefined)}`, ...(rollback ? [`still on ${f.version} from earlier stages: ${live.join(', ')}; to undo them too, ${rollback}`] : [])];
        case 'partially-failed':
            return [`fix the failed targets, then ${rerun(f.failedStage)}`, ...(rollback ? [rollback] : [])];
        case 'frozen':
            // failedStage is the stage it stopped before: resuming starts there once thawed.
            return [`wait for the thaw (\`stagegate thaw --reason …\` or the freeze action with mode: thaw), then ${rerun(f.failedStage)}`, ...(rollback ? [`to undo ${live.join(', ')} during the freeze (rollbacks still run): ${rollback}`] : [])];
        case 'held':
            return [`${rerun(f.failedStage)} once the window opens (or change the plan's windows)`, ...(rollback ? [rollback] : [])];
        case 'failed':
        case 'cancelled': {
            // Every touched target known to run its old version (a blue-green colour never switched to): nothing to undo.
            const unsure = f.targets.some((t) => t.action !== 'untouched' && (t.live === undefined || t.live === f.version));
            return [`check the targets marked failed or unknown above; ${rollback ?? (unsure ? 'roll back with the rollback workflow' : `nothing to roll back: no target serves ${f.version}`)}`, `then ${rerun(f.failedStage)}`];
        }
    }
}

// EXTERNAL MODULE: ../../packages/deployer/src/target-jobs.ts
var target_jobs = __webpack_require__(6540);
;// CONCATENATED MODULE: ../../packages/pipeline/src/blue-green.ts


/**
 * Finishes a blue-green stage: when every idle colour was deployed and its
 * gate passed, runs the stage's `switch` (the moment the new version receives
 * traffic); otherwise runs no switch at all, so production never saw the new
 * version and nothing needs rolling back. A failed switch fails its target
 * like a failed deploy: its rollback switches traffic back.
 */
async function finishBlueGreenStage(stage, version, deploy, gate, deps) {
    const passed = deploy.outcome === 'succeeded' && (gate === 'Successful' || gate === 'skipped');
    if (!passed || !deps.switchStage) {
        const failure = deploy.outcome === 'succeeded' ? 'gate' : 'deploy';
        const idle = deploy.targets.filter((t) => t.color && t.state !== 'skipped');
        for (const t of idle)
            t.switched = false;
        const note = describeNotes(idle.map((t) => ({ target: t.target, note: (0,blue_green/* describeNeverSwitched */.ry)({ color: t.color, fromColor: (0,blue_green/* readColor */.qS)(t.fromColor), fromVersion: t.fromVersion, failure }) })));
        if (note)
            deps.log(`stage ${stage.name}: no switch: ${note}`);
        return { deploy, touched: [], switchFailed: [], note };
    }
    deps.log(`stage ${stage.name}: gate passed; switching traffic on ${deploy.targets.map((t) => `${t.target} → ${t.color ?? '?'}`).join(', ')}`);
    const switched = await deps.switchStage(stage, version, deploy.targets);
    const byTarget = new Map(switched.map((t) => [t.target, t]));
    const targets = deploy.targets.map((t) => {
        const s = byTarget.get(t.target);
        return s ? { ...t, state: s.state, reason: s.reason, switched: true } : t;
    });
    const switchFailed = targets.filter((t) => t.switched && t.state !== 'succeeded' && t.state !== 'planned').map((t) => t.target);
    const outcome = (0,target_jobs/* summarizeOutcomes */.vq)(targets);
    return { deploy: { outcome, targets }, touched: targets.filter((t) => t.switched).map((t) => t.target), switchFailed };
}
/** One note when every target says the same, else one per target (`lhr: …; nrt: …`). */
function describeNotes(notes) {
    const distinct = [...new Set(notes.map((n) => n.note))];
    if (distinct.length <= 1)
        return distinct[0];
    return notes.map((n) => `${n.target}: ${n.note}`).join('; ');
}

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
    // One row per target: a target of several weighted stages under the last one this run deployed it in.
    const rows = new Map();
    for (const stage of planStages)
        for (const target of stage.targets)
            if (!rows.has(target) || deployed.get(target)?.s.stage === stage.name)
                rows.set(target, stage.name);
    return [...rows].map(([target, stageName]) => {
        const stage = { name: stageName };
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
        // Blue-green: a colour never switched to served no traffic, so the version before still runs there.
        const live = d.t.switched === false ? d.t.fromVersion : action === 'deployed' || action === 'gate failed' ? version : action === 'untouched' || action === 'would deploy' ? d.t.fromVersion : undefined;
        const reason = action === 'gate failed' ? failedChecksOf(d.s, target).join('; ') : action === 'deployed' ? undefined : d.t.reason;
        return { ...base, live, action, reason };
    });
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

// EXTERNAL MODULE: ../../packages/core/src/duration.ts
var src_duration = __webpack_require__(8283);
;// CONCATENATED MODULE: ../../packages/core/src/rollout/stage-budget.ts

/**
 * The budget a stage starts under, or undefined when neither the stage nor
 * the plan has one. `planElapsedMs` is the rollout's wall time so far (waits
 * for deploy windows included: the plan's budget is the rollout's, end to end).
 */
function budgetForStage(plan, stage, planElapsedMs) {
    const own = stage.budget === undefined ? undefined : (0,src_duration/* parseDuration */.E9)(stage.budget);
    const whole = plan.budget === undefined ? undefined : (0,src_duration/* parseDuration */.E9)(plan.budget);
    const planLeft = whole === undefined ? undefined : Math.max(0, whole - planElapsedMs);
    if (own === undefined && planLeft === undefined)
        return undefined;
    if (planLeft === undefined || (own !== undefined && own <= planLeft))
        return { ms: own, kind: 'stage', budgetMs: own };
    return { ms: planLeft, kind: 'plan', budgetMs: whole };
}
/** Wall time for a cause: `4.2s`, `11m 02s`, `1h 05m`. */
function formatElapsed(ms) {
    if (ms < 60_000)
        return (0,src_duration/* formatDuration */.a3)(ms);
    const total = Math.round(ms / 1000);
    if (total < 3600)
        return `${Math.floor(total / 60)}m ${String(total % 60).padStart(2, '0')}s`;
    return `${Math.floor(total / 3600)}h ${String(Math.floor((total % 3600) / 60)).padStart(2, '0')}m`;
}
/**
 * The cause of a stage stopped by its budget, first words "over budget":
 * `over budget: stage canary took 11m 02s, budget 10m` or
 * `over budget: the rollout took 35m 04s by stage full, plan budget 35m`.
 */
function describeOverBudget(budget, stage, stageElapsedMs, planElapsedMs) {
    return budget.kind === 'stage'
        ? `over budget: stage ${stage} took ${formatElapsed(stageElapsedMs)}, budget ${(0,src_duration/* formatDuration */.a3)(budget.budgetMs)}`
        : `over budget: the rollout took ${formatElapsed(planElapsedMs)} by stage ${stage}, plan budget ${(0,src_duration/* formatDuration */.a3)(budget.budgetMs)}`;
}

;// CONCATENATED MODULE: ../../packages/pipeline/src/stage-budget-timer.ts

/** Arms the budget of a stage that starts now; `runStarted` is the rollout's start (for the plan's budget). */
function startStageBudget(plan, stage, runStarted, now) {
    const stageStarted = now();
    const budget = budgetForStage(plan, stage, stageStarted - runStarted);
    if (!budget)
        return { signal: undefined, cause: () => undefined, judgeDeploy: (r) => r, judgeGate: (r) => r, stop: () => undefined };
    const ctl = new AbortController();
    let spent = false;
    const fire = () => {
        spent = true;
        ctl.abort(new Error(`over budget: stage ${stage.name}`));
    };
    const timer = budget.ms > 0 ? setTimeout(fire, budget.ms) : undefined;
    if (!timer)
        fire();
    let cause;
    const causeNow = () => {
        if (!spent)
            return undefined;
        cause ??= describeOverBudget(budget, stage.name, now() - stageStarted, now() - runStarted);
        return cause;
    };
    return {
        signal: ctl.signal,
        cause: causeNow,
        judgeDeploy(r) {
            const why = causeNow();
            if (!why)
                return r;
            const targets = r.targets.map((t) => (t.state === 'cancelled' ? { ...t, state: 'failed', reason: `${why}: ${t.deploymentId === undefined ? 'not started' : 'its command was stopped'}` } : t));
            return { outcome: 'failed', targets };
        },
        judgeGate(r, targets) {
            const why = causeNow();
            return why ? { verdict: 'Failed', failedTargets: r.failedTargets.length ? r.failedTargets : targets, failedChecks: [why, ...r.failedChecks.filter((c) => !/cancelled/.test(c))] } : r;
        },
        stop: () => clearTimeout(timer),
    };
}

// EXTERNAL MODULE: ../../packages/action-kit/src/with-timeout.ts
var with_timeout = __webpack_require__(9761);
// EXTERNAL MODULE: ../../packages/core/src/windows-schema.ts
var windows_schema = __webpack_require__(2188);
;// CONCATENATED MODULE: ../../packages/core/src/rollout/deploy-windows.ts


const MINUTE = 60_000;
const DAY_MINUTES = 1440;
const formats = new Map();
/** Local weekday (0 = Sunday) and minute of the day of an instant in a time zone. */
function localClock(ms, timezone) {
    let f = formats.get(timezone);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', { timeZone: timezone, hourCycle: 'h23', weekday: 'short', hour: '2-digit', minute: '2-digit' });
        formats.set(timezone, f);
    }
    const parts = Object.fromEntries(f.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
    const day = windows_schema/* WEEKDAYS */.w4.indexOf(String(parts.weekday).toLowerCase().slice(0, 3));
    return { day, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}
const minutesOf = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
function startsOn(w, day) {
    return !w.days || w.days.includes(windows_schema/* WEEKDAYS */.w4[(day + 7) % 7]);
}
/** Minutes from the local clock to the window's end, when the window covers it; else undefined. */
function minutesToEnd(w, clock) {
    const from = minutesOf(w.from);
    const to = minutesOf(w.to);
    if (from < to)
        return clock.minute >= from && clock.minute < to && startsOn(w, clock.day) ? to - clock.minute : undefined;
    // Overnight: the evening part belongs to today, the morning part to the day before.
    if (clock.minute >= from && startsOn(w, clock.day))
        return DAY_MINUTES - clock.minute + to;
    if (clock.minute < to && startsOn(w, clock.day - 1))
        return to - clock.minute;
    return undefined;
}
/** How a window reads in a message: its name, days, hours and zone. */
function describeWindow(w, index, timezone) {
    const days = w.days ? `${w.days.join(', ')} ` : '';
    return `${w.name ?? `deny window ${index + 1}`} (${days}${w.from}–${w.to} ${timezone})`;
}
/** The first deny window covering `nowMs`, with the minutes until it ends; undefined when none does. */
function findDenyWindow(windows, nowMs) {
    for (const [i, w] of windows.deny.entries()) {
        const timezone = w.timezone ?? windows.timezone;
        const left = minutesToEnd(w, localClock(nowMs, timezone));
        if (left !== undefined)
            return { label: describeWindow(w, i, timezone), timezone, endsInMinutes: left, toMinute: minutesOf(w.to) % DAY_MINUTES };
    }
    return undefined;
}
/**
 * The first instant at or after `nowMs` that no deny window covers (windows
 * may follow each other), to the minute; undefined when they cover the whole
 * week. A daylight-saving change inside a window is corrected by reading the
 * local clock at the computed end.
 */
function nextOpening(windows, nowMs) {
    let t = nowMs;
    for (let hop = 0; hop < 64; hop++) {
        const match = findDenyWindow(windows, t);
        if (!match)
            return t;
        let end = t - (t % MINUTE) + match.endsInMinutes * MINUTE;
        const drift = match.toMinute - localClock(end, match.timezone).minute;
        const wrapped = ((drift + DAY_MINUTES + 720) % DAY_MINUTES) - 720;
        end += wrapped * MINUTE;
        t = end > t ? end : t + MINUTE;
    }
    return undefined;
}
/** An instant in a zone's local time for messages: `Sat 2026-12-05 09:00 America/New_York (14:00 UTC)`. */
function formatLocal(ms, timezone) {
    const f = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
    const utc = new Date(ms).toISOString().slice(11, 16);
    return `${p.weekday} ${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${timezone}${timezone === 'UTC' ? '' : ` (${utc} UTC)`}`;
}
/**
 * Decides, before a stage, whether it may start: open outside every deny
 * window; wait when the windows open within the wait still left
 * (`windows.wait` minus what this run already waited); else refuse with a
 * message naming the window, when it opens and what to do.
 */
function decideWindow(windows, nowMs, waitedMs, stage) {
    if (!windows)
        return { kind: 'open' };
    const match = findDenyWindow(windows, nowMs);
    if (!match)
        return { kind: 'open' };
    const window = { label: match.label, timezone: match.timezone };
    const opensAt = nextOpening(windows, nowMs);
    const waitMs = (0,src_duration/* parseDuration */.E9)(windows.wait);
    const left = waitMs - waitedMs;
    if (opensAt !== undefined && opensAt - nowMs <= left)
        return { kind: 'wait', window, opensAt, waitMs: opensAt - nowMs };
    const when = opensAt === undefined ? 'the deny windows cover the whole week, so it never opens' : `it opens ${formatLocal(opensAt, match.timezone)}, in ${(0,src_duration/* formatDuration */.a3)(opensAt - nowMs)}`;
    const bound = waitMs ? `, more than windows.wait ${(0,src_duration/* formatDuration */.a3)(waitMs)}${waitedMs ? ` (${(0,src_duration/* formatDuration */.a3)(waitedMs)} already waited)` : ''}` : ' (windows.wait is 0s: no waiting)';
    return { kind: 'refuse', window, opensAt, message: `held before stage ${stage}: inside ${window.label}; ${when}${bound}` };
}

// EXTERNAL MODULE: ../../packages/core/src/rollout/freeze.ts
var freeze = __webpack_require__(30);
;// CONCATENATED MODULE: ../../packages/pipeline/src/stage-guards.ts


/** Longest wait for the freeze record: GitHub answers in well under a second; a hung read must not hold a rollout. */
const FREEZE_READ_TIMEOUT_MS = 20_000;
/**
 * Checks the freeze, then the windows; after waiting for a window, the
 * freeze again (it may have been set meanwhile). `waited` accumulates the
 * run's window waits, so `windows.wait` bounds the whole rollout, not each stage.
 */
async function checkBeforeStage(plan, stage, deps, waited) {
    for (;;) {
        const frozen = await checkFreeze(plan, stage, deps);
        if (frozen)
            return frozen;
        const now = deps.now();
        const decision = decideWindow(plan.windows, now, waited.ms, stage.name);
        if (decision.kind === 'open')
            return undefined;
        if (deps.dryRun) {
            if (decision.kind === 'refuse')
                deps.log(`[dry-run] stage ${stage.name}: would stop: ${decision.message}`);
            else
                deps.log(`[dry-run] stage ${stage.name}: inside ${decision.window.label}: would wait ${(0,src_duration/* formatDuration */.a3)(decision.waitMs)} for it to open`);
            return undefined;
        }
        if (decision.kind === 'refuse')
            return { result: 'held', cause: decision.message };
        deps.log(`stage ${stage.name}: inside ${decision.window.label}; waiting ${(0,src_duration/* formatDuration */.a3)(decision.waitMs)} until it opens ${formatLocal(decision.opensAt, decision.window.timezone)}`);
        await (deps.sleep ?? sleepFor)(decision.waitMs);
        waited.ms += deps.now() - now;
        if (deps.cancelled?.())
            return undefined;
    }
}
/**
 * A freeze stops the stage. When the record cannot be read (GitHub down,
 * slow past the bound), the stage is held, not started: a freeze is how a
 * person says "nothing more goes out" during an incident, which is exactly
 * when GitHub may be failing, and an operator who froze expects no deploy
 * to slip through a failed read. The deploy itself would need GitHub too;
 * the retry plugin has already absorbed short blips by the time this fails.
 */
async function checkFreeze(plan, stage, deps) {
    if (!deps.readFreeze)
        return undefined;
    const environment = (0,freeze/* freezeEnvironmentOf */.y9)(plan, stage);
    let state;
    try {
        state = await (0,with_timeout/* withTimeout */.w)(deps.readFreeze(environment), FREEZE_READ_TIMEOUT_MS, `no answer within ${(0,src_duration/* formatDuration */.a3)(FREEZE_READ_TIMEOUT_MS)}`);
    }
    catch (e) {
        return { result: 'held', cause: `held before stage ${stage.name}: could not read the freeze record ${environment} (${e.message}); not deploying while a freeze cannot be ruled out, nothing rolled back` };
    }
    return state?.frozen ? { result: 'frozen', cause: (0,freeze/* describeHardStop */.H9)(environment, state, stage.name, deps.now()) } : undefined;
}
function sleepFor(ms) {
    return new Promise((done) => setTimeout(done, ms));
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
    const stages = (0,rollout_policy/* selectStages */.ut)(plan, { startAt: options.startAt, only: options.only });
    // Before the first event: an unsafe version must not reach a notification or the history either.
    const version = (0,src_version/* assertSafeVersion */.y)(options.version, plan['version-pattern']);
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
    // A freeze or a deploy window that stopped the run before a stage; windows.wait bounds all its waits together.
    let stopped;
    const waited = { ms: 0 };
    const planStages = plan.stages.map((s) => ({ name: s.name, targets: s.targets }));
    const factsSoFar = (result, stageName) => {
        const at = plan.stages.findIndex((s) => s.name === stageName);
        return {
            service: plan.service, version, result, cause: failedStage?.cause, failedStage: stageName, nextStage: at >= 0 ? plan.stages[at + 1]?.name : undefined,
            targets: listTargetsNow(planStages, reports, rollback, version), dryRun: deps.dryRun,
        };
    };
    // A rollout frozen (or held) before its first stage never announces "deploy started": only the stop.
    stopped = await checkBeforeStage(plan, stages[0], deps, waited);
    if (!stopped)
        emit({ kind: 'deploy-started', targets: [...new Set(stages.flatMap((s) => s.targets))], reason: `${plan.service} ${version}: ${stages.map((s) => s.name).join(' → ')}` });
    for (const [index, stage] of stages.entries()) {
        if (index > 0)
            stopped = await checkBeforeStage(plan, stage, deps, waited);
        if (stopped) {
            // Nothing of this stage starts and nothing is rolled back: what earlier stages deployed stays live.
            failedStage = { name: stage.name, cause: stopped.cause };
            deps.log(`stage ${stage.name}: ${stopped.cause}`);
            break;
        }
        const stageStarted = deps.now();
        deps.log(`stage ${stage.name}: deploying ${version} to ${stage.targets.join(', ')}`);
        emit({ kind: 'stage-started', stage: stage.name, targets: stage.targets }, false);
        const budget = startStageBudget(plan, stage, started, deps.now);
        let deploy = budget.judgeDeploy(await deps.deployStage(stage, version, budget.signal));
        let touched = deploy.targets.filter((t) => t.state !== 'skipped' && t.state !== 'planned' && t.deploymentId !== undefined).map((t) => t.target);
        const deployFailed = deploy.targets.filter((t) => t.state !== 'succeeded').map((t) => t.target);
        let gate = 'skipped';
        let failedChecks = [];
        let failedTargets = deployFailed;
        let gateEvent;
        cancelled = deploy.outcome === 'cancelled' || (deps.cancelled?.() ?? false);
        if (!cancelled && deploy.outcome === 'succeeded' && stage.gate) {
            deps.log(`stage ${stage.name}: health gate on ${stage.targets.join(', ')}`);
            const g = budget.judgeGate(await deps.gateStage(stage, version, stage.targets, budget.signal), stage.targets);
            gate = g.verdict;
            failedChecks = g.failedChecks;
            failedTargets = g.failedTargets;
            gateEvent = { kind: g.verdict === 'Successful' ? 'gate-finished' : 'gate-failed', stage: stage.name, targets: g.failedTargets.length ? g.failedTargets : stage.targets, verdict: g.verdict, reason: g.failedChecks.join('; ') || undefined };
            cancelled = deps.cancelled?.() ?? false;
        }
        // Blue-green: traffic moves only once the idle colour passed; a target never switched needs no rollback.
        let neverSwitched;
        if ((0,blue_green/* isBlueGreen */.KS)(stage) && !cancelled) {
            const bg = await finishBlueGreenStage(stage, version, deploy, gate, deps);
            ({ deploy, touched, note: neverSwitched } = bg);
            if (bg.switchFailed.length)
                failedTargets = bg.switchFailed;
        }
        // The cause a person needs first: each failed command's exit and stderr, or each failed check's observation.
        const failedDeploys = deploy.targets.filter((t) => t.state === 'failed' || t.state === 'error').map((t) => `${t.target}: ${t.reason}`);
        budget.stop();
        const cause = budget.cause() ?? ((gate !== 'skipped' && gate !== 'Successful' ? failedChecks : failedDeploys).join('; ') || undefined);
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
        const decision = (0,rollout_policy/* decideAfterStage */.Hj)(stage['on-failure'], outcome, history);
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
        report.reason = `${cause ? `${cause} (stage ${stage.name})` : decision.reason}${neverSwitched ? `; ${neverSwitched}` : ''}`;
        failedStage ??= { name: stage.name, cause: report.reason };
        deps.log(`stage ${stage.name}: ${report.reason} → ${decision.kind === 'rollback' ? `rollback-${decision.scope}` : decision.kind}`);
        if (decision.kind !== 'rollback' || !decision.items.length) {
            deps.recordVerdict();
            if (gateEvent)
                emit(gateEvent);
            if (decision.kind === 'rollback') {
                // Nothing of this run reached a target: claiming a rollback would be a lie.
                nothingToRollBack = true;
                if (!neverSwitched)
                    report.reason = `${report.reason}; nothing was deployed, so nothing was rolled back`;
            }
            // A failure the plan lets the rollout go on from, or holds for a person, is P1: production is not burning.
            emit({ kind: 'stage-failed', stage: stage.name, targets: failedTargets, reason: report.reason, verdict: gate, ...(decision.kind === 'rollback' ? {} : { priority: 'P1' }) });
            if (decision.kind === 'continue')
                continue;
            if (decision.kind === 'pause') {
                const facts = factsSoFar('paused', stage.name);
                const live = facts.targets.filter((t) => t.live === version && t.action !== 'untouched').map((t) => t.target);
                emit({ kind: 'manual-approval-waiting', stage: stage.name, targets: live, reason: `${report.reason}: paused, ${version} stays live on ${live.join(', ') || 'no target'}. Next: ${describeNextStep(facts).slice(1).join('; ')}` });
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
    const result = cancelled ? 'cancelled' : stopped ? stopped.result : nothingToRollBack && !rollback ? 'failed' : (0,rollout_policy/* pipelineResult */._3)(decisions, rollbackFailed);
    const unrecorded = await deps.settleRecords();
    if (unrecorded.length)
        emit({ kind: 'records-missing', reason: unrecorded.map((u) => `${u.target}: ${u.what}: ${u.cause}`).join('; '), targets: [...new Set(unrecorded.map((u) => u.target))] }, false);
    const succeeded = result === 'succeeded';
    const facts = factsSoFar(result, failedStage?.name ?? reports.at(-1)?.stage);
    const headline = describeHeadline(facts);
    const nextStep = describeNextStep(facts);
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

// EXTERNAL MODULE: ../../packages/core/src/plan-resolve.ts
var plan_resolve = __webpack_require__(7301);
;// CONCATENATED MODULE: ../../packages/core/src/gate/check-tally.ts
/** A fresh tally for one check on one target. */
function createTally(target, check, rules) {
    return { target, check, rules, samples: 0, successes: 0, failures: 0, errors: 0, consecutiveErrors: 0, consecutiveSuccesses: 0, lastValue: undefined, lastMessage: '', verdict: 'Running', reason: 'no samples yet' };
}
/**
 * Adds one sample and applies the verdict rules. Once a tally has a final
 * verdict, later samples (from probes already in flight) are counted but do
 * not change it: a gate never un-fails.
 */
function recordSample(tally, sample) {
    const t = { ...tally, samples: tally.samples + 1, lastMessage: sample.message };
    if (sample.value !== undefined)
        t.lastValue = sample.value;
    if (sample.status === 'pass') {
        t.successes++;
        t.consecutiveSuccesses++;
        t.consecutiveErrors = 0;
    }
    else if (sample.status === 'fail') {
        t.failures++;
        t.consecutiveSuccesses = 0;
        t.consecutiveErrors = 0;
    }
    else {
        t.errors++;
        t.consecutiveErrors++;
        t.consecutiveSuccesses = 0;
    }
    if (tally.verdict !== 'Running')
        return t;
    const { severity, failureLimit, consecutiveErrorLimit } = t.rules;
    // A critical check tolerates no failure: that is what P0 means.
    const limit = severity === 'critical' ? 1 : failureLimit;
    if (t.failures >= limit) {
        t.verdict = 'Failed';
        t.reason = severity === 'critical' ? `critical check failed: ${sample.message}` : `${t.failures} failures reached the failure-limit ${limit}: ${sample.message}`;
    }
    else if (t.consecutiveErrors >= consecutiveErrorLimit) {
        t.verdict = 'Error';
        t.reason = `${t.consecutiveErrors} errors in a row reached the consecutive-error-limit ${consecutiveErrorLimit}: ${sample.message}`;
    }
    else {
        t.reason = describeRunning(t);
    }
    return t;
}
/** True when the tally has the passes in a row that the gate asks for. */
function hasEnoughSuccesses(tally, consecutiveSuccess) {
    return tally.consecutiveSuccesses >= Math.max(1, consecutiveSuccess);
}
function describeRunning(t) {
    const parts = [`${t.successes}/${t.samples} passed`];
    if (t.failures)
        parts.push(`${t.failures} failed`);
    if (t.errors)
        parts.push(`${t.errors} errors`);
    return parts.join(', ');
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/gate-result.ts

/**
 * Turns the tallies into reported results (`baselines` by tally index). A check still Running when the
 * gate ended (another check decided it) is Successful if it had its passes,
 * else Inconclusive: it never had the chance to prove itself.
 */
function summarizeTallies(tallies, consecutiveSuccess, baselines) {
    return tallies.map((t, i) => {
        const base = baselines.get(i);
        let verdict;
        let reason = t.reason;
        if (t.verdict !== 'Running')
            verdict = t.verdict;
        else if (hasEnoughSuccesses(t, consecutiveSuccess) && base?.outcome !== 'insufficient')
            verdict = 'Successful';
        else {
            verdict = 'Inconclusive';
            reason = base?.outcome === 'insufficient' ? base.reason : `${t.consecutiveSuccesses} passes in a row, needs ${Math.max(1, consecutiveSuccess)} (${t.reason})`;
        }
        return {
            target: t.target,
            check: t.check,
            severity: t.rules.severity,
            samples: t.samples,
            failures: t.failures,
            errors: t.errors,
            lastValue: t.lastValue ?? null,
            verdict,
            reason,
            ...(t.lastMessage ? { observed: t.lastMessage } : {}),
            ...(base ? { baseline: base } : {}),
        };
    });
}
/**
 * A failed check's cause as a person reads it first: where, which check, what
 * was observed: `ewr: health 503 (expected 200) — body {"status":"degraded"}`.
 * A warning check adds the limit it reached; without an observation, the reason.
 */
function describeCheckCause(c) {
    if (!c.observed || c.baseline?.outcome === 'worse' || c.verdict === 'Inconclusive')
        return `${c.target}: ${c.check} ${c.reason}`;
    if (c.verdict === 'Error')
        return `${c.target}: ${c.check} could not be measured: ${c.observed} (${c.errors} errors)`;
    if (c.severity === 'critical' || c.verdict !== 'Failed')
        return `${c.target}: ${c.check} ${c.observed}`;
    return `${c.target}: ${c.check} ${c.observed} (${c.failures} failures reached its failure-limit)`;
}

// EXTERNAL MODULE: ../../packages/core/src/plan-weights.ts
var plan_weights = __webpack_require__(4808);
;// CONCATENATED MODULE: ../../packages/core/src/gate/gate-deadline.ts
/**
 * Time a last round that starts exactly at the gate's deadline (soak equal to
 * the timeout) gets to answer before the watchdog cuts it: the gate still
 * ends within its timeout + 1 s.
 */
const DEADLINE_GRACE_MS = 500;
/**
 * Arms the gate's deadline with the clock's alarm (a timer the gate owns:
 * `AbortSignal.timeout` inside `AbortSignal.any` never fires after garbage
 * collection on Node 20). A clock without an alarm (a fake one in unit tests,
 * whose probes answer at once) gives a watchdog that never fires.
 */
function startWatchdog(clock, ms) {
    const ctl = new AbortController();
    const clear = clock.setAlarm?.(Math.max(0, ms), () => ctl.abort(new DeadlineError(ms))) ?? (() => undefined);
    return { signal: ctl.signal, cancel: clear };
}
/** The reason a watchdog aborts with. */
class DeadlineError extends Error {
    ms;
    name = 'DeadlineError';
    constructor(ms) {
        super(`deadline of ${ms}ms reached`);
        this.ms = ms;
    }
}
/**
 * Settles like `work`, or rejects with the signal's reason as soon as the
 * signal aborts, whichever comes first: work that ignores its signal (a
 * getaddrinfo call, a probe that never answers) cannot hold the caller. The
 * listener is removed once `work` settles, so a long gate leaves none behind.
 */
function raceAbort(work, signal) {
    if (signal.aborted) {
        work.catch(() => undefined);
        return Promise.reject(signal.reason);
    }
    return new Promise((ok, fail) => {
        const onAbort = () => fail(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        work.then(ok, fail).finally(() => signal.removeEventListener('abort', onAbort));
    });
}
/** Aborts `to` when `from` aborts (with its reason); returns the unlink. A listener, never AbortSignal.any. */
function linkAbort(from, to) {
    if (!from)
        return () => undefined;
    if (from.aborted) {
        to.abort(from.reason);
        return () => undefined;
    }
    const onAbort = () => to.abort(from.reason);
    from.addEventListener('abort', onAbort, { once: true });
    return () => from.removeEventListener('abort', onAbort);
}

// EXTERNAL MODULE: ../../packages/deployer/src/record-keeper.ts
var record_keeper = __webpack_require__(1850);
// EXTERNAL MODULE: ../../packages/deployer/src/deploy-stage.ts
var deploy_stage = __webpack_require__(4398);
// EXTERNAL MODULE: ../../packages/deployer/src/switch-traffic.ts
var switch_traffic = __webpack_require__(5178);
// EXTERNAL MODULE: ../../packages/deployer/src/rollback-targets.ts
var rollback_targets = __webpack_require__(7009);
// EXTERNAL MODULE: ../../packages/github/src/previous-versions.ts
var previous_versions = __webpack_require__(3774);
// EXTERNAL MODULE: ../../packages/github/src/payload.ts
var payload = __webpack_require__(8237);
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
    const p = (0,payload/* parsePayloadObject */.VM)(raw);
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

// EXTERNAL MODULE: ../../packages/notify/src/routes.ts
var src_routes = __webpack_require__(5455);
// EXTERNAL MODULE: ../../packages/notify/src/notifier.ts
var notifier = __webpack_require__(9503);
// EXTERNAL MODULE: ../../packages/notify/src/audit.ts
var audit = __webpack_require__(1410);
// EXTERNAL MODULE: ../../packages/notify/src/send.ts
var send = __webpack_require__(9195);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(5736);
// EXTERNAL MODULE: ../../packages/core/src/placeholders.ts
var placeholders = __webpack_require__(2185);
;// CONCATENATED MODULE: ../../packages/probes/src/resolve-gate.ts

/**
 * Turns a plan stage (or inline checks) into the specs the gate loop runs,
 * with placeholders filled per target. Every mistake is a ConfigError that
 * names the input or plan path.
 */
function resolveGate(src) {
    const stage = src.plan && src.stage !== undefined ? (0,plan_resolve/* findStage */.U9)(src.plan, src.stage) : undefined;
    if (src.plan && !stage)
        throw new errors/* ConfigError */.xL([{ path: 'input stage', message: 'expected the name of the stage to gate' }]);
    const gate = stage?.gate;
    const checks = [...(src.plan && stage ? (0,plan_resolve/* gateChecks */.He)(src.plan, stage) : []), ...(src.checks ?? [])];
    if (!checks.length)
        throw new errors/* ConfigError */.xL([{ path: stage ? `input stage` : 'input checks', message: stage ? `stage "${stage.name}" has no gate checks: add a gate to it or give checks` : 'expected checks (inline) or a plan and a stage' }]);
    let targets = src.targets?.length ? src.targets : (stage?.targets ?? []);
    if (stage && src.targets?.length) {
        const unknown = src.targets.filter((t) => !stage.targets.includes(t));
        if (unknown.length)
            throw new errors/* ConfigError */.xL([{ path: 'input targets', message: `expected targets of stage "${stage.name}" (${stage.targets.join(', ')}); got ${unknown.join(', ')}` }]);
    }
    if (!targets.length)
        throw new errors/* ConfigError */.xL([{ path: 'input targets', message: 'expected at least one target to probe' }]);
    targets = [...new Set(targets)];
    const duration = (value, fallback, name) => {
        if (value === undefined || value === '')
            return fallback;
        try {
            return (0,src_duration/* parseDuration */.E9)(value);
        }
        catch (e) {
            throw new errors/* ConfigError */.xL([{ path: `input ${name}`, message: e.message }]);
        }
    };
    const soakMs = duration(src.soak, gate ? (0,src_duration/* parseDuration */.E9)(gate.soak) : 0, 'soak');
    const intervalMs = duration(src.interval, gate ? (0,src_duration/* parseDuration */.E9)(gate.interval) : 10_000, 'interval');
    if (intervalMs <= 0)
        throw new errors/* ConfigError */.xL([{ path: 'input interval', message: 'expected an interval above 0' }]);
    const timeoutMs = duration(src.timeout, gate?.timeout !== undefined ? (0,src_duration/* parseDuration */.E9)(gate.timeout) : soakMs + 300_000, 'timeout');
    const specs = [];
    for (const target of targets) {
        const values = { target, stage: stage?.name ?? src.stage ?? '', ...(src.version !== undefined ? { version: src.version } : {}) };
        if (src.plan)
            Object.assign(values, { service: src.plan.service, environment: (0,plan_resolve/* environmentFor */.DD)(src.plan, target, stage) });
        if (src.colors?.[target] !== undefined)
            values.color = src.colors[target];
        for (const check of checks) {
            let filled;
            try {
                filled = (0,placeholders/* fillDeep */.KL)(check, values);
            }
            catch (e) {
                throw new errors/* ConfigError */.xL([{ path: `check ${check.name}`, message: e.message }]);
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

;// CONCATENATED MODULE: ../../packages/core/src/gate/gate-progress.ts
/** How often, at most, one target's progress line is printed during a gate. */
const PROGRESS_EVERY_MS = 30_000;
/**
 * Makes an `onSample` that prints at most one line per target every
 * `everyMs` (and at once on a target's first failing sample): the verdict so
 * far, rounds and time left, so a 10-minute soak is not silent and a long
 * one does not flood the log. `lhr: 12 rounds, 12 passed, 0 failed, 0 errors; verdict so far Running; 4m 30s left`.
 */
function createGateProgress(o) {
    const every = o.everyMs ?? PROGRESS_EVERY_MS;
    const lastPrinted = new Map();
    const failing = new Set();
    return (sample, tally) => {
        const now = o.now();
        const firstFailure = sample.status !== 'pass' && !failing.has(sample.target);
        if (sample.status !== 'pass')
            failing.add(sample.target);
        const last = lastPrinted.get(sample.target);
        if (!firstFailure && last !== undefined && now - last < every)
            return;
        if (!firstFailure && last === undefined && now - o.startedAt < every) {
            // Quiet for the first interval: a short gate prints nothing but its verdict.
            return;
        }
        lastPrinted.set(sample.target, now);
        const left = Math.max(0, o.startedAt + o.timeoutMs - now);
        const observed = sample.status === 'pass' ? '' : ` (last: ${sample.check} ${sample.message})`;
        o.print(`${sample.target}: ${sample.check} round ${sample.round + 1}, ${tally.successes} passed, ${tally.failures} failed, ${tally.errors} errors; verdict so far ${tally.verdict}${observed}; ${Math.ceil(left / 1000)}s left`);
    };
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
;// CONCATENATED MODULE: ../../packages/core/src/gate/mann-whitney.ts
/**
 * The Mann-Whitney U test (Wilcoxon rank-sum), one-sided, as Kayenta's judge
 * uses it to compare a canary with its baseline. Exact distribution for small
 * samples without ties (as R's wilcox.test does), otherwise the normal
 * approximation with tie and continuity corrections.
 */
/** Below this size on both sides, and without ties, p comes from the exact distribution. */
const EXACT_LIMIT = 50;
/** Midranks of `values` (1-based, ties share their average rank) and the tie-group sizes. */
function rankWithTies(values) {
    const order = values.map((v, i) => [v, i]).sort((a, b) => a[0] - b[0]);
    const ranks = new Array(values.length).fill(0);
    const tieSizes = [];
    for (let i = 0; i < order.length;) {
        let j = i;
        while (j + 1 < order.length && order[j + 1][0] === order[i][0])
            j++;
        const rank = (i + j) / 2 + 1;
        for (let k = i; k <= j; k++)
            ranks[order[k][1]] = rank;
        if (j > i)
            tieSizes.push(j - i + 1);
        i = j + 1;
    }
    return { ranks, tieSizes };
}
/** One-sided Mann-Whitney test of "x is stochastically greater than y". */
function mannWhitneyGreater(x, y) {
    const m = x.length;
    const n = y.length;
    if (m === 0 || n === 0)
        throw new Error('mannWhitneyGreater needs at least one value on each side');
    const { ranks, tieSizes } = rankWithTies([...x, ...y]);
    const rankSumX = ranks.slice(0, m).reduce((a, b) => a + b, 0);
    const u = rankSumX - (m * (m + 1)) / 2;
    if (tieSizes.length === 0 && m < EXACT_LIMIT && n < EXACT_LIMIT) {
        return { u, pValue: exactUpperTail(u, m, n), exact: true, z: 0 };
    }
    const total = m + n;
    const tieTerm = tieSizes.reduce((a, t) => a + (t ** 3 - t), 0) / (total * (total - 1));
    const sigma = Math.sqrt(((m * n) / 12) * (total + 1 - tieTerm));
    // Every value tied: nothing tells the samples apart.
    if (sigma === 0)
        return { u, pValue: 1, exact: false, z: 0 };
    const diff = u - (m * n) / 2;
    // Continuity correction towards the mean, as R does (correct = TRUE).
    const z = (diff - 0.5) / sigma;
    return { u, pValue: 1 - normalCdf(z), exact: false, z };
}
/**
 * P(U >= u) for sample sizes m, n without ties, from the recurrence
 * p(u; m, n) = m/(m+n)·p(u−n; m−1, n) + n/(m+n)·p(u; m, n−1),
 * which stays in probabilities (no huge counts).
 */
function exactUpperTail(u, m, n) {
    // Row by row over the x size: prev[b] = p(·; a−1, b), cur[b] = p(·; a, b).
    let prev = Array.from({ length: n + 1 }, () => Float64Array.of(1));
    for (let a = 1; a <= m; a++) {
        const cur = [Float64Array.of(1)];
        for (let b = 1; b <= n; b++) {
            const left = prev[b];
            const right = cur[b - 1];
            const out = new Float64Array(a * b + 1);
            for (let k = 0; k <= a * b; k++) {
                const fromLeft = k - b >= 0 && k - b < left.length ? left[k - b] : 0;
                const fromRight = k < right.length ? right[k] : 0;
                out[k] = (a / (a + b)) * fromLeft + (b / (a + b)) * fromRight;
            }
            cur.push(out);
        }
        prev = cur;
    }
    const d = prev[n];
    let p = 0;
    for (let k = Math.ceil(u); k < d.length; k++)
        p += d[k];
    return Math.min(1, p);
}
/** Standard normal CDF (erfc by a Chebyshev fit, |error| < 1.2e-7). */
function normalCdf(z) {
    return 0.5 * erfc(-z / Math.SQRT2);
}
function erfc(x) {
    const t = 1 / (1 + 0.5 * Math.abs(x));
    const y = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? y : 2 - y;
}
/** Hodges-Lehmann estimate of the shift x − y: the median of all pairwise differences. */
function hodgesLehmann(x, y) {
    const diffs = [];
    for (const a of x)
        for (const b of y)
            diffs.push(a - b);
    diffs.sort((a, b) => a - b);
    const mid = diffs.length >> 1;
    return diffs.length % 2 ? diffs[mid] : (diffs[mid - 1] + diffs[mid]) / 2;
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/baseline.ts

/**
 * Compares canary samples with baseline samples as Kayenta's Mann-Whitney
 * classifier does, with one change that matters: the allowance is applied to
 * the baseline *before* the test (baseline × max-ratio + min-difference), so the
 * test asks directly "is the canary worse than what we allow?".
 *
 * Kayenta instead tests the raw shift against a fraction of its own
 * Hodges-Lehmann estimate and reports mean(canary)/mean(baseline): with a
 * baseline of all zeros and a canary that errors in under half of its samples
 * the estimate is 0, its bound is 0, and a canary far worse than its baseline
 * passes (and the ratio is Infinity). Here a zero baseline stays zero after
 * the ratio, so any canary confidently above zero (+ min-difference) is worse.
 */
function compareToBaseline(canary, baseline, rules) {
    const canarySamples = canary.length;
    const baselineSamples = baseline.length;
    const alpha = 1 - rules.confidence;
    if (canarySamples === 0 || baselineSamples === 0) {
        return { outcome: 'insufficient', pValue: 1, effect: { shift: 0, meanRatio: null, probabilityWorse: 0.5 }, canarySamples, baselineSamples, reason: `no ${canarySamples === 0 ? 'canary' : 'baseline'} samples to compare` };
    }
    // Orient so that "greater" always means "worse".
    const sign = rules.direction === 'increase' ? 1 : -1;
    const worseCanary = canary.map((v) => sign * v);
    const allowed = baseline.map((v) => (rules.direction === 'increase' ? v * rules.maxRatio + rules.minDifference : v / rules.maxRatio - rules.minDifference) * sign);
    const test = mannWhitneyGreater(worseCanary, allowed);
    const raw = mannWhitneyGreater(canary.map((v) => sign * v), baseline.map((v) => sign * v));
    const meanBase = mean(baseline);
    const effect = {
        shift: hodgesLehmann(canary, baseline),
        meanRatio: meanBase === 0 ? null : mean(canary) / meanBase,
        probabilityWorse: raw.u / (canarySamples * baselineSamples),
    };
    const common = { pValue: test.pValue, effect, canarySamples, baselineSamples };
    const allowance = `${rules.maxRatio}× baseline${rules.minDifference ? ` + ${rules.minDifference}` : ''}`;
    if (test.pValue <= alpha) {
        return { outcome: 'worse', ...common, reason: `canary is ${rules.direction === 'increase' ? 'above' : 'below'} ${allowance} with confidence ${formatConfidence(1 - test.pValue)} (p=${test.pValue.toPrecision(3)}, shift ${effect.shift.toPrecision(3)}, P(worse)=${effect.probabilityWorse.toFixed(2)})` };
    }
    // The smallest p these sizes can give (the canary entirely worse, no ties).
    if (bestPossiblePValue(canarySamples, baselineSamples) > alpha) {
        return { outcome: 'insufficient', ...common, reason: `${canarySamples} canary and ${baselineSamples} baseline samples cannot reach confidence ${rules.confidence}: soak longer or probe more often` };
    }
    return { outcome: 'ok', ...common, reason: `canary within ${allowance} (p=${test.pValue.toPrecision(3)}, shift ${effect.shift.toPrecision(3)})` };
}
/** 1 / C(m+n, m): the exact p-value when every canary sample is worse than every baseline sample. */
function bestPossiblePValue(m, n) {
    let p = 1;
    for (let i = 1; i <= m; i++)
        p *= i / (n + i);
    return p;
}
function mean(v) {
    return v.reduce((a, b) => a + b, 0) / v.length;
}
function formatConfidence(c) {
    return c >= 0.9999 ? '>0.9999' : c.toFixed(4);
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/gate-loop.ts






/** Default time the gate spends, after its first failure, finding the other failing targets. */
const BLAME_BUDGET_MS = 2000;
/**
 * Probes every target every interval for the soak, and decides. Fails fast:
 * the first sample that makes a check Failed (or Error) ends the gate and
 * aborts probes in flight; the failing round is then completed over every
 * check not yet measured in it, so every failing target is blamed, not only
 * the first. When the soak is over the baselines are judged and, if every
 * check has its passes, the gate is Successful; otherwise probing goes on
 * until the timeout, which ends in Inconclusive (or Error, when the probes
 * cut by it reach a consecutive-error-limit).
 *
 * The timeout is absolute: with a clock that has an alarm, no probe holds the
 * gate past its timeout + DEADLINE_GRACE_MS; a probe cut by it is an error
 * sample saying so.
 */
async function runGateLoop(o) {
    const { clock } = o;
    const need = Math.max(1, o.consecutiveSuccess ?? 1);
    const startedAt = clock.now();
    const soakEnd = startedAt + o.soakMs;
    const timeoutMs = Math.max(o.timeoutMs, 0);
    const deadline = startedAt + timeoutMs;
    const tallies = o.specs.map((s) => createTally(s.target, s.check, s.rules));
    const samples = [];
    const baselines = new Map();
    const watchdog = startWatchdog(clock, timeoutMs + DEADLINE_GRACE_MS);
    // Aborted by a verdict, a cancel or the deadline: probes in flight stop, no new ones start.
    const stop = new AbortController();
    // Every probe in flight listens on it (up to the gate's concurrency, 20 by default) and lets go when
    // it answers: not a leak, so no MaxListenersExceededWarning in the step's log.
    (0,external_node_events_.setMaxListeners)(0, stop.signal);
    const unlinks = [linkAbort(o.signal, stop), linkAbort(watchdog.signal, stop)];
    let final;
    const end = (verdict, reason) => {
        if (final)
            return;
        final = { verdict, reason };
        stop.abort();
    };
    const cutByDeadline = (at) => ({ status: 'error', message: `no answer before the gate's timeout of ${(0,src_duration/* formatDuration */.a3)(timeoutMs)}`, latencyMs: clock.now() - at });
    /** Probes `items` once; `keep` says whether an answer still counts when it arrives. */
    const probeRound = (items, round, signal, keep, measured) => forEachWithLimit(groupByTarget(items), o.concurrency, async (group) => {
        await Promise.all(group.map(async ({ spec, i }) => {
            const at = clock.now();
            let result;
            try {
                result = await raceAbort(o.probe(spec, signal), signal);
                // An error that arrives after the deadline is the abort it caused: say what happened.
                if (result.status === 'error' && watchdog.signal.aborted)
                    result = cutByDeadline(at);
            }
            catch (e) {
                if (watchdog.signal.aborted)
                    result = cutByDeadline(at);
                else if (signal.aborted)
                    return; // cancelled, or the gate had its verdict: not evidence
                else
                    result = { status: 'error', message: e instanceof Error ? e.message : String(e), latencyMs: clock.now() - at };
            }
            if (!keep())
                return;
            const sample = { ...result, target: spec.target, check: spec.check, round, at };
            samples.push(sample);
            measured?.add(i);
            const tally = recordSample(tallies[i], sample);
            tallies[i] = tally;
            o.onSample?.(sample, tally);
            if (tally.verdict === 'Failed' || tally.verdict === 'Error')
                end(tally.verdict, `${spec.target}/${spec.check}: ${tally.reason}`);
        }));
    }, signal);
    const all = o.specs.map((spec, i) => ({ spec, i }));
    let rounds = 0;
    try {
        for (;;) {
            const round = rounds++;
            const roundAt = clock.now();
            const measured = new Set();
            // Once decided, late answers (often aborts we caused) are not evidence.
            await probeRound(all, round, stop.signal, () => !final, measured);
            if (final && !o.signal?.aborted && !watchdog.signal.aborted) {
                await blameTheRest(all.filter(({ i }) => !measured.has(i) && tallies[i].verdict === 'Running'), round);
                break;
            }
            if (!final && o.signal?.aborted)
                end('Error', 'the gate was cancelled');
            if (final)
                break;
            const now = clock.now();
            if (now >= soakEnd && !watchdog.signal.aborted) {
                judgeBaselines(o.specs, tallies, samples, baselines);
                const failed = tallies.find((t) => t.verdict === 'Failed');
                if (failed)
                    end('Failed', `${failed.target}/${failed.check}: ${failed.reason}`);
                else if (tallies.every((t, i) => hasEnoughSuccesses(t, need) && baselines.get(i)?.outcome !== 'insufficient'))
                    end('Successful', `${tallies.length} checks passed after ${rounds} rounds`);
                if (final)
                    break;
            }
            const next = roundAt < soakEnd ? Math.min(roundAt + o.intervalMs, soakEnd) : roundAt + o.intervalMs;
            if (next > deadline || watchdog.signal.aborted) {
                const lacking = summarizeTallies(tallies, need, baselines).filter((c) => c.verdict === 'Inconclusive');
                end('Inconclusive', `timeout reached ${now < soakEnd ? 'before the soak ended' : 'without enough passes'}: ${lacking.map((c) => `${c.target}/${c.check} (${c.reason})`).join('; ') || 'soak not complete'}`);
                break;
            }
            await clock.sleep(Math.max(0, next - now), stop.signal);
        }
    }
    finally {
        watchdog.cancel();
        unlinks.forEach((unlink) => unlink());
    }
    const checks = summarizeTallies(tallies, need, baselines);
    const failedChecks = checks.filter((c) => c.verdict === 'Failed' || c.verdict === 'Error');
    return { ...blameAll(final, failedChecks), checks, failedChecks, startedAt, endedAt: clock.now(), rounds, samples };
    /**
     * Completes the failing round over the checks it did not measure (skipped
     * or aborted by the fail-fast), still bounded by the deadline and a cancel:
     * under `on-failure: continue`, a second failing target must not stay green.
     */
    async function blameTheRest(rest, round) {
        if (!rest.length)
            return;
        const blame = new AbortController();
        const budget = startWatchdog(clock, o.blameBudgetMs ?? BLAME_BUDGET_MS);
        const unlink = [linkAbort(o.signal, blame), linkAbort(watchdog.signal, blame), linkAbort(budget.signal, blame)];
        try {
            // An answer cut by the budget is no evidence either way: the check stays unjudged.
            await probeRound(rest, round, blame.signal, () => !budget.signal.aborted || watchdog.signal.aborted);
        }
        finally {
            budget.cancel();
            unlink.forEach((u) => u());
        }
    }
}
/**
 * The gate's verdict once every failing check is known: the worst of them
 * (Failed above Error, as in Argo Rollouts), the first failure's reason first
 * and the others named after it.
 */
function blameAll(first, failed) {
    if (first.verdict !== 'Failed' && first.verdict !== 'Error')
        return first;
    const verdict = failed.some((c) => c.verdict === 'Failed') ? 'Failed' : first.verdict;
    const lead = verdict === first.verdict ? first.reason : (() => {
        const worst = failed.find((c) => c.verdict === 'Failed');
        return `${worst.target}/${worst.check}: ${worst.reason}`;
    })();
    const others = failed.map((c) => `${c.target}/${c.check}`).filter((name) => !lead.startsWith(`${name}: `));
    return { verdict, reason: others.length ? `${lead}; also failing: ${others.join(', ')}` : lead };
}
/** Judges every check with a baseline on all its samples so far; a worse canary fails the check. */
function judgeBaselines(specs, tallies, samples, out) {
    tallies.forEach((t, i) => {
        const rules = specs[i].rules.baseline;
        if (!rules || t.verdict !== 'Running')
            return;
        const pairs = samples.filter((s) => s.target === t.target && s.check === t.check && s.status !== 'error' && s.value !== undefined && s.baseline !== undefined);
        const cmp = compareToBaseline(pairs.map((s) => s.value), pairs.map((s) => s.baseline), rules);
        const updated = cmp.outcome === 'worse' ? { ...t, verdict: 'Failed', reason: `baseline comparison: ${cmp.reason}` } : t;
        tallies[i] = updated;
        out.set(i, cmp);
    });
}
function groupByTarget(items) {
    const groups = new Map();
    for (const it of items)
        groups.set(it.spec.target, [...(groups.get(it.spec.target) ?? []), it]);
    return [...groups.values()];
}
/**
 * Runs `fn` over `items` with at most `limit` calls in flight, in order of
 * the items. Stops starting new items once `signal` aborts (a gate that has
 * its verdict does not probe more targets); items already started finish.
 */
async function forEachWithLimit(items, limit, fn, signal) {
    let next = 0;
    const worker = async () => {
        while (next < items.length && !signal?.aborted) {
            const i = next++;
            await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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
        return reason?.name === 'TimeoutError' ? `no answer within ${(0,src_duration/* formatDuration */.a3)(ctx.timeoutMs)}` : 'aborted: the gate had its verdict, was cancelled or reached its timeout';
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

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
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
    if (expect['max-latency'] !== undefined && latencyMs > (0,src_duration/* parseDuration */.E9)(expect['max-latency']))
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
var promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
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
        addresses = (await raceAbort((0,promises_.lookup)(check.host, { all: true, family }), ctx.signal)).map((a) => a.address);
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
    const timeoutMs = (0,src_duration/* parseDuration */.E9)(check.timeout);
    const start = performance.now();
    const probeCtl = new AbortController();
    const giveUp = new AbortController();
    let timedOut = false;
    let grace;
    const timer = setTimeout(() => {
        timedOut = true;
        probeCtl.abort(new DOMException(`no answer within ${(0,src_duration/* formatDuration */.a3)(timeoutMs)}`, 'TimeoutError'));
    }, timeoutMs);
    const onAbort = () => {
        grace = setTimeout(() => giveUp.abort(probeCtl.signal.reason), ABORT_GRACE_MS);
    };
    probeCtl.signal.addEventListener('abort', onAbort, { once: true });
    const unlink = linkAbort(env.signal, probeCtl);
    const ctx = { signal: probeCtl.signal, timeoutMs, target: env.target, prometheusUrl: env.prometheusUrl, cwd: env.cwd };
    try {
        const result = await raceAbort(dispatch(check, ctx), giveUp.signal);
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
    const within = (0,src_duration/* formatDuration */.a3)(timeoutMs);
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
    const progress = options.progress ? createGateProgress({ startedAt: clock.now(), timeoutMs: resolved.timeoutMs, now: () => clock.now(), print: options.progress }) : undefined;
    const result = await runGateLoop({
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../packages/core/src/history/history-event.ts
var history_event = __webpack_require__(6801);
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
    const append = (events) => (0,external_node_fs_.appendFileSync)(file, (0,history_event/* formatHistoryLines */.R4)(events));
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

// EXTERNAL MODULE: ../../packages/notify/src/events.ts
var src_events = __webpack_require__(1212);
// EXTERNAL MODULE: ../../packages/action-kit/src/markdown.ts
var markdown = __webpack_require__(4490);
;// CONCATENATED MODULE: ../../packages/pipeline/src/incident-report.ts


/** The report's file name: `incident-<version>.md`, the version made file-safe (a `/` or `+` becomes `_`). */
function incidentFileName(version) {
    return `incident-${version.replace(/[^A-Za-z0-9._-]/g, '_')}.md`;
}
/** The page of a run that lists its artifacts (the run's summary page, not one attempt's log). */
function artifactsUrlOf(runUrl) {
    if (!/^https?:\/\//.test(runUrl))
        return undefined;
    return `${runUrl.replace(/\/attempts\/\d+$/, '')}#artifacts`;
}
/** The links of a report: the run, its artifacts (the report and history), the commit, each environment's deployments. */
function incidentLinks(runUrl, context, environments) {
    const server = (context?.serverUrl || 'https://github.com').replace(/\/+$/, '');
    const repo = context?.repository ? `${server}/${context.repository}` : undefined;
    const artifacts = artifactsUrlOf(runUrl);
    return [
        ...(runUrl ? [{ text: 'Workflow run', url: runUrl }] : []),
        ...(artifacts ? [{ text: 'Run artifacts (history, status file, this report)', url: artifacts }] : []),
        ...(repo && context?.sha ? [{ text: `Commit ${context.sha.slice(0, 7)}`, url: `${repo}/commit/${context.sha}` }] : []),
        ...(repo ? [...new Set(environments)].map((e) => ({ text: `Deployments: ${e}`, url: `${repo}/deployments/${encodeURIComponent(e)}` })) : []),
    ];
}
/** Renders the report as Markdown. User text (reasons, versions) is escaped: it cannot add markup or break a table. */
function renderIncidentReport(i) {
    const back = i.targets.filter((t) => t.state === 'succeeded');
    const notBack = i.targets.filter((t) => t.state !== 'succeeded' && t.state !== 'skipped');
    const now = i.targets.map((t) => `${t.target} runs ${t.nowRuns ?? 'an unknown version'}`).join(', ');
    const lasted = Date.parse(i.endedAt) - Date.parse(i.startedAt);
    const lines = [
        `# Incident: ${incident_report_text(i.service)} ${incident_report_text(i.version)} — ${incident_report_text(i.result)}`,
        '',
        `**Cause:** ${incident_report_text(i.cause)}`,
        '',
        `**Production now:** ${incident_report_text(now || 'no target was rolled back')}.${notBack.length ? ` **Not rolled back:** ${incident_report_text(notBack.map((t) => `${t.target} (${t.reason})`).join('; '))}.` : ''}`,
        '',
        `**Rollback:** ${back.length} of ${i.targets.length} target${i.targets.length === 1 ? '' : 's'} back on a good version; started by ${incident_report_text(i.trigger)}.`,
        '',
        `**When:** ${i.startedAt} → ${i.endedAt}${Number.isFinite(lasted) && lasted >= 0 ? ` (${(0,src_duration/* formatDuration */.a3)(lasted)})` : ''}`,
        '',
        '## Targets',
        '',
        (0,markdown/* markdownTable */.Qj)(['target', 'environment', 'was running', 'now runs', 'rollback', 'why'], i.targets.map((t) => [
            t.target, t.environment, t.wasRunning ?? '?', t.nowRuns ?? '?', t.state === 'succeeded' ? 'rolled back' : t.state, t.reason,
        ])),
    ];
    if (i.stillUnhealthy?.length) {
        lines.push('', '## Still unhealthy after the rollback', '', ...i.stillUnhealthy.map((u) => `- ${incident_report_text(u.target)}: ${incident_report_text(u.cause)}`));
    }
    lines.push('', '## Timeline', '', (0,markdown/* markdownTable */.Qj)(['time', 'event', 'stage', 'targets', 'detail'], i.timeline.map((e) => [
        e.at, e.event, e.stage ?? '', (e.targets ?? []).join(', '), e.detail ?? '',
    ])));
    lines.push('', '## Links', '', ...(i.links.length ? i.links.map((l) => `- ${(0,markdown/* markdownLink */.iQ)(l.text, l.url).md}`) : ['- none: a local run has no workflow run or repository to link to']));
    return `${lines.join('\n')}\n`;
}
/** Text on one Markdown line: escaped like a table cell, so nothing in it becomes markup. */
function incident_report_text(s) {
    return (0,markdown/* escapeCell */.kq)(s).replace(/<br>/g, ' ').replace(/[*_`[\]#]/g, '\\$&');
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
    let rolledBack = false;
    // After a rollback, the P0 points at the incident report, uploaded with the run's history.
    const reportUrl = artifactsUrlOf(o.runUrl);
    const incidentLink = () => (rolledBack && reportUrl ? [{ text: 'Incident report (run artifacts)', url: reportUrl }] : []);
    const total = (0,plan_resolve/* allTargets */.eN)(o.plan).length;
    const base = (e, kind) => ({ kind, service: o.plan.service, version: e.version, stage: e.stage, runUrl: o.runUrl, ...(o.runId ? { rollout: o.runId } : {}), ...(o.context ? { context: o.context } : {}) });
    const describe = (targets) => {
        const states = o.states();
        const lines = [...new Set(targets)].map((t) => states.get(t) ?? { target: t, environment: '', note: 'not touched by this run' });
        const links = lines.map((l) => (l.environment ? (0,src_events/* deploymentsLink */.HG)(o.context, l.environment) : undefined)).filter((l) => l !== undefined);
        return { states: lines.map(({ target, runs, note }) => ({ target, ...(runs ? { runs } : {}), note })), others: { count: Math.max(0, total - lines.length), label: 'healthy' }, links };
    };
    const makeAlert = (events) => {
        const by = (kind) => events.find((e) => e.kind === kind);
        const stageFailed = by('stage-failed');
        const waiting = by('manual-approval-waiting');
        const rolling = by('rollback-started');
        const first = events[0];
        const kind = (waiting ? 'manual-approval-waiting' : stageFailed ? 'stage-failed' : first.kind);
        const priority = stageFailed?.priority ?? waiting?.priority ?? (0,src_events/* priorityOf */.a2)(kind);
        const checks = by('gate-failed')?.reason;
        const stated = stageFailed?.reason ?? first.reason;
        // The stage's reason already leads with the gate's cause; repeat the checks only when they add to it.
        cause = [stated, checks && !(stated ?? '').includes(checks) ? checks : undefined].filter(Boolean).join(': ') || `${first.kind.replace(/-/g, ' ')}`;
        const affected = events.flatMap((e) => (e.kind === 'manual-approval-waiting' ? [] : (e.targets ?? [])));
        const targets = rolling?.targets ?? [];
        if (rolling || by('rollback-failed'))
            rolledBack = true;
        const next = rolling
            ? `Rolling back ${targets.join(', ')} now; the closing message confirms what runs then. Fix the cause before deploying again.`
            : waiting
                ? `A person decides: resume by re-running the workflow with start-at set to the next stage after ${first.stage ?? 'this one'}, or run the rollback action for ${[...new Set(affected)].join(', ')}.`
                : priority !== 'P0'
                    ? `The rollout goes on. Afterwards fix ${[...new Set(affected)].join(', ')} and re-run with only: ${first.stage ?? 'this stage'}.`
                    : `Fix the cause, then re-run the workflow with version ${first.version}.`;
        const described = describe(affected.length ? affected : (first.targets ?? []));
        return { ...base(waiting ?? stageFailed ?? first, kind), priority, outcome: waiting || priority !== 'P0' ? 'needs-person' : 'failed', reason: cause, ...described, links: [...incidentLink(), ...(described.links ?? [])], nextStep: next };
    };
    const makeClosing = (e) => {
        if (e.kind === 'pipeline-succeeded') {
            return { ...base(e, 'pipeline-succeeded'), headline: 'succeeded, all clear', priority: 'P2', outcome: 'succeeded', reason: `${e.version} is live on all ${total} targets`, closing: true };
        }
        const result = e.result ?? 'failed';
        const touched = [...o.states().keys()];
        // A stop before a stage leads with its own cause (who froze, which window), not an earlier stage's alert.
        const why = (result === 'frozen' || result === 'held' ? e.reason : undefined) || [cause, ...problems].filter(Boolean).join('; ') || e.reason || result;
        const shape = {
            'rolled-back': { priority: 'P1', outcome: 'rolled-back', nextStep: `Production is back on its last good versions; fix the cause, then deploy a new version.` },
            'partially-failed': { priority: 'P1', outcome: 'needs-person', nextStep: 'Fix the failed targets and re-run the workflow with only: their stages.' },
            cancelled: { priority: 'P1', outcome: 'failed', nextStep: `Re-run the workflow to finish the rollout of ${e.version}; the cancelled deployments are marked error.` },
            failed: { priority: 'P0', outcome: 'failed', nextStep: `Roll back by hand: run the rollback action with targets: ${touched.join(', ') || 'the affected targets'}.` },
            // A freeze is a hard stop (P0) but not a failure: nothing is rolled back; rollbacks still run if someone wants one.
            frozen: { priority: 'P0', outcome: 'needs-person', nextStep: `Nothing was rolled back. When the freeze is lifted (stagegate thaw, or the freeze action with mode: thaw), re-run with start-at set to the stage it stopped before; rollbacks still run during a freeze.` },
            held: { priority: 'P1', outcome: 'needs-person', nextStep: `Nothing was rolled back. Re-run with start-at set to the stage it stopped before once the deploy window opens.` },
        };
        const headline = result === 'rolled-back' ? 'rolled back, all clear' : result === 'partially-failed' ? 'partially failed' : result === 'frozen' ? 'hard stop: frozen' : result;
        const described = describe(touched);
        return { ...base(e, 'pipeline-failed'), headline, ...(shape[result] ?? shape.failed), reason: why, ...described, links: [...incidentLink(), ...(described.links ?? [])], closing: true };
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
            if (e.kind === 'rollback-started' || e.kind === 'rollback-failed')
                rolledBack = true;
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
        const event = (0,src_events/* createEvent */.lh)(input, new Date(at));
        const task = notifier.notify(event).then((report) => void deliveries.push(report), (err) => o.log.warning(`notify ${input.kind}: ${err.message}`)).finally(() => inFlight.delete(task));
        inFlight.add(task);
    };
    // The alert of a failure is merged from the events emitted with it and handed back a microtask later.
    const conversation = createRolloutConversation({ plan: o.plan, runUrl: o.run.url, runId: o.run.id, context: o.context, states: o.states ?? (() => new Map()) }, (input) => dispatch(input, new Date().toISOString()));
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
        idle: (target, runs, note) => set(target, undefined, runs, note),
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
        const stage = (0,plan_resolve/* stageOfTarget */.rp)(plan, t.target);
        if (!stage || !t.toVersion || !(0,plan_resolve/* gateChecks */.He)(plan, stage).length)
            continue;
        const key = `${stage.name}\n${t.toVersion}`;
        const g = groups.get(key) ?? { stage: stage.name, version: t.toVersion, targets: [] };
        g.targets.push(t.target);
        groups.set(key, g);
    }
    const found = await Promise.all([...groups.values()].map(async (g) => {
        o.log(`rollback check: gate of ${g.stage} on ${g.targets.join(', ')} (now ${g.version})`);
        try {
            // A blue-green target is checked on the colour its traffic went back to.
            const colors = Object.fromEntries(back.map((t) => [t.target, t.color]));
            const run = await runGate({ plan, stage: (0,plan_resolve/* findStage */.U9)(plan, g.stage).name, version: g.version, targets: g.targets, colors, signal: o.signal, cwd: o.cwd });
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
        const routes = (0,src_routes/* routesFromPlan */.Uf)(notify, env);
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
const toPipelineTarget = (t) => ({
    target: t.target, environment: t.environment, state: t.state, fromVersion: t.fromVersion, toVersion: t.toVersion, reason: t.reason, deploymentId: t.deploymentId,
    ...(t.color ? { color: t.color, fromColor: t.fromColor } : {}),
});
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
        create: (signal) => (0,notifier/* createNotifier */.T)({ routes: o.routes, auditFile: o.auditFile, log: (l) => o.log.info(l), signal, digestFile: (time) => (0,audit/* digestFileFor */.Cf)(o.auditFile, time) }),
    });
    const records = (0,record_keeper/* createRecordKeeper */.gQ)({ warn: (l) => o.log.warning(l) });
    // This run's deployment per target, while its GitHub status is still success (a failed
    // deploy already says so): the ones a gate failure or a rollback must mark failed.
    const liveDeployments = new Map();
    // What each target ran before this run's deploy: a rollback goes back to it with no lookup.
    const known = new Map();
    let blame;
    // Blue-green: each target's deploy to its idle colour, which the switch completes.
    const idle = new Map();
    const markFailed = (targets, description) => {
        for (const target of targets) {
            const live = liveDeployments.get(target);
            if (!live)
                continue;
            liveDeployments.delete(target);
            void records.write({ target, environment: (0,plan_resolve/* environmentFor */.DD)(o.plan, target), deploymentId: live.id, what: `status failure on deployment ${live.id} (${live.version}): ${description(target)}` }, () => o.store.setStatus(live.id, 'failure', { description: description(target), logUrl: o.run.url, autoInactive: false }));
        }
    };
    const recordVerdict = () => {
        if (blame && !o.dryRun)
            markFailed(blame.targets, blame.describe);
        blame = undefined;
    };
    // One shared read of previous versions for the whole run: later stages reuse its pages.
    const previousVersions = (0,previous_versions/* createPreviousVersionReader */.h)(o.store, { service: o.plan.service, fleetSize: (0,plan_resolve/* allTargets */.eN)(o.plan).length });
    const common = { plan: o.plan, store: o.store, run: o.run, log: o.log, signal: o.signal, dryRun: o.dryRun, env: o.env };
    const now = () => new Date().toISOString();
    return {
        deliveries: notifications.deliveries,
        now: () => Date.now(),
        dryRun: o.dryRun,
        log: (line) => o.log.info(line),
        cancelled: () => o.signal?.aborted ?? false,
        readFreeze: (environment) => readFreeze(o.store, environment),
        sleep: (ms) => (0,send/* sleepUnlessAborted */.bp)(ms, o.signal),
        async deployStage(stage, version, budget) {
            const r = await withStageSignal(o.signal, budget, (signal) => (0,deploy_stage/* deployStage */.e)({ ...common, signal, stage: stage.name, version, before: known, previousVersions }));
            for (const t of r.targets) {
                if (t.deploymentId === undefined)
                    continue;
                if (t.state === 'succeeded')
                    liveDeployments.set(t.target, { id: t.deploymentId, version });
                const ours = known.get(t.target);
                // A later weighted stage of this run: the target still goes back to what it ran before the run.
                if (ours?.current === version)
                    known.set(t.target, { ...ours, currentDeploymentId: t.deploymentId });
                // Redeploying the version already there teaches nothing: leave that target to a lookup.
                else if (t.fromVersion !== version)
                    known.set(t.target, { version: t.fromVersion, sha: t.previousGood?.sha, current: version, currentDeploymentId: t.deploymentId, color: t.fromColor, currentColor: t.color });
                if (t.color)
                    idle.set(t.target, t);
            }
            history.recordTargets('deploy-finished', stage.name, r.targets, now());
            tracker.deployed(r.targets, version);
            for (const t of r.targets)
                if (t.color && t.state === 'succeeded')
                    tracker.idle(t.target, t.fromVersion, `${version} on ${t.color}, idle: no traffic until the switch`);
            return { outcome: r.result, targets: r.targets.map(toPipelineTarget) };
        },
        async gateStage(stage, version, targets, budget) {
            if (o.dryRun) {
                const resolved = resolveGate({ plan: o.plan, stage: stage.name, version, targets, colors: Object.fromEntries(targets.map((t) => [t, idle.get(t)?.color])) });
                for (const spec of resolved.specs)
                    o.log.info(`[dry-run] gate ${stage.name}: would probe ${spec.target} with ${JSON.stringify(spec.detail)}`);
                o.log.info(`[dry-run] gate ${stage.name}: soak ${resolved.soakMs} ms, every ${resolved.intervalMs} ms, timeout ${resolved.timeoutMs} ms`);
                return { verdict: 'Successful', failedTargets: [], failedChecks: [] };
            }
            if (!(0,plan_resolve/* gateChecks */.He)(o.plan, stage).length)
                return { verdict: 'Successful', failedTargets: [], failedChecks: [] };
            const colors = Object.fromEntries(targets.map((t) => [t, idle.get(t)?.color]));
            const g = await withStageSignal(o.signal, budget, (signal) => runGate({ plan: o.plan, stage: stage.name, version, targets, colors, signal, cwd: o.run.workspace, progress: (line) => o.log.info(`gate ${stage.name}: ${line}`) }));
            const failedTargets = [...new Set(g.failedChecks.map((c) => c.target))];
            const failedChecks = g.failedChecks.map(describeCheckCause);
            tracker.unhealthy(g.failedChecks, version);
            for (const t of failedTargets.flatMap((f) => idle.get(f) ?? []))
                tracker.idle(t.target, t.fromVersion, `${version} on ${t.color ?? '?'} failed its gate and never received traffic`);
            if (g.verdict === 'Failed' || g.verdict === 'Error') {
                // The deploy said success; the gate says otherwise. Its word goes on the targets it blamed
                // (all of them when it could not tell), written by recordVerdict once any rollback has started.
                // Inconclusive blames no one: a person decides.
                blame = {
                    targets: failedTargets.length ? failedTargets : targets,
                    // A gate stopped by the stage's budget says so on the deployments, not "cancelled".
                    describe: (target) => `health gate ${g.verdict}: ${g.failedChecks.filter((c) => c.target === target).map(describeCheckCause).join('; ') || (budget?.aborted ? String(budget.reason.message) : g.reason)}`,
                };
            }
            return { verdict: g.verdict, failedTargets, failedChecks: failedChecks.length ? failedChecks : g.verdict === 'Successful' ? [] : [g.reason] };
        },
        async switchStage(stage, version, targets) {
            const deployed = targets.map((t) => idle.get(t.target)).filter((t) => t !== undefined);
            const switched = await (0,switch_traffic/* switchTraffic */.g)({ ...common, stage: stage.name, version, deployed });
            tracker.deployed(switched, version);
            const failed = switched.filter((t) => t.state !== 'succeeded');
            // A failed switch leaves traffic uncertain: its deployment is marked failed once any rollback has started.
            if (failed.length)
                blame = { targets: failed.map((t) => t.target), describe: (target) => failed.find((t) => t.target === target)?.reason ?? 'switch failed' };
            return switched.map(toPipelineTarget);
        },
        recordVerdict,
        async rollback(items, reason, failedVersion) {
            const targets = items.map((i) => i.target);
            // Recovery is what matters now: every target at once (bounded), from what this run knows.
            const from = new Map(items.map((i) => [i.target, { stage: i.stage, weight: (0,plan_weights/* rollbackWeight */.d)(o.plan, i.stage, i.target) }]));
            const unrecorded = (target) => markFailed([target], () => `rolled back: ${reason}`);
            const running = (0,rollback_targets/* rollbackTargets */.H)({ ...common, records, onRollbackUnrecorded: o.dryRun ? undefined : unrecorded, known, targets, reason, exclude: [failedVersion], parallel: Math.min(16, Math.max(1, targets.length)), lookupTimeoutMs: o.lookupTimeoutMs, from });
            tracker.rollingBack(targets, (t) => ({ environment: (0,plan_resolve/* environmentFor */.DD)(o.plan, t), from: known.get(t)?.current ?? failedVersion, to: known.get(t)?.version }));
            // The commands have started. Now the record: the gate's blame (it carries the cause). The other
            // targets' deployments of the failed version get no failure status of their own: each rollback
            // deployment names what it replaces, which makes that version bad there by the one rule (when
            // GitHub refuses that deployment, onRollbackUnrecorded marks the failed one instead), and a
            // write per target saved is what keeps a large fleet's rollback within its request budget.
            recordVerdict();
            const r = await running;
            // A rollback that did not succeed says nothing against the failed version either: mark it.
            if (!o.dryRun)
                markFailed(r.targets.filter((t) => t.state !== 'succeeded' && t.state !== 'skipped').map((t) => t.target), () => `rolled back: ${reason}`);
            history.recordTargets('rollback-finished', items[0]?.stage, r.targets, now());
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
/** Runs a stage's work on a signal that the run's cancel and the stage's budget both abort (listeners, never AbortSignal.any). */
async function withStageSignal(run, budget, work) {
    if (!budget)
        return work(run);
    const both = new AbortController();
    const unlink = [linkAbort(run, both), linkAbort(budget, both)];
    try {
        return await work(both.signal);
    }
    finally {
        for (const u of unlink)
            u();
    }
}

// EXTERNAL MODULE: ../../packages/github/src/target-history.ts
var target_history = __webpack_require__(3887);
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
    const digest = (0,plan_resolve/* planDigest */.Gb)(o.plan);
    const say = (line) => o.print(line);
    // Blue-green: the idle colour each target's deploy would go to ({color} of its deploy, gate and switch).
    const colors = new Map();
    return {
        now: () => Date.now(),
        dryRun: true,
        log: () => { },
        async deployStage(stage, version) {
            const environments = stage.targets.map((t) => (0,plan_resolve/* environmentFor */.DD)(o.plan, t, stage));
            const good = await (0,target_history/* findLastKnownGoodMany */.l)(o.store, environments, { service: o.plan.service });
            say(`stage ${stage.name} (${stage.targets.length} target${stage.targets.length === 1 ? '' : 's'}, ${stage.parallel} at a time, on failure: ${stage['on-failure']})`);
            const targets = stage.targets.map((target, i) => {
                const environment = environments[i];
                const previous = good.get(environment)?.version;
                const fromColor = (0,blue_green/* isBlueGreen */.KS)(stage) ? (0,blue_green/* readColor */.qS)(good.get(environment)?.deployment.payload?.color) : undefined;
                const color = (0,blue_green/* isBlueGreen */.KS)(stage) ? (0,blue_green/* chooseIdleColor */.jz)(fromColor) : undefined;
                if (color)
                    colors.set(target, { color, fromColor });
                const basics = { target, environment, stage: stage.name, ref: o.run.ref, previousGood: undefined, prefixLines: false, planDigest: digest, color };
                const job = (0,target_jobs/* prepareJob */.LS)({ ...basics, kind: 'deploy', version, fromVersion: previous, weight: stage.weight }, o.plan.deploy, 'deploy', o.plan.service);
                say(`  ${target} (${environment}): ${previous ?? 'no previous version (first deploy)'} → ${version}${stage.weight !== undefined ? ` at weight ${stage.weight}` : ''}`);
                say(`    would record a deployment ${o.recordsTo} (environment ${environment}, ref ${o.run.ref}), then success or failure`);
                say(`    would run ${describeCommand(job, o.run.workspace)}`);
                if (color)
                    say(`    blue-green: deploys to ${color} (idle${fromColor ? `; ${fromColor} serves traffic` : ', first deploy'}), gates it, then switches; if it fails its gate, no switch: traffic never reaches it`);
                else if (previous === undefined)
                    say('    if it fails: nothing to roll back to on this target');
                else {
                    const back = (0,target_jobs/* prepareJob */.LS)({ ...basics, kind: 'rollback', version: previous, fromVersion: version, weight: (0,plan_weights/* rollbackWeight */.d)(o.plan, stage.name, target) }, o.plan.rollback ?? o.plan.deploy, o.plan.rollback ? 'rollback' : 'deploy', o.plan.service);
                    say(`    if it fails: would roll back to ${previous} with ${describeCommand(back, o.run.workspace)}`);
                }
                return { target, environment, state: 'planned', fromVersion: previous, toVersion: version, reason: `dry run: would deploy ${version}`, ...(color ? { color, fromColor } : {}) };
            });
            return { outcome: 'succeeded', targets };
        },
        async gateStage(stage, version, targets) {
            if (!(0,plan_resolve/* gateChecks */.He)(o.plan, stage).length) {
                say(`  gate ${stage.name}: no checks`);
            }
            else {
                const gate = resolveGate({ plan: o.plan, stage: stage.name, version, targets, colors: Object.fromEntries(targets.map((t) => [t, colors.get(t)?.color])) });
                say(`  gate ${stage.name}: not run in a dry run; would probe for ${gate.soakMs / 1000} s, every ${gate.intervalMs / 1000} s, verdict within ${gate.timeoutMs / 1000} s:`);
                for (const spec of gate.specs)
                    say(`    ${spec.target} ${spec.check}: ${JSON.stringify(spec.detail)}`);
            }
            // Not a verdict: the orchestrator needs one to plan the next stage as if this one held.
            return { verdict: 'Successful', failedTargets: [], failedChecks: [] };
        },
        async switchStage(stage, version, targets) {
            return targets.map((t) => {
                const job = (0,target_jobs/* prepareJob */.LS)({ kind: 'switch', target: t.target, environment: t.environment, stage: stage.name, version, fromVersion: t.fromVersion, ref: o.run.ref, previousGood: undefined, prefixLines: false, planDigest: digest, color: (0,blue_green/* readColor */.qS)(t.color) }, stage.switch ?? o.plan.deploy, 'switch', o.plan.service);
                say(`  switch ${t.target} → ${t.color ?? '?'}: would run ${describeCommand(job, o.run.workspace)}`);
                return { ...t, state: 'planned', reason: `dry run: would switch traffic to ${t.color ?? '?'}` };
            });
        },
        async rollback(items) {
            return { ok: true, targets: items.map((i) => ({ target: i.target, environment: (0,plan_resolve/* environmentFor */.DD)(o.plan, i.target), state: 'planned', reason: 'dry run' })) };
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


const RESULT_ICON = { succeeded: '✅', 'rolled-back': '↩️', 'partially-failed': '⚠️', paused: '⏸️', failed: '❌', cancelled: '⏹️', frozen: '🧊', held: '⏳' };
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
    parts.push((0,markdown/* markdownTable */.Qj)(['target', 'stage', 'live now', 'previous good', 'this run', 'why'], report.targetsNow.map((t) => [t.target, t.stage, t.live ?? (t.action === 'untouched' ? '(unchanged)' : 'unknown'), t.previous ?? '–', t.action, t.reason ?? ''])));
    parts.push('', '#### Stages', '');
    const ran = new Map(report.stages.map((s) => [s.stage, s]));
    parts.push((0,markdown/* markdownTable */.Qj)(['stage', 'targets', 'deploy', 'gate', 'decision', 'duration', 'why'], report.plannedStages.map((p) => {
        const s = ran.get(p.name);
        if (!s)
            return [p.name, p.targets.join(', '), 'not started', '–', '–', '–', ''];
        return [s.stage, p.targets.join(', '), s.deploy, s.gate, s.decision, (0,src_duration/* formatDuration */.a3)(s.durationMs), s.reason ?? ''];
    })));
    if (report.rollback) {
        const deployed = new Map(report.stages.flatMap((s) => s.targets).map((t) => [t.target, t]));
        parts.push('', `#### Rollback (${report.rollback.ok ? 'done' : 'incomplete'})`, '', `Why: ${escapeLine(report.rollback.reason)}`, '');
        parts.push((0,markdown/* markdownTable */.Qj)(['target', 'environment', 'was running', 'now', 'result', 'why'], report.rollback.targets.map((t) => {
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
        parts.push((0,markdown/* markdownTable */.Qj)(['target', 'environment', 'record', 'cause'], report.unrecorded.map((u) => [u.target, u.environment, u.what, u.cause])));
    }
    if (report.undelivered.length)
        parts.push('', `#### Urgent notifications that reached no channel (${report.undelivered.length})`, '', ...report.undelivered.map((u) => `- ${escapeLine(u)}`));
    parts.push('', '#### Timeline', '');
    parts.push((0,markdown/* markdownTable */.Qj)(['time', 'event', 'stage', 'targets', 'detail'], timelineOf(report).map((e) => [e.at.slice(11, 23), e.kind, e.stage ?? '', (e.targets ?? []).join(', '), e.reason ?? e.verdict ?? ''])));
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

;// CONCATENATED MODULE: ../../packages/core/src/history/rollout-runs.ts
/** A run whose last line is older than this is abandoned (killed without its last line): a job cannot run longer than 6 h. */
const ABANDONED_AFTER_MS = 6 * 3_600_000;
/** The targets named in a pipeline line's detail (`rollback-started: targets lhr, nrt: why`). */
function targetsOfDetail(detail) {
    const m = /^[a-z-]+: targets ([A-Za-z0-9._-]+(?:, [A-Za-z0-9._-]+)*)(?::|$)/.exec(detail ?? '');
    return m ? m[1].split(', ') : [];
}
/** The pipeline event a line was written for (the first word of its detail). */
function eventOf(e) {
    return /^([a-z-]+)(?::|$)/.exec(e.detail ?? '')?.[1] ?? '';
}
/** Reads one run's lines (oldest first) into a rollout, or undefined when the pipeline did not write them. */
function readRolloutRun(lines) {
    const start = lines.find((e) => e.kind === 'deploy-started' && e.target === undefined);
    if (!start?.version)
        return undefined;
    const run = { run: start.run, version: start.version, startedAt: start.time, lastAt: start.time, state: 'deploying', stageTargets: [], rollingBack: [] };
    for (const e of lines) {
        if (Date.parse(e.time) > Date.parse(run.lastAt))
            run.lastAt = e.time;
        const event = eventOf(e);
        if (e.kind === 'stage-started' && e.target === undefined) {
            run.stage = e.stage;
            run.stageTargets = targetsOfDetail(e.detail);
            run.state = 'deploying';
        }
        else if (e.kind === 'deploy-finished' && e.target !== undefined && e.stage === run.stage && run.state === 'deploying') {
            run.state = 'gating';
        }
        else if (event === 'rollback-started') {
            run.state = 'rolling-back';
            run.rollingBack = targetsOfDetail(e.detail);
        }
        else if (event === 'rollback-succeeded' || event === 'rollback-failed') {
            run.rollingBack = [];
        }
        else if (event === 'manual-approval-waiting') {
            run.stage = e.stage ?? run.stage;
            run.state = 'paused';
        }
        else if (event === 'pipeline-succeeded' || event === 'pipeline-failed') {
            run.result = e.verdict ?? (event === 'pipeline-succeeded' ? 'succeeded' : 'failed');
        }
    }
    if (run.result === 'paused')
        run.state = 'paused';
    return run;
}
/**
 * The open rollout (the newest run, when it has not ended or ended paused,
 * and is not abandoned) and the newest rollout that ended otherwise.
 */
function findOpenRollout(events, now) {
    const byRun = new Map();
    const ordered = [...events].sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
    for (const e of ordered) {
        const key = `${e.run.id}#${e.run.attempt}`;
        const list = byRun.get(key) ?? [];
        list.push(e);
        byRun.set(key, list);
    }
    const runs = [...byRun.values()].map(readRolloutRun).filter((r) => r !== undefined)
        .sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
    const newest = runs[0];
    const isOpen = (r) => !!r && (r.result === 'paused' || (r.result === undefined && now.getTime() - Date.parse(r.lastAt) < ABANDONED_AFTER_MS));
    const open = isOpen(newest) ? newest : undefined;
    const last = runs.find((r) => r !== open && r.result !== undefined && r.result !== 'paused');
    return { ...(open ? { open } : {}), ...(last ? { last } : {}) };
}

;// CONCATENATED MODULE: ../../packages/core/src/history/deploy-status.ts

/**
 * `deploy-status.json`: what runs where and what the rollout is doing, in one
 * file a dashboard, a script or another workflow can read without the API.
 * Built from the per-target status (the Deployments API, see
 * computeTargetStatus) and the run history (events); pure. The fields are
 * documented for users in docs/status-file.md.
 */
/** What a target (or the whole service) is doing. */
const DEPLOY_STATES = (/* unused pure expression or super */ null && (['idle', 'deploying', 'gating', 'paused', 'rolling-back', 'frozen']));
/**
 * Builds the status file. A target's state: rolling-back while a rollback of
 * the open rollout covers it (rollbacks run during a freeze too), else frozen
 * when deployments are frozen, else the open rollout's phase for the targets
 * of its stage (paused: the targets it left on its version), else deploying
 * when a deployment of it is still running, else idle.
 */
function buildDeployStatus(input) {
    const { open, last } = findOpenRollout(input.events ?? [], input.now);
    const stageTargets = (name) => input.stages?.find((s) => s.name === name)?.targets ?? [];
    const targetState = (s) => {
        if (open?.state === 'rolling-back' && open.rollingBack.includes(s.target))
            return 'rolling-back';
        if (input.frozen)
            return 'frozen';
        if (open?.state === 'paused' && s.version === open.version)
            return 'paused';
        if (open && (open.state === 'deploying' || open.state === 'gating') && (stageTargets(open.stage).includes(s.target) || open.stageTargets.includes(s.target)))
            return open.state;
        return s.inProgress ? 'deploying' : 'idle';
    };
    const targets = input.statuses.map((s) => ({
        target: s.target, environment: s.environment,
        ...(s.version !== undefined ? { version: s.version } : {}),
        ...(s.since !== undefined ? { since: s.since } : {}),
        ...(s.previous !== undefined ? { previous: s.previous } : {}),
        state: targetState(s),
        ...(s.rollingOut !== undefined ? { rollingOut: s.rollingOut } : {}),
        failing: s.failing,
        ...(s.color ? { color: s.color } : {}),
    }));
    const state = open?.state === 'rolling-back' ? 'rolling-back' : input.frozen ? 'frozen' : (open?.state ?? (targets.some((t) => t.state === 'deploying') ? 'deploying' : 'idle'));
    return {
        format: 1,
        generatedAt: input.now.toISOString(),
        ...(input.service ? { service: input.service } : {}),
        ...(input.repository ? { repository: input.repository } : {}),
        state,
        ...(input.frozen ? { frozen: input.frozen } : {}),
        ...(open ? { rollout: describeRollout(open, input.stages) } : {}),
        ...(last ? { lastRollout: { version: last.version, result: last.result ?? 'unknown', run: last.run, finishedAt: last.lastAt } } : {}),
        targets,
    };
}
function describeRollout(open, stages) {
    const at = stages?.findIndex((s) => s.name === open.stage) ?? -1;
    const next = at >= 0 ? stages?.[at + 1]?.name : undefined;
    return {
        version: open.version,
        ...(open.stage ? { stage: open.stage } : {}),
        // A rollout rolling back goes nowhere next.
        ...(next && open.state !== 'rolling-back' ? { nextStage: next } : {}),
        state: open.state,
        run: open.run,
        startedAt: open.startedAt,
    };
}

// EXTERNAL MODULE: ../../packages/core/src/history/bad-rule.ts
var bad_rule = __webpack_require__(806);
;// CONCATENATED MODULE: ../../packages/core/src/history/deployment-facts.ts

/** States that mean the deployment worked (inactive: GitHub retires only successful deployments). */
const GOOD_STATES = new Set(['success', 'inactive']);
/** States of a deployment still going on. */
const RUNNING_STATES = new Set(['queued', 'pending', 'in_progress']);
/** Newest first by creation time, then id (ids only grow). */
function deployment_facts_sortNewestFirst(facts) {
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
    const list = deployment_facts_sortNewestFirst(facts);
    const newest = list[0];
    const bad = (0,bad_rule/* collectBadVersions */.hk)(list);
    const isGood = (f) => !(0,bad_rule/* hasFailedStatus */.kP)(f) && (f.kind === 'rollback' || !(0,bad_rule/* isVersionBad */.UO)(bad, f.target, f.version));
    const live = list.find((f) => f.state === 'success' && isGood(f)) ?? list.find((f) => f.state === 'inactive' && isGood(f));
    const previous = live ? list.find((f) => f.id !== live.id && Date.parse(f.createdAt) <= Date.parse(live.createdAt) && GOOD_STATES.has(f.state ?? '') && f.version !== live.version && !(0,bad_rule/* isVersionBad */.UO)(bad, f.target, f.version) && !(0,bad_rule/* hasFailedStatus */.kP)(f)) : undefined;
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
        failing: !!newest && (0,bad_rule/* hasFailedStatus */.kP)(newest),
        ...(live ? { actor: live.actor, sha: live.sha, ref: live.ref, environmentUrl: live.environmentUrl } : {}),
        ...(live?.color ? { color: live.color } : {}),
    };
}
/** Whether the statuses read so far settle a target's status (live and previous found, or nothing left). */
function isStatusSettled(facts) {
    const s = computeTargetStatus('', '', facts);
    return s.version !== undefined && s.previous !== undefined;
}

// EXTERNAL MODULE: ../../packages/github/src/deployment-facts-reader.ts
var deployment_facts_reader = __webpack_require__(2744);
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
            const f = (0,deployment_facts_reader/* toDeploymentFact */.tA)(d);
            if (!f || f.target !== target)
                continue;
            facts.push(f);
            const read = await (0,deployment_facts_reader/* readAllStates */.c8)(store, [f]);
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

;// CONCATENATED MODULE: ../../packages/pipeline/src/run-reports.ts







/** The status file's name, beside the history. */
const STATUS_FILE = 'deploy-status.json';
/** The incident report of a run that rolled back, or undefined when nothing was rolled back. */
function incidentFromPipeline(service, report, o) {
    const rollback = report.rollback;
    if (!rollback)
        return undefined;
    const deployed = new Map(report.stages.flatMap((s) => s.targets).map((t) => [t.target, t]));
    const failed = report.stages.find((s) => s.decision === 'rollback');
    return {
        service, version: report.version, result: report.result,
        cause: report.cause ?? rollback.reason,
        trigger: failed ? `the pipeline: stage ${failed.stage} failed and its on-failure policy rolled back` : 'the pipeline',
        startedAt: report.events[0]?.at ?? new Date().toISOString(),
        endedAt: report.events.at(-1)?.at ?? new Date().toISOString(),
        targets: rollback.targets.map((t) => {
            // A target whose deploy command failed may never have run the new version: say so, never claim it.
            const d = deployed.get(t.target);
            const was = d && d.state !== 'succeeded' ? `${d.fromVersion ?? '?'} (${report.version} ${d.state}: may not have reached it)` : t.fromVersion;
            return { target: t.target, environment: t.environment, wasRunning: was, nowRuns: t.state === 'succeeded' || t.state === 'skipped' ? t.toVersion : t.fromVersion, state: t.state, reason: t.reason };
        }),
        stillUnhealthy: rollback.stillUnhealthy,
        timeline: timelineOf(report).map((e) => ({ at: e.at, event: e.kind, stage: e.stage, targets: e.targets, detail: e.reason ?? e.verdict })),
        links: incidentLinks(o.runUrl, o.context, rollback.targets.map((t) => t.environment)),
    };
}
/**
 * Writes `deploy-status.json` and, after a rollback, `incident-<version>.md`
 * beside the history, where record-history picks them up. The status comes
 * from the Deployments API, bounded; when that read fails, from what the run
 * itself saw (no `since` then), with a warning.
 */
async function writeRunReports(o) {
    const dir = (0,external_node_path_.dirname)(o.historyFile);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const incident = incidentFromPipeline(o.plan.service, o.report, o);
    let incidentFile;
    if (incident) {
        incidentFile = (0,external_node_path_.join)(dir, incidentFileName(o.report.version));
        (0,external_node_fs_.writeFileSync)(incidentFile, renderIncidentReport(incident));
    }
    const targets = o.plan.stages.flatMap((s) => s.targets.map((target) => ({ target, environment: (0,plan_resolve/* environmentFor */.DD)(o.plan, target) })));
    // Both reads start at once under one bound: when GitHub is down the run's end waits 10 s, not 10 s per read.
    // Each is settled at once (allSettled), so neither can end as an unhandled rejection while the other is awaited.
    const boundMs = o.readTimeoutMs ?? 10_000;
    const [statusRead, freezeRead] = await Promise.allSettled([
        (0,with_timeout/* withTimeout */.w)(readStatus(o.store, targets), boundMs, `the Deployments API did not answer within ${boundMs} ms`),
        // A freeze set while (or before) the run is part of what production is now: frozen targets say so.
        o.frozen ? Promise.resolve(o.frozen) : (0,with_timeout/* withTimeout */.w)(readFreezeInForce(o.store, (0,freeze/* freezeEnvironmentsOf */.xm)(o.plan)), boundMs, `the freeze record did not answer within ${boundMs} ms`),
    ]);
    let statuses;
    if (statusRead.status === 'fulfilled')
        statuses = statusRead.value.statuses;
    else {
        o.warn(`status file: could not read the Deployments API (${statusRead.reason.message}); ${STATUS_FILE} shows what this run saw`);
        statuses = o.report.targetsNow.map((t) => ({ target: t.target, environment: t.environment || (0,plan_resolve/* environmentFor */.DD)(o.plan, t.target), version: t.live, previous: t.live === t.previous ? undefined : t.previous, inProgress: false, failing: t.action === 'failed' || t.action === 'rollback failed' }));
    }
    if (freezeRead.status === 'rejected')
        o.warn(`status file: could not read the freeze record (${freezeRead.reason.message}); ${STATUS_FILE} does not say whether deployments are frozen`);
    const frozen = freezeRead.status === 'fulfilled' ? freezeRead.value : undefined;
    const status = buildDeployStatus({
        now: new Date(), service: o.plan.service, repository: o.repository, stages: o.plan.stages, statuses, events: readEvents(o.historyFile, o.warn), frozen,
    });
    const statusFile = (0,external_node_path_.join)(dir, STATUS_FILE);
    (0,external_node_fs_.writeFileSync)(statusFile, `${JSON.stringify(status, null, 2)}\n`);
    return { statusFile, status, ...(incidentFile ? { incidentFile } : {}) };
}
/** The history file's events; a file that cannot be read only costs the rollout's phase. */
function readEvents(file, warn) {
    try {
        return (0,history_event/* parseHistoryLines */.hT)((0,external_node_fs_.readFileSync)(file, 'utf8'), file);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            warn(`status file: ${e.message.split('\n')[0]}`);
        return [];
    }
}

// EXTERNAL MODULE: ../../packages/core/src/rollout/shard-targets.ts
var shard_targets = __webpack_require__(2510);
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
    const decision = (0,rollout_policy/* decideAfterStage */.Hj)(stage['on-failure'], judged.outcome, history);
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
    const keeper = (0,record_keeper/* createRecordKeeper */.gQ)({ warn: (l) => o.log.warning(l) });
    // Recorded on every rollback deployment: the observed cause first, as the pipeline records it.
    const reason = `${describeShardFailures(judged.failures, 2) || decision.reason} (stage ${stage.name}, join of ${shards.length} shards, run ${o.run.id})`;
    const rolling = (0,rollback_targets/* rollbackTargets */.H)({
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

// EXTERNAL MODULE: ../../packages/deployer/src/action-shell.ts + 12 modules
var action_shell = __webpack_require__(6884);
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

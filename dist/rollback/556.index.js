export const id = 556;
export const ids = [556,674];
export const modules = {

/***/ 55791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: run

// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(40927);
// EXTERNAL MODULE: ../../packages/action-kit/src/inputs.ts
var inputs = __webpack_require__(18322);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ../../packages/core/src/history/history-event.ts

/**
 * The run history: one JSON object per line (JSONL). Every stagegate action
 * appends its events to its job's journal and uploads them as a per-job
 * artifact; record-history merges every journal of the run (and the previous
 * run's history) into the history artifact it uploads. A line is a fact that
 * happened; lines are never edited, only appended. The format is documented
 * for users in docs/history-format.md.
 */
/** What happened. */
const HISTORY_EVENT_KINDS = (/* unused pure expression or super */ null && ([
    'stage-started', 'stage-finished', 'deploy-started', 'deploy-finished',
    'gate-verdict', 'rollback-started', 'rollback-finished', 'notification', 'run-recorded',
]));
/** The base of a step's events from the runner's environment (GITHUB_RUN_ID, GITHUB_JOB, …). */
function readEventBase(env) {
    return {
        run: { id: env.GITHUB_RUN_ID || 'local', attempt: Number(env.GITHUB_RUN_ATTEMPT || '1') || 1 },
        ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}),
        ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
        ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
    };
}
/** The default history file of a run: `${RUNNER_TEMP}/stagegate/history.jsonl` (STAGEGATE_HISTORY_FILE overrides). */
function defaultHistoryFile(env) {
    if (env.STAGEGATE_HISTORY_FILE)
        return env.STAGEGATE_HISTORY_FILE;
    const base = (env.RUNNER_TEMP || env.TMPDIR || '/tmp').replace(/\/$/, '');
    return `${base}/stagegate/history.jsonl`;
}
/** Serialises events as JSONL (one object per line, trailing newline), ready to append. */
function formatHistoryLines(events) {
    return events.map((e) => `${JSON.stringify(e)}\n`).join('');
}
/**
 * Parses JSONL history text. A broken line is a ConfigError naming the source
 * and line number, so a hand-edited file is fixed rather than silently shortened.
 */
function parseHistoryLines(text, source = 'history') {
    const events = [];
    const problems = [];
    text.split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === '')
            return;
        const path = `${source} line ${i + 1}`;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (e) {
            problems.push({ path, message: `expected a JSON object; ${e.message}` });
            return;
        }
        const problem = describeEventProblem(value);
        if (problem)
            problems.push({ path, message: problem });
        else
            events.push(value);
    });
    if (problems.length > 0)
        throw new ConfigError(problems);
    return events;
}
/** Why a value is not a history event, or undefined when it is one. */
function describeEventProblem(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return 'expected a JSON object';
    const e = value;
    if (typeof e.time !== 'string' || Number.isNaN(Date.parse(e.time)))
        return 'expected "time" as an ISO 8601 date';
    if (!e.run || typeof e.run.id !== 'string' || typeof e.run.attempt !== 'number')
        return 'expected "run" as { id: string, attempt: number }';
    if (!HISTORY_EVENT_KINDS.includes(e.kind))
        return `expected "kind" as one of ${HISTORY_EVENT_KINDS.join(', ')}; got ${JSON.stringify(e.kind)}`;
    for (const key of ['stage', 'target', 'version', 'verdict', 'detail', 'job', 'actor', 'sha']) {
        if (e[key] !== undefined && typeof e[key] !== 'string')
            return `expected "${key}" as a string`;
    }
    if (e.deploymentId !== undefined && !Number.isInteger(e.deploymentId))
        return 'expected "deploymentId" as an integer';
    return undefined;
}
/**
 * Merges histories (an earlier run's artifact and this run's file): every
 * event once, oldest first. Identity is the whole line, so a re-run attempt
 * that replays a step keeps both lines (their run attempts differ).
 */
function mergeHistories(...lists) {
    const seen = new Set();
    const out = [];
    for (const list of lists) {
        for (const e of list) {
            const key = JSON.stringify(e);
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push({ e, order: out.length });
        }
    }
    // Stable on equal times, so events written in one millisecond keep their order.
    return out.sort((a, b) => Date.parse(a.e.time) - Date.parse(b.e.time) || a.order - b.order).map((x) => x.e);
}

;// CONCATENATED MODULE: ../../packages/core/src/history/journal-events.ts
/** One history event per target of a deploy or rollback: the verdict is the target's state, the detail its reason. */
function describeTargetEvents(base, kind, stage, targets, time) {
    return targets.map((t) => ({
        time, ...base, kind,
        ...(stage ? { stage } : {}),
        target: t.target,
        ...(t.toVersion ? { version: t.toVersion } : {}),
        verdict: t.state,
        detail: t.reason,
        ...(t.deploymentId !== undefined ? { deploymentId: t.deploymentId } : {}),
    }));
}
/** The journal artifact name of one job of one run attempt: `<prefix>-<run>-<attempt>-<job>` (the job id made name-safe). */
function journalArtifactName(prefix, base) {
    const job = (base.job || 'job').replace(/[^A-Za-z0-9._-]/g, '_');
    return `${prefix}-${base.run.id}-${base.run.attempt}-${job}`;
}
/**
 * Whether an artifact name is a journal of run `runId` written by attempt
 * `attempt` or an earlier one (a re-run keeps the jobs that passed before).
 * A second step of the same job, or a matrix sibling, adds `-2`, `-3`, … to the name.
 */
function isJournalOf(name, prefix, runId, attempt) {
    if (!name.startsWith(`${prefix}-${runId}-`))
        return false;
    const m = /^(\d+)-./.exec(name.slice(prefix.length + runId.length + 2));
    return m !== null && Number(m[1]) <= attempt;
}

// EXTERNAL MODULE: ../../packages/action-kit/src/with-timeout.ts
var with_timeout = __webpack_require__(59761);
;// CONCATENATED MODULE: ../../packages/action-kit/src/journal.ts




/** The default prefix of journal artifacts (the `journal-prefix` input of every action). */
const DEFAULT_JOURNAL_PREFIX = 'stagegate-journal';
/** The file inside a journal artifact that holds the step's events. */
const JOURNAL_FILE = 'journal.jsonl';
/** How long an upload may take before the step gives up on it (a warning, never a failed deploy). */
const UPLOAD_TIMEOUT_MS = 60_000;
/** Names tried after the first one is taken (a second step in the job, a matrix sibling). */
const MAX_NAME_TRIES = 12;
/**
 * One step's journal: the events it records are appended to the job's history
 * file (RUNNER_TEMP is per job) and uploaded, with the step's own files (gate
 * samples, notification audit trail), as a small immutable artifact
 * `<prefix>-<run>-<attempt>-<job>` that record-history merges.
 */
class Journal {
    base;
    historyFile;
    stagingDir;
    prefix;
    hasArtifacts;
    prefixProblem;
    events = [];
    /**
     * @param prefixProblem why the `journal-prefix` input was not used, if it was not:
     * the journal is written at a step's end, where a bad input must not undo a deploy.
     */
    constructor(base, historyFile, stagingDir, prefix, hasArtifacts, prefixProblem) {
        this.base = base;
        this.historyFile = historyFile;
        this.stagingDir = stagingDir;
        this.prefix = prefix;
        this.hasArtifacts = hasArtifacts;
        this.prefixProblem = prefixProblem;
    }
    /** Adds events (time now unless given). */
    record(...events) {
        const now = new Date().toISOString();
        for (const e of events)
            this.events.push({ time: e.time ?? now, ...this.base, ...e });
    }
    /** Adds events already carrying the base (from describeTargetEvents). */
    recordFull(events) {
        this.events.push(...events);
    }
    /**
     * Appends the events to the job's history file and uploads them with `files`.
     * Never throws: recording must not fail a deploy or stop a rollback; a failed
     * upload is a warning naming what was not uploaded.
     */
    async finish(files, log, upload = uploadWithActionsArtifact) {
        if (this.prefixProblem)
            log.warning(this.prefixProblem);
        try {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(this.historyFile), { recursive: true });
            (0,external_node_fs_.appendFileSync)(this.historyFile, formatHistoryLines(this.events));
        }
        catch (e) {
            log.warning(`journal: could not append ${this.events.length} event(s) to ${this.historyFile}: ${e.message}`);
        }
        if (!this.hasArtifacts) {
            const skipped = 'no ACTIONS_RUNTIME_TOKEN (not on a GitHub runner): the journal stays in the job\'s history file only';
            log.info(`journal not uploaded: ${skipped}`);
            return { skipped };
        }
        let staged;
        try {
            (0,external_node_fs_.mkdirSync)(this.stagingDir, { recursive: true });
            const journal = (0,external_node_path_.join)(this.stagingDir, JOURNAL_FILE);
            (0,external_node_fs_.writeFileSync)(journal, formatHistoryLines(this.events));
            staged = [journal, ...files.filter((f) => (0,external_node_fs_.existsSync)(f)).map((f) => {
                    const copy = (0,external_node_path_.join)(this.stagingDir, (0,external_node_path_.basename)(f));
                    (0,external_node_fs_.copyFileSync)(f, copy);
                    return copy;
                })];
        }
        catch (e) {
            return warn(log, `journal not uploaded: staging in ${this.stagingDir} failed: ${e.message}`);
        }
        const first = journalArtifactName(this.prefix, this.base);
        for (let i = 1; i <= MAX_NAME_TRIES; i++) {
            const name = i === 1 ? first : `${first}-${i}`;
            try {
                await (0,with_timeout/* withTimeout */.w)(upload(name, staged, this.stagingDir), UPLOAD_TIMEOUT_MS, `upload of ${name} took over ${UPLOAD_TIMEOUT_MS / 1000}s`);
                log.info(`journal: uploaded ${name} (${this.events.length} event(s), ${staged.map((f) => (0,external_node_path_.basename)(f)).join(', ')})`);
                return { artifactName: name };
            }
            catch (e) {
                const message = e.message;
                if (/already exists/i.test(message) && i < MAX_NAME_TRIES)
                    continue;
                return warn(log, `journal not uploaded: artifact ${name} failed: ${message.split('\n')[0]}; the deploy is not affected, the events stay in ${this.historyFile}`);
            }
        }
        return warn(log, `journal not uploaded: ${first} and ${MAX_NAME_TRIES - 1} numbered names are all taken`);
    }
}
function warn(log, message) {
    log.warning(message);
    return { skipped: message };
}
/** Uploads through the Actions results service (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL). */
// @actions/artifact (and the Azure SDK it brings) is loaded only when a step uploads, as record-history does.
const uploadWithActionsArtifact = async (name, files, rootDir) => {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 62584));
    return (await new DefaultArtifactClient().uploadArtifact(name, files, rootDir)).id;
};
/**
 * Opens the journal of the running step from the runner's environment. `prefix`
 * is the action's `journal-prefix` input (letters, digits, `.`, `_`, `-`).
 */
function openJournal(env, prefix) {
    const base = readEventBase(env);
    const wanted = prefix.trim() || DEFAULT_JOURNAL_PREFIX;
    const ok = /^[A-Za-z0-9._-]+$/.test(wanted);
    const problem = ok ? undefined : `input journal-prefix: expected letters, digits, . _ -; got ${JSON.stringify(wanted)}; the journal is uploaded as ${DEFAULT_JOURNAL_PREFIX}-…`;
    const temp = env.RUNNER_TEMP || env.TMPDIR || '/tmp';
    const step = (env.GITHUB_ACTION || String(process.pid)).replace(/[^A-Za-z0-9._-]/g, '_');
    return new Journal(base, defaultHistoryFile(env), (0,external_node_path_.join)(temp, 'stagegate', `journal-${base.run.id}-${base.run.attempt}-${step}-${process.pid}`), ok ? wanted : DEFAULT_JOURNAL_PREFIX, Boolean(env.ACTIONS_RUNTIME_TOKEN), problem);
}
/**
 * The end of a step, in one call: opens the step's journal, records the events
 * `build` makes from the shared base, and appends and uploads them with `files`.
 * Never throws (see {@link Journal.finish}).
 */
async function writeJournal(env, prefix, build, files, log) {
    const journal = openJournal(env, prefix);
    try {
        journal.recordFull(build(journal.base, new Date().toISOString()));
    }
    catch (e) {
        log.warning(`journal: could not describe this step's events: ${e.message}`);
    }
    return journal.finish(files, log);
}

// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
// EXTERNAL MODULE: ../../packages/core/src/plan-resolve.ts
var plan_resolve = __webpack_require__(17301);
;// CONCATENATED MODULE: ../../packages/action-kit/src/run-main.ts

/**
 * The one outer catch of an action (the codeql-action pattern): a user's
 * mistake (ConfigError) is reported as is; anything else keeps its message
 * and its stack goes to the debug log. Either way the step fails.
 */
async function runMain(main, reporter) {
    try {
        await main();
    }
    catch (e) {
        if ((0,errors/* isConfigError */.De)(e)) {
            reporter.setFailed(e.message);
        }
        else if (e instanceof Error) {
            reporter.debug(e.stack ?? e.message);
            reporter.setFailed(e.message);
        }
        else {
            reporter.setFailed(String(e));
        }
        process.exitCode = 1;
    }
}

// EXTERNAL MODULE: ../../packages/deployer/src/session-lock.ts + 4 modules
var session_lock = __webpack_require__(73167);
;// CONCATENATED MODULE: ../../packages/deployer/src/cancellable-main.ts


// Apart from action-shell.ts: an action's shell starts with this, and it must not pull in the
// GitHub client or the plan parser before the inputs are known to be usable.
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
        await runMain(() => work(cancel.signal), reporter);
    }
    finally {
        await (0,session_lock/* releaseRolloutLocks */.ts)(cancel.signal.aborted ? 'cancelled' : process.exitCode ? 'failed' : 'done', (m) => reporter.warning(m));
        cancel.dispose();
    }
}

// EXTERNAL MODULE: ../../packages/deployer/src/session-inputs.ts
var session_inputs = __webpack_require__(78272);
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

;// CONCATENATED MODULE: ../../packages/action-kit/src/markdown.ts
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

;// CONCATENATED MODULE: ./src/rollback-summary.ts



const ICON = { succeeded: '↩️', 'partially-failed': '⚠️', failed: '❌', cancelled: '⏹️' };
/** The first line: outcome, what production runs now, the first failure's cause. */
function describeRollbackHeadline(s) {
    const bad = s.targets.filter((t) => ['failed', 'error', 'cancelled'].includes(t.state));
    const cause = bad.length ? ` ${bad.map((t) => `${t.target}: ${t.reason}`).join('; ')}.` : '';
    return `${s.dryRun ? 'Dry run: ' : ''}${s.service} rollback ${s.result}: production runs ${describeProduction(s.targets.map((t) => targetNowOf(t, 'rollback')))}.${cause}`;
}
/** The step summary of rollback, state first: headline, the given reason, next step, one row per target linking its deployment. */
function renderRollbackSummary(s) {
    const bad = s.targets.filter((t) => ['failed', 'error', 'cancelled'].includes(t.state)).map((t) => t.target);
    const next = bad.length
        ? [`the rollback of ${bad.join(', ')} did not finish: re-run it, or give \`to-version\` to choose a version known to work`]
        : ['check the targets are healthy (health-gate), then fix the version and deploy again'];
    const rows = s.targets.map((t) => {
        const now = targetNowOf(t, 'rollback');
        return [t.target, t.environment, t.fromVersion ?? '–', now.live ?? 'unknown', now.action, t.reason,
            markdownLink(t.deploymentId === undefined ? 'environment' : `deployment ${t.deploymentId}`, environmentUrl(s.repo.serverUrl, s.repo.owner, s.repo.repo, t.environment))];
    });
    return [
        `### ${ICON[s.result] ?? ''} ${escapeCell(describeRollbackHeadline(s))}`, '',
        `**Why:** ${escapeCell(s.reason)}`, '',
        '**Next step**', '', ...next.map((n) => `- ${n}`), '',
        markdownTable(['target', 'environment', 'latest deployment', 'live now', 'this run', 'detail', 'deployment'], rows),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/main.ts





/** The I/O shell of rollback: inputs → rollbackTargets → outputs and summary. */
async function main() {
    await runCancellableMain(run, core, 'stopping the running rollbacks');
}
async function run(signal) {
    const token = core.getInput('token');
    if (token)
        core.setSecret(token);
    // A missing token fails before the GitHub client and the plan parser are loaded.
    (0,session_inputs/* checkSessionInputs */.a)({ token, dryRun: core.getInput('dry-run') });
    const { holdRolloutLock, openActionSession, rollbackTargets } = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(967), __webpack_require__.e(49)]).then(__webpack_require__.bind(__webpack_require__, 71049));
    const session = openActionSession({ token, dryRun: core.getInput('dry-run'), repository: core.getInput('repository'), plan: core.getInput('plan'), ref: '' }, process.env, core.info);
    const { ctx, plan, store, dryRun, run: runInfo } = session;
    const targets = chooseTargets(plan, core.getInput('stage').trim(), core.getInput('targets'));
    const parallelText = core.getInput('parallel');
    const toVersion = core.getInput('to-version').trim();
    const failedVersion = core.getInput('failed-version').trim();
    await holdRolloutLock(session, { lock: core.getInput('lock'), timeout: core.getInput('lock-timeout'), versions: { 'to-version': toVersion }, targets }, signal, core);
    const reason = core.getInput('reason').trim() || defaultReason(ctx);
    const result = await rollbackTargets({
        plan, targets, store, signal, dryRun,
        toVersion: toVersion || undefined,
        allowUnknownVersion: (0,inputs/* parseBooleanInput */.S8)('allow-unknown-version', core.getInput('allow-unknown-version'), false),
        exclude: failedVersion ? [failedVersion] : [],
        reason,
        parallel: parallelText ? (0,inputs/* parseIntegerInput */._p)('parallel', parallelText, 1, { min: 1, max: 256 }) : undefined,
        run: runInfo,
        log: { info: core.info, warning: core.warning, startGroup: core.startGroup, endGroup: core.endGroup },
    });
    const failures = result.targets.filter((t) => ['failed', 'error', 'cancelled'].includes(t.state));
    core.setOutput('rolled-back-targets', JSON.stringify(listTargetsIn(result.targets, ['succeeded'])));
    core.setOutput('skipped-targets', JSON.stringify(listTargetsIn(result.targets, ['skipped'])));
    core.setOutput('versions', JSON.stringify(Object.fromEntries(result.targets.filter((t) => ['succeeded', 'skipped', 'planned'].includes(t.state)).map((t) => [t.target, t.toVersion]))));
    core.setOutput('failures', JSON.stringify(Object.fromEntries(failures.map((t) => [t.target, t.reason]))));
    core.setOutput('result', result.result);
    const summary = { service: plan.service, targets: result.targets, result: result.result, reason, dryRun, repo: { serverUrl: ctx.serverUrl, owner: ctx.owner, repo: ctx.repo } };
    await core.summary.addRaw(renderRollbackSummary(summary), true).write();
    // Recorded for record-history, whatever the result; a failed upload is only a warning.
    await writeJournal(process.env, core.getInput('journal-prefix'), (base, time) => describeTargetEvents(base, 'rollback-finished', undefined, result.targets, time), [], core);
    if (failures.length)
        core.setFailed(describeRollbackHeadline(summary));
}
/** The targets named by the stage or targets input (`all`: every target); exactly one of them. */
function chooseTargets(plan, stage, targetsText) {
    const list = (0,inputs/* parseListInput */.UF)('targets', targetsText);
    if (stage && list.length)
        throw new errors/* ConfigError */.xL([{ path: 'input targets', message: 'give stage or targets, not both' }]);
    if (stage)
        return (0,plan_resolve/* findStage */.U9)(plan, stage).targets;
    if (list.length === 1 && list[0] === 'all')
        return (0,plan_resolve/* allTargets */.eN)(plan);
    if (list.length)
        return list;
    throw new errors/* ConfigError */.xL([{ path: 'input targets', message: 'expected a stage, a list of targets, or all: say what to roll back' }]);
}
/** The reason recorded when none is given: who asked, from which run. */
function defaultReason(ctx) {
    return `rollback requested by ${ctx.actor || 'a workflow'} in run ${ctx.runId}`;
}
/** The entry point @github/local-action calls (it requires a `run` export); the same step as `main`. */



/***/ }),

/***/ 18322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S8: () => (/* binding */ parseBooleanInput),
/* harmony export */   UF: () => (/* binding */ parseListInput),
/* harmony export */   XT: () => (/* binding */ parseChoiceInput),
/* harmony export */   _p: () => (/* binding */ parseIntegerInput)
/* harmony export */ });
/* unused harmony export parseJsonInput */
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85736);

/**
 * Parsers for action inputs. main.ts reads the raw strings with
 * core.getInput and hands them here; every error names the input.
 */
/** "true"/"false" (YAML 1.2 core schema, as @actions/core accepts); empty gives the default. */
function parseBooleanInput(name, value, fallback) {
    const v = value.trim();
    if (v === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([{ path: `input ${name}`, message: `expected true or false; got ${JSON.stringify(v)}` }]);
}
/** A whole number within bounds; empty gives the default. */
function parseIntegerInput(name, value, fallback, bounds = {}) {
    const v = value.trim();
    if (v === '')
        return fallback;
    const n = Number(v);
    const { min = -Infinity, max = Infinity } = bounds;
    if (!/^-?\d+$/.test(v) || n < min || n > max) {
        const range = [Number.isFinite(min) ? `>= ${min}` : '', Number.isFinite(max) ? `<= ${max}` : ''].filter(Boolean).join(' and ');
        throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([{ path: `input ${name}`, message: `expected a whole number${range ? ` ${range}` : ''}; got ${JSON.stringify(v)}` }]);
    }
    return n;
}
/** One of a fixed set of words; empty gives the default. */
function parseChoiceInput(name, value, choices, fallback) {
    const v = value.trim();
    if (v === '')
        return fallback;
    if (!choices.includes(v))
        throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([{ path: `input ${name}`, message: `expected one of ${choices.join(', ')}; got ${JSON.stringify(v)}` }]);
    return v;
}
/** A list given as JSON array, comma- or newline-separated words; empty gives []. */
function parseListInput(name, value) {
    const v = value.trim();
    if (v === '')
        return [];
    if (v.startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(v);
        }
        catch {
            throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([{ path: `input ${name}`, message: `expected a JSON array of strings or a comma-separated list; got invalid JSON ${JSON.stringify(v.slice(0, 60))}` }]);
        }
        if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string'))
            throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([{ path: `input ${name}`, message: 'expected a JSON array of strings' }]);
        return parsed.map((s) => s.trim()).filter(Boolean);
    }
    return v.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}
/** Parses a JSON input, naming it when the text is not JSON. */
function parseJsonInput(name, value) {
    try {
        return JSON.parse(value);
    }
    catch (e) {
        throw new ConfigError([{ path: `input ${name}`, message: `expected JSON; ${e.message}` }]);
    }
}


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


/***/ }),

/***/ 59761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ withTimeout)
/* harmony export */ });
/**
 * Rejects with `message` when `work` takes longer than `ms`. The timer is our
 * own (AbortSignal.timeout inside AbortSignal.any never fires after GC on
 * Node 20) and is cleared when the work settles first; the work itself is
 * left to end on its own. One helper for every bounded wait on a neighbour
 * that has no deadline of its own: an upload, a store read, a lookup.
 */
function withTimeout(work, ms, message) {
    let timer;
    const late = new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(message)), ms)));
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
}


/***/ }),

/***/ 28283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ DURATION_PATTERN),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/**
 * Durations in plans are strings such as "500ms", "30s", "5m", "1h" or "1m30s",
 * so that a plan reads like a runbook; a bare number means seconds.
 */
const DURATION_PATTERN = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** Parses "5m" → 300000. Throws a plain Error naming the text when it is not a duration. */
function parseDuration(text) {
    if (typeof text === 'number') {
        if (!Number.isFinite(text) || text < 0)
            throw new Error(`expected a duration such as "30s" or "5m"; got ${text}`);
        return Math.round(text * 1000);
    }
    const t = text.trim();
    if (/^\d+(?:\.\d+)?$/.test(t))
        return Math.round(Number(t) * 1000);
    if (!DURATION_PATTERN.test(t))
        throw new Error(`expected a duration such as "30s" or "5m"; got ${JSON.stringify(text)}`);
    let total = 0;
    for (const m of t.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g))
        total += Number(m[1]) * (UNIT_MS[m[2]] ?? 0);
    return Math.round(total);
}
/** Formats milliseconds for people: 1500 → "1.5s", 300000 → "5m". */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    // Round the whole first, then split: 59.6 s of a minute must carry into it ("2m", never "1m60s").
    if (ms < 3_600_000 - 500) {
        const total = Math.round(ms / 1000);
        const m = Math.floor(total / 60);
        const s = total % 60;
        return s ? `${m}m${s}s` : `${m}m`;
    }
    const total = Math.round(ms / 60_000);
    const h = Math.floor(total / 60);
    const m = total % 60;
    return m ? `${h}h${m}m` : `${h}h`;
}


/***/ }),

/***/ 85736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   De: () => (/* binding */ isConfigError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export formatProblems */
/**
 * A user's mistake (a wrong plan, a bad input), as opposed to a bug or an outage.
 * Carries every problem found at once, so a user fixes them all in one go
 * (the pattern github/codeql-action uses for its ConfigurationError).
 */
class ConfigError extends Error {
    /** Every problem found, in plan order. */
    problems;
    constructor(problems, heading) {
        const list = typeof problems === 'string' ? [{ path: '', message: problems }] : problems;
        super(formatProblems(list, heading));
        this.name = 'ConfigError';
        this.problems = list;
    }
}
/** Formats problems one per line: `path: message`. */
function formatProblems(problems, heading) {
    const lines = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
    if (heading)
        return [heading, ...lines.map((l) => `  - ${l}`)].join('\n');
    return lines.join('\n');
}
/** True when `e` is a ConfigError (also across bundle copies of this class). */
function isConfigError(e) {
    return e instanceof ConfigError || (e instanceof Error && e.name === 'ConfigError' && Array.isArray(e.problems));
}


/***/ }),

/***/ 62185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ fillArgv),
/* harmony export */   Ct: () => (/* binding */ fillPlaceholders),
/* harmony export */   GA: () => (/* binding */ PLACEHOLDERS_ALLOWED),
/* harmony export */   GY: () => (/* binding */ findPlaceholders)
/* harmony export */ });
/* unused harmony exports PLACEHOLDERS, fillDeep */
/**
 * Placeholders in plan strings: `{target}`, `{version}`, … They are filled into
 * argv elements one by one; nothing is ever joined into a shell command line.
 */
/** Every placeholder a plan may use, and what it stands for. */
const PLACEHOLDERS = {
    target: 'the target being deployed or probed, e.g. lhr',
    version: 'the version being rolled out',
    previous: 'the last known good version of the target (the rollback version)',
    stage: 'the stage name',
    environment: 'the GitHub environment of the target, e.g. production/lhr',
    service: 'the plan\'s service name',
    color: 'in a blue-green stage: the idle colour being deployed and switched to (blue or green)',
    weight: 'the traffic share (0-100) the rolled-out version has on the target once the command ends: the stage\'s weight (100 without one); in a rollback, the share it goes back to (the target\'s weight in the stage before, else 0)',
};
/** Which placeholders each kind of plan string may use. */
const PLACEHOLDERS_ALLOWED = {
    environment: ['target', 'stage', 'service'],
    command: ['target', 'version', 'previous', 'stage', 'environment', 'service', 'color', 'weight'],
    check: ['target', 'version', 'stage', 'environment', 'service', 'color'],
    url: ['target', 'version', 'stage', 'environment', 'service'],
};
const PLACEHOLDER_RE = /\{([A-Za-z_][A-Za-z0-9_-]*)\}/g;
/** Names of the placeholders used in `text`, in order of appearance. */
function findPlaceholders(text) {
    return [...text.matchAll(PLACEHOLDER_RE)].map((m) => m[1]);
}
/**
 * Fills `{name}` placeholders in one string. Throws when the text uses a
 * placeholder with no value, so a command never runs with a hole in it.
 */
function fillPlaceholders(text, values) {
    return text.replace(PLACEHOLDER_RE, (whole, name) => {
        const v = values[name];
        if (v === undefined)
            throw new Error(`placeholder {${name}} has no value here (in ${JSON.stringify(text)})`);
        return v;
    });
}
/** Fills every element of an argv array; the array shape never changes. */
function fillArgv(argv, values) {
    return argv.map((a) => fillPlaceholders(a, values));
}
/** Fills placeholders in every string of a JSON-like value (for check definitions). */
function fillDeep(value, values) {
    if (typeof value === 'string')
        return fillPlaceholders(value, values);
    if (Array.isArray(value))
        return value.map((v) => fillDeep(v, values));
    if (value && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = fillDeep(v, values);
        return out;
    }
    return value;
}


/***/ }),

/***/ 17301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ rollbackCommand),
/* harmony export */   DD: () => (/* binding */ environmentFor),
/* harmony export */   Gb: () => (/* binding */ planDigest),
/* harmony export */   He: () => (/* binding */ gateChecks),
/* harmony export */   U9: () => (/* binding */ findStage),
/* harmony export */   eN: () => (/* binding */ allTargets),
/* harmony export */   rp: () => (/* binding */ stageOfTarget)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85736);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62185);



/** Finds a stage by name, or throws a ConfigError naming the input and the stages that exist. */
function findStage(plan, name, inputName = 'stage') {
    const stage = plan.stages.find((s) => s.name === name);
    if (!stage)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL([{ path: `input ${inputName}`, message: `expected one of the plan's stages (${plan.stages.map((s) => s.name).join(', ')}); got ${JSON.stringify(name)}` }]);
    return stage;
}
/** The first stage a target is in (a target in several weighted stages is in each of them). */
function stageOfTarget(plan, target) {
    return plan.stages.find((s) => s.targets.includes(target));
}
/** Every target of the plan once, in rollout order (a target of several weighted stages at its first). */
function allTargets(plan) {
    return [...new Set(plan.stages.flatMap((s) => s.targets))];
}
/** The GitHub environment of a target: the stage's template, else the plan's (default production/{target}). */
function environmentFor(plan, target, stage) {
    const st = stage ?? stageOfTarget(plan, target);
    const template = st?.environment ?? plan.environment;
    return (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_2__/* .fillPlaceholders */ .Ct)(template, { target, stage: st?.name ?? '', service: plan.service });
}
/** The gate's checks: the profile's, then the inline ones. */
function gateChecks(plan, stage) {
    const gate = stage.gate;
    if (!gate)
        return [];
    const fromProfile = gate.profile ? (plan.checks[gate.profile] ?? []) : [];
    return [...fromProfile, ...(gate.checks ?? [])];
}
/** The rollback command: the plan's, or the deploy command run with the previous version. */
function rollbackCommand(plan) {
    if (plan.rollback)
        return plan.rollback;
    return { ...plan.deploy, run: plan.deploy.run.map((a) => a.replaceAll('{version}', '{previous}')) };
}
/**
 * A short digest of the plan as parsed (defaults applied, keys sorted), recorded
 * in each deployment so a reader can tell which plan produced it.
 */
function planDigest(plan) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(plan)).digest('hex').slice(0, 16);
}
function canonicalJson(v) {
    if (Array.isArray(v))
        return `[${v.map(canonicalJson).join(',')}]`;
    if (v && typeof v === 'object') {
        const entries = Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
    }
    return JSON.stringify(v) ?? 'null';
}


/***/ }),

/***/ 80427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ DEFAULT_VERSION_PATTERN),
/* harmony export */   y: () => (/* binding */ assertSafeVersion)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85736);

/**
 * The default safe pattern for a version string. A version is passed to deploy
 * commands as an argv element, filled into URLs, paths and check commands, and
 * recorded in GitHub; anything that could be read as shell syntax, a flag, an
 * absolute path or a step up a directory tree (`..` as a path segment) is
 * refused before any placeholder is filled. `1.2..3` stays allowed: only a
 * whole `..` segment climbs out of a directory.
 */
const DEFAULT_VERSION_PATTERN = '^(?![/-])(?!(?:.*/)?\\.\\.(?:/|$))[A-Za-z0-9._/+-]{1,128}$';
/**
 * Throws a ConfigError naming `input <inputName>` when `version` does not
 * match the pattern (or starts with `-`, whatever the pattern: an argv element
 * starting with `-` is read as a flag). The version text is shown JSON-quoted
 * and cut, never interpreted.
 */
function assertSafeVersion(version, pattern = DEFAULT_VERSION_PATTERN, inputName = 'version') {
    const re = new RegExp(pattern);
    if (!re.test(version) || version.startsWith('-')) {
        const shown = version.length > 40 ? `${JSON.stringify(version.slice(0, 40))}… (${version.length} characters)` : JSON.stringify(version);
        const rule = pattern === DEFAULT_VERSION_PATTERN ? ' (1 to 128 letters, digits and . _ / + -, not starting with - or /, no .. path segment)' : ' (and not starting with -)';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([{ path: `input ${inputName}`, message: `expected a version matching ${pattern}${rule}; got ${shown}` }]);
    }
    return version;
}


/***/ }),

/***/ 78272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ checkSessionInputs)
/* harmony export */ });
/* harmony import */ var _stagegate_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18322);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85736);


/**
 * The checks of the common inputs that need neither the plan nor GitHub: the
 * dry-run flag, and a token unless it is a dry run. An action's shell calls it
 * before loading the heavy parts (octokit, the plan parser), so a missing input
 * fails at once; openActionSession calls it too. Returns whether it is a dry run.
 */
function checkSessionInputs(inputs) {
    const dryRun = (0,_stagegate_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .parseBooleanInput */ .S8)('dry-run', inputs.dryRun, false);
    if (!inputs.token && !dryRun)
        throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL([{ path: 'input token', message: 'expected a token with deployments: write (default ${{ github.token }})' }]);
    return dryRun;
}


/***/ }),

/***/ 73167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _7: () => (/* binding */ holdRolloutLock),
  ts: () => (/* binding */ releaseRolloutLocks)
});

// UNUSED EXPORTS: DEFAULT_LOCK_TIMEOUT, LOCK_RELEASE_BOUND_MS

// EXTERNAL MODULE: ../../packages/action-kit/src/inputs.ts
var src_inputs = __webpack_require__(18322);
// EXTERNAL MODULE: ../../packages/core/src/duration.ts
var duration = __webpack_require__(28283);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
;// CONCATENATED MODULE: ../../packages/core/src/rollout/rollout-lock.ts

/** Longest hold on hosted runners: a job cannot run longer than 6 h. */
const MAX_LOCK_HOLD_MS = 6 * 3_600_000;
const LIVE = new Set(['queued', 'pending', 'in_progress']);
/**
 * The lock environments of a plan: `<prefix>lock/<service>`, where the prefix
 * is the static start of each environment template (`production/{target}` →
 * `production/lock/trading-api`). Stages that override the template may add
 * another; the list is sorted so two runs always take them in the same order.
 */
function lockEnvironmentsOf(plan) {
    const templates = [plan.environment, ...plan.stages.map((s) => s.environment ?? plan.environment)];
    return [...new Set(templates.map(environmentPrefixOf))].map((p) => `${p}lock/${plan.service}`).sort();
}
/** The static start of an environment template, up to its last `/` before a placeholder: `production/{target}` → `production/`. */
function environmentPrefixOf(template) {
    const fixed = template.split('{')[0];
    return fixed.slice(0, fixed.lastIndexOf('/') + 1);
}
/**
 * How long a rollout of this plan may hold the lock before a waiter may take
 * it over: every stage's deploys (one command timeout per wave of `parallel`
 * targets, and a blue-green stage's switch there and back) and gate (its timeout, else soak + 5 m), one rollback of every
 * target, the deploy windows' wait, and 10 minutes of slack, capped at a hosted job's 6 hours.
 */
function lockHoldMs(plan) {
    const deployMs = (0,duration/* parseDuration */.E9)(plan.deploy.timeout);
    const rollbackMs = (0,duration/* parseDuration */.E9)(plan.rollback?.timeout ?? plan.deploy.timeout);
    // A rollout may wait for a deploy window while it holds the lock: that wait is part of its hold.
    let total = 10 * 60_000 + (0,duration/* parseDuration */.E9)(plan.windows?.wait ?? 0);
    for (const stage of plan.stages) {
        const waves = Math.ceil(stage.targets.length / stage.parallel);
        const gate = stage.gate ? (0,duration/* parseDuration */.E9)(stage.gate.timeout ?? (0,duration/* parseDuration */.E9)(stage.gate.soak) / 1000 + 300) : 0;
        // Blue-green: a switch to the new colour, and one back on a rollback.
        const switchMs = stage.switch ? 2 * (0,duration/* parseDuration */.E9)(stage.switch.timeout) : 0;
        total += waves * (deployMs + rollbackMs + switchMs) + gate;
    }
    return Math.min(total, MAX_LOCK_HOLD_MS);
}
/** Whether a claim no longer holds anything: released, finished, or abandoned. */
function isClaimLive(claim, now) {
    if (claim.state !== undefined && !LIVE.has(claim.state))
        return false;
    return !isClaimStale(claim, now);
}
/** A claim still marked live whose run has ended or whose hold has run out. */
function isClaimStale(claim, now) {
    if (claim.state !== undefined && !LIVE.has(claim.state))
        return false;
    return claim.runFinished === true || now > claim.holdUntil;
}
/**
 * Decides whether our claim holds the lock: the oldest live claim of another
 * run made before ours blocks us; claims of our own run never do (the jobs of
 * one workflow run share the lock). Stale claims are listed to be marked and
 * taken over with a warning.
 */
function decideLock(claims, ours, now) {
    const others = claims.filter((c) => c.runId !== ours.runId && c.id !== ours.id);
    const stale = others.filter((c) => isClaimStale(c, now));
    const ahead = others.filter((c) => c.id < ours.id && isClaimLive(c, now)).sort((a, b) => a.id - b.id);
    const by = ahead[0];
    return by ? { kind: 'blocked', by, stale } : { kind: 'held', stale };
}

// EXTERNAL MODULE: ../../packages/core/src/version.ts
var version = __webpack_require__(80427);
// EXTERNAL MODULE: ../../packages/core/src/plan-resolve.ts
var plan_resolve = __webpack_require__(17301);
;// CONCATENATED MODULE: ../../packages/core/src/rollout/shard-targets.ts

/** GitHub runs at most 256 jobs from one matrix. */
const MAX_MATRIX_JOBS = 256;
/** Default shard size of the plan and join actions. */
const DEFAULT_SHARD_SIZE = 50;
/**
 * Cuts targets into ceil(n / size) shards whose sizes differ by at most one
 * (500 in 50s: ten of 50; 101 in 50s: 34, 34, 33 rather than 50, 50, 1), each
 * a contiguous run in plan order, the larger shards first. Stable: the same
 * targets and size always give the same shards. More shards than a matrix
 * allows is the workflow's mistake, named with the size that would fit.
 */
function shardTargets(targets, size, inputName = 'shard-size') {
    if (!Number.isInteger(size) || size < 1)
        throw new ConfigError([{ path: `input ${inputName}`, message: `expected a whole number >= 1; got ${size}` }]);
    const count = Math.ceil(targets.length / size);
    if (count > MAX_MATRIX_JOBS) {
        const fits = Math.ceil(targets.length / MAX_MATRIX_JOBS);
        throw new ConfigError([{ path: `input ${inputName}`, message: `${targets.length} targets in shards of ${size} make ${count} jobs, more than the ${MAX_MATRIX_JOBS} a matrix allows; use a shard-size of at least ${fits}` }]);
    }
    const base = Math.floor(targets.length / count);
    const larger = targets.length % count;
    const shards = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
        const take = base + (i < larger ? 1 : 0);
        shards.push({ index: i + 1, count, label: `${i + 1}/${count}`, targets: targets.slice(at, at + take) });
        at += take;
    }
    return shards;
}
/** The matrix for `strategy.matrix: ${{ fromJSON(...) }}`: one `include` entry per shard. */
function describeShardMatrix(shards) {
    return { include: shards.map((s) => ({ shard: s.label, targets: s.targets.join(',') })) };
}
/** The shard label of each target (for the join's summary: which shard failed). */
function indexShards(shards) {
    return new Map(shards.flatMap((s) => s.targets.map((t) => [t, s.label])));
}
/**
 * A shard's targets as a run-stage or health-gate job was given them: every
 * one must belong to the stage, none twice. Returns them in the order given.
 */
function checkShardTargets(stageName, stageTargets, given, inputName = 'targets') {
    const known = new Set(stageTargets);
    const strangers = given.filter((t) => !known.has(t));
    if (strangers.length)
        throw new errors/* ConfigError */.xL([{ path: `input ${inputName}`, message: `expected targets of stage ${stageName}; got ${strangers.map((t) => JSON.stringify(t)).join(', ')}, which it does not have` }]);
    const twice = given.filter((t, i) => given.indexOf(t) !== i);
    if (twice.length)
        throw new errors/* ConfigError */.xL([{ path: `input ${inputName}`, message: `expected each target once; got ${[...new Set(twice)].join(', ')} more than once` }]);
    return [...given];
}

// EXTERNAL MODULE: ../../packages/github/src/errors.ts
var src_errors = __webpack_require__(46480);
// EXTERNAL MODULE: ../../packages/github/src/payload.ts
var src_payload = __webpack_require__(48237);
;// CONCATENATED MODULE: ../../packages/github/src/lock-claims.ts



const lock_claims_LIVE = new Set(['queued', 'pending', 'in_progress']);
/** Claims older than the longest hold (and an hour of slack) are not read at all. */
const HORIZON_MS = MAX_LOCK_HOLD_MS + 3_600_000;
function readLockPayload(raw) {
    const p = (0,src_payload/* parsePayloadObject */.VM)(raw);
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
        throw (0,src_errors/* explainGitHubError */.P)(e, `reading the rollout lock ${environment}`, 'deployments: read');
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
        if (claim.state && !lock_claims_LIVE.has(claim.state))
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
        throw (0,src_errors/* explainGitHubError */.P)(e, `reading rollout lock claim ${id}`, 'deployments: read');
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
            description: (0,src_payload/* cutDescription */.zs)(`rollout lock of ${options.service} for run ${options.run.id}`),
        });
        return res.data.id;
    }
    catch (e) {
        throw (0,src_errors/* explainGitHubError */.P)(e, `claiming the rollout lock ${options.environment}`);
    }
}
async function setClaim(client, repo, id, state, description, logUrl) {
    try {
        await client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
            ...repo, deployment_id: id, state, description: (0,src_payload/* cutDescription */.zs)(description), auto_inactive: false, ...(logUrl ? { log_url: logUrl } : {}),
        });
    }
    catch (e) {
        throw (0,src_errors/* explainGitHubError */.P)(e, `setting rollout lock claim ${id} to ${state}`);
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
    const mode = (0,src_inputs/* parseChoiceInput */.XT)('lock', inputs.lock.trim(), ['wait', 'fail', 'off'], 'wait');
    let timeoutMs;
    try {
        timeoutMs = (0,duration/* parseDuration */.E9)(inputs.timeout.trim() || DEFAULT_LOCK_TIMEOUT);
    }
    catch (e) {
        throw new errors/* ConfigError */.xL([{ path: 'input lock-timeout', message: e.message }]);
    }
    checkBeforeLocking(session.plan, inputs);
    if (mode === 'off' || session.dryRun)
        return;
    const holdMs = lockHoldMs(session.plan);
    for (const environment of lockEnvironmentsOf(session.plan)) {
        held.push(await acquireRolloutLock(session.client, session.store.repo, {
            environment, service: session.plan.service, ref: session.run.ref || 'HEAD', mode, timeoutMs, holdMs, signal, log,
            run: { id: session.run.id, attempt: session.run.attempt, ...(session.run.url ? { url: session.run.url } : {}) },
        }));
    }
}
function checkBeforeLocking(plan, inputs) {
    for (const [name, value] of Object.entries(inputs.versions ?? {}))
        if (value)
            (0,version/* assertSafeVersion */.y)(value, plan['version-pattern'], name);
    const stage = inputs.stage ? (0,plan_resolve/* findStage */.U9)(plan, inputs.stage) : undefined;
    // A shard's targets (run-stage) belong to its stage: checked before a claim is written.
    if (stage && inputs.targets?.length) {
        checkShardTargets(stage.name, stage.targets, inputs.targets);
        return;
    }
    const known = new Set((0,plan_resolve/* allTargets */.eN)(plan));
    const unknown = (inputs.targets ?? []).filter((t) => !known.has(t));
    if (unknown.length)
        throw new errors/* ConfigError */.xL([{ path: 'input targets', message: `expected targets of the plan (${[...known].join(', ')}); got ${unknown.map((t) => JSON.stringify(t)).join(', ')}` }]);
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


/***/ }),

/***/ 46480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ explainGitHubError)
/* harmony export */ });
/* unused harmony export GitHubAccessError */
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


/***/ }),

/***/ 48237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VM: () => (/* binding */ parsePayloadObject),
/* harmony export */   rD: () => (/* binding */ readPayload),
/* harmony export */   zs: () => (/* binding */ cutDescription)
/* harmony export */ });
/* unused harmony export DEPLOYMENT_STATES */
/** Deployment status states GitHub accepts. */
const DEPLOYMENT_STATES = (/* unused pure expression or super */ null && (['queued', 'pending', 'in_progress', 'success', 'failure', 'error', 'inactive']));
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


/***/ })

};

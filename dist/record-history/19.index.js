export const id = 19;
export const ids = [19];
export const modules = {

/***/ 75019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attemptOf: () => (/* binding */ attemptOf),
/* harmony export */   createArtifactHistory: () => (/* binding */ createArtifactHistory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _stagegate_action_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52360);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66821);





/** The attempt number in `<prefix>-<run>-<attempt>`, or undefined when the name is not ours. */
function attemptOf(name, prefix, runId) {
    const m = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-${runId}-(\\d+)$`).exec(name);
    return m ? Number(m[1]) : undefined;
}
/** HistoryArtifacts over @actions/artifact: uploads through the results service, reads other runs through the REST API. */
function createArtifactHistory(access) {
    // @actions/artifact and the Azure SDK it brings are most of this bundle: loaded (as a
    // separate chunk) only when something is uploaded or downloaded, not on every start.
    let loading;
    const artifactClient = () => (loading ??= Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 62584)).then((m) => new m.DefaultArtifactClient()));
    return {
        async upload(name, files, retentionDays) {
            const res = await (await artifactClient()).uploadArtifact(name, files, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(files[0] ?? '.', '..'), retentionDays ? { retentionDays } : {});
            if (res.id === undefined)
                throw new Error(`the artifact service did not return an id for ${name}`);
            return res.id;
        },
        async downloadHistory(runId, prefix, beforeAttempt) {
            const findBy = runId === access.runId ? undefined : { token: access.token, workflowRunId: Number(runId), repositoryOwner: access.owner, repositoryName: access.repo };
            const client = await artifactClient();
            const { artifacts } = await client.listArtifacts(findBy ? { findBy } : {});
            const ours = artifacts
                .map((a) => ({ a, attempt: attemptOf(a.name, prefix, runId) }))
                .filter((x) => x.attempt !== undefined && (beforeAttempt === undefined || x.attempt < beforeAttempt))
                .sort((x, y) => y.attempt - x.attempt);
            const newest = ours[0];
            if (!newest)
                return undefined;
            const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(access.workDir || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'history-'));
            await client.downloadArtifact(newest.a.id, findBy ? { path: dir, findBy } : { path: dir });
            const files = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
            if (!files.includes('history.jsonl'))
                throw new Error(`artifact ${newest.a.name} holds no history.jsonl (found ${files.join(', ') || 'nothing'})`);
            return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'history.jsonl'), 'utf8');
        },
        async downloadJournals(prefix, attempt) {
            const client = await artifactClient();
            const { artifacts } = await client.listArtifacts({});
            const journals = artifacts.filter((a) => (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_3__/* .isJournalOf */ .N2)(a.name, prefix, access.runId, attempt));
            // A journal is a few kB: fetch them side by side.
            return Promise.all(journals.map(async (a) => {
                const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(access.workDir || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'journal-'));
                await client.downloadArtifact(a.id, { path: dir });
                const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, _stagegate_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .JOURNAL_FILE */ .RD), 'utf8').catch((e) => {
                    throw new Error(`artifact ${a.name} holds no ${_stagegate_action_kit__WEBPACK_IMPORTED_MODULE_4__/* .JOURNAL_FILE */ .RD} (${e.code ?? e.message})`);
                });
                return { name: a.name, text };
            }));
        },
    };
}


/***/ }),

/***/ 52360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ Journal),
/* harmony export */   RD: () => (/* binding */ JOURNAL_FILE),
/* harmony export */   _0: () => (/* binding */ openJournal),
/* harmony export */   b: () => (/* binding */ DEFAULT_JOURNAL_PREFIX),
/* harmony export */   bR: () => (/* binding */ uploadWithActionsArtifact),
/* harmony export */   fY: () => (/* binding */ writeJournal)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16801);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66821);
/* harmony import */ var _with_timeout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59761);




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
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(this.historyFile), { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(this.historyFile, (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .formatHistoryLines */ .R4)(this.events));
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
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(this.stagingDir, { recursive: true });
            const journal = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.stagingDir, JOURNAL_FILE);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(journal, (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .formatHistoryLines */ .R4)(this.events));
            staged = [journal, ...files.filter((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f)).map((f) => {
                    const copy = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.stagingDir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(f));
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(f, copy);
                    return copy;
                })];
        }
        catch (e) {
            return warn(log, `journal not uploaded: staging in ${this.stagingDir} failed: ${e.message}`);
        }
        const first = (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_3__/* .journalArtifactName */ .P3)(this.prefix, this.base);
        for (let i = 1; i <= MAX_NAME_TRIES; i++) {
            const name = i === 1 ? first : `${first}-${i}`;
            try {
                await (0,_with_timeout_js__WEBPACK_IMPORTED_MODULE_4__/* .withTimeout */ .w)(upload(name, staged, this.stagingDir), UPLOAD_TIMEOUT_MS, `upload of ${name} took over ${UPLOAD_TIMEOUT_MS / 1000}s`);
                log.info(`journal: uploaded ${name} (${this.events.length} event(s), ${staged.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(f)).join(', ')})`);
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
    const base = (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .readEventBase */ .wG)(env);
    const wanted = prefix.trim() || DEFAULT_JOURNAL_PREFIX;
    const ok = /^[A-Za-z0-9._-]+$/.test(wanted);
    const problem = ok ? undefined : `input journal-prefix: expected letters, digits, . _ -; got ${JSON.stringify(wanted)}; the journal is uploaded as ${DEFAULT_JOURNAL_PREFIX}-…`;
    const temp = env.RUNNER_TEMP || env.TMPDIR || '/tmp';
    const step = (env.GITHUB_ACTION || String(process.pid)).replace(/[^A-Za-z0-9._-]/g, '_');
    return new Journal(base, (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .defaultHistoryFile */ .Oe)(env), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(temp, 'stagegate', `journal-${base.run.id}-${base.run.attempt}-${step}-${process.pid}`), ok ? wanted : DEFAULT_JOURNAL_PREFIX, Boolean(env.ACTIONS_RUNTIME_TOKEN), problem);
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

/***/ 66821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N2: () => (/* binding */ isJournalOf),
/* harmony export */   P3: () => (/* binding */ journalArtifactName)
/* harmony export */ });
/* unused harmony export describeTargetEvents */
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


/***/ })

};

export const id = 301;
export const ids = [301];
export const modules = {

/***/ 67301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  STATUS_FILE_NAME: () => (/* binding */ STATUS_FILE_NAME),
  collectAttachments: () => (/* binding */ collectAttachments),
  createStatusAttacher: () => (/* binding */ createStatusAttacher)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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

;// CONCATENATED MODULE: ./src/status-attachments.ts



/** The status file's name in the history artifact. */
const STATUS_FILE_NAME = 'deploy-status.json';
/**
 * The files uploaded beside history.jsonl: `deploy-status.json` (from the
 * Deployments status and the merged history) and every `incident-*.md` the
 * run wrote beside its history file.
 */
async function collectAttachments(input) {
    const out = [];
    if (input.statuses) {
        const status = buildDeployStatus({
            now: input.now, repository: input.repository, statuses: input.statuses, events: input.events, frozen: input.frozen,
            ...(input.plan ? { service: input.plan.service, stages: input.plan.stages } : {}),
        });
        out.push({ name: STATUS_FILE_NAME, text: `${JSON.stringify(status, null, 2)}\n` });
    }
    const names = await (0,promises_.readdir)(input.historyDir).catch(() => []);
    for (const name of names.filter((n) => /^incident-[A-Za-z0-9._-]+\.md$/.test(n)).sort()) {
        out.push({ name, text: await (0,promises_.readFile)((0,external_node_path_.join)(input.historyDir, name), 'utf8') });
    }
    return out;
}
/**
 * record-history's `attach`: reads the status once (kept for the outputs and
 * the summary) and makes the attachments. A Deployments read that fails costs
 * only the status file, with a warning: the history is still uploaded.
 */
function createStatusAttacher(o) {
    let statuses;
    return {
        statuses: () => statuses,
        async attach(events) {
            statuses = await o.readStatuses().catch((e) => {
                o.warn(`record-history: ${STATUS_FILE_NAME} was not written: could not read the Deployments API (${e.message.split('\n')[0]})`);
                return undefined;
            });
            const frozen = statuses && o.readFrozen ? await o.readFrozen().catch((e) => {
                o.warn(`record-history: ${STATUS_FILE_NAME} does not say whether deployments are frozen: could not read the freeze record (${e.message.split('\n')[0]})`);
                return undefined;
            }) : undefined;
            return collectAttachments({ ...o, events, statuses, now: new Date(), frozen });
        },
    };
}


/***/ })

};

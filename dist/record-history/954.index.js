export const id = 954;
export const ids = [954];
export const modules = {

/***/ 15954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeDora: () => (/* binding */ describeDora),
/* harmony export */   renderRecentTable: () => (/* binding */ renderRecentTable),
/* harmony export */   renderStatusTable: () => (/* binding */ renderStatusTable),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _stagegate_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54490);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46288);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28283);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90806);


/** The status table: one row per target. */
function renderStatusTable(statuses) {
    return (0,_stagegate_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['target', 'live version', 'since', 'previous good', 'rollout'], statuses.map((s) => [
        s.target, s.version ?? '—', s.since ?? '—', s.previous ?? '—',
        s.inProgress ? `in progress: ${s.rollingOut ?? ''}` : s.failing ? 'newest failed' : 'idle',
    ]));
}
/** The last rollouts: one row per deployment. */
function renderRecentTable(rows) {
    return (0,_stagegate_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['when', 'target', 'stage', 'version', 'kind', 'outcome'], rows.map((f) => [f.createdAt, f.target, f.stage, f.version, f.kind, (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_1__/* .describeOutcome */ .SS)(f)]));
}
/** One line of DORA figures. */
function describeDora(d) {
    const pct = d.changeFailureRate === undefined ? 'n/a' : `${(d.changeFailureRate * 100).toFixed(1)}%`;
    const ms = (m) => (m.medianMs === undefined ? 'n/a' : `${(0,_stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(m.medianMs)} (median of ${m.samples})`);
    return `${d.deployments} deployments (${d.rollouts} versions) in ${Number(d.days.toFixed(1))} days: ${d.deploymentsPerDay.toFixed(2)} successful a day; lead time ${ms(d.leadTime)}; change failure rate ${pct}; time to restore ${ms(d.timeToRestore)}${d.unrestored ? `; ${d.unrestored} not restored yet` : ''}`;
}
/** The whole summary: status, last rollouts, a chart per day, DORA. */
function renderSummary(input) {
    const days = input.chartDays ?? 14;
    const from = new Date(input.now.getTime() - (days - 1) * 86_400_000);
    const perDay = (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_1__/* .countPerDay */ .dR)(input.windowFacts, (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_3__/* .makeFailureTest */ .LM)(input.windowFacts), from, input.now);
    return [
        '### What is deployed where',
        renderStatusTable(input.statuses),
        '### Last rollouts',
        input.recent.length > 0 ? renderRecentTable(input.recent) : '_No deployments yet._',
        `### Deployments and failures per day (last ${days} days)`,
        (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_1__/* .renderDailyChart */ .c6)(perDay),
        '### DORA',
        describeDora(input.dora),
        '',
    ].join('\n\n');
}


/***/ }),

/***/ 54490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
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


/***/ }),

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


/***/ })

};

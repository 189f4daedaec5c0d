export const id = 845;
export const ids = [845];
export const modules = {

/***/ 43845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recordHistory: () => (/* binding */ recordHistory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16801);



async function readEvents(file) {
    try {
        return (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .parseHistoryLines */ .hT)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'), file);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return [];
        throw e;
    }
}
const firstLine = (e) => (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
/**
 * Merges the run's events (the job's own file, the `events` input, every
 * journal artifact the run's jobs uploaded) with the history carried from the
 * earlier attempt of this run (a re-run) or else from the previous run, and
 * uploads it as this attempt's own artifact (`<prefix>-<run>-<attempt>`).
 * Earlier artifacts are never touched, so nothing recorded is lost. An
 * artifact service that is missing or failing is not fatal: each thing
 * skipped is named in `skipped`, and the merged events are still returned.
 */
async function recordHistory(o, deps) {
    if (o.extraEvents.length > 0) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(o.historyFile), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(o.historyFile, (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .formatHistoryLines */ .R4)(o.extraEvents));
    }
    const local = await readEvents(o.historyFile);
    const artifactName = `${o.artifactPrefix}-${o.run.id}-${o.run.attempt}`;
    const skipped = [];
    const artifacts = 'unavailable' in deps.artifacts ? undefined : deps.artifacts;
    if (!artifacts)
        skipped.push(`artifacts are unavailable (${deps.artifacts.unavailable}): the run's journals were not merged, no earlier history was carried forward and ${artifactName} was not uploaded`);
    const journals = [];
    let journalEvents = [];
    if (artifacts) {
        try {
            const found = await artifacts.downloadJournals(o.journalPrefix, o.run.attempt);
            journalEvents = (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .mergeHistories */ .dk)(...found.map((j) => (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .parseHistoryLines */ .hT)(j.text, `artifact ${j.name}`)));
            journals.push(...found.map((j) => j.name));
        }
        catch (e) {
            skipped.push(`the run's journal artifacts (${o.journalPrefix}-${o.run.id}-*) were not merged: ${firstLine(e)}`);
        }
    }
    const own = (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .mergeHistories */ .dk)(local, journalEvents);
    let earlier = [];
    let carriedFrom;
    if (artifacts) {
        let source = '';
        try {
            let text;
            if (o.run.attempt > 1) {
                source = `run ${o.run.id} attempt <${o.run.attempt}`;
                text = await artifacts.downloadHistory(o.run.id, o.artifactPrefix, o.run.attempt);
            }
            if (text === undefined && o.previousRun !== 'none') {
                const previous = o.previousRun === 'auto' ? await deps.findPreviousRun() : o.previousRun;
                if (previous && previous !== o.run.id) {
                    source = `run ${previous}`;
                    text = await artifacts.downloadHistory(previous, o.artifactPrefix);
                    if (text === undefined)
                        deps.log(`run ${previous} left no ${o.artifactPrefix} artifact: starting the history from this run`);
                }
            }
            if (text !== undefined) {
                earlier = (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .parseHistoryLines */ .hT)(text, `artifact of ${source}`);
                carriedFrom = source;
            }
        }
        catch (e) {
            skipped.push(`the history of ${source || 'the previous run'} was not carried forward: ${firstLine(e)}`);
        }
    }
    const events = (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .mergeHistories */ .dk)(earlier, own);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(o.stagingDir, { recursive: true });
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(o.stagingDir, 'history.jsonl');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .formatHistoryLines */ .R4)(events));
    const attached = [];
    for (const a of (await deps.attach?.(events)) ?? []) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(o.stagingDir, a.name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, a.text);
        attached.push(path);
    }
    let artifactId;
    if (artifacts) {
        try {
            artifactId = await artifacts.upload(artifactName, [file, ...attached], o.retentionDays);
            deps.log(`uploaded ${artifactName} (id ${artifactId}): ${events.length} events, ${own.length} from this run (${journals.length} journal artifact(s))${carriedFrom ? `, the rest from ${carriedFrom}` : ''}`);
        }
        catch (e) {
            skipped.push(`${artifactName} was not uploaded: ${firstLine(e)}; the history is in ${file} on the runner only`);
        }
    }
    return { artifactId, artifactName, eventCount: events.length, runEventCount: own.length, carriedFrom, journals, skipped, events, attached };
}


/***/ })

};

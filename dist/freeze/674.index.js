export const id = 674;
export const ids = [674];
export const modules = {

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

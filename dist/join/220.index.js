export const id = 220;
export const ids = [220];
export const modules = {

/***/ 4220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   holdRolloutLock: () => (/* reexport safe */ _session_lock_js__WEBPACK_IMPORTED_MODULE_1__._7),
/* harmony export */   openActionSession: () => (/* reexport safe */ _action_shell_js__WEBPACK_IMPORTED_MODULE_0__.Z)
/* harmony export */ });
/* harmony import */ var _action_shell_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49650);
/* harmony import */ var _session_lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73571);
/**
 * @stagegate/deployer: deploys a stage's targets and rolls targets back, each
 * recorded as a GitHub Deployment. Shared by the run-stage and rollback
 * actions and by the pipeline, which calls deployStage and rollbackTargets in-process.
 */


















/***/ })

};

export const id = 617;
export const ids = [617];
export const modules = {

/***/ 617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BUDGET_SPENT: () => (/* reexport safe */ _send_js__WEBPACK_IMPORTED_MODULE_6__.$M),
/* harmony export */   DEFAULT_RETRY_POLICY: () => (/* reexport safe */ _send_js__WEBPACK_IMPORTED_MODULE_6__.cO),
/* harmony export */   DISCORD_LIMITS: () => (/* reexport safe */ _discord_js__WEBPACK_IMPORTED_MODULE_3__.YT),
/* harmony export */   EVENT_KINDS: () => (/* reexport safe */ _events_js__WEBPACK_IMPORTED_MODULE_0__.dP),
/* harmony export */   OUTCOME_COLOURS: () => (/* reexport safe */ _text_js__WEBPACK_IMPORTED_MODULE_1__.J),
/* harmony export */   PAGERDUTY_EVENTS_URL: () => (/* reexport safe */ _pagerduty_js__WEBPACK_IMPORTED_MODULE_5__.mJ),
/* harmony export */   PAGERDUTY_LIMITS: () => (/* reexport safe */ _pagerduty_js__WEBPACK_IMPORTED_MODULE_5__.T3),
/* harmony export */   PAGERDUTY_SEVERITY: () => (/* reexport safe */ _pagerduty_js__WEBPACK_IMPORTED_MODULE_5__.wm),
/* harmony export */   SIGNATURE_HEADER: () => (/* reexport safe */ _webhook_js__WEBPACK_IMPORTED_MODULE_4__.D8),
/* harmony export */   SLACK_LIMITS: () => (/* reexport safe */ _slack_js__WEBPACK_IMPORTED_MODULE_2__.u2),
/* harmony export */   appendAuditRecord: () => (/* reexport safe */ _audit_js__WEBPACK_IMPORTED_MODULE_7__.xs),
/* harmony export */   appendDigestLine: () => (/* reexport safe */ _audit_js__WEBPACK_IMPORTED_MODULE_7__.b0),
/* harmony export */   checkFallbacks: () => (/* reexport safe */ _routes_js__WEBPACK_IMPORTED_MODULE_8__.UK),
/* harmony export */   createEvent: () => (/* reexport safe */ _events_js__WEBPACK_IMPORTED_MODULE_0__.lh),
/* harmony export */   createNotifier: () => (/* reexport safe */ _notifier_js__WEBPACK_IMPORTED_MODULE_9__.T),
/* harmony export */   decideFailure: () => (/* reexport safe */ _notifier_js__WEBPACK_IMPORTED_MODULE_9__.n),
/* harmony export */   defaultAuditFile: () => (/* reexport safe */ _audit_js__WEBPACK_IMPORTED_MODULE_7__.bA),
/* harmony export */   deploymentsLink: () => (/* reexport safe */ _events_js__WEBPACK_IMPORTED_MODULE_0__.HG),
/* harmony export */   describeEvent: () => (/* reexport safe */ _events_js__WEBPACK_IMPORTED_MODULE_0__.gN),
/* harmony export */   describeStates: () => (/* reexport safe */ _events_js__WEBPACK_IMPORTED_MODULE_0__.k_),
/* harmony export */   digestFileFor: () => (/* reexport safe */ _audit_js__WEBPACK_IMPORTED_MODULE_7__.Cf),
/* harmony export */   embedSize: () => (/* reexport safe */ _discord_js__WEBPACK_IMPORTED_MODULE_3__.lZ),
/* harmony export */   escapeSlack: () => (/* reexport safe */ _slack_js__WEBPACK_IMPORTED_MODULE_2__.k4),
/* harmony export */   factsOf: () => (/* reexport safe */ _events_js__WEBPACK_IMPORTED_MODULE_0__.xS),
/* harmony export */   formatDiscordMessage: () => (/* reexport safe */ _discord_js__WEBPACK_IMPORTED_MODULE_3__.Vq),
/* harmony export */   formatPagerDutyEvent: () => (/* reexport safe */ _pagerduty_js__WEBPACK_IMPORTED_MODULE_5__.VT),
/* harmony export */   formatSlackMessage: () => (/* reexport safe */ _slack_js__WEBPACK_IMPORTED_MODULE_2__.tW),
/* harmony export */   formatWebhookMessage: () => (/* reexport safe */ _webhook_js__WEBPACK_IMPORTED_MODULE_4__.Yk),
/* harmony export */   hexColour: () => (/* reexport safe */ _text_js__WEBPACK_IMPORTED_MODULE_1__._X),
/* harmony export */   isAtLeast: () => (/* reexport safe */ _events_js__WEBPACK_IMPORTED_MODULE_0__.du),
/* harmony export */   isHttpUrl: () => (/* reexport safe */ _routes_js__WEBPACK_IMPORTED_MODULE_8__.q$),
/* harmony export */   linksOf: () => (/* reexport safe */ _events_js__WEBPACK_IMPORTED_MODULE_0__.hP),
/* harmony export */   outcomeOf: () => (/* reexport safe */ _events_js__WEBPACK_IMPORTED_MODULE_0__.sG),
/* harmony export */   pagerDutyActionOf: () => (/* reexport safe */ _pagerduty_js__WEBPACK_IMPORTED_MODULE_5__.tv),
/* harmony export */   pagerDutyDedupKey: () => (/* reexport safe */ _pagerduty_js__WEBPACK_IMPORTED_MODULE_5__.B3),
/* harmony export */   parseAuditTrail: () => (/* reexport safe */ _audit_js__WEBPACK_IMPORTED_MODULE_7__.jh),
/* harmony export */   postWithRetry: () => (/* reexport safe */ _send_js__WEBPACK_IMPORTED_MODULE_6__.xX),
/* harmony export */   priorityOf: () => (/* reexport safe */ _events_js__WEBPACK_IMPORTED_MODULE_0__.a2),
/* harmony export */   rankOf: () => (/* reexport safe */ _events_js__WEBPACK_IMPORTED_MODULE_0__.IQ),
/* harmony export */   readRetryAfter: () => (/* reexport safe */ _send_js__WEBPACK_IMPORTED_MODULE_6__.D$),
/* harmony export */   redactSecrets: () => (/* reexport safe */ _text_js__WEBPACK_IMPORTED_MODULE_1__.fp),
/* harmony export */   routesFromPlan: () => (/* reexport safe */ _routes_js__WEBPACK_IMPORTED_MODULE_8__.Uf),
/* harmony export */   runContextFromEnv: () => (/* reexport safe */ _events_js__WEBPACK_IMPORTED_MODULE_0__.wX),
/* harmony export */   secretPartsOf: () => (/* reexport safe */ _text_js__WEBPACK_IMPORTED_MODULE_1__.K0),
/* harmony export */   secretsOf: () => (/* reexport safe */ _routes_js__WEBPACK_IMPORTED_MODULE_8__.Fj),
/* harmony export */   signBody: () => (/* reexport safe */ _webhook_js__WEBPACK_IMPORTED_MODULE_4__.uk),
/* harmony export */   sleepUnlessAborted: () => (/* reexport safe */ _send_js__WEBPACK_IMPORTED_MODULE_6__.bp),
/* harmony export */   titleOf: () => (/* reexport safe */ _events_js__WEBPACK_IMPORTED_MODULE_0__.Gg),
/* harmony export */   truncateText: () => (/* reexport safe */ _text_js__WEBPACK_IMPORTED_MODULE_1__.EJ),
/* harmony export */   verifySignature: () => (/* reexport safe */ _webhook_js__WEBPACK_IMPORTED_MODULE_4__.Od),
/* harmony export */   webhookHeaders: () => (/* reexport safe */ _webhook_js__WEBPACK_IMPORTED_MODULE_4__.Gw)
/* harmony export */ });
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1212);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(226);
/* harmony import */ var _slack_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4333);
/* harmony import */ var _discord_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3133);
/* harmony import */ var _webhook_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4396);
/* harmony import */ var _pagerduty_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2698);
/* harmony import */ var _send_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9195);
/* harmony import */ var _audit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1410);
/* harmony import */ var _routes_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5455);
/* harmony import */ var _notifier_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9503);
/**
 * @stagegate/notify: priority-routed Slack, Discord and webhook alerts with
 * retries and fallbacks, and a JSONL audit trail that holds every event and
 * every attempt even when the channels are down.
 */












/***/ })

};

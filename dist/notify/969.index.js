export const id = 969;
export const ids = [969];
export const modules = {

/***/ 13969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveRoutes: () => (/* binding */ resolveRoutes)
/* harmony export */ });
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85736);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33023);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35675);
/* harmony import */ var _stagegate_notify__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15455);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33483);



/**
 * The routes for this step: the `channels` input, else the webhook inputs
 * (the issue's seed routing: Slack from P2, Discord as Slack's fallback and
 * at once for P0, the webhook from P2), else the plan's notify: section.
 */
function resolveRoutes(src) {
    const routes = src.channelsText.trim() ? routesFromChannelsInput(src.channelsText, src.env) : hasDirect(src) ? routesFromWebhookInputs(src) : (0,_stagegate_notify__WEBPACK_IMPORTED_MODULE_1__/* .routesFromPlan */ .Uf)(src.plan?.notify, src.env);
    return src.failOnError ? { ...routes, failOnError: src.failOnError } : routes;
}
function hasDirect(src) {
    return Boolean(src.slackWebhook.trim() || src.discordWebhook.trim() || src.webhookUrl.trim());
}
function routesFromChannelsInput(text, env) {
    let data;
    try {
        data = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (e) {
        throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL([{ path: 'input channels', message: `expected YAML or JSON in the plan's notify: format; ${e.message.split('\n')[0]}` }]);
    }
    const parsed = _stagegate_core__WEBPACK_IMPORTED_MODULE_3__/* .Notify */ .M9.safeParse(data ?? {}, { reportInput: true });
    if (!parsed.success)
        throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(parsed.error.issues.flatMap((i) => (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_4__/* .describeIssue */ .n6)(i, ['input channels'])));
    return (0,_stagegate_notify__WEBPACK_IMPORTED_MODULE_1__/* .routesFromPlan */ .Uf)(parsed.data, env, 'input channels');
}
function routesFromWebhookInputs(src) {
    const problems = [];
    const common = { minPriority: 'P2', immediatePriority: 'P0', timeoutMs: 10_000, retries: 3 };
    const channels = [];
    const add = (input, value, channel) => {
        const url = value.trim();
        if (!url)
            return;
        if (!(0,_stagegate_notify__WEBPACK_IMPORTED_MODULE_1__/* .isHttpUrl */ .q$)(url))
            problems.push({ path: `input ${input}`, message: 'expected an http(s) URL (value not shown: it is a secret)' });
        channels.push({ ...common, ...channel, url });
    };
    add('slack-webhook', src.slackWebhook, { name: 'slack', type: 'slack' });
    add('discord-webhook', src.discordWebhook, { name: 'discord', type: 'discord', ...(src.slackWebhook.trim() ? { fallbackFor: 'slack' } : {}) });
    add('webhook-url', src.webhookUrl, { name: 'webhook', type: 'webhook', ...(src.webhookSecret.trim() ? { secret: src.webhookSecret.trim() } : {}) });
    problems.push(...(0,_stagegate_notify__WEBPACK_IMPORTED_MODULE_1__/* .checkFallbacks */ .UK)(channels, 'input'));
    if (problems.length)
        throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(problems);
    return { channels, failOnError: 'p0-p1' };
}


/***/ })

};

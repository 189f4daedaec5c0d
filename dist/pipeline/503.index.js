export const id = 503;
export const ids = [503];
export const modules = {

/***/ 1410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ digestFileFor),
/* harmony export */   b0: () => (/* binding */ appendDigestLine),
/* harmony export */   bA: () => (/* binding */ defaultAuditFile),
/* harmony export */   jh: () => (/* binding */ parseAuditTrail),
/* harmony export */   xs: () => (/* binding */ appendAuditRecord)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Where the notify action writes its audit trail unless told otherwise: under
 * RUNNER_TEMP, which lives as long as the job, so record-history in a later
 * step of the same job finds and uploads it, and it never dirties the checkout.
 */
function defaultAuditFile(env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.RUNNER_TEMP || env.GITHUB_WORKSPACE || process.cwd(), 'stagegate', 'notify-audit.jsonl');
}
/**
 * Appends one JSON line and fsyncs before returning, so a record is on disk
 * before the next network send starts: a runner killed mid-send (cancel,
 * OOM) still leaves every event and every finished attempt in the file.
 * One write call per line, on an O_APPEND descriptor, so lines from
 * parallel sends never interleave.
 */
function appendAuditRecord(file, record) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'a');
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, `${JSON.stringify(record)}\n`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Parses an audit file's text back into records (a torn last line is skipped). */
function parseAuditTrail(text) {
    const out = [];
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        try {
            out.push(JSON.parse(line));
        }
        catch {
            // Only the last line can be torn (a crash mid-write); the rest is intact.
        }
    }
    return out;
}
/**
 * The daily digest beside the audit trail (uploaded with it):
 * `stagegate-digest-<yyyy-mm-dd>.md`, one file per UTC day.
 */
function digestFileFor(auditFile, time) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(auditFile), `stagegate-digest-${time.toISOString().slice(0, 10)}.md`);
}
/** Appends one Markdown list line to a digest file, creating it with a heading. */
function appendDigestLine(file, line) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'a');
    try {
        const fresh = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size === 0;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, `${fresh ? `# stagegate digest ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file).slice(17, 27)}\n\n` : ''}- ${line.replace(/\s*\n\s*/g, ' ')}\n`);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 3133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vq: () => (/* binding */ formatDiscordMessage),
/* harmony export */   YT: () => (/* binding */ DISCORD_LIMITS),
/* harmony export */   lZ: () => (/* binding */ embedSize)
/* harmony export */ });
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1212);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(226);


/** Discord's embed limits (developer docs, "Embed Limits"). */
const DISCORD_LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, total: 6000 };
const FOOTER = 'stagegate';
/** A markdown link whose text cannot close the brackets and whose URL cannot close the parenthesis. */
function discordLink(l) {
    return `[${l.text.replace(/[[\]]/g, '')}](${l.url.replace(/[()\s]/g, encodeURIComponent)})`;
}
/**
 * The links as one field value: whole links only, as many as fit, then
 * "+N more", so a long list is shortened without cutting a URL.
 */
function linksField(links) {
    const lines = [];
    let used = 0;
    for (const [i, l] of links.entries()) {
        const line = discordLink(l);
        const left = links.length - i - 1;
        const reserve = left > 0 ? `\n+${left} more`.length : 0;
        if (used + line.length + (lines.length ? 1 : 0) + reserve > DISCORD_LIMITS.fieldValue) {
            lines.push(`+${links.length - i} more`);
            break;
        }
        used += line.length + (lines.length ? 1 : 0);
        lines.push(line);
    }
    return lines.join('\n');
}
/** Characters an embed counts toward Discord's 6000 total. */
function embedSize(embed) {
    const fields = (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + fields + (embed.footer?.text.length ?? 0);
}
/**
 * The webhook payload for an event: one embed coloured by outcome, within
 * every Discord limit. The title is the first line (cause and state, cut to
 * fit); the description holds the cause, the state of each affected target
 * and the next step in whatever room is left, cut at a word, never inside a
 * link; mentions are disabled so a reason cannot ping @everyone.
 */
function formatDiscordMessage(event) {
    const fields = (0,_events_js__WEBPACK_IMPORTED_MODULE_0__/* .factsOf */ .xS)(event).map((f) => ({
        name: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateText */ .EJ)(f.label, DISCORD_LIMITS.fieldName),
        value: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateText */ .EJ)(f.value, DISCORD_LIMITS.fieldValue),
        inline: true,
    }));
    const links = (0,_events_js__WEBPACK_IMPORTED_MODULE_0__/* .linksOf */ .hP)(event);
    if (links.length)
        fields.push({ name: 'Links', value: linksField(links), inline: false });
    const embed = {
        title: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateText */ .EJ)((0,_events_js__WEBPACK_IMPORTED_MODULE_0__/* .describeEvent */ .gN)(event), DISCORD_LIMITS.title),
        color: _text_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTCOME_COLOURS */ .J[(0,_events_js__WEBPACK_IMPORTED_MODULE_0__/* .outcomeOf */ .sG)(event)],
        fields: fields.slice(0, DISCORD_LIMITS.fields),
        footer: { text: FOOTER },
        timestamp: event.time,
    };
    if (event.runUrl && /^https?:\/\//.test(event.runUrl))
        embed.url = event.runUrl;
    const states = [...(event.states ?? []).map((t) => `• **${t.target}**${t.runs ? ` runs ${t.runs}` : ''}: ${t.note}`), ...(event.others?.count ? [`+${event.others.count} ${event.others.label}`] : [])];
    const parts = [...(event.reason ? [`**Cause:** ${event.reason}`] : []), ...(states.length ? [`**Now:**\n${states.join('\n')}`] : []), ...(event.nextStep ? [`**Next step:** ${event.nextStep}`] : [])];
    if (parts.length) {
        const room = Math.min(DISCORD_LIMITS.description, DISCORD_LIMITS.total - embedSize(embed));
        const description = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateText */ .EJ)(parts.join('\n'), room);
        if (description)
            embed.description = description;
    }
    return { username: 'stagegate', embeds: [embed], allowed_mentions: { parse: [] } };
}


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ titleOf),
/* harmony export */   HG: () => (/* binding */ deploymentsLink),
/* harmony export */   IQ: () => (/* binding */ rankOf),
/* harmony export */   a2: () => (/* binding */ priorityOf),
/* harmony export */   dP: () => (/* binding */ EVENT_KINDS),
/* harmony export */   du: () => (/* binding */ isAtLeast),
/* harmony export */   gN: () => (/* binding */ describeEvent),
/* harmony export */   hP: () => (/* binding */ linksOf),
/* harmony export */   k_: () => (/* binding */ describeStates),
/* harmony export */   lh: () => (/* binding */ createEvent),
/* harmony export */   sG: () => (/* binding */ outcomeOf),
/* harmony export */   wX: () => (/* binding */ runContextFromEnv),
/* harmony export */   xS: () => (/* binding */ factsOf)
/* harmony export */ });
/** Everything stagegate reports, from the first deploy to the last verdict. */
const EVENT_KINDS = [
    'deploy-started',
    'stage-succeeded',
    'stage-failed',
    'gate-failed',
    'rollback-started',
    'rollback-succeeded',
    'rollback-failed',
    'pipeline-succeeded',
    'pipeline-failed',
    'manual-approval-waiting',
];
/**
 * Default priority per kind, from the seed systems' routing: P0 is a hard stop
 * (a failed deploy or gate, a rollback that did not work), P1 needs a person
 * soon (a rollback, a partial deploy, an approval), P2 is good news.
 */
const KIND_PRIORITY = {
    'deploy-started': 'P2',
    'stage-succeeded': 'P2',
    'stage-failed': 'P0',
    'gate-failed': 'P0',
    'rollback-started': 'P1',
    'rollback-succeeded': 'P1',
    'rollback-failed': 'P0',
    'pipeline-succeeded': 'P2',
    'pipeline-failed': 'P0',
    'manual-approval-waiting': 'P1',
};
/** The default priority of an event kind (P0 most urgent). */
function priorityOf(kind) {
    return KIND_PRIORITY[kind];
}
/** True when `p` is as urgent as `threshold` or more (P0 ≥ P1 ≥ P2 ≥ P3). */
function isAtLeast(p, threshold) {
    return rankOf(p) <= rankOf(threshold);
}
/** 0 for P0 … 3 for P3. */
function rankOf(p) {
    return Number(p.slice(1));
}
/** Completes an event: the kind's priority unless one is given, a time and an id. */
function createEvent(input, now = new Date()) {
    const time = input.time ?? now.toISOString();
    const id = input.id ?? `${time.replace(/\D/g, '').slice(0, 17)}-${Math.random().toString(36).slice(2, 8)}`;
    return { ...input, id, time, priority: input.priority ?? priorityOf(input.kind) };
}
const KIND_OUTCOME = {
    'deploy-started': 'started',
    'stage-succeeded': 'succeeded',
    'pipeline-succeeded': 'succeeded',
    'rollback-started': 'rolled-back',
    'rollback-succeeded': 'rolled-back',
    'manual-approval-waiting': 'needs-person',
};
/** The outcome an event shows (its colour): the one given, else what its kind says, else failed. */
function outcomeOf(e) {
    return e.outcome ?? KIND_OUTCOME[e.kind] ?? 'failed';
}
/** The state of the affected targets in one line: "ewr runs v3 (rolling back to v1); +4 healthy". */
function describeStates(e) {
    const lines = (e.states ?? []).map((s) => `${s.target}${s.runs ? ` runs ${s.runs}` : ''} (${s.note})`);
    if (e.others?.count)
        lines.push(`+${e.others.count} ${e.others.label}`);
    return lines.join('; ');
}
/** The short title: "P0 trading-api 1.4.2: stage failed in canary". */
function titleOf(e) {
    const what = e.headline ?? e.kind.replace(/-/g, ' ');
    const where = e.stage ? ` in ${e.stage}` : '';
    return `${e.priority} ${e.service}${e.version ? ` ${e.version}` : ''}: ${what}${where}`;
}
/**
 * The first line a person reads: the title, then the cause, then what the
 * affected targets run now, e.g. "P0 trading-api v3: stage failed in canary
 * — ewr/http: 503 — now: ewr runs v3 (rolling back to v1); +4 healthy".
 */
function describeEvent(e) {
    const states = describeStates(e);
    return `${titleOf(e)}${e.reason ? ` — ${oneLine(e.reason)}` : ''}${states ? ` — now: ${states}` : ''}`;
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ');
}
/** Key facts as label/value pairs, in the order they are shown. */
function factsOf(e) {
    const facts = [
        { label: 'Service', value: e.service },
        { label: 'Priority', value: e.priority },
    ];
    if (e.version)
        facts.push({ label: 'Version', value: e.version });
    if (e.stage)
        facts.push({ label: 'Stage', value: e.stage });
    if (!e.states && e.targets?.length)
        facts.push({ label: 'Targets', value: e.targets.join(', ') });
    facts.push({ label: 'Event', value: e.kind });
    const c = e.context;
    if (c?.repository)
        facts.push({ label: 'Repo', value: c.repository });
    if (c?.ref)
        facts.push({ label: 'Ref', value: c.ref.replace(/^refs\/(heads|tags)\//, '') });
    if (c?.sha)
        facts.push({ label: 'Commit', value: c.sha.slice(0, 7) });
    if (c?.actor)
        facts.push({ label: 'Actor', value: c.actor });
    return facts;
}
/** Every link of an event: the run, the commit, the repository, then the deployments. */
function linksOf(e) {
    const c = e.context;
    const server = (c?.serverUrl || 'https://github.com').replace(/\/+$/, '');
    const repo = c?.repository ? `${server}/${c.repository}` : undefined;
    return [
        ...(e.runUrl ? [{ text: 'Workflow run', url: e.runUrl }] : []),
        ...(repo && c?.sha ? [{ text: `Commit ${c.sha.slice(0, 7)}`, url: `${repo}/commit/${c.sha}` }] : []),
        ...(repo ? [{ text: c?.repository ?? 'Repository', url: repo }] : []),
        ...(e.links ?? []),
    ];
}
/** The link to an environment's deployments page on GitHub, or undefined without a repository. */
function deploymentsLink(context, environment) {
    if (!context?.repository)
        return undefined;
    const server = (context.serverUrl || 'https://github.com').replace(/\/+$/, '');
    return { text: `Deployments: ${environment}`, url: `${server}/${context.repository}/deployments/${encodeURIComponent(environment)}` };
}
/** The run's context from the runner's GITHUB_* variables (what an action's main.ts passes on). */
function runContextFromEnv(env) {
    const pick = (name) => env[name]?.trim() || undefined;
    const context = {};
    const fields = [['repository', 'GITHUB_REPOSITORY'], ['ref', 'GITHUB_REF'], ['sha', 'GITHUB_SHA'], ['actor', 'GITHUB_ACTOR'], ['serverUrl', 'GITHUB_SERVER_URL']];
    for (const [key, name] of fields) {
        const value = pick(name);
        if (value)
            context[key] = value;
    }
    return context;
}


/***/ }),

/***/ 9503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ createNotifier),
/* harmony export */   n: () => (/* binding */ decideFailure)
/* harmony export */ });
/* harmony import */ var _audit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1410);
/* harmony import */ var _discord_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3133);
/* harmony import */ var _pagerduty_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2698);
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1212);
/* harmony import */ var _routes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5455);
/* harmony import */ var _send_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9195);
/* harmony import */ var _slack_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4333);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(226);
/* harmony import */ var _webhook_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4396);









/**
 * A notifier over resolved routes. For each event: the event line is
 * written to the audit file before anything is sent; the channels that take
 * the event at once are sent to in parallel (the slowest one bounds the
 * time); a channel that fails sets off its fallbacks; each attempt is
 * written as it ends. Callers may fire events without awaiting them: each
 * channel keeps its own order.
 */
function createNotifier(options) {
    const clock = options.clock ?? (() => new Date());
    const deps = {
        fetch: options.fetch ?? globalThis.fetch,
        sleep: options.sleep ?? _send_js__WEBPACK_IMPORTED_MODULE_0__/* .sleepUnlessAborted */ .bp,
        now: () => clock().getTime(),
        signal: options.signal,
    };
    // One queue per channel: events reach a channel in the order they happened even though
    // callers do not wait, and a slow channel holds back only itself, never its fallbacks.
    const queues = new Map();
    const inOrder = (channel, work) => {
        const next = (queues.get(channel) ?? Promise.resolve()).then(work, work);
        queues.set(channel, next.catch(() => undefined));
        return next;
    };
    const secrets = (0,_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .secretsOf */ .Fj)(options.routes).flatMap((s) => (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .secretPartsOf */ .K0)(s.value).map((value) => ({ value, label: s.label })));
    const redact = (text) => (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .redactSecrets */ .fp)(text, secrets);
    const log = (line) => options.log?.(redact(line));
    const write = (record) => (0,_audit_js__WEBPACK_IMPORTED_MODULE_3__/* .appendAuditRecord */ .xs)(options.auditFile, record);
    async function deliver(event, channel, attempts) {
        const { body, headers } = renderFor(channel, event);
        const policy = { ..._send_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY_POLICY */ .cO, ...options.backoff, retries: channel.retries, timeoutMs: channel.timeoutMs };
        return (0,_send_js__WEBPACK_IMPORTED_MODULE_0__/* .postWithRetry */ .xX)(channel.url, { body, headers }, policy, deps, (a) => {
            const record = { type: 'attempt', time: clock().toISOString(), event: event.id, channel: channel.name, ...a };
            write(record);
            attempts.push(record);
            log(describeAttempt(record));
        }, redact);
    }
    for (const u of options.routes.unconfigured ?? []) {
        write({ type: 'channel', time: clock().toISOString(), channel: u.name, status: 'not configured', detail: `${u.path}: ${u.variable} is not set; alerts for ${u.name} are logged locally only` });
    }
    // Channels a P0 of this rollout was sent to: its closing message goes there too, so a
    // fallback that carried the alarm also carries the all-clear (even while the primary hangs).
    const alarmed = new Set();
    // One event: the audit line first, then the digest (P3) or the channels that want it.
    async function route(event) {
        write({ type: 'event', time: clock().toISOString(), event });
        const digest = event.priority === 'P3' ? options.digestFile?.(new Date(event.time)) : undefined;
        if (digest) {
            (0,_audit_js__WEBPACK_IMPORTED_MODULE_3__/* .appendDigestLine */ .b0)(digest, `${event.time} ${(0,_events_js__WEBPACK_IMPORTED_MODULE_4__/* .describeEvent */ .gN)(event)}`);
            write({ type: 'result', time: clock().toISOString(), event: event.id, delivered: ['digest'], failed: [], mustFail: false });
            return { event, delivered: ['digest'], failed: [], attempts: [], mustFail: false };
        }
        log(`notify: ${(0,_events_js__WEBPACK_IMPORTED_MODULE_4__/* .describeEvent */ .gN)(event)}`);
        const wanted = (c) => (!event.detail || c.events === 'all') && (0,_events_js__WEBPACK_IMPORTED_MODULE_4__/* .isAtLeast */ .du)(event.priority, c.minPriority);
        const eligible = options.routes.channels.filter((c) => wanted(c) || (event.closing && alarmed.has(c.name)));
        const direct = eligible.filter((c) => !c.fallbackFor || (event.closing && alarmed.has(c.name)) || (c.immediatePriority !== 'none' && (0,_events_js__WEBPACK_IMPORTED_MODULE_4__/* .isAtLeast */ .du)(event.priority, c.immediatePriority)));
        const started = new Set();
        const delivered = [];
        const failed = [];
        const attempts = [];
        const run = async (channel) => {
            started.add(channel.name);
            if (event.priority === 'P0')
                alarmed.add(channel.name);
            if (await inOrder(channel.name, () => deliver(event, channel, attempts))) {
                delivered.push(channel.name);
                return;
            }
            failed.push(channel.name);
            const fallbacks = eligible.filter((f) => f.fallbackFor === channel.name && !started.has(f.name));
            if (fallbacks.length)
                log(`notify: ${channel.name} failed; falling back to ${fallbacks.map((f) => f.name).join(', ')}`);
            await Promise.all(fallbacks.map(run));
        };
        await Promise.all(direct.map(run));
        const mustFail = decideFailure(options.routes.failOnError, event, delivered, failed);
        write({ type: 'result', time: clock().toISOString(), event: event.id, delivered, failed, mustFail });
        return { event, delivered, failed, attempts, mustFail };
    }
    return { notify: route };
}
/**
 * Whether an event's delivery fails the step. p0-p1 (the default): a P0 or
 * P1 that was sent somewhere and reached nowhere; any: any channel failed;
 * never: the audit trail is enough.
 */
function decideFailure(rule, event, delivered, failed) {
    if (rule === 'never' || failed.length === 0)
        return false;
    if (rule === 'any')
        return true;
    return (0,_events_js__WEBPACK_IMPORTED_MODULE_4__/* .rankOf */ .IQ)(event.priority) <= 1 && delivered.length === 0;
}
function renderFor(channel, event) {
    if (channel.type === 'slack')
        return { body: JSON.stringify((0,_slack_js__WEBPACK_IMPORTED_MODULE_5__/* .formatSlackMessage */ .tW)(event)) };
    if (channel.type === 'discord')
        return { body: JSON.stringify((0,_discord_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDiscordMessage */ .Vq)(event)) };
    if (channel.type === 'pagerduty')
        return { body: JSON.stringify((0,_pagerduty_js__WEBPACK_IMPORTED_MODULE_7__/* .formatPagerDutyEvent */ .VT)(event, channel.routingKey ?? '')) };
    const body = JSON.stringify((0,_webhook_js__WEBPACK_IMPORTED_MODULE_8__/* .formatWebhookMessage */ .Yk)(event));
    return { body, headers: (0,_webhook_js__WEBPACK_IMPORTED_MODULE_8__/* .webhookHeaders */ .Gw)(event, body, channel.secret) };
}
function describeAttempt(a) {
    const what = a.status !== undefined ? `HTTP ${a.status}` : (a.error ?? 'error');
    const tail = a.outcome === 'retrying' ? `; retrying in ${a.retryInMs}ms` : a.outcome === 'failed' && a.error && a.status !== undefined ? ` (${a.error.slice(0, 120)})` : '';
    return `notify: ${a.channel} attempt ${a.attempt} ${a.outcome} (${what}, ${a.durationMs}ms)${tail}`;
}


/***/ }),

/***/ 2698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B3: () => (/* binding */ pagerDutyDedupKey),
/* harmony export */   T3: () => (/* binding */ PAGERDUTY_LIMITS),
/* harmony export */   VT: () => (/* binding */ formatPagerDutyEvent),
/* harmony export */   mJ: () => (/* binding */ PAGERDUTY_EVENTS_URL),
/* harmony export */   tv: () => (/* binding */ pagerDutyActionOf),
/* harmony export */   wm: () => (/* binding */ PAGERDUTY_SEVERITY)
/* harmony export */ });
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1212);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(226);


/**
 * PagerDuty's Events API v2 (POST /v2/enqueue): an alert opens an incident
 * (`trigger`), and the rollout's all-clear closes it (`resolve`) with the same
 * `dedup_key`, so one rollout is one incident however many alerts it sends.
 * PagerDuty answers 202 `{ status: "success", dedup_key }`; 400 for a bad
 * event (final), 429 and 5xx to retry (the sender's policy).
 */
/** The Events API v2 endpoint. */
const PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue';
/** PagerDuty's severities, by stagegate priority. */
const PAGERDUTY_SEVERITY = { P0: 'critical', P1: 'error', P2: 'warning', P3: 'info' };
/** PagerDuty's limits: summary 1024 characters, dedup_key 255. */
const PAGERDUTY_LIMITS = { summary: 1024, dedupKey: 255 };
/**
 * The all-clear resolves: the rollout's closing message when it succeeded or
 * was rolled back and verified healthy. Every other event the channel takes
 * triggers (a P0 by default; a failed or cancelled end keeps the incident open).
 */
function pagerDutyActionOf(e) {
    const allClear = e.kind === 'pipeline-succeeded' || (e.closing === true && (e.outcome === 'succeeded' || e.outcome === 'rolled-back'));
    return allClear ? 'resolve' : 'trigger';
}
/**
 * One key per rollout: service, version and the run (a re-run attempt of the
 * same run and version continues the same incident). Stable across the
 * rollout's messages, so the all-clear resolves what its alert opened.
 */
function pagerDutyDedupKey(e) {
    const run = e.rollout ?? /\/actions\/runs\/(\d+)/.exec(e.runUrl ?? '')?.[1] ?? 'run';
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .EJ)(`stagegate/${e.service}/${e.version ?? '-'}/${run}`, PAGERDUTY_LIMITS.dedupKey);
}
/**
 * The Events API v2 body. A trigger carries the payload PagerDuty requires
 * (summary: the cause first; source; severity) and the details a responder
 * needs; a resolve needs only the key. The routing key is the caller's
 * secret: it is in the body only, never in a URL or a log line.
 */
function formatPagerDutyEvent(event, routingKey) {
    const action = pagerDutyActionOf(event);
    const base = { routing_key: routingKey, event_action: action, dedup_key: pagerDutyDedupKey(event) };
    if (action === 'resolve')
        return base;
    const links = (0,_events_js__WEBPACK_IMPORTED_MODULE_1__/* .linksOf */ .hP)(event).filter((l) => /^https?:\/\//.test(l.url)).map((l) => ({ href: l.url, text: l.text }));
    return {
        ...base,
        payload: {
            summary: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .EJ)((0,_events_js__WEBPACK_IMPORTED_MODULE_1__/* .describeEvent */ .gN)(event), PAGERDUTY_LIMITS.summary),
            source: event.context?.repository ? `${event.context.repository}: ${event.service}` : event.service,
            severity: PAGERDUTY_SEVERITY[event.priority],
            timestamp: event.time,
            component: event.service,
            ...(event.stage ? { group: event.stage } : {}),
            class: event.kind,
            custom_details: {
                version: event.version, stage: event.stage, priority: event.priority, cause: event.reason,
                targets: event.states?.map((s) => `${s.target}${s.runs ? ` runs ${s.runs}` : ''}: ${s.note}`) ?? event.targets,
                next_step: event.nextStep, run: event.runUrl,
            },
        },
        ...(links.length ? { links } : {}),
        client: 'stagegate',
        ...(event.runUrl && /^https?:\/\//.test(event.runUrl) ? { client_url: event.runUrl } : {}),
    };
}


/***/ }),

/***/ 5455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ secretsOf),
/* harmony export */   UK: () => (/* binding */ checkFallbacks),
/* harmony export */   Uf: () => (/* binding */ routesFromPlan),
/* harmony export */   q$: () => (/* binding */ isHttpUrl)
/* harmony export */ });
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8283);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5736);

/**
 * Resolves the plan's `notify:` section: each `env:NAME` becomes the value of
 * NAME. A channel whose webhook variable is unset is left out and listed as
 * unconfigured (alerts for it stay in the audit trail), unless it says
 * `required: true`: then, as every other problem, it is a ConfigError named by
 * plan path and variable. No message ever contains a URL. `where` prefixes the paths (`notify`
 * for a plan, `input channels` for the action's input).
 */
function routesFromPlan(notify, env, where = 'notify') {
    if (!notify)
        return { channels: [], failOnError: 'p0-p1' };
    const problems = [];
    const unconfigured = [];
    const read = (ref, path, optional = false) => {
        // A plan that skipped schema validation may hold the URL or key itself: refuse it without echoing it.
        if (!ref.startsWith('env:')) {
            problems.push({ path, message: 'expected env:NAME (the variable that holds the value); the plan holds the value itself (not shown: it is a secret)' });
            return '';
        }
        const name = ref.slice(4);
        const value = env[name]?.trim();
        if (!value && optional)
            unconfigured.push({ name: path.split('.').at(-2) ?? path, path, variable: name });
        else if (!value)
            problems.push({ path, message: `the environment variable ${name} is not set or empty; set it from a secret, e.g. env: { ${name}: \${{ secrets.${name} }} }` });
        return value ?? '';
    };
    const channels = [];
    for (const type of ['slack', 'discord', 'webhook']) {
        const c = notify[type];
        if (!c)
            continue;
        const urlKey = 'url' in c ? 'url' : 'webhook';
        const urlRef = 'url' in c ? c.url : c.webhook;
        const url = read(urlRef, `${where}.${type}.${urlKey}`, !c.required);
        if (!url && !c.required && urlRef.startsWith('env:'))
            continue;
        if (url && !isHttpUrl(url))
            problems.push({ path: `${where}.${type}.${urlKey}`, message: `the environment variable ${urlRef.slice(4)} does not hold an http(s) URL (value not shown: it is a secret)` });
        const secret = 'secret' in c && c.secret ? read(c.secret, `${where}.${type}.secret`) : undefined;
        channels.push({
            name: type,
            type,
            url,
            ...(secret ? { secret } : {}),
            minPriority: c['min-priority'],
            ...(c['fallback-for'] ? { fallbackFor: c['fallback-for'] } : {}),
            immediatePriority: c['immediate-priority'],
            timeoutMs: (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(c.timeout),
            retries: c.retries,
            events: c.events,
        });
    }
    const pd = notify.pagerduty;
    const routingKey = pd ? read(pd['routing-key'], `${where}.pagerduty.routing-key`, !pd.required) : '';
    if (pd && routingKey) {
        // The events URL is not a secret (the key travels in the body): it may be a plain URL in the plan.
        channels.push({
            name: 'pagerduty', type: 'pagerduty', url: pd['events-url'], routingKey, minPriority: pd['min-priority'], ...(pd['fallback-for'] ? { fallbackFor: pd['fallback-for'] } : {}),
            immediatePriority: pd['immediate-priority'], timeoutMs: (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(pd.timeout), retries: pd.retries, events: pd.events,
        });
    }
    // A fallback for a channel that is not configured takes that channel's place.
    for (const c of channels)
        if (c.fallbackFor && unconfigured.some((u) => u.name === c.fallbackFor))
            delete c.fallbackFor;
    problems.push(...checkFallbacks(channels, where));
    if (problems.length)
        throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(problems);
    return { channels, failOnError: notify['fail-on-error'], ...(unconfigured.length ? { unconfigured } : {}) };
}
/** A fallback must name another configured channel, or it would never be used. */
function checkFallbacks(channels, where) {
    const names = channels.map((c) => c.name);
    return channels
        .filter((c) => c.fallbackFor !== undefined && (c.fallbackFor === c.name || !names.includes(c.fallbackFor)))
        .map((c) => ({ path: `${where}.${c.name}.fallback-for`, message: `expected another configured channel (${names.filter((n) => n !== c.name).join(', ') || 'none'}); got "${c.fallbackFor}"` }));
}
/** True for an absolute http(s) URL; never echoes the text. */
function isHttpUrl(text) {
    try {
        const u = new URL(text);
        return u.protocol === 'https:' || u.protocol === 'http:';
    }
    catch {
        return false;
    }
}
/** Every secret of the routes with the label that replaces it in messages. */
function secretsOf(routes) {
    return routes.channels.flatMap((c) => [
        ...(c.type === 'pagerduty' ? [] : [{ value: c.url, label: `<${c.name} webhook>`, channel: c.name }]),
        ...(c.routingKey ? [{ value: c.routingKey, label: `<${c.name} routing key>`, channel: c.name }] : []),
        ...(c.secret ? [{ value: c.secret, label: `<${c.name} secret>`, channel: c.name }] : []),
    ]);
}


/***/ }),

/***/ 9195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ BUDGET_SPENT),
/* harmony export */   D$: () => (/* binding */ readRetryAfter),
/* harmony export */   bp: () => (/* binding */ sleepUnlessAborted),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   xX: () => (/* binding */ postWithRetry)
/* harmony export */ });
/** The error recorded on an attempt cut short because the run's notification budget was spent. */
const BUDGET_SPENT = 'abandoned: the run\'s notification budget (notify-timeout) was spent';
/** A sleep on a timer of our own that a signal ends early (never AbortSignal.timeout: see the Node 20 bug in DESIGN.md). */
function sleepUnlessAborted(ms, signal) {
    return new Promise((done) => {
        if (signal?.aborted)
            return done();
        const stop = () => {
            clearTimeout(timer);
            done();
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', stop);
            done();
        }, ms);
        signal?.addEventListener('abort', stop, { once: true });
    });
}
/** Default policy: the plan's defaults (10s, 3 retries) and a 1s first backoff. */
const DEFAULT_RETRY_POLICY = { retries: 3, timeoutMs: 10_000, backoffMs: 1000, maxBackoffMs: 30_000, maxRetryAfterMs: 60_000 };
/**
 * POSTs a JSON body, retrying 5xx, 429 and network errors with exponential
 * backoff; a 429 waits what the server asks (Slack's Retry-After header,
 * Discord's retry_after in the body). Any other 4xx is final: the payload or
 * the URL is wrong and sending it again cannot help. `onAttempt` runs after
 * each attempt, before any wait, so the audit line is written at once.
 * `redact` removes secrets from error text (undici puts URLs in messages).
 */
async function postWithRetry(url, request, policy, deps, onAttempt, redact) {
    for (let attempt = 1;; attempt++) {
        const started = deps.now();
        let status;
        let error;
        let serverWaitMs;
        if (deps.signal?.aborted) {
            onAttempt({ attempt, error: BUDGET_SPENT, durationMs: 0, outcome: 'failed' });
            return false;
        }
        // One controller per attempt, fired by our own timer or by the run's budget.
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new TimeoutError(policy.timeoutMs)), policy.timeoutMs);
        const onBudget = () => controller.abort(new Error(BUDGET_SPENT));
        deps.signal?.addEventListener('abort', onBudget, { once: true });
        try {
            const res = await deps.fetch(url, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', 'User-Agent': 'stagegate-notify', ...request.headers },
                body: request.body,
                signal: controller.signal,
                redirect: 'error',
            });
            status = res.status;
            const text = await res.text();
            if (res.ok) {
                onAttempt({ attempt, status, durationMs: deps.now() - started, outcome: 'delivered' });
                return true;
            }
            error = redact(text.slice(0, 300).trim()) || `HTTP ${status}`;
            if (status === 429)
                serverWaitMs = readRetryAfter(res.headers.get('retry-after'), text);
        }
        catch (e) {
            error = deps.signal?.aborted ? BUDGET_SPENT : redact(describeFetchError(e, policy.timeoutMs));
        }
        finally {
            clearTimeout(timer);
            deps.signal?.removeEventListener('abort', onBudget);
        }
        const durationMs = deps.now() - started;
        const retryable = status === undefined || status === 429 || status >= 500;
        if (!retryable || attempt > policy.retries || deps.signal?.aborted) {
            onAttempt({ attempt, status, error, durationMs, outcome: 'failed' });
            return false;
        }
        const backoff = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** (attempt - 1));
        const retryInMs = serverWaitMs !== undefined ? Math.min(serverWaitMs, policy.maxRetryAfterMs) : backoff;
        onAttempt({ attempt, status, error, durationMs, outcome: 'retrying', retryInMs });
        await deps.sleep(retryInMs, deps.signal);
    }
}
/** Our own attempt timeout, named as fetch names its own. */
class TimeoutError extends Error {
    constructor(ms) {
        super(`timed out after ${ms}ms`);
        this.name = 'TimeoutError';
    }
}
/**
 * The wait a 429 asks for, in ms: Discord's body `retry_after` (float
 * seconds) first, as it is more precise, else the Retry-After header
 * (seconds or an HTTP date). Undefined when neither says.
 */
function readRetryAfter(header, body) {
    try {
        const parsed = JSON.parse(body);
        if (typeof parsed.retry_after === 'number' && parsed.retry_after >= 0)
            return Math.ceil(parsed.retry_after * 1000);
    }
    catch {
        // Slack answers 429 with plain text; the header is what counts then.
    }
    if (!header)
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0)
        return Math.ceil(seconds * 1000);
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
/** A short, cause-bearing description of a fetch failure ("fetch failed" alone says nothing). */
function describeFetchError(e, timeoutMs) {
    if (!(e instanceof Error))
        return String(e);
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
        return `timed out after ${timeoutMs}ms`;
    const cause = e.cause;
    const detail = cause?.code ?? cause?.message;
    return detail ? `${e.message} (${detail})` : e.message;
}


/***/ }),

/***/ 4333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k4: () => (/* binding */ escapeSlack),
/* harmony export */   tW: () => (/* binding */ formatSlackMessage),
/* harmony export */   u2: () => (/* binding */ SLACK_LIMITS)
/* harmony export */ });
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1212);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(226);


/** Slack's limits for the blocks used here (Block Kit reference). */
const SLACK_LIMITS = { header: 150, sectionText: 3000, fieldText: 2000, fields: 10, contextElements: 10, fallbackText: 4000 };
/** Escapes the three characters Slack mrkdwn treats as control characters. */
function escapeSlack(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A Slack link: <url|text>, the text escaped so it cannot close the link. */
function slackLink(text, url) {
    return `<${url.replace(/[<>|\s]/g, encodeURIComponent)}|${escapeSlack(text).replace(/\|/g, '¦')}>`;
}
/**
 * The incoming-webhook payload for an event. `text` is what a notification
 * and a screen reader show: its first line carries the cause and what the
 * affected targets run now. The attachment (for the colour bar by outcome)
 * holds the Block Kit message: title, facts, cause, state, next step, links.
 */
function formatSlackMessage(event) {
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .EJ)((0,_events_js__WEBPACK_IMPORTED_MODULE_1__/* .titleOf */ .Gg)(event), SLACK_LIMITS.header), emoji: true } },
        {
            type: 'section',
            fields: (0,_events_js__WEBPACK_IMPORTED_MODULE_1__/* .factsOf */ .xS)(event)
                .slice(0, SLACK_LIMITS.fields)
                .map((f) => ({ type: 'mrkdwn', text: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .EJ)(`*${f.label}*\n${escapeSlack(f.value)}`, SLACK_LIMITS.fieldText) })),
        },
    ];
    const section = (label, body) => {
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .EJ)(`*${label}*\n${body}`, SLACK_LIMITS.sectionText) } });
    };
    if (event.reason)
        section('Cause', escapeSlack(event.reason));
    const states = [...(event.states ?? []).map((t) => `• *${escapeSlack(t.target)}*${t.runs ? ` runs ${escapeSlack(t.runs)}` : ''}: ${escapeSlack(t.note)}`), ...(event.others?.count ? [`+${event.others.count} ${escapeSlack(event.others.label)}`] : [])];
    if (states.length)
        section('Now', states.join('\n'));
    if (event.nextStep)
        section('Next step', escapeSlack(event.nextStep));
    const links = (0,_events_js__WEBPACK_IMPORTED_MODULE_1__/* .linksOf */ .hP)(event);
    // Room for the "+N more" and the footer element: a link is never cut, only left out whole.
    const context = links.slice(0, SLACK_LIMITS.contextElements - 2).map((l) => ({ type: 'mrkdwn', text: slackLink(l.text, l.url) }));
    if (links.length > context.length)
        context.push({ type: 'mrkdwn', text: `+${links.length - context.length} more` });
    context.push({ type: 'mrkdwn', text: `stagegate · ${event.time}` });
    blocks.push({ type: 'context', elements: context });
    const headline = (0,_events_js__WEBPACK_IMPORTED_MODULE_1__/* .describeEvent */ .gN)(event);
    return {
        text: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .EJ)(`${headline}${event.nextStep ? `\nNext: ${event.nextStep}` : ''}`, SLACK_LIMITS.fallbackText),
        attachments: [{ color: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .hexColour */ ._X)((0,_events_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeOf */ .sG)(event)), fallback: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .EJ)(headline, SLACK_LIMITS.header), blocks }],
    };
}


/***/ }),

/***/ 226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ truncateText),
/* harmony export */   J: () => (/* binding */ OUTCOME_COLOURS),
/* harmony export */   K0: () => (/* binding */ secretPartsOf),
/* harmony export */   _X: () => (/* binding */ hexColour),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/** Colour of the side bar per outcome: failed red, rolled back orange, needs a person yellow, succeeded green, started blue. */
const OUTCOME_COLOURS = { failed: 0xd1242f, 'rolled-back': 0xe16f24, 'needs-person': 0xd4a72c, succeeded: 0x1f883d, started: 0x0969da };
/** The colour as "#rrggbb" (Slack wants a string, Discord an integer). */
function hexColour(outcome) {
    return `#${OUTCOME_COLOURS[outcome].toString(16).padStart(6, '0')}`;
}
const ELLIPSIS = '…';
// A bare URL or a markdown link [text](url): cutting one in half leaves a link
// that opens the wrong page, which is worse than no link.
const LINKISH = /\[[^\]\n]*\]\([^)\s]*\)|<[^>\s|]+(?:\|[^>]*)?>|https?:\/\/\S+/g;
/**
 * Shortens text to at most `max` characters (counted in UTF-16 units, as
 * Slack and Discord count), ending with "…". Never cuts inside a link: a link
 * that does not fit is left out whole. Never splits a surrogate pair.
 */
function truncateText(text, max) {
    if (text.length <= max)
        return text;
    if (max <= 0)
        return '';
    if (max === 1)
        return ELLIPSIS;
    let cut = max - ELLIPSIS.length;
    for (const m of text.matchAll(LINKISH)) {
        const start = m.index ?? 0;
        if (start >= cut)
            break;
        if (start + m[0].length > cut) {
            cut = start;
            break;
        }
    }
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut -= 1;
    return text.slice(0, cut).trimEnd() + ELLIPSIS;
}
/**
 * Replaces each secret (a webhook URL, its path, a signing key) in `text`
 * with a label, so an error message can be printed and written to the audit
 * trail. Longest first, so a URL is replaced whole before its path is.
 */
function redactSecrets(text, secrets) {
    let out = text;
    const sorted = [...secrets].filter((s) => s.value.length >= 4).sort((a, b) => b.value.length - a.value.length);
    for (const s of sorted)
        out = out.split(s.value).join(s.label);
    return out;
}
/** The parts of a webhook URL that alone would let someone post: the URL, its path and query. */
function secretPartsOf(url) {
    const parts = [url];
    try {
        const u = new URL(url);
        if (u.pathname.length > 1)
            parts.push(u.pathname + u.search, u.pathname);
        if (u.search)
            parts.push(u.search.slice(1));
        // undici and URL may print the URL normalised (a trailing slash, escapes).
        if (u.href !== url)
            parts.push(u.href);
    }
    catch {
        // Not a URL: the whole string is all we can hide.
    }
    return parts;
}


/***/ }),

/***/ 4396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ SIGNATURE_HEADER),
/* harmony export */   Gw: () => (/* binding */ webhookHeaders),
/* harmony export */   Od: () => (/* binding */ verifySignature),
/* harmony export */   Yk: () => (/* binding */ formatWebhookMessage),
/* harmony export */   uk: () => (/* binding */ signBody)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** Header carrying the HMAC, named after GitHub's X-Hub-Signature-256 so receivers can reuse their check. */
const SIGNATURE_HEADER = 'X-Stagegate-Signature-256';
/** The generic webhook's body: the event as is, with a format version for receivers. */
function formatWebhookMessage(event) {
    return { source: 'stagegate', format: 1, event };
}
/** `sha256=<hex>` of HMAC-SHA256 over the exact body bytes, as GitHub signs its webhooks. */
function signBody(body, secret) {
    return `sha256=${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', secret).update(body, 'utf8').digest('hex')}`;
}
/**
 * Headers for a generic webhook delivery: what happened and its id (so a
 * receiver can drop a retried duplicate), and the signature when a secret is set.
 */
function webhookHeaders(event, body, secret) {
    const headers = { 'X-Stagegate-Event': event.kind, 'X-Stagegate-Delivery': event.id };
    if (secret)
        headers[SIGNATURE_HEADER] = signBody(body, secret);
    return headers;
}
/**
 * Checks a received body against its signature header in constant time: what
 * a receiver of stagegate's webhook (or a test sink) runs before trusting it.
 */
function verifySignature(body, secret, header) {
    if (!header)
        return false;
    const expected = Buffer.from(signBody(body, secret));
    const got = Buffer.from(header);
    return got.length === expected.length && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(got, expected);
}


/***/ })

};

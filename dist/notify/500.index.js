export const id = 500;
export const ids = [500,674];
export const modules = {

/***/ 21647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: run

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(40927);
// EXTERNAL MODULE: ../../packages/action-kit/src/run-main.ts
var run_main = __webpack_require__(50454);
// EXTERNAL MODULE: ../../packages/action-kit/src/run-context.ts
var run_context = __webpack_require__(18264);
// EXTERNAL MODULE: ../../packages/action-kit/src/inputs.ts
var inputs = __webpack_require__(18322);
// EXTERNAL MODULE: ../../packages/action-kit/src/journal.ts + 2 modules
var journal = __webpack_require__(12774);
// EXTERNAL MODULE: ../../packages/core/src/version.ts
var src_version = __webpack_require__(80427);
// EXTERNAL MODULE: ../../packages/core/src/plan-constants.ts
var plan_constants = __webpack_require__(55428);
// EXTERNAL MODULE: ../../packages/core/src/duration.ts
var duration = __webpack_require__(28283);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
;// CONCATENATED MODULE: ../../packages/notify/src/text.ts
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

// EXTERNAL MODULE: ../../packages/notify/src/routes.ts
var src_routes = __webpack_require__(15455);
;// CONCATENATED MODULE: ../../packages/notify/src/events.ts
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

;// CONCATENATED MODULE: ../../packages/notify/src/audit.ts


/**
 * Where the notify action writes its audit trail unless told otherwise: under
 * RUNNER_TEMP, which lives as long as the job, so record-history in a later
 * step of the same job finds and uploads it, and it never dirties the checkout.
 */
function defaultAuditFile(env) {
    return (0,external_node_path_.join)(env.RUNNER_TEMP || env.GITHUB_WORKSPACE || process.cwd(), 'stagegate', 'notify-audit.jsonl');
}
/**
 * Appends one JSON line and fsyncs before returning, so a record is on disk
 * before the next network send starts: a runner killed mid-send (cancel,
 * OOM) still leaves every event and every finished attempt in the file.
 * One write call per line, on an O_APPEND descriptor, so lines from
 * parallel sends never interleave.
 */
function appendAuditRecord(file, record) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    const fd = (0,external_node_fs_.openSync)(file, 'a');
    try {
        (0,external_node_fs_.writeSync)(fd, `${JSON.stringify(record)}\n`);
        (0,external_node_fs_.fsyncSync)(fd);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
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
    return join(dirname(auditFile), `stagegate-digest-${time.toISOString().slice(0, 10)}.md`);
}
/** Appends one Markdown list line to a digest file, creating it with a heading. */
function appendDigestLine(file, line) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    const fd = (0,external_node_fs_.openSync)(file, 'a');
    try {
        const fresh = (0,external_node_fs_.fstatSync)(fd).size === 0;
        (0,external_node_fs_.writeSync)(fd, `${fresh ? `# stagegate digest ${(0,external_node_path_.basename)(file).slice(17, 27)}\n\n` : ''}- ${line.replace(/\s*\n\s*/g, ' ')}\n`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ../../packages/notify/src/discord.ts


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
    const fields = factsOf(event).map((f) => ({
        name: truncateText(f.label, DISCORD_LIMITS.fieldName),
        value: truncateText(f.value, DISCORD_LIMITS.fieldValue),
        inline: true,
    }));
    const links = linksOf(event);
    if (links.length)
        fields.push({ name: 'Links', value: linksField(links), inline: false });
    const embed = {
        title: truncateText(describeEvent(event), DISCORD_LIMITS.title),
        color: OUTCOME_COLOURS[outcomeOf(event)],
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
        const description = truncateText(parts.join('\n'), room);
        if (description)
            embed.description = description;
    }
    return { username: 'stagegate', embeds: [embed], allowed_mentions: { parse: [] } };
}

;// CONCATENATED MODULE: ../../packages/notify/src/pagerduty.ts


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
    return truncateText(`stagegate/${e.service}/${e.version ?? '-'}/${run}`, PAGERDUTY_LIMITS.dedupKey);
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
    const links = linksOf(event).filter((l) => /^https?:\/\//.test(l.url)).map((l) => ({ href: l.url, text: l.text }));
    return {
        ...base,
        payload: {
            summary: truncateText(describeEvent(event), PAGERDUTY_LIMITS.summary),
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

;// CONCATENATED MODULE: ../../packages/notify/src/send.ts
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

;// CONCATENATED MODULE: ../../packages/notify/src/slack.ts


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
        { type: 'header', text: { type: 'plain_text', text: truncateText(titleOf(event), SLACK_LIMITS.header), emoji: true } },
        {
            type: 'section',
            fields: factsOf(event)
                .slice(0, SLACK_LIMITS.fields)
                .map((f) => ({ type: 'mrkdwn', text: truncateText(`*${f.label}*\n${escapeSlack(f.value)}`, SLACK_LIMITS.fieldText) })),
        },
    ];
    const section = (label, body) => {
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncateText(`*${label}*\n${body}`, SLACK_LIMITS.sectionText) } });
    };
    if (event.reason)
        section('Cause', escapeSlack(event.reason));
    const states = [...(event.states ?? []).map((t) => `• *${escapeSlack(t.target)}*${t.runs ? ` runs ${escapeSlack(t.runs)}` : ''}: ${escapeSlack(t.note)}`), ...(event.others?.count ? [`+${event.others.count} ${escapeSlack(event.others.label)}`] : [])];
    if (states.length)
        section('Now', states.join('\n'));
    if (event.nextStep)
        section('Next step', escapeSlack(event.nextStep));
    const links = linksOf(event);
    // Room for the "+N more" and the footer element: a link is never cut, only left out whole.
    const context = links.slice(0, SLACK_LIMITS.contextElements - 2).map((l) => ({ type: 'mrkdwn', text: slackLink(l.text, l.url) }));
    if (links.length > context.length)
        context.push({ type: 'mrkdwn', text: `+${links.length - context.length} more` });
    context.push({ type: 'mrkdwn', text: `stagegate · ${event.time}` });
    blocks.push({ type: 'context', elements: context });
    const headline = describeEvent(event);
    return {
        text: truncateText(`${headline}${event.nextStep ? `\nNext: ${event.nextStep}` : ''}`, SLACK_LIMITS.fallbackText),
        attachments: [{ color: hexColour(outcomeOf(event)), fallback: truncateText(headline, SLACK_LIMITS.header), blocks }],
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ../../packages/notify/src/webhook.ts

/** Header carrying the HMAC, named after GitHub's X-Hub-Signature-256 so receivers can reuse their check. */
const SIGNATURE_HEADER = 'X-Stagegate-Signature-256';
/** The generic webhook's body: the event as is, with a format version for receivers. */
function formatWebhookMessage(event) {
    return { source: 'stagegate', format: 1, event };
}
/** `sha256=<hex>` of HMAC-SHA256 over the exact body bytes, as GitHub signs its webhooks. */
function signBody(body, secret) {
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(body, 'utf8').digest('hex')}`;
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
    return got.length === expected.length && timingSafeEqual(got, expected);
}

;// CONCATENATED MODULE: ../../packages/notify/src/notifier.ts









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
        sleep: options.sleep ?? sleepUnlessAborted,
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
    const secrets = (0,src_routes/* secretsOf */.Fj)(options.routes).flatMap((s) => secretPartsOf(s.value).map((value) => ({ value, label: s.label })));
    const redact = (text) => redactSecrets(text, secrets);
    const log = (line) => options.log?.(redact(line));
    const write = (record) => appendAuditRecord(options.auditFile, record);
    async function deliver(event, channel, attempts) {
        const { body, headers } = renderFor(channel, event);
        const policy = { ...DEFAULT_RETRY_POLICY, ...options.backoff, retries: channel.retries, timeoutMs: channel.timeoutMs };
        return postWithRetry(channel.url, { body, headers }, policy, deps, (a) => {
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
            appendDigestLine(digest, `${event.time} ${describeEvent(event)}`);
            write({ type: 'result', time: clock().toISOString(), event: event.id, delivered: ['digest'], failed: [], mustFail: false });
            return { event, delivered: ['digest'], failed: [], attempts: [], mustFail: false };
        }
        log(`notify: ${describeEvent(event)}`);
        const wanted = (c) => (!event.detail || c.events === 'all') && isAtLeast(event.priority, c.minPriority);
        const eligible = options.routes.channels.filter((c) => wanted(c) || (event.closing && alarmed.has(c.name)));
        const direct = eligible.filter((c) => !c.fallbackFor || (event.closing && alarmed.has(c.name)) || (c.immediatePriority !== 'none' && isAtLeast(event.priority, c.immediatePriority)));
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
    return rankOf(event.priority) <= 1 && delivered.length === 0;
}
function renderFor(channel, event) {
    if (channel.type === 'slack')
        return { body: JSON.stringify(formatSlackMessage(event)) };
    if (channel.type === 'discord')
        return { body: JSON.stringify(formatDiscordMessage(event)) };
    if (channel.type === 'pagerduty')
        return { body: JSON.stringify(formatPagerDutyEvent(event, channel.routingKey ?? '')) };
    const body = JSON.stringify(formatWebhookMessage(event));
    return { body, headers: webhookHeaders(event, body, channel.secret) };
}
function describeAttempt(a) {
    const what = a.status !== undefined ? `HTTP ${a.status}` : (a.error ?? 'error');
    const tail = a.outcome === 'retrying' ? `; retrying in ${a.retryInMs}ms` : a.outcome === 'failed' && a.error && a.status !== undefined ? ` (${a.error.slice(0, 120)})` : '';
    return `notify: ${a.channel} attempt ${a.attempt} ${a.outcome} (${what}, ${a.durationMs}ms)${tail}`;
}

;// CONCATENATED MODULE: ./src/build-event.ts


/** The job states GitHub puts in `job.status`. */
const JOB_STATUSES = ['success', 'failure', 'cancelled'];
/**
 * Builds the event to send. `kind: auto` reads the job status: success gives
 * pipeline-succeeded, failure and cancelled give pipeline-failed (a cancelled
 * rollout may have stopped half way, so people must hear about it).
 */
function buildEvent(options, now = new Date()) {
    const { kind, reason } = resolveKind(options);
    return createEvent({
        kind,
        ...(options.priority ? { priority: options.priority } : {}),
        service: options.service,
        ...(options.version ? { version: options.version } : {}),
        ...(options.stage ? { stage: options.stage } : {}),
        ...(options.targets.length ? { targets: options.targets } : {}),
        ...(reason ? { reason } : {}),
        runUrl: options.runUrl,
        ...(options.links.length ? { links: options.links.map(parseLink) } : {}),
    }, now);
}
function resolveKind(options) {
    if (options.kind !== 'auto')
        return { kind: options.kind, ...(options.reason ? { reason: options.reason } : {}) };
    if (!options.jobStatus) {
        throw new errors/* ConfigError */.xL([{ path: 'input job-status', message: 'kind auto needs the job status: add job-status: ${{ job.status }} (or give kind one of ' + EVENT_KINDS.join(', ') + ')' }]);
    }
    if (options.jobStatus === 'success')
        return { kind: 'pipeline-succeeded', ...(options.reason ? { reason: options.reason } : {}) };
    const why = options.jobStatus === 'cancelled' ? 'cancelled' : undefined;
    const reason = [why, options.reason].filter(Boolean).join(': ');
    return { kind: 'pipeline-failed', ...(reason ? { reason } : {}) };
}
/** `text=https://…` or a bare URL (shown by its last path segment). */
function parseLink(line) {
    const eq = line.indexOf('=');
    if (eq > 0 && /^https?:\/\//.test(line.slice(eq + 1).trim()))
        return { text: line.slice(0, eq).trim(), url: line.slice(eq + 1).trim() };
    if (!/^https?:\/\//.test(line))
        throw new errors/* ConfigError */.xL([{ path: 'input links', message: `expected text=https://… or an http(s) URL per line; got ${JSON.stringify(line.slice(0, 60))}` }]);
    const last = decodeURIComponent(new URL(line).pathname.split('/').filter(Boolean).at(-1) ?? 'link');
    return { text: last, url: line };
}

// EXTERNAL MODULE: ../../packages/action-kit/src/markdown.ts
var markdown = __webpack_require__(54490);
;// CONCATENATED MODULE: ./src/report.ts


/**
 * What the step tells people about a delivery. Everything here is built from
 * the report, which holds channel names and redacted errors, never a webhook
 * URL, so none of it can leak one.
 */
/** The step summary: the event and, per channel, its outcome, attempts and last answer. */
function renderSummary(report, auditFile) {
    const channels = [...report.delivered, ...report.failed];
    const rows = channels.map((name) => {
        const tries = report.attempts.filter((a) => a.channel === name);
        const last = tries.at(-1);
        const detail = last?.status !== undefined ? `HTTP ${last.status}` : (last?.error ?? '');
        return [name, report.delivered.includes(name) ? '✅ delivered' : '❌ failed', tries.length, detail];
    });
    const table = rows.length ? (0,markdown/* markdownTable */.Qj)(['channel', 'outcome', 'attempts', 'last answer'], rows) : '_No channel takes this priority: recorded in the audit file only._';
    return [`### stagegate notify: ${(0,markdown/* escapeCell */.kq)(describeEvent(report.event))}`, '', table, '', `Audit trail: \`${auditFile}\``, ''].join('\n');
}
/** The step's error when the fail-on-error rule says the delivery failed; undefined otherwise. */
function failureMessage(report, rule, auditFile) {
    if (!report.mustFail)
        return undefined;
    const { priority, kind } = report.event;
    const reached = report.delivered.length ? `reached only ${report.delivered.join(', ')}` : 'reached no channel';
    return `${priority} ${kind} ${reached} (${report.failed.join(', ')} failed; fail-on-error ${rule}); every attempt is in ${auditFile}`;
}
/**
 * A warning for failures that do not fail the step (a fallback took over, or
 * the priority is low): still worth a yellow line in the run.
 */
function warningMessage(report) {
    if (report.mustFail || report.failed.length === 0)
        return undefined;
    const { priority, kind } = report.event;
    return `notify: ${report.failed.join(', ')} failed for ${priority} ${kind}; delivered to ${report.delivered.join(', ') || 'no channel'}`;
}

;// CONCATENATED MODULE: ./src/main.ts








/** The notify action: one event, routed by priority, every attempt in the audit trail. */
async function main() {
    await (0,run_main/* runMain */.V)(notifyStep, core);
}
async function notifyStep() {
    const env = process.env;
    // Mask first: nothing below may print a URL, but a mistake must not leak one either.
    const direct = { slackWebhook: core.getInput('slack-webhook'), discordWebhook: core.getInput('discord-webhook'), webhookUrl: core.getInput('webhook-url'), webhookSecret: core.getInput('webhook-secret') };
    for (const value of Object.values(direct))
        if (value.trim())
            secretPartsOf(value.trim()).forEach((s) => core.setSecret(s));
    const ctx = (0,run_context/* readRunContext */.$)(env);
    // Loaded once the run context is known to be usable: the plan and channel parsers (zod, yaml) are most of the start-up.
    const [{ loadPlanInput }, { resolveRoutes }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(678), __webpack_require__.e(213), __webpack_require__.e(496)]).then(__webpack_require__.bind(__webpack_require__, 14496)), Promise.all(/* import() */[__webpack_require__.e(678), __webpack_require__.e(213), __webpack_require__.e(969)]).then(__webpack_require__.bind(__webpack_require__, 13969))]);
    const planInput = core.getInput('plan');
    const channelsText = core.getInput('channels');
    // The plan is read only when asked for or when it is the only source of channels:
    // a failure alert must not fail because of an unrelated plan problem.
    const wantPlan = planInput.trim() !== '' || (!channelsText.trim() && !Object.values(direct).some((v) => v.trim()));
    const plan = wantPlan && (planInput.trim() || (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(ctx.workspace, '.github/rollout.yml'))) ? loadPlanInput(planInput, ctx.workspace) : undefined;
    const failOnErrorInput = (0,inputs/* parseChoiceInput */.XT)('fail-on-error', core.getInput('fail-on-error'), ['p0-p1', 'any', 'never'], '');
    const routes = resolveRoutes({ ...direct, channelsText, plan, ...(failOnErrorInput ? { failOnError: failOnErrorInput } : {}), env });
    for (const s of (0,src_routes/* secretsOf */.Fj)(routes))
        secretPartsOf(s.value).forEach((part) => core.setSecret(part));
    for (const u of routes.unconfigured ?? [])
        core.warning(`notify: ${u.name} is not configured (${u.path}: ${u.variable} is not set): the event is logged locally only, in the audit trail; add required: true to fail instead`);
    // The version goes into every message and link text: the same rule as the deploy's.
    const versionInput = core.getInput('version').trim();
    const version = versionInput ? (0,src_version/* assertSafeVersion */.y)(versionInput, plan?.['version-pattern'], 'version') : '';
    const priority = (0,inputs/* parseChoiceInput */.XT)('priority', core.getInput('priority'), [...plan_constants/* PRIORITIES */.B, ''], '');
    const jobStatus = (0,inputs/* parseChoiceInput */.XT)('job-status', core.getInput('job-status'), [...JOB_STATUSES, ''], '');
    const built = buildEvent({
        kind: (0,inputs/* parseChoiceInput */.XT)('kind', core.getInput('kind'), [...EVENT_KINDS, 'auto'], 'auto'),
        ...(jobStatus ? { jobStatus } : {}),
        ...(priority ? { priority } : {}),
        service: core.getInput('service').trim() || plan?.service || ctx.repo,
        version,
        stage: core.getInput('stage').trim(),
        targets: (0,inputs/* parseListInput */.UF)('targets', core.getInput('targets')),
        reason: core.getInput('reason').trim(),
        // One link per line: URLs may hold commas.
        links: core.getMultilineInput('links').map((l) => l.trim()).filter(Boolean),
        runUrl: ctx.runUrl,
    });
    // Repo, ref, commit and actor in every message, from the runner's GITHUB_* variables.
    const event = { ...built, context: runContextFromEnv(env) };
    const auditInput = core.getInput('audit-file').trim();
    const auditFile = auditInput ? ((0,external_node_path_.isAbsolute)(auditInput) ? auditInput : (0,external_node_path_.resolve)(ctx.workspace, auditInput)) : defaultAuditFile(env);
    const notifier = createNotifier({
        routes,
        auditFile,
        backoff: { backoffMs: readBackoff(core.getInput('retry-backoff')), maxBackoffMs: 30_000, maxRetryAfterMs: 60_000 },
        log: (line) => core.info(line),
    });
    if (routes.channels.length === 0)
        core.warning('notify: no channel is configured (plan notify:, channels or the webhook inputs); the event is in the audit file only');
    const report = await notifier.notify(event);
    core.setOutput('delivered', report.delivered.join(','));
    core.setOutput('failed', report.failed.join(','));
    core.setOutput('audit-file', auditFile);
    core.setOutput('kind', event.kind);
    core.setOutput('priority', event.priority);
    core.setOutput('event-id', event.id);
    await core.summary.addRaw(renderSummary(report, auditFile)).write();
    // The notification and the audit trail, for record-history; a failed upload is only a warning.
    await (0,journal/* writeJournal */.fY)(env, core.getInput('journal-prefix'), (base, time) => [{
            time, ...base, kind: 'notification', ...(event.stage ? { stage: event.stage } : {}), ...(event.version ? { version: event.version } : {}),
            verdict: report.failed.length ? 'failed' : report.delivered.length ? 'delivered' : 'not sent',
            detail: `${event.kind} ${event.priority}${event.targets?.length ? ` (${event.targets.join(', ')})` : ''}: delivered to ${report.delivered.join(', ') || 'none'}${report.failed.length ? `; failed: ${report.failed.join(', ')}` : ''}`,
        }], [auditFile], core);
    const failure = failureMessage(report, routes.failOnError, auditFile);
    if (failure)
        throw new Error(failure);
    const warning = warningMessage(report);
    if (warning)
        core.warning(warning);
}
/** The first retry's backoff (doubling after), as a duration; tests and impatient users shorten it. */
function readBackoff(value) {
    if (!value.trim())
        return 1000;
    try {
        return (0,duration/* parseDuration */.E9)(value);
    }
    catch (e) {
        throw new errors/* ConfigError */.xL([{ path: 'input retry-backoff', message: e.message }]);
    }
}
/** The entry point @github/local-action calls (it requires a `run` export); the same step as `main`. */



/***/ }),

/***/ 18322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S8: () => (/* binding */ parseBooleanInput),
/* harmony export */   UF: () => (/* binding */ parseListInput),
/* harmony export */   XT: () => (/* binding */ parseChoiceInput),
/* harmony export */   _p: () => (/* binding */ parseIntegerInput),
/* harmony export */   ou: () => (/* binding */ parseJsonInput)
/* harmony export */ });
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
        throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([{ path: `input ${name}`, message: `expected JSON; ${e.message}` }]);
    }
}


/***/ }),

/***/ 12774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ DEFAULT_JOURNAL_PREFIX),
  RD: () => (/* binding */ JOURNAL_FILE),
  CQ: () => (/* binding */ Journal),
  _0: () => (/* binding */ openJournal),
  bR: () => (/* binding */ uploadWithActionsArtifact),
  fY: () => (/* binding */ writeJournal)
});

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
    const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 18).then(__webpack_require__.bind(__webpack_require__, 39018));
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

/***/ 18264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readRunContext)
/* harmony export */ });
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85736);

/**
 * Reads the run context from GITHUB_* variables. `repository` (owner/repo)
 * may come from an input to act on another repository.
 */
function readRunContext(env, repository) {
    const full = (repository || env.GITHUB_REPOSITORY || '').trim();
    const [owner, repo, extra] = full.split('/');
    if (!owner || !repo || extra !== undefined) {
        throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([{ path: repository ? 'input repository' : 'GITHUB_REPOSITORY', message: `expected owner/name; got ${JSON.stringify(full)}` }]);
    }
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
    const runId = env.GITHUB_RUN_ID || 'local';
    const runAttempt = Number(env.GITHUB_RUN_ATTEMPT || '1') || 1;
    return {
        owner,
        repo,
        sha: env.GITHUB_SHA || '',
        runId,
        runAttempt,
        serverUrl,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
        runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}/attempts/${runAttempt}`,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        actor: env.GITHUB_ACTOR || '',
    };
}


/***/ }),

/***/ 50454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ runMain)
/* harmony export */ });
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85736);

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
        if ((0,_stagegate_core__WEBPACK_IMPORTED_MODULE_0__/* .isConfigError */ .De)(e)) {
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
/* harmony export */   E9: () => (/* binding */ parseDuration)
/* harmony export */ });
/* unused harmony export formatDuration */
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

/***/ 55428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ PRIORITIES),
/* harmony export */   h: () => (/* binding */ ON_FAILURE)
/* harmony export */ });
// The plan's enumerations, apart from plan-schema.ts: the notify action and the messages need the
// priorities without evaluating every zod schema of the plan at start-up.
/** What to do when a stage fails its deploy or its gate. */
const ON_FAILURE = ['rollback-stage', 'rollback-all', 'continue', 'pause'];
/** Notification priorities, P0 most urgent. */
const PRIORITIES = ['P0', 'P1', 'P2', 'P3'];


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

/***/ 15455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ secretsOf),
/* harmony export */   UK: () => (/* binding */ checkFallbacks),
/* harmony export */   Uf: () => (/* binding */ routesFromPlan),
/* harmony export */   q$: () => (/* binding */ isHttpUrl)
/* harmony export */ });
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28283);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85736);

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


/***/ })

};

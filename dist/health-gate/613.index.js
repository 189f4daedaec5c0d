export const id = 613;
export const ids = [613];
export const modules = {

/***/ 30613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ABORT_GRACE_MS: () => (/* reexport */ ABORT_GRACE_MS),
  BODY_EXCERPT_CHARS: () => (/* reexport */ BODY_EXCERPT_CHARS),
  checkJsonPath: () => (/* reexport */ checkJsonPath),
  describeError: () => (/* reexport */ describeError),
  errorCode: () => (/* reexport */ errorCode),
  errorResult: () => (/* reexport */ errorResult),
  excerptBody: () => (/* reexport */ excerptBody),
  findJsonMismatch: () => (/* reexport */ findJsonMismatch),
  isTlsError: () => (/* reexport */ isTlsError),
  judgeAnswer: () => (/* reexport */ judgeAnswer),
  probeCommand: () => (/* reexport */ probeCommand),
  probeDns: () => (/* reexport */ probeDns),
  probeHttp: () => (/* reexport */ probeHttp),
  probePrometheus: () => (/* reexport */ probePrometheus),
  probeTcp: () => (/* reexport */ probeTcp),
  queryPrometheus: () => (/* reexport */ queryPrometheus),
  readJsonPath: () => (/* reexport */ readJsonPath),
  realClock: () => (/* reexport */ realClock),
  resolveGate: () => (/* reexport */ resolveGate),
  rulesOf: () => (/* reexport */ rulesOf),
  runGate: () => (/* reexport */ runGate),
  runProbe: () => (/* reexport */ runProbe),
  since: () => (/* reexport */ since),
  statusMatches: () => (/* reexport */ statusMatches)
});

// EXTERNAL MODULE: ../../packages/core/src/duration.ts
var src_duration = __webpack_require__(28283);
;// CONCATENATED MODULE: ../../packages/probes/src/probe-context.ts

/** Milliseconds since `start` (performance clock: immune to wall-clock jumps). */
function since(start) {
    return Math.round((performance.now() - start) * 10) / 10;
}
/** An error sample: the probe could not measure. */
function errorResult(message, start) {
    return { status: 'error', message, latencyMs: since(start) };
}
/** The code of a Node/undici network error, looking through `cause`. */
function errorCode(e) {
    let cur = e;
    for (let depth = 0; cur && depth < 4; depth++) {
        const code = cur.code;
        if (typeof code === 'string')
            return code;
        cur = cur.cause;
    }
    return undefined;
}
/** A short description of a thrown error, with its code when there is one. */
function describeError(e, ctx) {
    if (ctx.signal.aborted) {
        const reason = ctx.signal.reason;
        return reason?.name === 'TimeoutError' ? `no answer within ${(0,src_duration/* formatDuration */.a3)(ctx.timeoutMs)}` : 'aborted: the gate had its verdict, was cancelled or reached its timeout';
    }
    const code = errorCode(e);
    const cause = e?.cause?.message;
    const msg = cause ?? (e instanceof Error ? e.message : String(e));
    return code && !msg.includes(code) ? `${code}: ${msg}` : msg;
}
/** TLS problems mean the service is misconfigured: a failure, not a measurement error. */
const TLS_CODES = /^(?:CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_SSL_|EPROTO)/;
/** True for errors of certificate or TLS handshake. */
function isTlsError(e) {
    const code = errorCode(e);
    return code !== undefined && TLS_CODES.test(code);
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ../../packages/probes/src/json-expect.ts

/**
 * The value at a dotted path such as `checks.db.ok` or `$.items[0].state`.
 * Returns `{ found: false }` rather than undefined so a missing field and a
 * field that holds null are told apart.
 */
function readJsonPath(body, path) {
    const clean = path.replace(/^\$\.?/, '');
    let cur = body;
    for (const m of clean.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
        const key = m[2] !== undefined ? Number(m[2]) : m[1];
        if (cur === null || typeof cur !== 'object' || !(key in cur))
            return { found: false };
        cur = cur[key];
    }
    return { found: true, value: cur };
}
/** Why `actual` does not contain `expected` (a partial deep match), or undefined when it does. */
function findJsonMismatch(actual, expected, at = '') {
    if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
        if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
            return `${at || 'body'}: expected an object, got ${show(actual)}`;
        for (const [k, v] of Object.entries(expected)) {
            const sub = at ? `${at}.${k}` : k;
            if (!(k in actual))
                return `${sub}: missing`;
            const miss = findJsonMismatch(actual[k], v, sub);
            if (miss)
                return miss;
        }
        return undefined;
    }
    return (0,external_node_util_.isDeepStrictEqual)(actual, expected) ? undefined : `${at || 'body'}: expected ${show(expected)}, got ${show(actual)}`;
}
/** Why a JSON path assertion does not hold, or undefined when it does. */
function checkJsonPath(body, a) {
    const { found, value } = readJsonPath(body, a.path);
    if (!found)
        return `${a.path}: missing`;
    if (a.equals !== undefined && !(0,external_node_util_.isDeepStrictEqual)(value, a.equals))
        return `${a.path}: expected ${show(a.equals)}, got ${show(value)}`;
    if (a.matches !== undefined) {
        const text = typeof value === 'string' ? value : JSON.stringify(value);
        if (!new RegExp(a.matches).test(text))
            return `${a.path}: ${show(value)} does not match /${a.matches}/`;
    }
    if (a.min !== undefined || a.max !== undefined) {
        if (typeof value !== 'number')
            return `${a.path}: expected a number, got ${show(value)}`;
        if (a.min !== undefined && value < a.min)
            return `${a.path}: ${value} < min ${a.min}`;
        if (a.max !== undefined && value > a.max)
            return `${a.path}: ${value} > max ${a.max}`;
    }
    return undefined;
}
/** A value shown briefly in a message. */
function show(v) {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

;// CONCATENATED MODULE: ../../packages/probes/src/http-probe.ts



/**
 * Requests the check's URL and judges the answer. An answer that is wrong
 * (status, body, JSON, too slow, bad certificate) is a failure; no answer at
 * all (timeout, refused, reset) is an error: the service could not be measured.
 * The sample's value is the latency in ms.
 */
async function probeHttp(check, ctx) {
    const start = performance.now();
    let status;
    let text;
    try {
        const res = await fetch(check.url, {
            method: check.method,
            headers: check.headers,
            body: check.body,
            redirect: check['follow-redirects'] ? 'follow' : 'manual',
            signal: ctx.signal,
        });
        status = res.status;
        text = await res.text();
    }
    catch (e) {
        if (isTlsError(e) && !ctx.signal.aborted)
            return { status: 'fail', message: `TLS: ${describeError(e, ctx)}`, latencyMs: since(start) };
        return errorResult(describeError(e, ctx), start);
    }
    const latencyMs = since(start);
    const problem = judgeAnswer(check, status, text, latencyMs);
    if (!problem)
        return { status: 'pass', value: latencyMs, message: `status ${status} in ${Math.round(latencyMs)}ms`, latencyMs };
    // What was observed against what was expected, then the body: the service's own words are the cause.
    const head = problem.startsWith('expected status') ? `${status} (expected ${formatExpectedStatus(check.expect.status ?? '2xx')})` : `${status}: ${problem}`;
    return { status: 'fail', value: latencyMs, message: `${head} — body ${excerptBody(text)}`, latencyMs };
}
/** Characters of a response body a failure message keeps. */
const BODY_EXCERPT_CHARS = 200;
/** A body on one line, bounded: `{"status":"degraded"}`, or `(empty)`. */
function excerptBody(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    if (!line)
        return '(empty)';
    return line.length > BODY_EXCERPT_CHARS ? `${line.slice(0, BODY_EXCERPT_CHARS - 1)}…` : line;
}
/** 200, 200|204 or 2xx, as a person writes it. */
function formatExpectedStatus(expected) {
    return Array.isArray(expected) ? expected.join('|') : String(expected);
}
/** The first thing wrong with an answer, or undefined when it is healthy. */
function judgeAnswer(check, status, text, latencyMs) {
    const expect = check.expect;
    if (!statusMatches(status, expect.status ?? '2xx'))
        return `expected status ${JSON.stringify(expect.status ?? '2xx')}`;
    if (expect['max-latency'] !== undefined && latencyMs > (0,src_duration/* parseDuration */.E9)(expect['max-latency']))
        return `slower than ${expect['max-latency']} (${Math.round(latencyMs)}ms)`;
    if (expect['body-contains'] !== undefined && !text.includes(expect['body-contains']))
        return `body does not contain ${JSON.stringify(expect['body-contains'])}`;
    if (expect.json === undefined && expect['json-path'] === undefined)
        return undefined;
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return `body is not JSON (${JSON.stringify(text.slice(0, 40))})`;
    }
    if (expect.json !== undefined) {
        const miss = findJsonMismatch(body, expect.json);
        if (miss)
            return miss;
    }
    for (const a of expect['json-path'] ?? []) {
        const miss = checkJsonPath(body, a);
        if (miss)
            return miss;
    }
    return undefined;
}
/** 200, [200, 204], "2xx" or "200-299". */
function statusMatches(status, expected) {
    if (typeof expected === 'number')
        return status === expected;
    if (Array.isArray(expected))
        return expected.includes(status);
    const klass = /^([1-5])xx$/.exec(expected);
    if (klass)
        return Math.floor(status / 100) === Number(klass[1]);
    const [lo, hi] = expected.split('-').map(Number);
    return status >= lo && status <= hi;
}

// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(71553);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ../../packages/core/src/gate/gate-deadline.ts
/**
 * Time a last round that starts exactly at the gate's deadline (soak equal to
 * the timeout) gets to answer before the watchdog cuts it: the gate still
 * ends within its timeout + 1 s.
 */
const DEADLINE_GRACE_MS = 500;
/**
 * Arms the gate's deadline with the clock's alarm (a timer the gate owns:
 * `AbortSignal.timeout` inside `AbortSignal.any` never fires after garbage
 * collection on Node 20). A clock without an alarm (a fake one in unit tests,
 * whose probes answer at once) gives a watchdog that never fires.
 */
function startWatchdog(clock, ms) {
    const ctl = new AbortController();
    const clear = clock.setAlarm?.(Math.max(0, ms), () => ctl.abort(new DeadlineError(ms))) ?? (() => undefined);
    return { signal: ctl.signal, cancel: clear };
}
/** The reason a watchdog aborts with. */
class DeadlineError extends Error {
    ms;
    name = 'DeadlineError';
    constructor(ms) {
        super(`deadline of ${ms}ms reached`);
        this.ms = ms;
    }
}
/**
 * Settles like `work`, or rejects with the signal's reason as soon as the
 * signal aborts, whichever comes first: work that ignores its signal (a
 * getaddrinfo call, a probe that never answers) cannot hold the caller. The
 * listener is removed once `work` settles, so a long gate leaves none behind.
 */
function raceAbort(work, signal) {
    if (signal.aborted) {
        work.catch(() => undefined);
        return Promise.reject(signal.reason);
    }
    return new Promise((ok, fail) => {
        const onAbort = () => fail(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        work.then(ok, fail).finally(() => signal.removeEventListener('abort', onAbort));
    });
}
/** Aborts `to` when `from` aborts (with its reason); returns the unlink. A listener, never AbortSignal.any. */
function linkAbort(from, to) {
    if (!from)
        return () => undefined;
    if (from.aborted) {
        to.abort(from.reason);
        return () => undefined;
    }
    const onAbort = () => to.abort(from.reason);
    from.addEventListener('abort', onAbort, { once: true });
    return () => from.removeEventListener('abort', onAbort);
}

;// CONCATENATED MODULE: ../../packages/probes/src/net-probes.ts




/** Resolver answers that mean "this name does not exist": a measured failure. */
const NOT_FOUND = new Set(['ENOTFOUND', 'ENODATA', 'EAI_NONAME', 'EAI_NODATA']);
/**
 * Resolves the name as the service's clients would (getaddrinfo: /etc/hosts,
 * then DNS). A name that does not resolve, or resolves without the expected
 * addresses, fails; a resolver that does not answer (EAI_AGAIN, timeout) is an
 * error. The value is the number of addresses.
 */
async function probeDns(check, ctx) {
    const start = performance.now();
    const family = check.family === 'ipv4' ? 4 : check.family === 'ipv6' ? 6 : 0;
    let addresses;
    try {
        // getaddrinfo cannot be cancelled: race it against the signal.
        addresses = (await raceAbort((0,promises_.lookup)(check.host, { all: true, family }), ctx.signal)).map((a) => a.address);
    }
    catch (e) {
        const code = errorCode(e);
        if (!ctx.signal.aborted && code && NOT_FOUND.has(code))
            return { status: 'fail', value: 0, message: `${check.host} does not resolve (${code})`, latencyMs: since(start) };
        return errorResult(describeError(e, ctx), start);
    }
    const missing = (check['expect-addresses'] ?? []).filter((a) => !addresses.includes(a));
    const latencyMs = since(start);
    if (missing.length)
        return { status: 'fail', value: addresses.length, message: `${check.host} resolves to ${addresses.join(', ')}, not ${missing.join(', ')}`, latencyMs };
    return { status: 'pass', value: addresses.length, message: `${check.host} → ${addresses.join(', ')}`, latencyMs };
}
/**
 * Opens a TCP connection and closes it. Here "refused" is the answer being
 * measured (nothing listens), so it fails the check; a timeout is an error.
 * The value is the connect time in ms.
 */
async function probeTcp(check, ctx) {
    const start = performance.now();
    try {
        await new Promise((ok, fail) => {
            const socket = (0,external_node_net_.connect)({ host: check.host, port: check.port, signal: ctx.signal });
            socket.once('connect', () => {
                socket.destroy();
                ok();
            });
            socket.once('error', fail);
        });
    }
    catch (e) {
        const code = errorCode(e);
        if (!ctx.signal.aborted && (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH'))
            return { status: 'fail', message: `${check.host}:${check.port} ${code}`, latencyMs: since(start) };
        return errorResult(describeError(e, ctx), start);
    }
    const latencyMs = since(start);
    return { status: 'pass', value: latencyMs, message: `connected to ${check.host}:${check.port}`, latencyMs };
}

;// CONCATENATED MODULE: ../../packages/probes/src/prometheus-probe.ts

/**
 * Runs a PromQL instant query (GET /api/v1/query) and returns its one number.
 * An empty vector is an error, not a pass: "no data" must never read as
 * "no errors" (a metric that vanished with a broken deploy looks empty too).
 */
async function queryPrometheus(server, query, signal) {
    const url = new URL('api/v1/query', server.endsWith('/') ? server : `${server}/`);
    url.searchParams.set('query', query);
    const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
    const text = await res.text();
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return { ok: false, message: `Prometheus answered ${res.status} without JSON` };
    }
    if (body.status !== 'success')
        return { ok: false, message: `query failed (${body.errorType ?? res.status}): ${body.error ?? 'no detail'}` };
    const { resultType, result } = body.data ?? {};
    let raw;
    if (resultType === 'scalar')
        raw = result[1];
    else if (resultType === 'vector') {
        const series = result;
        if (series.length === 0)
            return { ok: false, message: 'empty result: the query matched no series' };
        if (series.length > 1)
            return { ok: false, message: `expected one series, got ${series.length}: aggregate the query (sum, max…)` };
        raw = series[0].value[1];
    }
    else
        return { ok: false, message: `expected a scalar or a vector, got ${resultType}` };
    const value = Number(raw);
    if (!Number.isFinite(value))
        return { ok: false, message: `the query returned ${String(raw)}` };
    return { ok: true, value };
}
/**
 * Queries the check's metric (and its baseline, when it has one) and judges
 * the value against min/max. The baseline is only recorded here: the canary is
 * compared with it over the whole soak when the soak ends (core/gate).
 */
async function probePrometheus(check, ctx) {
    const start = performance.now();
    const server = check.server ?? ctx.prometheusUrl;
    if (!server)
        return errorResult('no Prometheus server: set server on the check or prometheus.url in the plan', start);
    try {
        const [canary, baseline] = await Promise.all([
            queryPrometheus(server, check.query, ctx.signal),
            check.baseline ? queryPrometheus(server, check.baseline.query, ctx.signal) : Promise.resolve(undefined),
        ]);
        if (!canary.ok)
            return errorResult(canary.message, start);
        if (baseline && !baseline.ok)
            return errorResult(`baseline ${baseline.message}`, start);
        const v = canary.value;
        const latencyMs = since(start);
        const base = baseline?.ok ? { baseline: baseline.value } : {};
        if (check.min !== undefined && v < check.min)
            return { status: 'fail', value: v, ...base, message: `${v} < min ${check.min}`, latencyMs };
        if (check.max !== undefined && v > check.max)
            return { status: 'fail', value: v, ...base, message: `${v} > max ${check.max}`, latencyMs };
        return { status: 'pass', value: v, ...base, message: baseline?.ok ? `${v} (baseline ${baseline.value})` : String(v), latencyMs };
    }
    catch (e) {
        return errorResult(describeError(e, ctx), start);
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ../../packages/probes/src/command-probe.ts


/** Output kept per probe: enough to say why, small enough for a samples file. */
const OUTPUT_LIMIT = 2000;
/**
 * Runs the check's argv (no shell: each element is one argument) and passes
 * on exit code 0. The process gets its own group so a timeout kills its
 * children too. A command that cannot start or is killed is an error; one
 * that exits non-zero has measured something bad: a failure. The value is the
 * exit code.
 */
async function probeCommand(check, ctx) {
    const start = performance.now();
    const [program, ...args] = check.run;
    let output = '';
    const keep = (d) => {
        if (output.length < OUTPUT_LIMIT)
            output = (output + d.toString()).slice(0, OUTPUT_LIMIT);
    };
    try {
        const code = await new Promise((ok, fail) => {
            const child = (0,external_node_child_process_.spawn)(program, args, { cwd: ctx.cwd, shell: false, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
            const kill = () => {
                try {
                    if (child.pid)
                        process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    // Already gone.
                }
            };
            ctx.signal.addEventListener('abort', kill, { once: true });
            child.stdout.on('data', keep);
            child.stderr.on('data', keep);
            child.once('error', (e) => {
                ctx.signal.removeEventListener('abort', kill);
                fail(e);
            });
            child.once('close', (c) => {
                ctx.signal.removeEventListener('abort', kill);
                if (ctx.signal.aborted)
                    fail(ctx.signal.reason);
                else
                    ok(c);
            });
        });
        const latencyMs = since(start);
        const lastLine = output.trim().split('\n').pop() ?? '';
        if (code === 0)
            return { status: 'pass', value: 0, message: `exit 0${lastLine ? `: ${lastLine}` : ''}`, latencyMs, output };
        if (code === null)
            return { status: 'error', message: 'killed by a signal', latencyMs, output };
        return { status: 'fail', value: code, message: `exit ${code}${lastLine ? `: ${lastLine}` : ''}`, latencyMs, output };
    }
    catch (e) {
        return { ...errorResult(describeError(e, ctx), start), ...(output ? { output } : {}) };
    }
}

;// CONCATENATED MODULE: ../../packages/probes/src/run-probe.ts





/**
 * Time a probe gets, after its timeout aborted it, to report what it saw
 * (a killed command's last output line) before it is given up on.
 */
const ABORT_GRACE_MS = 250;
/**
 * The real probe runner: dispatches on the check type and bounds each probe by
 * the check's own timeout, on top of the gate's signal. The timeout is a timer
 * this function owns and clears (never `AbortSignal.timeout`, which never fires
 * after garbage collection on Node 20), and the probe is raced against it: a
 * probe that ignores its signal still ends, as an error sample
 * `http: no answer within 2s`.
 */
const runProbe = async (check, env) => {
    const timeoutMs = (0,src_duration/* parseDuration */.E9)(check.timeout);
    const start = performance.now();
    const probeCtl = new AbortController();
    const giveUp = new AbortController();
    let timedOut = false;
    let grace;
    const timer = setTimeout(() => {
        timedOut = true;
        probeCtl.abort(new DOMException(`no answer within ${(0,src_duration/* formatDuration */.a3)(timeoutMs)}`, 'TimeoutError'));
    }, timeoutMs);
    const onAbort = () => {
        grace = setTimeout(() => giveUp.abort(probeCtl.signal.reason), ABORT_GRACE_MS);
    };
    probeCtl.signal.addEventListener('abort', onAbort, { once: true });
    const unlink = linkAbort(env.signal, probeCtl);
    const ctx = { signal: probeCtl.signal, timeoutMs, target: env.target, prometheusUrl: env.prometheusUrl, cwd: env.cwd };
    try {
        const result = await raceAbort(dispatch(check, ctx), giveUp.signal);
        if (timedOut && result.status === 'error')
            return { ...result, message: noAnswer(check, timeoutMs) };
        return result;
    }
    catch {
        // Given up on: the probe ignored its signal.
        const latencyMs = Math.round((performance.now() - start) * 10) / 10;
        return { status: 'error', message: timedOut ? noAnswer(check, timeoutMs) : `${check.type}: aborted (the gate had its verdict, was cancelled or reached its timeout)`, latencyMs };
    }
    finally {
        clearTimeout(timer);
        clearTimeout(grace);
        probeCtl.signal.removeEventListener('abort', onAbort);
        unlink();
    }
};
/** What a timed-out probe says: the check type first, then what did not happen in how long. */
function noAnswer(check, timeoutMs) {
    const within = (0,src_duration/* formatDuration */.a3)(timeoutMs);
    return check.type === 'command' ? `command: no exit within ${within} (process group killed)` : `${check.type}: no answer within ${within}`;
}
function dispatch(check, ctx) {
    switch (check.type) {
        case 'http':
            return probeHttp(check, ctx);
        case 'dns':
            return probeDns(check, ctx);
        case 'tcp':
            return probeTcp(check, ctx);
        case 'prometheus':
            return probePrometheus(check, ctx);
        case 'command':
            return probeCommand(check, ctx);
    }
}
/**
 * The wall clock, for the action: sleeps really, wakes early when the gate is
 * cancelled, and arms the gate's deadline with a timer it clears.
 */
const realClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((ok) => {
        if (signal?.aborted)
            return ok();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            ok();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    }),
    setAlarm: (ms, fire) => {
        const timer = setTimeout(fire, ms);
        return () => clearTimeout(timer);
    },
};

// EXTERNAL MODULE: ../../packages/core/src/plan-resolve.ts
var plan_resolve = __webpack_require__(17301);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
// EXTERNAL MODULE: ../../packages/core/src/placeholders.ts
var placeholders = __webpack_require__(62185);
;// CONCATENATED MODULE: ../../packages/probes/src/resolve-gate.ts

/**
 * Turns a plan stage (or inline checks) into the specs the gate loop runs,
 * with placeholders filled per target. Every mistake is a ConfigError that
 * names the input or plan path.
 */
function resolveGate(src) {
    const stage = src.plan && src.stage !== undefined ? (0,plan_resolve/* findStage */.U9)(src.plan, src.stage) : undefined;
    if (src.plan && !stage)
        throw new errors/* ConfigError */.xL([{ path: 'input stage', message: 'expected the name of the stage to gate' }]);
    const gate = stage?.gate;
    const checks = [...(src.plan && stage ? (0,plan_resolve/* gateChecks */.He)(src.plan, stage) : []), ...(src.checks ?? [])];
    if (!checks.length)
        throw new errors/* ConfigError */.xL([{ path: stage ? `input stage` : 'input checks', message: stage ? `stage "${stage.name}" has no gate checks: add a gate to it or give checks` : 'expected checks (inline) or a plan and a stage' }]);
    let targets = src.targets?.length ? src.targets : (stage?.targets ?? []);
    if (stage && src.targets?.length) {
        const unknown = src.targets.filter((t) => !stage.targets.includes(t));
        if (unknown.length)
            throw new errors/* ConfigError */.xL([{ path: 'input targets', message: `expected targets of stage "${stage.name}" (${stage.targets.join(', ')}); got ${unknown.join(', ')}` }]);
    }
    if (!targets.length)
        throw new errors/* ConfigError */.xL([{ path: 'input targets', message: 'expected at least one target to probe' }]);
    targets = [...new Set(targets)];
    const duration = (value, fallback, name) => {
        if (value === undefined || value === '')
            return fallback;
        try {
            return (0,src_duration/* parseDuration */.E9)(value);
        }
        catch (e) {
            throw new errors/* ConfigError */.xL([{ path: `input ${name}`, message: e.message }]);
        }
    };
    const soakMs = duration(src.soak, gate ? (0,src_duration/* parseDuration */.E9)(gate.soak) : 0, 'soak');
    const intervalMs = duration(src.interval, gate ? (0,src_duration/* parseDuration */.E9)(gate.interval) : 10_000, 'interval');
    if (intervalMs <= 0)
        throw new errors/* ConfigError */.xL([{ path: 'input interval', message: 'expected an interval above 0' }]);
    const timeoutMs = duration(src.timeout, gate?.timeout !== undefined ? (0,src_duration/* parseDuration */.E9)(gate.timeout) : soakMs + 300_000, 'timeout');
    const specs = [];
    for (const target of targets) {
        const values = { target, stage: stage?.name ?? src.stage ?? '', ...(src.version !== undefined ? { version: src.version } : {}) };
        if (src.plan)
            Object.assign(values, { service: src.plan.service, environment: (0,plan_resolve/* environmentFor */.DD)(src.plan, target, stage) });
        if (src.colors?.[target] !== undefined)
            values.color = src.colors[target];
        for (const check of checks) {
            let filled;
            try {
                filled = (0,placeholders/* fillDeep */.KL)(check, values);
            }
            catch (e) {
                throw new errors/* ConfigError */.xL([{ path: `check ${check.name}`, message: e.message }]);
            }
            specs.push({ target, check: check.name, rules: rulesOf(filled), detail: filled });
        }
    }
    return { specs, targets, soakMs, intervalMs, timeoutMs, consecutiveSuccess: src.consecutiveSuccess ?? gate?.['consecutive-success'] ?? 1, concurrency: src.concurrency ?? gate?.concurrency ?? 20, prometheusUrl: src.plan?.prometheus?.url };
}
/** The verdict rules of a check, from its plan fields. */
function rulesOf(check) {
    const rules = { severity: check.severity, failureLimit: check['failure-limit'], consecutiveErrorLimit: check['consecutive-error-limit'] };
    if (check.type === 'prometheus' && check.baseline) {
        const b = check.baseline;
        rules.baseline = { maxRatio: b['max-ratio'], confidence: b.confidence, direction: b.direction, minDifference: b['min-difference'] };
    }
    return rules;
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/gate-progress.ts
/** How often, at most, one target's progress line is printed during a gate. */
const PROGRESS_EVERY_MS = 30_000;
/**
 * Makes an `onSample` that prints at most one line per target every
 * `everyMs` (and at once on a target's first failing sample): the verdict so
 * far, rounds and time left, so a 10-minute soak is not silent and a long
 * one does not flood the log. `lhr: 12 rounds, 12 passed, 0 failed, 0 errors; verdict so far Running; 4m 30s left`.
 */
function createGateProgress(o) {
    const every = o.everyMs ?? PROGRESS_EVERY_MS;
    const lastPrinted = new Map();
    const failing = new Set();
    return (sample, tally) => {
        const now = o.now();
        const firstFailure = sample.status !== 'pass' && !failing.has(sample.target);
        if (sample.status !== 'pass')
            failing.add(sample.target);
        const last = lastPrinted.get(sample.target);
        if (!firstFailure && last !== undefined && now - last < every)
            return;
        if (!firstFailure && last === undefined && now - o.startedAt < every) {
            // Quiet for the first interval: a short gate prints nothing but its verdict.
            return;
        }
        lastPrinted.set(sample.target, now);
        const left = Math.max(0, o.startedAt + o.timeoutMs - now);
        const observed = sample.status === 'pass' ? '' : ` (last: ${sample.check} ${sample.message})`;
        o.print(`${sample.target}: ${sample.check} round ${sample.round + 1}, ${tally.successes} passed, ${tally.failures} failed, ${tally.errors} errors; verdict so far ${tally.verdict}${observed}; ${Math.ceil(left / 1000)}s left`);
    };
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
;// CONCATENATED MODULE: ../../packages/core/src/gate/mann-whitney.ts
/**
 * The Mann-Whitney U test (Wilcoxon rank-sum), one-sided, as Kayenta's judge
 * uses it to compare a canary with its baseline. Exact distribution for small
 * samples without ties (as R's wilcox.test does), otherwise the normal
 * approximation with tie and continuity corrections.
 */
/** Below this size on both sides, and without ties, p comes from the exact distribution. */
const EXACT_LIMIT = 50;
/** Midranks of `values` (1-based, ties share their average rank) and the tie-group sizes. */
function rankWithTies(values) {
    const order = values.map((v, i) => [v, i]).sort((a, b) => a[0] - b[0]);
    const ranks = new Array(values.length).fill(0);
    const tieSizes = [];
    for (let i = 0; i < order.length;) {
        let j = i;
        while (j + 1 < order.length && order[j + 1][0] === order[i][0])
            j++;
        const rank = (i + j) / 2 + 1;
        for (let k = i; k <= j; k++)
            ranks[order[k][1]] = rank;
        if (j > i)
            tieSizes.push(j - i + 1);
        i = j + 1;
    }
    return { ranks, tieSizes };
}
/** One-sided Mann-Whitney test of "x is stochastically greater than y". */
function mannWhitneyGreater(x, y) {
    const m = x.length;
    const n = y.length;
    if (m === 0 || n === 0)
        throw new Error('mannWhitneyGreater needs at least one value on each side');
    const { ranks, tieSizes } = rankWithTies([...x, ...y]);
    const rankSumX = ranks.slice(0, m).reduce((a, b) => a + b, 0);
    const u = rankSumX - (m * (m + 1)) / 2;
    if (tieSizes.length === 0 && m < EXACT_LIMIT && n < EXACT_LIMIT) {
        return { u, pValue: exactUpperTail(u, m, n), exact: true, z: 0 };
    }
    const total = m + n;
    const tieTerm = tieSizes.reduce((a, t) => a + (t ** 3 - t), 0) / (total * (total - 1));
    const sigma = Math.sqrt(((m * n) / 12) * (total + 1 - tieTerm));
    // Every value tied: nothing tells the samples apart.
    if (sigma === 0)
        return { u, pValue: 1, exact: false, z: 0 };
    const diff = u - (m * n) / 2;
    // Continuity correction towards the mean, as R does (correct = TRUE).
    const z = (diff - 0.5) / sigma;
    return { u, pValue: 1 - normalCdf(z), exact: false, z };
}
/**
 * P(U >= u) for sample sizes m, n without ties, from the recurrence
 * p(u; m, n) = m/(m+n)·p(u−n; m−1, n) + n/(m+n)·p(u; m, n−1),
 * which stays in probabilities (no huge counts).
 */
function exactUpperTail(u, m, n) {
    // Row by row over the x size: prev[b] = p(·; a−1, b), cur[b] = p(·; a, b).
    let prev = Array.from({ length: n + 1 }, () => Float64Array.of(1));
    for (let a = 1; a <= m; a++) {
        const cur = [Float64Array.of(1)];
        for (let b = 1; b <= n; b++) {
            const left = prev[b];
            const right = cur[b - 1];
            const out = new Float64Array(a * b + 1);
            for (let k = 0; k <= a * b; k++) {
                const fromLeft = k - b >= 0 && k - b < left.length ? left[k - b] : 0;
                const fromRight = k < right.length ? right[k] : 0;
                out[k] = (a / (a + b)) * fromLeft + (b / (a + b)) * fromRight;
            }
            cur.push(out);
        }
        prev = cur;
    }
    const d = prev[n];
    let p = 0;
    for (let k = Math.ceil(u); k < d.length; k++)
        p += d[k];
    return Math.min(1, p);
}
/** Standard normal CDF (erfc by a Chebyshev fit, |error| < 1.2e-7). */
function normalCdf(z) {
    return 0.5 * erfc(-z / Math.SQRT2);
}
function erfc(x) {
    const t = 1 / (1 + 0.5 * Math.abs(x));
    const y = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? y : 2 - y;
}
/** Hodges-Lehmann estimate of the shift x − y: the median of all pairwise differences. */
function hodgesLehmann(x, y) {
    const diffs = [];
    for (const a of x)
        for (const b of y)
            diffs.push(a - b);
    diffs.sort((a, b) => a - b);
    const mid = diffs.length >> 1;
    return diffs.length % 2 ? diffs[mid] : (diffs[mid - 1] + diffs[mid]) / 2;
}

;// CONCATENATED MODULE: ../../packages/core/src/gate/baseline.ts

/**
 * Compares canary samples with baseline samples as Kayenta's Mann-Whitney
 * classifier does, with one change that matters: the allowance is applied to
 * the baseline *before* the test (baseline × max-ratio + min-difference), so the
 * test asks directly "is the canary worse than what we allow?".
 *
 * Kayenta instead tests the raw shift against a fraction of its own
 * Hodges-Lehmann estimate and reports mean(canary)/mean(baseline): with a
 * baseline of all zeros and a canary that errors in under half of its samples
 * the estimate is 0, its bound is 0, and a canary far worse than its baseline
 * passes (and the ratio is Infinity). Here a zero baseline stays zero after
 * the ratio, so any canary confidently above zero (+ min-difference) is worse.
 */
function compareToBaseline(canary, baseline, rules) {
    const canarySamples = canary.length;
    const baselineSamples = baseline.length;
    const alpha = 1 - rules.confidence;
    if (canarySamples === 0 || baselineSamples === 0) {
        return { outcome: 'insufficient', pValue: 1, effect: { shift: 0, meanRatio: null, probabilityWorse: 0.5 }, canarySamples, baselineSamples, reason: `no ${canarySamples === 0 ? 'canary' : 'baseline'} samples to compare` };
    }
    // Orient so that "greater" always means "worse".
    const sign = rules.direction === 'increase' ? 1 : -1;
    const worseCanary = canary.map((v) => sign * v);
    const allowed = baseline.map((v) => (rules.direction === 'increase' ? v * rules.maxRatio + rules.minDifference : v / rules.maxRatio - rules.minDifference) * sign);
    const test = mannWhitneyGreater(worseCanary, allowed);
    const raw = mannWhitneyGreater(canary.map((v) => sign * v), baseline.map((v) => sign * v));
    const meanBase = mean(baseline);
    const effect = {
        shift: hodgesLehmann(canary, baseline),
        meanRatio: meanBase === 0 ? null : mean(canary) / meanBase,
        probabilityWorse: raw.u / (canarySamples * baselineSamples),
    };
    const common = { pValue: test.pValue, effect, canarySamples, baselineSamples };
    const allowance = `${rules.maxRatio}× baseline${rules.minDifference ? ` + ${rules.minDifference}` : ''}`;
    if (test.pValue <= alpha) {
        return { outcome: 'worse', ...common, reason: `canary is ${rules.direction === 'increase' ? 'above' : 'below'} ${allowance} with confidence ${formatConfidence(1 - test.pValue)} (p=${test.pValue.toPrecision(3)}, shift ${effect.shift.toPrecision(3)}, P(worse)=${effect.probabilityWorse.toFixed(2)})` };
    }
    // The smallest p these sizes can give (the canary entirely worse, no ties).
    if (bestPossiblePValue(canarySamples, baselineSamples) > alpha) {
        return { outcome: 'insufficient', ...common, reason: `${canarySamples} canary and ${baselineSamples} baseline samples cannot reach confidence ${rules.confidence}: soak longer or probe more often` };
    }
    return { outcome: 'ok', ...common, reason: `canary within ${allowance} (p=${test.pValue.toPrecision(3)}, shift ${effect.shift.toPrecision(3)})` };
}
/** 1 / C(m+n, m): the exact p-value when every canary sample is worse than every baseline sample. */
function bestPossiblePValue(m, n) {
    let p = 1;
    for (let i = 1; i <= m; i++)
        p *= i / (n + i);
    return p;
}
function mean(v) {
    return v.reduce((a, b) => a + b, 0) / v.length;
}
function formatConfidence(c) {
    return c >= 0.9999 ? '>0.9999' : c.toFixed(4);
}

// EXTERNAL MODULE: ../../packages/core/src/gate/check-tally.ts
var check_tally = __webpack_require__(53220);
// EXTERNAL MODULE: ../../packages/core/src/gate/gate-result.ts
var gate_result = __webpack_require__(7704);
;// CONCATENATED MODULE: ../../packages/core/src/gate/gate-loop.ts






/** Default time the gate spends, after its first failure, finding the other failing targets. */
const BLAME_BUDGET_MS = 2000;
/**
 * Probes every target every interval for the soak, and decides. Fails fast:
 * the first sample that makes a check Failed (or Error) ends the gate and
 * aborts probes in flight; the failing round is then completed over every
 * check not yet measured in it, so every failing target is blamed, not only
 * the first. When the soak is over the baselines are judged and, if every
 * check has its passes, the gate is Successful; otherwise probing goes on
 * until the timeout, which ends in Inconclusive (or Error, when the probes
 * cut by it reach a consecutive-error-limit).
 *
 * The timeout is absolute: with a clock that has an alarm, no probe holds the
 * gate past its timeout + DEADLINE_GRACE_MS; a probe cut by it is an error
 * sample saying so.
 */
async function runGateLoop(o) {
    const { clock } = o;
    const need = Math.max(1, o.consecutiveSuccess ?? 1);
    const startedAt = clock.now();
    const soakEnd = startedAt + o.soakMs;
    const timeoutMs = Math.max(o.timeoutMs, 0);
    const deadline = startedAt + timeoutMs;
    const tallies = o.specs.map((s) => (0,check_tally/* createTally */.Xf)(s.target, s.check, s.rules));
    const samples = [];
    const baselines = new Map();
    const watchdog = startWatchdog(clock, timeoutMs + DEADLINE_GRACE_MS);
    // Aborted by a verdict, a cancel or the deadline: probes in flight stop, no new ones start.
    const stop = new AbortController();
    // Every probe in flight listens on it (up to the gate's concurrency, 20 by default) and lets go when
    // it answers: not a leak, so no MaxListenersExceededWarning in the step's log.
    (0,external_node_events_.setMaxListeners)(0, stop.signal);
    const unlinks = [linkAbort(o.signal, stop), linkAbort(watchdog.signal, stop)];
    let final;
    const end = (verdict, reason) => {
        if (final)
            return;
        final = { verdict, reason };
        stop.abort();
    };
    const cutByDeadline = (at) => ({ status: 'error', message: `no answer before the gate's timeout of ${(0,src_duration/* formatDuration */.a3)(timeoutMs)}`, latencyMs: clock.now() - at });
    /** Probes `items` once; `keep` says whether an answer still counts when it arrives. */
    const probeRound = (items, round, signal, keep, measured) => forEachWithLimit(groupByTarget(items), o.concurrency, async (group) => {
        await Promise.all(group.map(async ({ spec, i }) => {
            const at = clock.now();
            let result;
            try {
                result = await raceAbort(o.probe(spec, signal), signal);
                // An error that arrives after the deadline is the abort it caused: say what happened.
                if (result.status === 'error' && watchdog.signal.aborted)
                    result = cutByDeadline(at);
            }
            catch (e) {
                if (watchdog.signal.aborted)
                    result = cutByDeadline(at);
                else if (signal.aborted)
                    return; // cancelled, or the gate had its verdict: not evidence
                else
                    result = { status: 'error', message: e instanceof Error ? e.message : String(e), latencyMs: clock.now() - at };
            }
            if (!keep())
                return;
            const sample = { ...result, target: spec.target, check: spec.check, round, at };
            samples.push(sample);
            measured?.add(i);
            const tally = (0,check_tally/* recordSample */.Uw)(tallies[i], sample);
            tallies[i] = tally;
            o.onSample?.(sample, tally);
            if (tally.verdict === 'Failed' || tally.verdict === 'Error')
                end(tally.verdict, `${spec.target}/${spec.check}: ${tally.reason}`);
        }));
    }, signal);
    const all = o.specs.map((spec, i) => ({ spec, i }));
    let rounds = 0;
    try {
        for (;;) {
            const round = rounds++;
            const roundAt = clock.now();
            const measured = new Set();
            // Once decided, late answers (often aborts we caused) are not evidence.
            await probeRound(all, round, stop.signal, () => !final, measured);
            if (final && !o.signal?.aborted && !watchdog.signal.aborted) {
                await blameTheRest(all.filter(({ i }) => !measured.has(i) && tallies[i].verdict === 'Running'), round);
                break;
            }
            if (!final && o.signal?.aborted)
                end('Error', 'the gate was cancelled');
            if (final)
                break;
            const now = clock.now();
            if (now >= soakEnd && !watchdog.signal.aborted) {
                judgeBaselines(o.specs, tallies, samples, baselines);
                const failed = tallies.find((t) => t.verdict === 'Failed');
                if (failed)
                    end('Failed', `${failed.target}/${failed.check}: ${failed.reason}`);
                else if (tallies.every((t, i) => (0,check_tally/* hasEnoughSuccesses */.wg)(t, need) && baselines.get(i)?.outcome !== 'insufficient'))
                    end('Successful', `${tallies.length} checks passed after ${rounds} rounds`);
                if (final)
                    break;
            }
            const next = roundAt < soakEnd ? Math.min(roundAt + o.intervalMs, soakEnd) : roundAt + o.intervalMs;
            if (next > deadline || watchdog.signal.aborted) {
                const lacking = (0,gate_result/* summarizeTallies */.w)(tallies, need, baselines).filter((c) => c.verdict === 'Inconclusive');
                end('Inconclusive', `timeout reached ${now < soakEnd ? 'before the soak ended' : 'without enough passes'}: ${lacking.map((c) => `${c.target}/${c.check} (${c.reason})`).join('; ') || 'soak not complete'}`);
                break;
            }
            await clock.sleep(Math.max(0, next - now), stop.signal);
        }
    }
    finally {
        watchdog.cancel();
        unlinks.forEach((unlink) => unlink());
    }
    const checks = (0,gate_result/* summarizeTallies */.w)(tallies, need, baselines);
    const failedChecks = checks.filter((c) => c.verdict === 'Failed' || c.verdict === 'Error');
    return { ...blameAll(final, failedChecks), checks, failedChecks, startedAt, endedAt: clock.now(), rounds, samples };
    /**
     * Completes the failing round over the checks it did not measure (skipped
     * or aborted by the fail-fast), still bounded by the deadline and a cancel:
     * under `on-failure: continue`, a second failing target must not stay green.
     */
    async function blameTheRest(rest, round) {
        if (!rest.length)
            return;
        const blame = new AbortController();
        const budget = startWatchdog(clock, o.blameBudgetMs ?? BLAME_BUDGET_MS);
        const unlink = [linkAbort(o.signal, blame), linkAbort(watchdog.signal, blame), linkAbort(budget.signal, blame)];
        try {
            // An answer cut by the budget is no evidence either way: the check stays unjudged.
            await probeRound(rest, round, blame.signal, () => !budget.signal.aborted || watchdog.signal.aborted);
        }
        finally {
            budget.cancel();
            unlink.forEach((u) => u());
        }
    }
}
/**
 * The gate's verdict once every failing check is known: the worst of them
 * (Failed above Error, as in Argo Rollouts), the first failure's reason first
 * and the others named after it.
 */
function blameAll(first, failed) {
    if (first.verdict !== 'Failed' && first.verdict !== 'Error')
        return first;
    const verdict = failed.some((c) => c.verdict === 'Failed') ? 'Failed' : first.verdict;
    const lead = verdict === first.verdict ? first.reason : (() => {
        const worst = failed.find((c) => c.verdict === 'Failed');
        return `${worst.target}/${worst.check}: ${worst.reason}`;
    })();
    const others = failed.map((c) => `${c.target}/${c.check}`).filter((name) => !lead.startsWith(`${name}: `));
    return { verdict, reason: others.length ? `${lead}; also failing: ${others.join(', ')}` : lead };
}
/** Judges every check with a baseline on all its samples so far; a worse canary fails the check. */
function judgeBaselines(specs, tallies, samples, out) {
    tallies.forEach((t, i) => {
        const rules = specs[i].rules.baseline;
        if (!rules || t.verdict !== 'Running')
            return;
        const pairs = samples.filter((s) => s.target === t.target && s.check === t.check && s.status !== 'error' && s.value !== undefined && s.baseline !== undefined);
        const cmp = compareToBaseline(pairs.map((s) => s.value), pairs.map((s) => s.baseline), rules);
        const updated = cmp.outcome === 'worse' ? { ...t, verdict: 'Failed', reason: `baseline comparison: ${cmp.reason}` } : t;
        tallies[i] = updated;
        out.set(i, cmp);
    });
}
function groupByTarget(items) {
    const groups = new Map();
    for (const it of items)
        groups.set(it.spec.target, [...(groups.get(it.spec.target) ?? []), it]);
    return [...groups.values()];
}
/**
 * Runs `fn` over `items` with at most `limit` calls in flight, in order of
 * the items. Stops starting new items once `signal` aborts (a gate that has
 * its verdict does not probe more targets); items already started finish.
 */
async function forEachWithLimit(items, limit, fn, signal) {
    let next = 0;
    const worker = async () => {
        while (next < items.length && !signal?.aborted) {
            const i = next++;
            await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

;// CONCATENATED MODULE: ../../packages/probes/src/run-gate.ts



/**
 * Gates a stage: resolves its checks for each target and runs the gate loop
 * with real probes (or injected ones). The library entry for the health-gate
 * action and for the pipeline.
 */
async function runGate(options) {
    const resolved = resolveGate(options);
    const probe = options.probeRunner ?? runProbe;
    const clock = options.clock ?? realClock;
    const progress = options.progress ? createGateProgress({ startedAt: clock.now(), timeoutMs: resolved.timeoutMs, now: () => clock.now(), print: options.progress }) : undefined;
    const result = await runGateLoop({
        specs: resolved.specs,
        soakMs: resolved.soakMs,
        intervalMs: resolved.intervalMs,
        timeoutMs: resolved.timeoutMs,
        consecutiveSuccess: resolved.consecutiveSuccess,
        concurrency: resolved.concurrency,
        clock,
        probe: (spec, signal) => probe(spec.detail, { target: spec.target, signal, prometheusUrl: resolved.prometheusUrl, cwd: options.cwd }),
        onSample: (sample, tally) => {
            progress?.(sample, tally);
            options.onSample?.(sample, tally);
        },
        signal: options.signal,
    });
    const { specs: _specs, ...settings } = resolved;
    return { ...result, settings };
}

;// CONCATENATED MODULE: ../../packages/probes/src/index.ts
/**
 * @stagegate/probes: the probes a health gate runs (http, dns, tcp,
 * prometheus, command) and runGate, which drives core's gate loop with them.
 */











/***/ })

};

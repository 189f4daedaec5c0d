export const id = 945;
export const ids = [945];
export const modules = {

/***/ 53945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseChecksInput: () => (/* binding */ parseChecksInput),
/* harmony export */   parseFailOn: () => (/* binding */ parseFailOn)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33483);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98476);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85736);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87027);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35675);



/**
 * Checks given inline in the `checks` input: a YAML or JSON list of checks
 * written as in a plan. Every problem is reported with its place in the input.
 */
function parseChecksInput(text, name = 'checks') {
    let data;
    try {
        data = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (e) {
        throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL([{ path: `input ${name}`, message: `expected a YAML or JSON list of checks; ${e.message.split('\n')[0]}` }]);
    }
    const parsed = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(_stagegate_core__WEBPACK_IMPORTED_MODULE_3__/* .Check */ .Jl).min(1).safeParse(data, { reportInput: true });
    if (!parsed.success)
        throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(parsed.error.issues.flatMap((i) => (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_4__/* .describeIssue */ .n6)(i, [`input ${name}`])), `input ${name} is not a valid list of checks:`);
    const seen = new Set();
    for (const [i, c] of parsed.data.entries()) {
        if (seen.has(c.name))
            throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL([{ path: `input ${name}[${i}].name`, message: `duplicate check name "${c.name}"` }]);
        seen.add(c.name);
    }
    return parsed.data;
}
/** The verdicts that fail the step: a comma list of failed, error, inconclusive; or none. */
function parseFailOn(text, name = 'fail-on') {
    const words = text.split(/[\s,]+/).map((w) => w.trim().toLowerCase()).filter(Boolean);
    if (!words.length)
        return new Set(['Failed', 'Error', 'Inconclusive']);
    if (words.length === 1 && words[0] === 'none')
        return new Set();
    const known = { failed: 'Failed', error: 'Error', inconclusive: 'Inconclusive' };
    const out = new Set();
    for (const w of words) {
        const v = known[w];
        if (!v)
            throw new _stagegate_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL([{ path: `input ${name}`, message: `expected a list of failed, error, inconclusive (or none); got ${JSON.stringify(w)}` }]);
        out.add(v);
    }
    return out;
}


/***/ }),

/***/ 87027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jl: () => (/* binding */ Check),
/* harmony export */   dw: () => (/* binding */ Duration),
/* harmony export */   f2: () => (/* binding */ Argv)
/* harmony export */ });
/* unused harmony exports JsonPathAssertion, HttpCheck, DnsCheck, TcpCheck, PrometheusCheck, CommandCheck */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98476);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28283);


/** A duration such as "30s", "5m", "1h", "500ms"; a bare number means seconds. */
const Duration = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .DURATION_PATTERN */ .Cq, { error: 'expected a duration such as "30s", "5m" or "1h"' }), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative()])
    .describe('A duration such as "500ms", "30s", "5m", "1h"; a number means seconds.');
/** An argv array: the program and its arguments, never a shell command line. */
const Argv = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), { error: 'expected an argv array such as ["./deploy.sh", "--region", "{target}"]' })
    .min(1, { error: 'expected at least the program name' })
    .describe('Program and arguments as an array; each element is one argument, placeholders are filled per element, no shell is involved.');
/** What makes a check fail the gate, and how fast. */
const CheckCommon = {
    /** Unique name of the check within its profile. */
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).regex(/^[A-Za-z0-9._-]+$/, { error: 'expected a name of letters, digits, . _ -' }).describe('Unique name of the check within its profile.'),
    /** critical (P0): the first failure fails the gate; warning (P1): fails after failure-limit failures. */
    severity: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['critical', 'warning']).default('warning').describe('critical (P0): the first failure fails the gate; warning (P1): the gate fails after failure-limit failures.'),
    /** Failures (measured, bad value) that a warning check tolerates before it fails; counted cumulatively. */
    'failure-limit': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).default(3).describe('A warning check fails the gate on its Nth failure (cumulative). Default 3.'),
    /** Errors in a row (could not measure: timeout, refused, bad query) before the check ends in Error. */
    'consecutive-error-limit': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).default(4).describe('Errors in a row (timeouts, refused connections, empty results) before the check ends in Error. Default 4.'),
    /** How long one probe may take. */
    timeout: Duration.default('10s').describe('How long one probe may take. Default 10s.'),
};
/** Status expectation: 200, [200, 204], "2xx", or "200-299". */
const StatusExpectation = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(100).max(599),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(100).max(599)).min(1),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^(?:[1-5]xx|\d{3}-\d{3})$/, { error: 'expected a status such as 200, [200, 204], "2xx" or "200-299"' }),
]);
/** One assertion on a value found at a JSON path in the response body. */
const JsonPathAssertion = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    /** Dotted path into the body: `status`, `checks.db.ok`, `items[0].state` (a leading `$.` is allowed). */
    path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('Dotted path into the JSON body, e.g. checks.db.ok or items[0].state.'),
    /** The value must equal this (deep equality). */
    equals: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional().describe('The value must equal this.'),
    /** The value, as text, must match this regular expression. */
    matches: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('The value, as text, must match this regular expression.'),
    /** The value must be a number at least this. */
    min: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional().describe('The value must be a number >= min.'),
    /** The value must be a number at most this. */
    max: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional().describe('The value must be a number <= max.'),
})
    .describe('An assertion on the value at a JSON path of the body.');
/** An HTTP probe. */
const HttpCheck = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...CheckCommon,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('http'),
    /** URL to request; placeholders allowed, e.g. https://{target}.example.com/health. */
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('URL to request; placeholders allowed.'),
    /** HTTP method, default GET. */
    method: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']).default('GET').describe('HTTP method. Default GET.'),
    /** Request headers. */
    headers: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional().describe('Request headers.'),
    /** Request body (sent as is). */
    body: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Request body, sent as is.'),
    /** Follow redirects (default true); when false a 3xx is judged as it is. */
    'follow-redirects': zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true).describe('Follow redirects. Default true.'),
    /** What a healthy answer looks like. */
    expect: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        /** Expected status: 200, [200, 204], "2xx" or "200-299". Default "2xx". */
        status: StatusExpectation.optional().describe('Expected status: 200, [200, 204], "2xx" or "200-299". Default "2xx".'),
        /** The JSON body must contain these fields with these values (a partial deep match). */
        json: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()).optional().describe('The JSON body must contain these fields with these values (partial deep match).'),
        /** Assertions on values at JSON paths. */
        'json-path': zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(JsonPathAssertion).optional().describe('Assertions on values at JSON paths.'),
        /** The body must contain this text. */
        'body-contains': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('The body must contain this text.'),
        /** The answer must arrive within this latency, else the sample is a failure. */
        'max-latency': Duration.optional().describe('Answers slower than this are failures.'),
    })
        .default({})
        .describe('What a healthy answer looks like.'),
});
/** A DNS probe. */
const DnsCheck = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...CheckCommon,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('dns'),
    /** Name to resolve; placeholders allowed. */
    host: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('Name to resolve; placeholders allowed.'),
    /** Address family to ask for. */
    family: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['any', 'ipv4', 'ipv6']).default('any').describe('Address family: any, ipv4 or ipv6.'),
    /** The name must resolve to these addresses (all of them). */
    'expect-addresses': zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional().describe('The name must resolve to all of these addresses.'),
});
/** A TCP connect probe. */
const TcpCheck = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...CheckCommon,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tcp'),
    /** Host to connect to; placeholders allowed. */
    host: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('Host to connect to; placeholders allowed.'),
    /** Port to connect to. */
    port: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).max(65535).describe('Port to connect to.'),
});
/** A Prometheus instant query, optionally compared against a baseline. */
const PrometheusCheck = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...CheckCommon,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('prometheus'),
    /** Prometheus server URL; defaults to the plan's prometheus.url. */
    server: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().url().optional().describe("Prometheus server URL; defaults to the plan's prometheus.url."),
    /** PromQL instant query; it must return one number (a scalar or a one-series vector). */
    query: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('PromQL instant query returning one number; placeholders allowed.'),
    /** The value must be at least this. */
    min: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional().describe('The value must be >= min.'),
    /** The value must be at most this. */
    max: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional().describe('The value must be <= max.'),
    /** Compare the canary against a baseline over the soak (Mann-Whitney U, as Kayenta does). */
    baseline: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        /** PromQL for the same metric on targets not yet on the new version. */
        query: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('PromQL for the same metric on the baseline (targets not yet on the new version).'),
        /** The canary may be worse than the baseline by at most this ratio (1.2 = 20% worse). */
        'max-ratio': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().default(1.2).describe('Allowed ratio canary/baseline. Default 1.2.'),
        /** Confidence required to call the canary worse. */
        confidence: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().gt(0.5).lt(1).default(0.98).describe('Confidence required to call the canary worse. Default 0.98.'),
        /** Which direction is worse. */
        direction: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['increase', 'decrease']).default('increase').describe('increase: higher is worse (errors, latency); decrease: lower is worse (throughput).'),
        /** Absolute difference that is always tolerated (so a baseline of zero does not make any noise a failure). */
        'min-difference': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().default(0).describe('An absolute difference always tolerated. Default 0.'),
    })
        .optional()
        .describe('Compare against a baseline query over the soak.'),
});
/** A command probe: exit code 0 passes. */
const CommandCheck = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...CheckCommon,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('command'),
    /** argv to run; exit code 0 passes. */
    run: Argv,
});
/** Any check. */
const Check = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('type', [HttpCheck, DnsCheck, TcpCheck, PrometheusCheck, CommandCheck], {
    error: 'expected a check with type one of http, dns, tcp, prometheus, command',
});


/***/ }),

/***/ 35675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n6: () => (/* binding */ describeIssue)
/* harmony export */ });
/* unused harmony exports formatPath, showValue */
/** Every key any plan object accepts, to suggest the one a typo meant. */
const KNOWN_KEYS = [
    'version', 'service', 'environment', 'version-pattern', 'stages', 'deploy', 'rollback', 'checks', 'prometheus', 'notify',
    'name', 'targets', 'parallel', 'gate', 'on-failure', 'profile', 'soak', 'interval', 'timeout', 'consecutive-success', 'concurrency',
    'run', 'env', 'working-directory', 'type', 'severity', 'failure-limit', 'consecutive-error-limit', 'url', 'method', 'headers', 'body',
    'follow-redirects', 'expect', 'status', 'json', 'json-path', 'body-contains', 'max-latency', 'host', 'family', 'expect-addresses', 'port',
    'server', 'query', 'min', 'max', 'baseline', 'max-ratio', 'confidence', 'direction', 'min-difference', 'path', 'equals', 'matches',
    'slack', 'discord', 'webhook', 'secret', 'min-priority', 'immediate-priority', 'fallback-for', 'retries', 'fail-on-error',
];
/** `['stages', 1, 'on-failure']` → `stages[1].on-failure`. */
function formatPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else
            out += out ? `.${String(seg)}` : String(seg);
    }
    return out;
}
/** A value as a person should see it in an error: JSON, cut to 60 characters. */
function showValue(v) {
    if (v === undefined)
        return 'nothing';
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
/** Where a plan (or the notify action's `channels` input) holds webhook URLs and signing keys. */
const SECRET_AREA = /^(?:notify|input channels)(?:\.|$)/;
/** Keys of a channel that hold no secret: their values help the reader and are shown. */
const NOT_SECRET = /\.(?:min-priority|immediate-priority|fallback-for|retries|timeout|fail-on-error)$/;
/**
 * Turns one zod issue into plan problems a person can act on. A value under
 * `notify:` is never shown: a webhook URL written there by mistake (instead of
 * `env:NAME`) is a live secret, and error text ends up in logs and summaries.
 */
function describeIssue(issue, base = []) {
    return describeOne(issue, base).map((p) => (SECRET_AREA.test(p.path) && !NOT_SECRET.test(p.path) ? { ...p, message: hideValue(p.message) } : p));
}
/** The message without the value it quotes. */
function hideValue(message) {
    const cut = message.search(/;? got /);
    return `${cut >= 0 ? message.slice(0, cut) : message} (value not shown: it is a secret)`;
}
function describeOne(issue, base = []) {
    const path = [...base, ...issue.path];
    const at = formatPath(path) || 'plan';
    const input = issue.input;
    switch (issue.code) {
        case 'invalid_value':
            if (issue.values.length === 1)
                return [{ path: at, message: `expected ${showValue(issue.values[0])}; got ${showValue(input)}` }];
            return [{ path: at, message: `expected one of ${issue.values.map(String).join(', ')}; got ${showValue(input)}` }];
        case 'unrecognized_keys':
            return issue.keys.map((k) => {
                const near = closest(k);
                return { path: formatPath([...path, k]), message: `unknown key${near ? `; did you mean "${near}"?` : ' (not part of the plan format)'}` };
            });
        case 'invalid_type': {
            if (input === undefined)
                return [{ path: at, message: `required: expected ${issue.expected}${custom(issue.message)}` }];
            const own = custom(issue.message);
            return [{ path: at, message: own ? own.slice(2) + `; got ${showValue(input)}` : `expected ${issue.expected}; got ${typeName(input)} ${showValue(input)}` }];
        }
        case 'invalid_union': {
            const disc = issue;
            if (disc.discriminator && disc.options) {
                const got = input && typeof input === 'object' ? input[disc.discriminator] : input;
                return [{ path: at, message: `expected one of ${disc.options.map(String).join(', ')}; got ${showValue(got)}` }];
            }
            // Report the branch that got furthest: a string that fails a pattern says more than "expected number".
            const branches = issue.errors.filter((errs) => !errs.every((e) => e.code === 'invalid_type' && e.path.length === 0));
            const best = branches[0];
            if (best)
                return best.flatMap((e) => describeOne(e, path));
            const own = custom(issue.message);
            return [{ path: at, message: `${own ? own.slice(2) : 'unexpected value'}; got ${showValue(input)}` }];
        }
        case 'too_small':
        case 'too_big': {
            const own = custom(issue.message);
            if (own)
                return [{ path: at, message: own.slice(2) }];
            const bound = issue.code === 'too_small' ? `>= ${String(issue.minimum)}` : `<= ${String(issue.maximum)}`;
            const what = issue.origin === 'array' ? `a list of ${bound} items` : issue.origin === 'string' ? `text of ${bound} characters` : `a number ${bound}`;
            return [{ path: at, message: `expected ${what}; got ${showValue(input)}` }];
        }
        case 'invalid_format': {
            const own = custom(issue.message);
            return [{ path: at, message: `${own ? own.slice(2) : `expected a ${issue.format}`}; got ${showValue(input)}` }];
        }
        default:
            return [{ path: at, message: `${issue.message}${input !== undefined ? `; got ${showValue(input)}` : ''}` }];
    }
}
/** A custom message we set in the schema (zod's own start with "Invalid" or "Too"). */
function custom(message) {
    return /^(Invalid|Too (small|big)|Unrecognized)/.test(message) ? '' : `; ${message}`;
}
function typeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    return typeof v === 'object' ? 'an object' : typeof v;
}
function closest(key) {
    let best;
    let bestD = Infinity;
    for (const k of KNOWN_KEYS) {
        const d = distance(key.toLowerCase(), k);
        if (d < bestD)
            [best, bestD] = [k, d];
    }
    return bestD <= Math.max(2, Math.floor(key.length / 4)) ? best : undefined;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}


/***/ })

};

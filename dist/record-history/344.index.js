export const id = 344;
export const ids = [344];
export const modules = {

/***/ 36344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_JOURNAL_PREFIX: () => (/* reexport */ journal/* DEFAULT_JOURNAL_PREFIX */.b),
  JOURNAL_FILE: () => (/* reexport */ journal/* JOURNAL_FILE */.RD),
  Journal: () => (/* reexport */ journal/* Journal */.CQ),
  escapeCell: () => (/* reexport */ markdown/* escapeCell */.kq),
  hasProxy: () => (/* reexport */ proxy_support/* hasProxy */.j),
  loadPlanInput: () => (/* reexport */ loadPlanInput),
  loadProxySupport: () => (/* reexport */ proxy_support/* loadProxySupport */.w),
  markdownLink: () => (/* reexport */ markdown/* markdownLink */.iQ),
  markdownTable: () => (/* reexport */ markdown/* markdownTable */.Qj),
  openJournal: () => (/* reexport */ journal/* openJournal */._0),
  parseBooleanInput: () => (/* reexport */ inputs/* parseBooleanInput */.S8),
  parseChoiceInput: () => (/* reexport */ inputs/* parseChoiceInput */.XT),
  parseIntegerInput: () => (/* reexport */ inputs/* parseIntegerInput */._p),
  parseJsonInput: () => (/* reexport */ inputs/* parseJsonInput */.ou),
  parseListInput: () => (/* reexport */ inputs/* parseListInput */.UF),
  readRunContext: () => (/* reexport */ run_context/* readRunContext */.$),
  runMain: () => (/* reexport */ run_main/* runMain */.V),
  uploadWithActionsArtifact: () => (/* reexport */ journal/* uploadWithActionsArtifact */.bR),
  withTimeout: () => (/* reexport */ with_timeout/* withTimeout */.w),
  writeJournal: () => (/* reexport */ journal/* writeJournal */.fY)
});

// EXTERNAL MODULE: ../../packages/action-kit/src/inputs.ts
var inputs = __webpack_require__(18322);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(33483);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(98476);
// EXTERNAL MODULE: ../../packages/core/src/duration.ts
var duration = __webpack_require__(28283);
;// CONCATENATED MODULE: ../../packages/core/src/check-schema.ts


/** A duration such as "30s", "5m", "1h", "500ms"; a bare number means seconds. */
const Duration = schemas/* union */.KCZ([schemas/* string */.YjP().regex(duration/* DURATION_PATTERN */.Cq, { error: 'expected a duration such as "30s", "5m" or "1h"' }), schemas/* number */.aig().nonnegative()])
    .describe('A duration such as "500ms", "30s", "5m", "1h"; a number means seconds.');
/** An argv array: the program and its arguments, never a shell command line. */
const Argv = schemas/* array */.YOg(schemas/* string */.YjP(), { error: 'expected an argv array such as ["./deploy.sh", "--region", "{target}"]' })
    .min(1, { error: 'expected at least the program name' })
    .describe('Program and arguments as an array; each element is one argument, placeholders are filled per element, no shell is involved.');
/** What makes a check fail the gate, and how fast. */
const CheckCommon = {
    /** Unique name of the check within its profile. */
    name: schemas/* string */.YjP().min(1).regex(/^[A-Za-z0-9._-]+$/, { error: 'expected a name of letters, digits, . _ -' }).describe('Unique name of the check within its profile.'),
    /** critical (P0): the first failure fails the gate; warning (P1): fails after failure-limit failures. */
    severity: schemas/* enum */.k5n(['critical', 'warning']).default('warning').describe('critical (P0): the first failure fails the gate; warning (P1): the gate fails after failure-limit failures.'),
    /** Failures (measured, bad value) that a warning check tolerates before it fails; counted cumulatively. */
    'failure-limit': schemas/* number */.aig().int().min(1).default(3).describe('A warning check fails the gate on its Nth failure (cumulative). Default 3.'),
    /** Errors in a row (could not measure: timeout, refused, bad query) before the check ends in Error. */
    'consecutive-error-limit': schemas/* number */.aig().int().min(1).default(4).describe('Errors in a row (timeouts, refused connections, empty results) before the check ends in Error. Default 4.'),
    /** How long one probe may take. */
    timeout: Duration.default('10s').describe('How long one probe may take. Default 10s.'),
};
/** Status expectation: 200, [200, 204], "2xx", or "200-299". */
const StatusExpectation = schemas/* union */.KCZ([
    schemas/* number */.aig().int().min(100).max(599),
    schemas/* array */.YOg(schemas/* number */.aig().int().min(100).max(599)).min(1),
    schemas/* string */.YjP().regex(/^(?:[1-5]xx|\d{3}-\d{3})$/, { error: 'expected a status such as 200, [200, 204], "2xx" or "200-299"' }),
]);
/** One assertion on a value found at a JSON path in the response body. */
const JsonPathAssertion = schemas/* strictObject */.rej({
    /** Dotted path into the body: `status`, `checks.db.ok`, `items[0].state` (a leading `$.` is allowed). */
    path: schemas/* string */.YjP().min(1).describe('Dotted path into the JSON body, e.g. checks.db.ok or items[0].state.'),
    /** The value must equal this (deep equality). */
    equals: schemas/* unknown */.L5J().optional().describe('The value must equal this.'),
    /** The value, as text, must match this regular expression. */
    matches: schemas/* string */.YjP().optional().describe('The value, as text, must match this regular expression.'),
    /** The value must be a number at least this. */
    min: schemas/* number */.aig().optional().describe('The value must be a number >= min.'),
    /** The value must be a number at most this. */
    max: schemas/* number */.aig().optional().describe('The value must be a number <= max.'),
})
    .describe('An assertion on the value at a JSON path of the body.');
/** An HTTP probe. */
const HttpCheck = schemas/* strictObject */.rej({
    ...CheckCommon,
    type: schemas/* literal */.euz('http'),
    /** URL to request; placeholders allowed, e.g. https://{target}.example.com/health. */
    url: schemas/* string */.YjP().min(1).describe('URL to request; placeholders allowed.'),
    /** HTTP method, default GET. */
    method: schemas/* enum */.k5n(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']).default('GET').describe('HTTP method. Default GET.'),
    /** Request headers. */
    headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional().describe('Request headers.'),
    /** Request body (sent as is). */
    body: schemas/* string */.YjP().optional().describe('Request body, sent as is.'),
    /** Follow redirects (default true); when false a 3xx is judged as it is. */
    'follow-redirects': schemas/* boolean */.zMY().default(true).describe('Follow redirects. Default true.'),
    /** What a healthy answer looks like. */
    expect: schemas/* strictObject */.rej({
        /** Expected status: 200, [200, 204], "2xx" or "200-299". Default "2xx". */
        status: StatusExpectation.optional().describe('Expected status: 200, [200, 204], "2xx" or "200-299". Default "2xx".'),
        /** The JSON body must contain these fields with these values (a partial deep match). */
        json: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional().describe('The JSON body must contain these fields with these values (partial deep match).'),
        /** Assertions on values at JSON paths. */
        'json-path': schemas/* array */.YOg(JsonPathAssertion).optional().describe('Assertions on values at JSON paths.'),
        /** The body must contain this text. */
        'body-contains': schemas/* string */.YjP().optional().describe('The body must contain this text.'),
        /** The answer must arrive within this latency, else the sample is a failure. */
        'max-latency': Duration.optional().describe('Answers slower than this are failures.'),
    })
        .default({})
        .describe('What a healthy answer looks like.'),
});
/** A DNS probe. */
const DnsCheck = schemas/* strictObject */.rej({
    ...CheckCommon,
    type: schemas/* literal */.euz('dns'),
    /** Name to resolve; placeholders allowed. */
    host: schemas/* string */.YjP().min(1).describe('Name to resolve; placeholders allowed.'),
    /** Address family to ask for. */
    family: schemas/* enum */.k5n(['any', 'ipv4', 'ipv6']).default('any').describe('Address family: any, ipv4 or ipv6.'),
    /** The name must resolve to these addresses (all of them). */
    'expect-addresses': schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('The name must resolve to all of these addresses.'),
});
/** A TCP connect probe. */
const TcpCheck = schemas/* strictObject */.rej({
    ...CheckCommon,
    type: schemas/* literal */.euz('tcp'),
    /** Host to connect to; placeholders allowed. */
    host: schemas/* string */.YjP().min(1).describe('Host to connect to; placeholders allowed.'),
    /** Port to connect to. */
    port: schemas/* number */.aig().int().min(1).max(65535).describe('Port to connect to.'),
});
/** A Prometheus instant query, optionally compared against a baseline. */
const PrometheusCheck = schemas/* strictObject */.rej({
    ...CheckCommon,
    type: schemas/* literal */.euz('prometheus'),
    /** Prometheus server URL; defaults to the plan's prometheus.url. */
    server: schemas/* string */.YjP().url().optional().describe("Prometheus server URL; defaults to the plan's prometheus.url."),
    /** PromQL instant query; it must return one number (a scalar or a one-series vector). */
    query: schemas/* string */.YjP().min(1).describe('PromQL instant query returning one number; placeholders allowed.'),
    /** The value must be at least this. */
    min: schemas/* number */.aig().optional().describe('The value must be >= min.'),
    /** The value must be at most this. */
    max: schemas/* number */.aig().optional().describe('The value must be <= max.'),
    /** Compare the canary against a baseline over the soak (Mann-Whitney U, as Kayenta does). */
    baseline: schemas/* strictObject */.rej({
        /** PromQL for the same metric on targets not yet on the new version. */
        query: schemas/* string */.YjP().min(1).describe('PromQL for the same metric on the baseline (targets not yet on the new version).'),
        /** The canary may be worse than the baseline by at most this ratio (1.2 = 20% worse). */
        'max-ratio': schemas/* number */.aig().positive().default(1.2).describe('Allowed ratio canary/baseline. Default 1.2.'),
        /** Confidence required to call the canary worse. */
        confidence: schemas/* number */.aig().gt(0.5).lt(1).default(0.98).describe('Confidence required to call the canary worse. Default 0.98.'),
        /** Which direction is worse. */
        direction: schemas/* enum */.k5n(['increase', 'decrease']).default('increase').describe('increase: higher is worse (errors, latency); decrease: lower is worse (throughput).'),
        /** Absolute difference that is always tolerated (so a baseline of zero does not make any noise a failure). */
        'min-difference': schemas/* number */.aig().nonnegative().default(0).describe('An absolute difference always tolerated. Default 0.'),
    })
        .optional()
        .describe('Compare against a baseline query over the soak.'),
});
/** A command probe: exit code 0 passes. */
const CommandCheck = schemas/* strictObject */.rej({
    ...CheckCommon,
    type: schemas/* literal */.euz('command'),
    /** argv to run; exit code 0 passes. */
    run: Argv,
});
/** Any check. */
const Check = schemas/* discriminatedUnion */.gMt('type', [HttpCheck, DnsCheck, TcpCheck, PrometheusCheck, CommandCheck], {
    error: 'expected a check with type one of http, dns, tcp, prometheus, command',
});

;// CONCATENATED MODULE: ../../packages/core/src/version.ts

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
        throw new ConfigError([{ path: `input ${inputName}`, message: `expected a version matching ${pattern}${rule}; got ${shown}` }]);
    }
    return version;
}

;// CONCATENATED MODULE: ../../packages/core/src/plan-constants.ts
// The plan's enumerations, apart from plan-schema.ts: the notify action and the messages need the
// priorities without evaluating every zod schema of the plan at start-up.
/** What to do when a stage fails its deploy or its gate. */
const ON_FAILURE = ['rollback-stage', 'rollback-all', 'continue', 'pause'];
/** Notification priorities, P0 most urgent. */
const PRIORITIES = ['P0', 'P1', 'P2', 'P3'];

;// CONCATENATED MODULE: ../../packages/core/src/windows-schema.ts


/** Weekday names a deny window may list, Sunday first (as `Date#getDay` counts). */
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** True when the runtime's Intl knows the IANA time zone (Node ships full ICU). */
function isTimeZone(name) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: name });
        return true;
    }
    catch {
        return false;
    }
}
const TimeZone = schemas/* string */.YjP()
    .refine(isTimeZone, { error: 'expected an IANA time zone such as "America/New_York", "Europe/London" or "UTC"' })
    .describe('IANA time zone, e.g. America/New_York.');
// "24:00" only ends a window (a whole day is 00:00–24:00); it never starts one.
const From = schemas/* string */.YjP().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a 24-hour local time such as "16:00"' });
const To = schemas/* string */.YjP().regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: 'expected a 24-hour local time such as "09:00" (24:00 for the end of the day)' });
/** A span of local time when no stage may start. */
const DenyWindow = schemas/* strictObject */.rej({
    /** Shown in messages; default "deny window N". */
    name: schemas/* string */.YjP().min(1).optional().describe('Name shown in messages, e.g. market-hours.'),
    /** Days the window starts on; default every day. An overnight window belongs to the day it starts. */
    days: schemas/* array */.YOg(schemas/* enum */.k5n(WEEKDAYS)).min(1).optional().describe('Days the window starts on (sun … sat); default every day. An overnight window (from later than to) belongs to the day it starts.'),
    /** Start, local 24-hour time. */
    from: From.describe('Start, local 24-hour time, e.g. "16:00".'),
    /** End, local 24-hour time; earlier than from means the next day. */
    to: To.describe('End, local 24-hour time, e.g. "09:00"; earlier than from means the next morning; 24:00 is midnight.'),
    /** Time zone of from/to and days; default the windows' timezone. */
    timezone: TimeZone.optional().describe("Time zone of from, to and days. Default: windows.timezone."),
})
    .refine((w) => w.from !== w.to, { path: ['to'], error: 'expected to to differ from from; a whole day is from: "00:00", to: "24:00"' })
    .describe('A span of local time when no stage may start.');
/** When stages may not start, and how long a rollout waits for a window to end. */
const Windows = schemas/* strictObject */.rej({
    /** Default time zone of the deny windows. */
    timezone: TimeZone.default('UTC').describe('Default time zone of the deny windows. Default UTC.'),
    /** Spans when no stage may start. */
    deny: schemas/* array */.YOg(DenyWindow).min(1, { error: 'expected at least one deny window' }).describe('Spans of local time when no stage may start.'),
    /** Longest wait for a deny window to end before refusing; 0s refuses at once. */
    wait: Duration.default('0s').describe('Longest wait, before a stage, for a deny window to end; then the rollout stops with result held. Default 0s: stop at once.'),
})
    .describe('Deploy windows: before each stage, inside a deny window the rollout waits (up to wait) or stops with result held.');

;// CONCATENATED MODULE: ../../packages/core/src/plan-schema.ts





const Name = schemas/* string */.YjP().min(1).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'expected a name of letters, digits, . _ - (starting with a letter or digit)' });
/** How a stage is judged healthy. */
const Gate = schemas/* strictObject */.rej({
    /** Name of a check profile under `checks:`. */
    profile: schemas/* string */.YjP().min(1).optional().describe('Name of a check profile under checks:.'),
    /** Checks given inline, in addition to the profile's. */
    checks: schemas/* array */.YOg(Check).optional().describe("Checks given inline, in addition to the profile's."),
    /** How long to watch after the deploy; the gate passes only after the soak. */
    soak: Duration.default('0s').describe('How long to keep probing after the deploy. Default 0s: one round of probes.'),
    /** Time between rounds of probes. */
    interval: Duration.default('10s').describe('Time between rounds of probes. Default 10s.'),
    /** Hard limit for the whole gate; reaching it ends in Inconclusive (or Error). */
    timeout: Duration.optional().describe('Hard limit for the whole gate. Default: soak + 5m.'),
    /** Successful rounds in a row required at the end of the soak. */
    'consecutive-success': schemas/* number */.aig().int().min(1).optional().describe('Successful rounds in a row required before the gate passes.'),
    /** How many targets are probed at once. */
    concurrency: schemas/* number */.aig().int().min(1).max(1000).default(20).describe('How many targets are probed at once. Default 20.'),
})
    .describe('How a stage is judged healthy.');
/** A link template: an http(s) URL with placeholders, filled per target. */
const UrlTemplate = schemas/* string */.YjP()
    .regex(/^https?:\/\/\S+$/, { error: 'expected an http(s) URL template such as https://{target}.example.com' })
    .describe('Link to a deployed target, set as environment_url on its deployment statuses, e.g. https://{target}.example.com. Placeholders: {target}, {version}, {stage}, {environment}, {service}.');
/** One stage of the rollout: a set of targets deployed together, then gated. */
const Stage = schemas/* strictObject */.rej({
    /** Unique stage name, e.g. canary. */
    name: Name.describe('Unique stage name, e.g. canary.'),
    /** Targets of this stage; each becomes a GitHub environment (see `environment`). */
    targets: schemas/* array */.YOg(Name, { error: 'expected a list of target names such as [lhr, nrt]' })
        .min(1, { error: 'expected at least one target: an empty stage deploys nothing' })
        .describe('Targets of this stage, e.g. [lhr, nrt]; each becomes a GitHub environment.'),
    /** How many targets are deployed at once. Default 1 (one by one). */
    parallel: schemas/* number */.aig().int().min(1).max(256).default(1).describe('How many targets are deployed at once. Default 1.'),
    /** How the stage is judged healthy; without a gate the stage passes when its deploys succeed. */
    gate: Gate.optional(),
    /** What to do when the stage fails. */
    'on-failure': schemas/* enum */.k5n(ON_FAILURE)
        .default('rollback-stage')
        .describe('rollback-stage: roll back this stage; rollback-all: roll back every target touched so far; continue: record and go on; pause: stop for a person.'),
    /** Override of the plan's environment template for this stage. */
    environment: schemas/* string */.YjP().min(1).optional().describe("Override of the plan's environment template for this stage."),
    /** Override of the plan's url template for this stage's targets. */
    url: UrlTemplate.optional().describe("Override of the plan's url template for this stage's targets."),
    /** rolling: deploy over the live version; blue-green: deploy to the idle colour, gate it, then run `switch`. */
    strategy: schemas/* enum */.k5n(['rolling', 'blue-green']).default('rolling').describe('rolling (default): deploy over the live version. blue-green: deploy to the idle colour ({color}), gate it, then move traffic with switch; a rollback switches back.'),
    /** For blue-green: moves the target's traffic to `{color}`; run after the gate passes, and with the previous colour on a rollback. */
    switch: schemas/* lazy */.RZV(() => Command).optional().describe('For strategy: blue-green: the command that moves traffic to {color} (after the gate passes; back to the previous colour on a rollback).'),
    /** Share of each target's traffic the version gets in this stage; a target may come back in a later stage only at a higher weight. */
    weight: schemas/* number */.aig().int().min(1).max(100).optional().describe('Share (1-100) of each target\'s traffic the version gets in this stage, filled into commands as {weight}. A target may appear again in a later stage only with a higher weight. Default: none (the version takes all traffic, {weight} is 100).'),
    /** Longest wall time of the stage (deploy + gate); over it the stage fails with cause "over budget". */
    budget: Duration.optional().describe('Longest wall time of this stage, deploy + gate, e.g. 10m; when it runs out the running deploy or gate is stopped and the stage fails with cause "over budget", then follows on-failure.'),
})
    .describe('One stage: targets deployed together, then gated.');
/**
 * Percentage waves: one list of targets rolled out in stages that cover rising
 * cumulative shares of it, expanded into plain stages when the plan is loaded
 * (see plan-waves.ts). The other fields are a stage's, given to every wave.
 */
const Waves = Stage.omit({ name: true, targets: true, weight: true })
    .extend({
    /** Prefix of the wave stages' names: wave-1, wave-2, … */
    name: Name.default('wave').describe('Prefix of the wave stages\' names: wave-1, wave-2, … Default wave.'),
    /** Targets in rollout order: the first ones go first. */
    targets: schemas/* array */.YOg(Name, { error: 'expected a list of target names such as [lhr, nrt]' }).min(1, { error: 'expected at least one target' }).describe('Targets in rollout order: wave 1 takes the first ones.'),
    /** Cumulative shares of the targets, rising, ending at 100. */
    percent: schemas/* array */.YOg(schemas/* number */.aig().gt(0).max(100), { error: 'expected a list of rising percentages such as [1, 10, 50, 100]' }).min(1, { error: 'expected at least one wave' }).describe('Cumulative shares of the targets each wave reaches, rising and ending at 100, e.g. [1, 10, 50, 100]. Each wave gets at least one target.'),
})
    .describe('Percentage waves: stages covering rising cumulative shares of one list of targets, after the stages (if any).');
/** A command the plan runs per target: argv, never a shell line. */
const Command = schemas/* strictObject */.rej({
    /** Program and arguments, placeholders filled per element. */
    run: Argv,
    /** Kill the command (and its children) after this long; the target is recorded as error. */
    timeout: Duration.default('15m').describe('Kill the command and its children after this long. Default 15m.'),
    /** Extra environment variables for the command; placeholders allowed in values. */
    env: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), schemas/* string */.YjP()).optional().describe('Extra environment variables; placeholders allowed in values.'),
    /** Working directory, relative to the workspace. */
    'working-directory': schemas/* string */.YjP().optional().describe('Working directory, relative to the workspace.'),
})
    .describe('A command run per target: an argv array, no shell.');
/** A secret reference: `env:NAME` reads the variable NAME at run time. */
const SecretRef = schemas/* string */.YjP()
    .regex(/^env:[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected env:NAME (the variable that holds the URL); a plan must not contain the secret itself' })
    .describe('env:NAME: the environment variable holding the secret.');
const ChannelCommon = {
    /** Lowest priority this channel receives: P2 means P0, P1 and P2. */
    'min-priority': schemas/* enum */.k5n(PRIORITIES).default('P2').describe('Lowest priority sent to this channel: P2 means P0, P1, P2. Default P2.'),
    /** Send here only when this other channel failed to deliver. */
    'fallback-for': schemas/* string */.YjP().optional().describe('Send here only when the named channel failed to deliver.'),
    /** For a fallback channel: events this urgent are sent here at once too, not only after the other channel fails (on call hears about a P0 twice rather than late). */
    'immediate-priority': schemas/* enum */.k5n([...PRIORITIES, 'none']).default('P0').describe('For a fallback channel: events at or above this priority are sent here at once as well. none: only as a fallback. Default P0.'),
    /** Time allowed for one send. */
    timeout: Duration.default('10s').describe('Time allowed for one send attempt. Default 10s.'),
    /** Retries after the first attempt on 5xx, 429 and network errors. */
    retries: schemas/* number */.aig().int().min(0).max(10).default(3).describe('Retries on 5xx, 429 and network errors. Default 3.'),
    /** key: a rollout's start, its first alert and its end (at most 3 messages); all: every event, as the audit trail holds them. */
    events: schemas/* enum */.k5n(['key', 'all']).default('key').describe('key (default): at most 3 messages per rollout (start, the alert that needs a person, the end); all: every event.'),
    /** An unset webhook variable stops the run only when the channel is required; otherwise alerts for it are logged locally. */
    required: schemas/* boolean */.zMY().default(false).describe('true: an unset webhook variable is an error that stops the run. Default false: a warning, alerts logged locally only.'),
};
/** Where events go. */
const Notify = schemas/* strictObject */.rej({
    /** Slack incoming webhook. */
    slack: schemas/* strictObject */.rej({ webhook: SecretRef, ...ChannelCommon }).optional(),
    /** Discord webhook. */
    discord: schemas/* strictObject */.rej({ webhook: SecretRef, ...ChannelCommon }).optional(),
    /** Generic JSON webhook, signed with HMAC-SHA256 when a secret is set. */
    webhook: schemas/* strictObject */.rej({ url: SecretRef, secret: SecretRef.optional(), ...ChannelCommon }).optional(),
    /** PagerDuty Events API v2: a P0 triggers an incident (one per rollout), the all-clear resolves it. */
    pagerduty: schemas/* strictObject */.rej({
        'routing-key': SecretRef.describe('env:NAME: the variable holding the Events API v2 integration key (routing key).'),
        'events-url': schemas/* string */.YjP().url().default('https://events.pagerduty.com/v2/enqueue').describe('Events API v2 endpoint. Default https://events.pagerduty.com/v2/enqueue.'),
        ...ChannelCommon,
        'min-priority': schemas/* enum */.k5n(PRIORITIES).default('P0').describe('Lowest priority that triggers an incident. Default P0.'),
    }).describe('PagerDuty Events API v2: an alert triggers one incident per rollout, the all-clear resolves it.').optional(),
    /** When a failed send fails the step: p0-p1 (default), any, never. */
    'fail-on-error': schemas/* enum */.k5n(['p0-p1', 'any', 'never']).default('p0-p1').describe('Fail the step when an event could not be delivered: p0-p1 (default), any, never.'),
})
    .describe('Notification channels and routing.');
/** The rollout plan, usually .github/rollout.yml. */
const Plan = schemas/* strictObject */.rej({
    /** Plan format version; only 1 exists. */
    version: schemas/* literal */.euz(1, { error: 'expected version: 1' }).describe('Plan format version: 1.'),
    /** Service name, shown in notifications and recorded in deployments. */
    service: Name.describe('Service name, e.g. trading-api.'),
    /** GitHub environment name per target. Placeholders: {target}, {stage}, {service}. */
    environment: schemas/* string */.YjP().min(1).default('production/{target}').describe('GitHub environment name per target. Default production/{target}.'),
    /** Link to each deployed target (environment_url), e.g. https://{target}.example.com. */
    url: UrlTemplate.optional(),
    /** Regular expression a version must match before anything is deployed. */
    'version-pattern': schemas/* string */.YjP().default(DEFAULT_VERSION_PATTERN).describe(`Regular expression a version must match. Default ${DEFAULT_VERSION_PATTERN}.`),
    /** Stages, in rollout order. */
    stages: schemas/* array */.YOg(Stage).default([]).describe('Stages, in rollout order. At least one, unless waves are given.'),
    /** Percentage waves, expanded into stages named wave-1, wave-2, … after `stages`. */
    waves: Waves.optional(),
    /** How to deploy one target. */
    deploy: Command,
    /** How to roll back one target ({previous} is the version to go back to). Default: the deploy command with {version} set to the previous version. */
    rollback: Command.optional(),
    /** Named check profiles that gates refer to. */
    checks: schemas/* record */.g1P(Name, schemas/* array */.YOg(Check)).default({}).describe('Named check profiles, referred to by gate.profile.'),
    /** Defaults for prometheus checks. */
    prometheus: schemas/* strictObject */.rej({ url: schemas/* string */.YjP().url().describe('Prometheus server URL.') }).optional(),
    /** Notification channels. */
    notify: Notify.optional(),
    /** Deploy windows: spans when no stage may start. */
    windows: Windows.optional(),
    /** Longest wall time of the whole rollout; the stage running when it runs out fails with cause "over budget". */
    budget: Duration.optional().describe('Longest wall time of the whole rollout, e.g. 35m; the stage running when it runs out is stopped and fails with cause "over budget", then follows its on-failure.'),
})
    .describe('A stagegate rollout plan.');

// EXTERNAL MODULE: ../../packages/core/src/placeholders.ts
var placeholders = __webpack_require__(62185);
// EXTERNAL MODULE: ../../packages/core/src/plan-resolve.ts
var plan_resolve = __webpack_require__(17301);
;// CONCATENATED MODULE: ../../packages/core/src/blue-green.ts


/**
 * Blue-green: each target has two colours, one serving traffic (live) and one
 * idle. A new version goes to the idle colour, is gated there, and only then
 * receives traffic through the stage's `switch` command. These are the pure
 * decisions; the deployer and the pipeline run the commands.
 */
/** The two colours of a blue-green target. */
const COLORS = (/* unused pure expression or super */ null && (['blue', 'green']));
/** True when the stage deploys blue-green (deploy to idle, gate it, then switch). */
function isBlueGreen(stage) {
    return stage?.strategy === 'blue-green';
}
/** The other colour. */
function otherColor(color) {
    return color === 'blue' ? 'green' : 'blue';
}
/** A colour read from a payload or an input; anything else is no colour. */
function readColor(value) {
    return value === 'blue' || value === 'green' ? value : undefined;
}
/** The idle colour a new version goes to: the one not live; blue on a first deploy (nothing live). */
function chooseIdleColor(live) {
    return live === 'blue' ? 'green' : 'blue';
}
/**
 * Why a blue-green target needs no rollback: its new colour never received
 * traffic. `green failed its gate and never received traffic; blue still serves v1`.
 */
function describeNeverSwitched(t) {
    const what = t.failure === 'gate' ? 'failed its gate' : 'failed its deploy';
    const still = t.fromColor ? `${t.fromColor} still serves ${t.fromVersion ?? 'the previous version'}` : 'no colour served traffic before (first deploy)';
    return `${t.color} ${what} and never received traffic; ${still}`;
}
/**
 * Decides a blue-green rollback: traffic returns to the previous colour, which
 * must still hold the previous version (`holder`: the version last deployed to
 * that colour, when the caller read it; a run that deployed to the other
 * colour knows it is unchanged). No redeploy: a colour that no longer holds
 * the version cannot be switched back to.
 */
function decideSwitchBack(o) {
    const { version, color } = o.previous;
    if (version === undefined)
        return { kind: 'impossible', reason: 'no previous version: this was the first deployment, so there is no colour to switch back to' };
    if (color === undefined)
        return { kind: 'impossible', reason: `${version} has no colour recorded (deployed before blue-green): there is no colour to switch back to; deploy ${version} again` };
    if (o.current === color)
        return { kind: 'impossible', reason: `${version} was on ${color}, which now holds the version being rolled back: deploy ${version} again` };
    if ('holder' in o && o.holder !== version)
        return { kind: 'impossible', reason: `${color} now holds ${o.holder ?? 'an unknown version'}, not ${version}: switching back would serve it; deploy ${version} again` };
    return { kind: 'switch', color, version };
}
/**
 * The plan rules of blue-green: a blue-green stage needs a `switch` command;
 * a rolling stage has no colour, so neither a `switch` nor a `{color}` in its
 * commands or gate checks can mean anything there.
 */
function checkBlueGreenRules(plan) {
    const problems = [];
    const rolling = plan.stages.filter((s) => !isBlueGreen(s)).map((s) => s.name);
    plan.stages.forEach((stage, i) => {
        const at = `stages[${i}]`;
        if (isBlueGreen(stage) && !stage.switch)
            problems.push({ path: `${at}.switch`, message: 'expected a switch command (e.g. { run: ["./switch.sh", "{target}", "{color}"] }): a blue-green stage moves traffic to the new colour with it, and back with it on a rollback' });
        if (!isBlueGreen(stage) && stage.switch)
            problems.push({ path: `${at}.switch`, message: 'a switch command needs strategy: blue-green on this stage (a rolling stage has no colours to switch)' });
        if (!isBlueGreen(stage) && (0,plan_resolve/* gateChecks */.He)(plan, stage).some((c) => usesColor(c)))
            problems.push({ path: `${at}.gate`, message: `a check of this gate uses {color}, which only a blue-green stage has; stage "${stage.name}" is rolling` });
    });
    if (rolling.length) {
        const message = `{color} is known only in blue-green stages; stage${rolling.length > 1 ? 's' : ''} ${rolling.map((r) => `"${r}"`).join(', ')} ${rolling.length > 1 ? 'are' : 'is'} rolling`;
        for (const name of ['deploy', 'rollback']) {
            const cmd = plan[name];
            cmd?.run.forEach((arg, j) => {
                if (usesColor(arg))
                    problems.push({ path: `${name}.run[${j}]`, message });
            });
            for (const [k, v] of Object.entries(cmd?.env ?? {}))
                if (usesColor(v))
                    problems.push({ path: `${name}.env.${k}`, message });
        }
    }
    return problems;
}
/** True when a string anywhere in `value` uses the {color} placeholder. */
function usesColor(value) {
    if (typeof value === 'string')
        return (0,placeholders/* findPlaceholders */.GY)(value).includes('color');
    // Arrays too: their values are their elements.
    if (value && typeof value === 'object')
        return Object.values(value).some(usesColor);
    return false;
}

;// CONCATENATED MODULE: ../../packages/core/src/plan-weights.ts

/**
 * The rule for targets in several stages: allowed only when every stage it
 * is in sets a weight and the weights rise from one to the next (10 → 50 →
 * 100), so each later stage gives the version more of that target's traffic,
 * and only when those stages name the same environment (its deployments are
 * read there). A target repeated within one stage is left to that stage's rule.
 */
function checkTargetStages(plan) {
    const problems = [];
    const last = new Map();
    plan.stages.forEach((stage, i) => {
        stage.targets.forEach((target, j) => {
            if (stage.targets.indexOf(target) !== j)
                return;
            const before = last.get(target);
            last.set(target, { index: i, stage });
            if (!before)
                return;
            const at = `stages[${i}].targets[${j}]`;
            const prev = before.stage;
            if (prev.weight === undefined || stage.weight === undefined) {
                problems.push({ path: at, message: `target "${target}" is already in stage "${prev.name}": a target belongs to one stage, unless each of its stages sets a weight, rising from one to the next` });
            }
            else if (stage.weight <= prev.weight) {
                problems.push({ path: at, message: `target "${target}" is at weight ${prev.weight} in stage "${prev.name}" (stages[${before.index}].weight) and ${stage.weight} here (stages[${i}].weight): a target comes back only at a higher weight` });
            }
            else if (environmentOf(plan, target, prev) !== environmentOf(plan, target, stage)) {
                problems.push({ path: at, message: `target "${target}" has environment "${environmentOf(plan, target, stage)}" here but "${environmentOf(plan, target, prev)}" in stage "${prev.name}": the stages of one target must name the same environment` });
            }
        });
    });
    return problems;
}
/** The target's environment in a stage, or the error a bad template gives (reported by its own rule). */
function environmentOf(plan, target, stage) {
    try {
        return (0,plan_resolve/* environmentFor */.DD)(plan, target, stage);
    }
    catch (e) {
        return e.message;
    }
}
/**
 * The traffic weight a rollback of `target` from stage `stageName` returns
 * the rolled-out version to: the target's weight in the nearest earlier stage
 * it is in, else 0 (no traffic: all of it back on the previous version).
 * Undefined when that stage sets no weight: there is no share to restore.
 */
function rollbackWeight(plan, stageName, target) {
    const at = plan.stages.findIndex((s) => s.name === stageName);
    if (plan.stages[at]?.weight === undefined)
        return undefined;
    for (let i = at - 1; i >= 0; i--) {
        const stage = plan.stages[i];
        if (stage.targets.includes(target))
            return stage.weight ?? 100;
    }
    return 0;
}

;// CONCATENATED MODULE: ../../packages/core/src/plan-rules.ts



/**
 * The rules a schema alone cannot express: names that must be unique, references
 * that must exist, placeholders that must be known. Returns every problem found.
 */
function checkPlanRules(plan) {
    const problems = [];
    const stageByName = new Map();
    if (!plan.stages.length && plan.waves === undefined)
        problems.push({ path: 'stages', message: 'expected at least one stage (or waves)' });
    plan.stages.forEach((stage, i) => {
        const at = `stages[${i}]`;
        const earlier = stageByName.get(stage.name);
        if (earlier !== undefined)
            problems.push({ path: `${at}.name`, message: `duplicate stage name "${stage.name}" (also stages[${earlier}])` });
        else
            stageByName.set(stage.name, i);
        const seen = new Set();
        stage.targets.forEach((target, j) => {
            if (seen.has(target)) {
                problems.push({ path: `${at}.targets[${j}]`, message: `duplicate target "${target}" in stage "${stage.name}"` });
                return;
            }
            seen.add(target);
        });
        const gate = stage.gate;
        if (gate?.profile !== undefined && !(gate.profile in plan.checks)) {
            const known = Object.keys(plan.checks);
            problems.push({ path: `${at}.gate.profile`, message: `expected the name of a profile under checks (${known.length ? known.join(', ') : 'none defined'}); got "${gate.profile}"` });
        }
        if (gate && gate.profile === undefined && !gate.checks?.length)
            problems.push({ path: `${at}.gate`, message: 'expected a profile or inline checks: a gate with no checks proves nothing' });
        gate?.checks?.forEach((c, k) => problems.push(...checkCheckPlaceholders(c, `${at}.gate.checks[${k}]`)));
        if (stage.environment !== undefined)
            problems.push(...checkText(stage.environment, `${at}.environment`, 'environment'));
        // A url names the same values a check can: it is filled per target, with the version deployed.
        if (stage.url !== undefined)
            problems.push(...checkText(stage.url, `${at}.url`, 'url'));
        if (stage.switch)
            checkCommand(stage.switch, `${at}.switch`, problems);
    });
    if (plan.url !== undefined)
        problems.push(...checkText(plan.url, 'url', 'url'));
    problems.push(...checkBlueGreenRules(plan));
    problems.push(...checkTargetStages(plan));
    problems.push(...checkText(plan.environment, 'environment', 'environment'));
    checkCommand(plan.deploy, 'deploy', problems);
    if (plan.rollback)
        checkCommand(plan.rollback, 'rollback', problems);
    for (const [profile, checks] of Object.entries(plan.checks)) {
        const names = new Set();
        checks.forEach((c, k) => {
            const at = `checks.${profile}[${k}]`;
            if (names.has(c.name))
                problems.push({ path: `${at}.name`, message: `duplicate check name "${c.name}" in profile "${profile}"` });
            names.add(c.name);
            problems.push(...checkCheckPlaceholders(c, at));
            if (c.type === 'prometheus' && !c.server && !plan.prometheus)
                problems.push({ path: `${at}.server`, message: 'expected a Prometheus URL here or at prometheus.url' });
            if (c.type === 'prometheus' && c.min === undefined && c.max === undefined && !c.baseline)
                problems.push({ path: at, message: 'expected min, max or baseline: a prometheus check needs a bound' });
        });
    }
    try {
        new RegExp(plan['version-pattern']);
    }
    catch {
        problems.push({ path: 'version-pattern', message: `expected a regular expression; got ${JSON.stringify(plan['version-pattern'])}` });
    }
    const notify = plan.notify;
    if (notify) {
        const channels = ['slack', 'discord', 'webhook', 'pagerduty'].filter((c) => notify[c] !== undefined);
        for (const c of channels) {
            const fb = notify[c]?.['fallback-for'];
            if (fb === undefined)
                continue;
            if (fb === c)
                problems.push({ path: `notify.${c}.fallback-for`, message: 'a channel cannot be its own fallback' });
            else if (!channels.includes(fb))
                problems.push({ path: `notify.${c}.fallback-for`, message: `expected one of the configured channels (${channels.filter((x) => x !== c).join(', ') || 'none'}); got "${fb}"` });
        }
    }
    return problems;
}
function checkCommand(cmd, at, problems) {
    cmd.run.forEach((arg, i) => problems.push(...checkText(arg, `${at}.run[${i}]`, 'command')));
    for (const [k, v] of Object.entries(cmd.env ?? {}))
        problems.push(...checkText(v, `${at}.env.${k}`, 'command'));
}
function checkCheckPlaceholders(check, at) {
    const out = [];
    const walk = (v, path) => {
        if (typeof v === 'string')
            out.push(...checkText(v, path, 'check'));
        else if (Array.isArray(v))
            v.forEach((x, i) => walk(x, `${path}[${i}]`));
        else if (v && typeof v === 'object')
            for (const [k, x] of Object.entries(v))
                if (k !== 'matches')
                    walk(x, `${path}.${k}`);
    };
    walk(check, at);
    return out;
}
/** Placeholder names in `text` that this kind of string may not use. */
function checkText(text, path, kind) {
    const allowed = placeholders/* PLACEHOLDERS_ALLOWED */.GA[kind];
    // PromQL label matchers use braces too: only {word} with a known-looking name counts.
    return (0,placeholders/* findPlaceholders */.GY)(text)
        .filter((name) => !allowed.includes(name))
        .map((name) => ({ path, message: `unknown placeholder {${name}}; expected one of ${allowed.map((a) => `{${a}}`).join(', ')}` }));
}

;// CONCATENATED MODULE: ../../packages/core/src/plan-waves.ts
/**
 * How many of `total` targets each wave has reached, cumulatively: the
 * share rounded up (5 % of 20 is 1, 1 % of 20 is 1 too), then pushed so every
 * wave gets at least one target of its own and leaves at least one to each
 * wave after it. Needs `total >= percent.length` (checkWaves says so otherwise).
 */
function countWaveTargets(total, percent) {
    const counts = [];
    percent.forEach((p, k) => {
        // The epsilon keeps 10 % of 30 (3.0000000000000004 in floating point) at 3.
        const wanted = Math.ceil((p * total) / 100 - 1e-9);
        const atLeast = (counts[k - 1] ?? 0) + 1;
        const atMost = total - (percent.length - 1 - k);
        counts.push(Math.min(Math.max(wanted, atLeast), atMost));
    });
    return counts;
}
/**
 * The rules of a `waves:` block a schema cannot express: targets listed once,
 * shares rising and ending at 100, a target for every wave. Paths are plan
 * paths (`waves.percent[2]`); no problems when the plan has no waves.
 */
function checkWaves(waves) {
    if (!waves)
        return [];
    const problems = [];
    waves.targets.forEach((target, j) => {
        const first = waves.targets.indexOf(target);
        if (first !== j)
            problems.push({ path: `waves.targets[${j}]`, message: `duplicate target "${target}" (also waves.targets[${first}]): each target belongs to one wave` });
    });
    waves.percent.slice(1).forEach((p, k) => {
        const before = waves.percent[k];
        if (p <= before)
            problems.push({ path: `waves.percent[${k + 1}]`, message: `expected more than ${before} (each wave reaches further than the one before); got ${p}` });
    });
    const last = waves.percent.length - 1;
    if (waves.percent[last] !== 100)
        problems.push({ path: `waves.percent[${last}]`, message: `expected 100 as the last share: the targets beyond ${waves.percent[last]} % would never be deployed; got ${waves.percent[last]}` });
    const unique = new Set(waves.targets).size;
    if (waves.percent.length > unique)
        problems.push({ path: 'waves.percent', message: `${waves.percent.length} waves need at least ${waves.percent.length} targets (each wave gets one); waves.targets has ${unique}` });
    return problems;
}
/**
 * The plan with its waves turned into plain stages, named `<name>-1`,
 * `<name>-2`, … after the plan's own stages, each with the waves' gate,
 * on-failure, parallel (and every other stage field set there). Targets keep
 * their list order: wave 1 takes the first ones. The result has no `waves`,
 * so the pipeline, the actions and the CLI see stages only, and expanding it
 * again changes nothing. Call it on a plan whose waves pass checkWaves.
 */
function expandWaves(plan) {
    if (!plan.waves)
        return plan;
    const { waves, ...rest } = plan;
    const { name, targets, percent, ...common } = waves;
    const counts = countWaveTargets(targets.length, percent);
    const stages = counts.map((count, k) => ({ ...common, name: `${name}-${k + 1}`, targets: targets.slice(counts[k - 1] ?? 0, count) }));
    return { ...rest, stages: [...plan.stages, ...stages] };
}
/**
 * Problems found on the expanded plan, pointed back at what the user wrote:
 * `stages[5].targets[1]` of a wave stage becomes `waves.targets[7]`, any other
 * path of a wave stage becomes the same path under `waves` (once, not once per wave).
 */
function locateWaveProblems(problems, written) {
    const waves = written.waves;
    if (!waves)
        return [...problems];
    const own = written.stages.length;
    const counts = countWaveTargets(waves.targets.length, waves.percent);
    const located = problems.map((p) => {
        const m = /^stages\[(\d+)\](\.targets\[(\d+)\])?(.*)$/.exec(p.path);
        if (!m || Number(m[1]) < own)
            return p;
        const wave = Number(m[1]) - own;
        if (m[3] !== undefined)
            return { ...p, path: `waves.targets[${(counts[wave - 1] ?? 0) + Number(m[3])}]${m[4]}` };
        return { ...p, path: `waves${m[4]}` };
    });
    // A mistake in the waves' gate shows on every wave stage: say it once.
    return located.filter((p, i) => located.findIndex((q) => q.path === p.path && q.message === p.message) === i);
}

;// CONCATENATED MODULE: ../../packages/core/src/zod-issues.ts
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

;// CONCATENATED MODULE: ../../packages/core/src/plan-load.ts







/**
 * Parses and validates a plan from YAML (or JSON) text. Never throws for a user
 * mistake: returns every problem at once, each with its path and, where the
 * text is YAML, its line number.
 */
function validatePlanText(text) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
        return {
            ok: false,
            problems: doc.errors.map((e) => {
                const pos = e.linePos?.[0] ?? (e.pos?.[0] === undefined ? undefined : lines.linePos(e.pos[0]));
                // Line and column, so an editor can jump there; the parser's first line says what it expected.
                return { path: pos ? `line ${pos.line}, column ${pos.col}` : 'plan', message: `not valid YAML: ${e.message.split('\n')[0]}` };
            }),
        };
    }
    const data = doc.toJS({ maxAliasCount: 100 });
    const result = validatePlanObject(data);
    if (result.ok)
        return result;
    const lineOf = (path) => {
        const node = doc.getIn(pathSegments(path), true);
        const start = (0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined;
        return start === undefined ? undefined : lines.linePos(start).line;
    };
    return {
        ok: false,
        problems: result.problems.map((p) => {
            const line = lineOf(p.path);
            return line ? { ...p, message: `${p.message} (line ${line})` } : p;
        }),
    };
}
/** Validates an already-parsed plan object (from JSON, YAML or code). */
function validatePlanObject(data) {
    if (data === null || data === undefined)
        return { ok: false, problems: [{ path: 'plan', message: 'expected a plan; the file is empty' }] };
    const parsed = Plan.safeParse(data, { reportInput: true });
    if (!parsed.success) {
        const problems = parsed.error.issues.flatMap((i) => describeIssue(i));
        // Report the cross-field rules too, so one run shows every problem.
        const seen = new Set(problems.map((p) => p.path));
        for (const p of checkPlanRules(loosePlan(data)))
            if (!seen.has(p.path))
                problems.push(p);
        return { ok: false, problems };
    }
    // Waves become plain stages here, so everything after loading sees stages only; the rules
    // then judge the stages as they will run, and name what the user wrote (waves.targets[7]).
    const waveProblems = checkWaves(parsed.data.waves);
    const plan = waveProblems.length ? parsed.data : expandWaves(parsed.data);
    const problems = [...waveProblems, ...locateWaveProblems(checkPlanRules(plan), parsed.data)];
    return problems.length ? { ok: false, problems } : { ok: true, plan };
}
/**
 * A best-effort view of a plan that failed the schema, shaped enough for the
 * cross-field rules: wrong parts are dropped (the schema already reported them).
 */
function loosePlan(data) {
    const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
    const str = (v, d = '') => (typeof v === 'string' ? v : d);
    const strs = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
    const raw = obj(data);
    const cmd = (v) => {
        const c = obj(v);
        return { run: strs(c.run), timeout: '15m', env: Object.fromEntries(Object.entries(obj(c.env)).filter(([, x]) => typeof x === 'string')) };
    };
    const checks = {};
    for (const [k, v] of Object.entries(obj(raw.checks)))
        checks[k] = (Array.isArray(v) ? v.filter((c) => c && typeof c === 'object' && typeof c.name === 'string') : []);
    const stages = (Array.isArray(raw.stages) ? raw.stages : []).map((s) => {
        const st = obj(s);
        const gate = st.gate === undefined ? undefined : obj(st.gate);
        return {
            name: str(st.name),
            targets: strs(st.targets),
            environment: typeof st.environment === 'string' ? st.environment : undefined,
            gate: gate ? { profile: typeof gate.profile === 'string' ? gate.profile : undefined, checks: Array.isArray(gate.checks) ? gate.checks : undefined } : undefined,
        };
    });
    return {
        environment: str(raw.environment, 'production/{target}'),
        'version-pattern': str(raw['version-pattern'], '.*'),
        stages,
        deploy: cmd(raw.deploy),
        rollback: raw.rollback === undefined ? undefined : cmd(raw.rollback),
        checks,
        prometheus: raw.prometheus === undefined ? undefined : { url: '' },
        notify: undefined,
        // Only whether there are waves: their own rules wait until the schema passes.
        waves: raw.waves === undefined ? undefined : {},
    };
}
/** Like validatePlanText, but throws a ConfigError listing every problem. */
function loadPlan(text, source = 'plan') {
    const r = validatePlanText(text);
    if (!r.ok)
        throw new errors/* ConfigError */.xL(r.problems, `${source} is not a valid rollout plan (${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}):`);
    return r.plan;
}
/** `stages[1].gate.soak` → ['stages', 1, 'gate', 'soak']. */
function pathSegments(path) {
    const out = [];
    for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
        out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
    return out;
}


;// CONCATENATED MODULE: ../../packages/action-kit/src/plan-input.ts



// Its own file: the plan parser (zod, yaml) is the heaviest thing an action loads at start, and
// the input parsers beside it are used before it is needed (an input error then costs no parse).
/**
 * The plan named by an input: a path (relative to the workspace; default
 * .github/rollout.yml) or, when the value has a newline, the plan text itself.
 */
function loadPlanInput(value, workspace, name = 'plan') {
    const v = value.trim() || '.github/rollout.yml';
    if (v.includes('\n'))
        return loadPlan(v, `input ${name}`);
    const file = (0,external_node_path_.isAbsolute)(v) ? v : (0,external_node_path_.resolve)(workspace, v);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        throw new errors/* ConfigError */.xL([{ path: `input ${name}`, message: `expected the path of a rollout plan; cannot read ${JSON.stringify(v)} (${e.code ?? e})` }]);
    }
    return loadPlan(text, v);
}

// EXTERNAL MODULE: ../../packages/action-kit/src/run-context.ts
var run_context = __webpack_require__(18264);
// EXTERNAL MODULE: ../../packages/action-kit/src/run-main.ts
var run_main = __webpack_require__(50454);
// EXTERNAL MODULE: ../../packages/action-kit/src/markdown.ts
var markdown = __webpack_require__(54490);
// EXTERNAL MODULE: ../../packages/action-kit/src/proxy-support.ts
var proxy_support = __webpack_require__(1521);
// EXTERNAL MODULE: ../../packages/action-kit/src/journal.ts
var journal = __webpack_require__(52360);
// EXTERNAL MODULE: ../../packages/action-kit/src/with-timeout.ts
var with_timeout = __webpack_require__(59761);
;// CONCATENATED MODULE: ../../packages/action-kit/src/index.ts
/**
 * @stagegate/action-kit: what every action's I/O shell (src/main.ts) shares.
 * Parsers take raw input strings; only main.ts calls @actions/core.
 */










/***/ }),

/***/ 52360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ Journal),
/* harmony export */   RD: () => (/* binding */ JOURNAL_FILE),
/* harmony export */   _0: () => (/* binding */ openJournal),
/* harmony export */   b: () => (/* binding */ DEFAULT_JOURNAL_PREFIX),
/* harmony export */   bR: () => (/* binding */ uploadWithActionsArtifact),
/* harmony export */   fY: () => (/* binding */ writeJournal)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16801);
/* harmony import */ var _stagegate_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66821);
/* harmony import */ var _with_timeout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59761);




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
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(this.historyFile), { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(this.historyFile, (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .formatHistoryLines */ .R4)(this.events));
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
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(this.stagingDir, { recursive: true });
            const journal = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.stagingDir, JOURNAL_FILE);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(journal, (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .formatHistoryLines */ .R4)(this.events));
            staged = [journal, ...files.filter((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f)).map((f) => {
                    const copy = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.stagingDir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(f));
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(f, copy);
                    return copy;
                })];
        }
        catch (e) {
            return warn(log, `journal not uploaded: staging in ${this.stagingDir} failed: ${e.message}`);
        }
        const first = (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_3__/* .journalArtifactName */ .P3)(this.prefix, this.base);
        for (let i = 1; i <= MAX_NAME_TRIES; i++) {
            const name = i === 1 ? first : `${first}-${i}`;
            try {
                await (0,_with_timeout_js__WEBPACK_IMPORTED_MODULE_4__/* .withTimeout */ .w)(upload(name, staged, this.stagingDir), UPLOAD_TIMEOUT_MS, `upload of ${name} took over ${UPLOAD_TIMEOUT_MS / 1000}s`);
                log.info(`journal: uploaded ${name} (${this.events.length} event(s), ${staged.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(f)).join(', ')})`);
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
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(665), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 62584));
    return (await new DefaultArtifactClient().uploadArtifact(name, files, rootDir)).id;
};
/**
 * Opens the journal of the running step from the runner's environment. `prefix`
 * is the action's `journal-prefix` input (letters, digits, `.`, `_`, `-`).
 */
function openJournal(env, prefix) {
    const base = (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .readEventBase */ .wG)(env);
    const wanted = prefix.trim() || DEFAULT_JOURNAL_PREFIX;
    const ok = /^[A-Za-z0-9._-]+$/.test(wanted);
    const problem = ok ? undefined : `input journal-prefix: expected letters, digits, . _ -; got ${JSON.stringify(wanted)}; the journal is uploaded as ${DEFAULT_JOURNAL_PREFIX}-…`;
    const temp = env.RUNNER_TEMP || env.TMPDIR || '/tmp';
    const step = (env.GITHUB_ACTION || String(process.pid)).replace(/[^A-Za-z0-9._-]/g, '_');
    return new Journal(base, (0,_stagegate_core__WEBPACK_IMPORTED_MODULE_2__/* .defaultHistoryFile */ .Oe)(env), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(temp, 'stagegate', `journal-${base.run.id}-${base.run.attempt}-${step}-${process.pid}`), ok ? wanted : DEFAULT_JOURNAL_PREFIX, Boolean(env.ACTIONS_RUNTIME_TOKEN), problem);
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

/***/ 66821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N2: () => (/* binding */ isJournalOf),
/* harmony export */   P3: () => (/* binding */ journalArtifactName)
/* harmony export */ });
/* unused harmony export describeTargetEvents */
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


/***/ })

};

export const id = 213;
export const ids = [213];
export const modules = {

/***/ 33023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M9: () => (/* binding */ Notify),
  cw: () => (/* binding */ Plan)
});

// UNUSED EXPORTS: Command, Gate, Stage, Waves

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

// EXTERNAL MODULE: ../../packages/core/src/version.ts
var version = __webpack_require__(80427);
// EXTERNAL MODULE: ../../packages/core/src/plan-constants.ts
var plan_constants = __webpack_require__(55428);
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
    'on-failure': schemas/* enum */.k5n(plan_constants/* ON_FAILURE */.h)
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
    'min-priority': schemas/* enum */.k5n(plan_constants/* PRIORITIES */.B).default('P2').describe('Lowest priority sent to this channel: P2 means P0, P1, P2. Default P2.'),
    /** Send here only when this other channel failed to deliver. */
    'fallback-for': schemas/* string */.YjP().optional().describe('Send here only when the named channel failed to deliver.'),
    /** For a fallback channel: events this urgent are sent here at once too, not only after the other channel fails (on call hears about a P0 twice rather than late). */
    'immediate-priority': schemas/* enum */.k5n([...plan_constants/* PRIORITIES */.B, 'none']).default('P0').describe('For a fallback channel: events at or above this priority are sent here at once as well. none: only as a fallback. Default P0.'),
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
        'min-priority': schemas/* enum */.k5n(plan_constants/* PRIORITIES */.B).default('P0').describe('Lowest priority that triggers an incident. Default P0.'),
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
    'version-pattern': schemas/* string */.YjP().default(version/* DEFAULT_VERSION_PATTERN */.W).describe(`Regular expression a version must match. Default ${version/* DEFAULT_VERSION_PATTERN */.W}.`),
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

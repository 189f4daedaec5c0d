import * as z from 'zod';
import { DURATION_PATTERN } from './duration.js';

/** A duration such as "30s", "5m", "1h", "500ms"; a bare number means seconds. */
export const Duration = z
  .union([z.string().regex(DURATION_PATTERN, { error: 'expected a duration such as "30s", "5m" or "1h"' }), z.number().nonnegative()])
  .describe('A duration such as "500ms", "30s", "5m", "1h"; a number means seconds.');

/** An argv array: the program and its arguments, never a shell command line. */
export const Argv = z
  .array(z.string(), { error: 'expected an argv array such as ["./deploy.sh", "--region", "{target}"]' })
  .min(1, { error: 'expected at least the program name' })
  .describe('Program and arguments as an array; each element is one argument, placeholders are filled per element, no shell is involved.');

/** What makes a check fail the gate, and how fast. */
const CheckCommon = {
  /** Unique name of the check within its profile. */
  name: z.string().min(1).regex(/^[A-Za-z0-9._-]+$/, { error: 'expected a name of letters, digits, . _ -' }).describe('Unique name of the check within its profile.'),
  /** critical (P0): the first failure fails the gate; warning (P1): fails after failure-limit failures. */
  severity: z.enum(['critical', 'warning']).default('warning').describe('critical (P0): the first failure fails the gate; warning (P1): the gate fails after failure-limit failures.'),
  /** Failures (measured, bad value) that a warning check tolerates before it fails; counted cumulatively. */
  'failure-limit': z.number().int().min(1).default(3).describe('A warning check fails the gate on its Nth failure (cumulative). Default 3.'),
  /** Errors in a row (could not measure: timeout, refused, bad query) before the check ends in Error. */
  'consecutive-error-limit': z.number().int().min(1).default(4).describe('Errors in a row (timeouts, refused connections, empty results) before the check ends in Error. Default 4.'),
  /** How long one probe may take. */
  timeout: Duration.default('10s').describe('How long one probe may take. Default 10s.'),
};

/** Status expectation: 200, [200, 204], "2xx", or "200-299". */
const StatusExpectation = z.union([
  z.number().int().min(100).max(599),
  z.array(z.number().int().min(100).max(599)).min(1),
  z.string().regex(/^(?:[1-5]xx|\d{3}-\d{3})$/, { error: 'expected a status such as 200, [200, 204], "2xx" or "200-299"' }),
]);

/** One assertion on a value found at a JSON path in the response body. */
export const JsonPathAssertion = z
  .strictObject({
    /** Dotted path into the body: `status`, `checks.db.ok`, `items[0].state` (a leading `$.` is allowed). */
    path: z.string().min(1).describe('Dotted path into the JSON body, e.g. checks.db.ok or items[0].state.'),
    /** The value must equal this (deep equality). */
    equals: z.unknown().optional().describe('The value must equal this.'),
    /** The value, as text, must match this regular expression. */
    matches: z.string().optional().describe('The value, as text, must match this regular expression.'),
    /** The value must be a number at least this. */
    min: z.number().optional().describe('The value must be a number >= min.'),
    /** The value must be a number at most this. */
    max: z.number().optional().describe('The value must be a number <= max.'),
  })
  .describe('An assertion on the value at a JSON path of the body.');

/** An HTTP probe. */
export const HttpCheck = z.strictObject({
  ...CheckCommon,
  type: z.literal('http'),
  /** URL to request; placeholders allowed, e.g. https://{target}.example.com/health. */
  url: z.string().min(1).describe('URL to request; placeholders allowed.'),
  /** HTTP method, default GET. */
  method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']).default('GET').describe('HTTP method. Default GET.'),
  /** Request headers. */
  headers: z.record(z.string(), z.string()).optional().describe('Request headers.'),
  /** Request body (sent as is). */
  body: z.string().optional().describe('Request body, sent as is.'),
  /** Follow redirects (default true); when false a 3xx is judged as it is. */
  'follow-redirects': z.boolean().default(true).describe('Follow redirects. Default true.'),
  /** What a healthy answer looks like. */
  expect: z
    .strictObject({
      /** Expected status: 200, [200, 204], "2xx" or "200-299". Default "2xx". */
      status: StatusExpectation.optional().describe('Expected status: 200, [200, 204], "2xx" or "200-299". Default "2xx".'),
      /** The JSON body must contain these fields with these values (a partial deep match). */
      json: z.record(z.string(), z.unknown()).optional().describe('The JSON body must contain these fields with these values (partial deep match).'),
      /** Assertions on values at JSON paths. */
      'json-path': z.array(JsonPathAssertion).optional().describe('Assertions on values at JSON paths.'),
      /** The body must contain this text. */
      'body-contains': z.string().optional().describe('The body must contain this text.'),
      /** The answer must arrive within this latency, else the sample is a failure. */
      'max-latency': Duration.optional().describe('Answers slower than this are failures.'),
    })
    .default({})
    .describe('What a healthy answer looks like.'),
});

/** A DNS probe. */
export const DnsCheck = z.strictObject({
  ...CheckCommon,
  type: z.literal('dns'),
  /** Name to resolve; placeholders allowed. */
  host: z.string().min(1).describe('Name to resolve; placeholders allowed.'),
  /** Address family to ask for. */
  family: z.enum(['any', 'ipv4', 'ipv6']).default('any').describe('Address family: any, ipv4 or ipv6.'),
  /** The name must resolve to these addresses (all of them). */
  'expect-addresses': z.array(z.string()).optional().describe('The name must resolve to all of these addresses.'),
});

/** A TCP connect probe. */
export const TcpCheck = z.strictObject({
  ...CheckCommon,
  type: z.literal('tcp'),
  /** Host to connect to; placeholders allowed. */
  host: z.string().min(1).describe('Host to connect to; placeholders allowed.'),
  /** Port to connect to. */
  port: z.number().int().min(1).max(65535).describe('Port to connect to.'),
});

/** A Prometheus instant query, optionally compared against a baseline. */
export const PrometheusCheck = z.strictObject({
  ...CheckCommon,
  type: z.literal('prometheus'),
  /** Prometheus server URL; defaults to the plan's prometheus.url. */
  server: z.string().url().optional().describe("Prometheus server URL; defaults to the plan's prometheus.url."),
  /** PromQL instant query; it must return one number (a scalar or a one-series vector). */
  query: z.string().min(1).describe('PromQL instant query returning one number; placeholders allowed.'),
  /** The value must be at least this. */
  min: z.number().optional().describe('The value must be >= min.'),
  /** The value must be at most this. */
  max: z.number().optional().describe('The value must be <= max.'),
  /** Compare the canary against a baseline over the soak (Mann-Whitney U, as Kayenta does). */
  baseline: z
    .strictObject({
      /** PromQL for the same metric on targets not yet on the new version. */
      query: z.string().min(1).describe('PromQL for the same metric on the baseline (targets not yet on the new version).'),
      /** The canary may be worse than the baseline by at most this ratio (1.2 = 20% worse). */
      'max-ratio': z.number().positive().default(1.2).describe('Allowed ratio canary/baseline. Default 1.2.'),
      /** Confidence required to call the canary worse. */
      confidence: z.number().gt(0.5).lt(1).default(0.98).describe('Confidence required to call the canary worse. Default 0.98.'),
      /** Which direction is worse. */
      direction: z.enum(['increase', 'decrease']).default('increase').describe('increase: higher is worse (errors, latency); decrease: lower is worse (throughput).'),
      /** Absolute difference that is always tolerated (so a baseline of zero does not make any noise a failure). */
      'min-difference': z.number().nonnegative().default(0).describe('An absolute difference always tolerated. Default 0.'),
    })
    .optional()
    .describe('Compare against a baseline query over the soak.'),
});

/** A command probe: exit code 0 passes. */
export const CommandCheck = z.strictObject({
  ...CheckCommon,
  type: z.literal('command'),
  /** argv to run; exit code 0 passes. */
  run: Argv,
});

/** Any check. */
export const Check = z.discriminatedUnion('type', [HttpCheck, DnsCheck, TcpCheck, PrometheusCheck, CommandCheck], {
  error: 'expected a check with type one of http, dns, tcp, prometheus, command',
});

/** A check after parsing (defaults applied). */
export type Check = z.output<typeof Check>;
export type HttpCheck = z.output<typeof HttpCheck>;
export type DnsCheck = z.output<typeof DnsCheck>;
export type TcpCheck = z.output<typeof TcpCheck>;
export type PrometheusCheck = z.output<typeof PrometheusCheck>;
export type CommandCheck = z.output<typeof CommandCheck>;
export type JsonPathAssertion = z.output<typeof JsonPathAssertion>;

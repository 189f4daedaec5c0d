import * as z from 'zod';
import { Argv, Check, Duration } from './check-schema.js';
import { DEFAULT_VERSION_PATTERN } from './version.js';
import { ON_FAILURE, PRIORITIES } from './plan-constants.js';
import { Windows } from './windows-schema.js';


const Name = z.string().min(1).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'expected a name of letters, digits, . _ - (starting with a letter or digit)' });

/** How a stage is judged healthy. */
export const Gate = z
  .strictObject({
    /** Name of a check profile under `checks:`. */
    profile: z.string().min(1).optional().describe('Name of a check profile under checks:.'),
    /** Checks given inline, in addition to the profile's. */
    checks: z.array(Check).optional().describe("Checks given inline, in addition to the profile's."),
    /** How long to watch after the deploy; the gate passes only after the soak. */
    soak: Duration.default('0s').describe('How long to keep probing after the deploy. Default 0s: one round of probes.'),
    /** Time between rounds of probes. */
    interval: Duration.default('10s').describe('Time between rounds of probes. Default 10s.'),
    /** Hard limit for the whole gate; reaching it ends in Inconclusive (or Error). */
    timeout: Duration.optional().describe('Hard limit for the whole gate. Default: soak + 5m.'),
    /** Successful rounds in a row required at the end of the soak. */
    'consecutive-success': z.number().int().min(1).optional().describe('Successful rounds in a row required before the gate passes.'),
    /** How many targets are probed at once. */
    concurrency: z.number().int().min(1).max(1000).default(20).describe('How many targets are probed at once. Default 20.'),
  })
  .describe('How a stage is judged healthy.');
export type Gate = z.output<typeof Gate>;

/** A link template: an http(s) URL with placeholders, filled per target. */
const UrlTemplate = z
  .string()
  .regex(/^https?:\/\/\S+$/, { error: 'expected an http(s) URL template such as https://{target}.example.com' })
  .describe('Link to a deployed target, set as environment_url on its deployment statuses, e.g. https://{target}.example.com. Placeholders: {target}, {version}, {stage}, {environment}, {service}.');

/** One stage of the rollout: a set of targets deployed together, then gated. */
export const Stage = z
  .strictObject({
    /** Unique stage name, e.g. canary. */
    name: Name.describe('Unique stage name, e.g. canary.'),
    /** Targets of this stage; each becomes a GitHub environment (see `environment`). */
    targets: z
      .array(Name, { error: 'expected a list of target names such as [lhr, nrt]' })
      .min(1, { error: 'expected at least one target: an empty stage deploys nothing' })
      .describe('Targets of this stage, e.g. [lhr, nrt]; each becomes a GitHub environment.'),
    /** How many targets are deployed at once. Default 1 (one by one). */
    parallel: z.number().int().min(1).max(256).default(1).describe('How many targets are deployed at once. Default 1.'),
    /** How the stage is judged healthy; without a gate the stage passes when its deploys succeed. */
    gate: Gate.optional(),
    /** What to do when the stage fails. */
    'on-failure': z
      .enum(ON_FAILURE)
      .default('rollback-stage')
      .describe('rollback-stage: roll back this stage; rollback-all: roll back every target touched so far; continue: record and go on; pause: stop for a person.'),
    /** Override of the plan's environment template for this stage. */
    environment: z.string().min(1).optional().describe("Override of the plan's environment template for this stage."),
    /** Override of the plan's url template for this stage's targets. */
    url: UrlTemplate.optional().describe("Override of the plan's url template for this stage's targets."),
    /** rolling: deploy over the live version; blue-green: deploy to the idle colour, gate it, then run `switch`. */
    strategy: z.enum(['rolling', 'blue-green']).default('rolling').describe('rolling (default): deploy over the live version. blue-green: deploy to the idle colour ({color}), gate it, then move traffic with switch; a rollback switches back.'),
    /** For blue-green: moves the target's traffic to `{color}`; run after the gate passes, and with the previous colour on a rollback. */
    switch: z.lazy(() => Command).optional().describe('For strategy: blue-green: the command that moves traffic to {color} (after the gate passes; back to the previous colour on a rollback).'),
    /** Share of each target's traffic the version gets in this stage; a target may come back in a later stage only at a higher weight. */
    weight: z.number().int().min(1).max(100).optional().describe('Share (1-100) of each target\'s traffic the version gets in this stage, filled into commands as {weight}. A target may appear again in a later stage only with a higher weight. Default: none (the version takes all traffic, {weight} is 100).'),
    /** Longest wall time of the stage (deploy + gate); over it the stage fails with cause "over budget". */
    budget: Duration.optional().describe('Longest wall time of this stage, deploy + gate, e.g. 10m; when it runs out the running deploy or gate is stopped and the stage fails with cause "over budget", then follows on-failure.'),
  })
  .describe('One stage: targets deployed together, then gated.');
export type Stage = z.output<typeof Stage>;

/**
 * Percentage waves: one list of targets rolled out in stages that cover rising
 * cumulative shares of it, expanded into plain stages when the plan is loaded
 * (see plan-waves.ts). The other fields are a stage's, given to every wave.
 */
export const Waves = Stage.omit({ name: true, targets: true, weight: true })
  .extend({
    /** Prefix of the wave stages' names: wave-1, wave-2, … */
    name: Name.default('wave').describe('Prefix of the wave stages\' names: wave-1, wave-2, … Default wave.'),
    /** Targets in rollout order: the first ones go first. */
    targets: z.array(Name, { error: 'expected a list of target names such as [lhr, nrt]' }).min(1, { error: 'expected at least one target' }).describe('Targets in rollout order: wave 1 takes the first ones.'),
    /** Cumulative shares of the targets, rising, ending at 100. */
    percent: z.array(z.number().gt(0).max(100), { error: 'expected a list of rising percentages such as [1, 10, 50, 100]' }).min(1, { error: 'expected at least one wave' }).describe('Cumulative shares of the targets each wave reaches, rising and ending at 100, e.g. [1, 10, 50, 100]. Each wave gets at least one target.'),
  })
  .describe('Percentage waves: stages covering rising cumulative shares of one list of targets, after the stages (if any).');
export type Waves = z.output<typeof Waves>;

/** A command the plan runs per target: argv, never a shell line. */
export const Command = z
  .strictObject({
    /** Program and arguments, placeholders filled per element. */
    run: Argv,
    /** Kill the command (and its children) after this long; the target is recorded as error. */
    timeout: Duration.default('15m').describe('Kill the command and its children after this long. Default 15m.'),
    /** Extra environment variables for the command; placeholders allowed in values. */
    env: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.string()).optional().describe('Extra environment variables; placeholders allowed in values.'),
    /** Working directory, relative to the workspace. */
    'working-directory': z.string().optional().describe('Working directory, relative to the workspace.'),
  })
  .describe('A command run per target: an argv array, no shell.');
export type Command = z.output<typeof Command>;

/** A secret reference: `env:NAME` reads the variable NAME at run time. */
const SecretRef = z
  .string()
  .regex(/^env:[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected env:NAME (the variable that holds the URL); a plan must not contain the secret itself' })
  .describe('env:NAME: the environment variable holding the secret.');

const ChannelCommon = {
  /** Lowest priority this channel receives: P2 means P0, P1 and P2. */
  'min-priority': z.enum(PRIORITIES).default('P2').describe('Lowest priority sent to this channel: P2 means P0, P1, P2. Default P2.'),
  /** Send here only when this other channel failed to deliver. */
  'fallback-for': z.string().optional().describe('Send here only when the named channel failed to deliver.'),
  /** For a fallback channel: events this urgent are sent here at once too, not only after the other channel fails (on call hears about a P0 twice rather than late). */
  'immediate-priority': z.enum([...PRIORITIES, 'none']).default('P0').describe('For a fallback channel: events at or above this priority are sent here at once as well. none: only as a fallback. Default P0.'),
  /** Time allowed for one send. */
  timeout: Duration.default('10s').describe('Time allowed for one send attempt. Default 10s.'),
  /** Retries after the first attempt on 5xx, 429 and network errors. */
  retries: z.number().int().min(0).max(10).default(3).describe('Retries on 5xx, 429 and network errors. Default 3.'),
  /** key: a rollout's start, its first alert and its end (at most 3 messages); all: every event, as the audit trail holds them. */
  events: z.enum(['key', 'all']).default('key').describe('key (default): at most 3 messages per rollout (start, the alert that needs a person, the end); all: every event.'),
  /** An unset webhook variable stops the run only when the channel is required; otherwise alerts for it are logged locally. */
  required: z.boolean().default(false).describe('true: an unset webhook variable is an error that stops the run. Default false: a warning, alerts logged locally only.'),
};

/** Where events go. */
export const Notify = z
  .strictObject({
    /** Slack incoming webhook. */
    slack: z.strictObject({ webhook: SecretRef, ...ChannelCommon }).optional(),
    /** Discord webhook. */
    discord: z.strictObject({ webhook: SecretRef, ...ChannelCommon }).optional(),
    /** Generic JSON webhook, signed with HMAC-SHA256 when a secret is set. */
    webhook: z.strictObject({ url: SecretRef, secret: SecretRef.optional(), ...ChannelCommon }).optional(),
    /** PagerDuty Events API v2: a P0 triggers an incident (one per rollout), the all-clear resolves it. */
    pagerduty: z.strictObject({
      'routing-key': SecretRef.describe('env:NAME: the variable holding the Events API v2 integration key (routing key).'),
      'events-url': z.string().url().default('https://events.pagerduty.com/v2/enqueue').describe('Events API v2 endpoint. Default https://events.pagerduty.com/v2/enqueue.'),
      ...ChannelCommon,
      'min-priority': z.enum(PRIORITIES).default('P0').describe('Lowest priority that triggers an incident. Default P0.'),
    }).describe('PagerDuty Events API v2: an alert triggers one incident per rollout, the all-clear resolves it.').optional(),
    /** When a failed send fails the step: p0-p1 (default), any, never. */
    'fail-on-error': z.enum(['p0-p1', 'any', 'never']).default('p0-p1').describe('Fail the step when an event could not be delivered: p0-p1 (default), any, never.'),
  })
  .describe('Notification channels and routing.');
export type Notify = z.output<typeof Notify>;

/** The rollout plan, usually .github/rollout.yml. */
export const Plan = z
  .strictObject({
    /** Plan format version; only 1 exists. */
    version: z.literal(1, { error: 'expected version: 1' }).describe('Plan format version: 1.'),
    /** Service name, shown in notifications and recorded in deployments. */
    service: Name.describe('Service name, e.g. trading-api.'),
    /** GitHub environment name per target. Placeholders: {target}, {stage}, {service}. */
    environment: z.string().min(1).default('production/{target}').describe('GitHub environment name per target. Default production/{target}.'),
    /** Link to each deployed target (environment_url), e.g. https://{target}.example.com. */
    url: UrlTemplate.optional(),
    /** Regular expression a version must match before anything is deployed. */
    'version-pattern': z.string().default(DEFAULT_VERSION_PATTERN).describe(`Regular expression a version must match. Default ${DEFAULT_VERSION_PATTERN}.`),
    /** Stages, in rollout order. */
    stages: z.array(Stage).default([]).describe('Stages, in rollout order. At least one, unless waves are given.'),
    /** Percentage waves, expanded into stages named wave-1, wave-2, … after `stages`. */
    waves: Waves.optional(),
    /** How to deploy one target. */
    deploy: Command,
    /** How to roll back one target ({previous} is the version to go back to). Default: the deploy command with {version} set to the previous version. */
    rollback: Command.optional(),
    /** Named check profiles that gates refer to. */
    checks: z.record(Name, z.array(Check)).default({}).describe('Named check profiles, referred to by gate.profile.'),
    /** Defaults for prometheus checks. */
    prometheus: z.strictObject({ url: z.string().url().describe('Prometheus server URL.') }).optional(),
    /** Notification channels. */
    notify: Notify.optional(),
    /** Deploy windows: spans when no stage may start. */
    windows: Windows.optional(),
    /** Longest wall time of the whole rollout; the stage running when it runs out fails with cause "over budget". */
    budget: Duration.optional().describe('Longest wall time of the whole rollout, e.g. 35m; the stage running when it runs out is stopped and fails with cause "over budget", then follows its on-failure.'),
  })
  .describe('A stagegate rollout plan.');

/** A parsed plan, defaults applied. */
export type Plan = z.output<typeof Plan>;
/** A plan as a user writes it. */
export type PlanInput = z.input<typeof Plan>;

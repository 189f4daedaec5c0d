/**
 * @stagegate/probes: the probes a health gate runs (http, dns, tcp,
 * prometheus, command) and runGate, which drives core's gate loop with them.
 */
export * from './probe-context.js';
export * from './json-expect.js';
export * from './http-probe.js';
export * from './net-probes.js';
export * from './prometheus-probe.js';
export * from './command-probe.js';
export * from './run-probe.js';
export * from './resolve-gate.js';
export * from './run-gate.js';

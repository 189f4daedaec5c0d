/**
 * @stagegate/core: the rollout plan and the pure decisions made from it.
 * Nothing here does I/O; adapters live in the other packages.
 */
export * from './errors.js';
export * from './duration.js';
export * from './placeholders.js';
export * from './version.js';
export * from './check-schema.js';
export * from './plan-constants.js';
export * from './plan-schema.js';
export * from './windows-schema.js';
export * from './plan-rules.js';
export * from './plan-waves.js';
export * from './plan-weights.js';
export * from './plan-load.js';
export * from './plan-resolve.js';
export * from './plan-json-schema.js';
export * from './environment-url.js';
export * from './blue-green.js';
export { describeIssue, showValue } from './zod-issues.js';
export * from './rollout/index.js';
export * from './history/index.js';
export * from './gate/index.js';

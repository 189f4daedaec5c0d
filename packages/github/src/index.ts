/**
 * @stagegate/github: the GitHub Deployments API as stagegate's store.
 */
export * from './client.js';
export * from './errors.js';
export * from './payload.js';
export * from './deployment-store.js';
export * from './last-known-good.js';
export * from './target-history.js';
export * from './previous-versions.js';
export * from './rate-limit.js';
export * from './deployment-facts-reader.js';
export * from './history-views.js';
export * from './request-bounds.js';
export * from './rollout-lock.js';
export type { LockPayload } from './lock-claims.js';
export * from './run-deployments.js';
export * from './freeze-record.js';

export * from './rollout-policy.js';
export * from './rollout-lock.js';
export * from './next-step.js';
export * from './shard-targets.js';
export * from './shard-outcome.js';

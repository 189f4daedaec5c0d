export * from './rollout-policy.js';
export * from './rollout-lock.js';
export * from './next-step.js';
export * from './shard-targets.js';
export * from './shard-outcome.js';
export * from './freeze.js';
export * from './deploy-windows.js';
export * from './stage-budget.js';

export * from './rollout-policy.js';
export * from './rollout-lock.js';
export * from './next-step.js';

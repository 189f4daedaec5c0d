export * from './rollout-policy.js';
export * from './rollout-lock.js';

export * from './rollout-policy.js';

/** Pure status, history and DORA computations over deployments and run histories. */
export * from './history-event.js';
export * from './bad-rule.js';
export * from './journal-events.js';
export * from './deployment-facts.js';
export * from './history-view.js';
export { computeDora, median, type DoraFigures, type DoraInput, type DoraReport, type Measure } from './dora.js';
export * from './window.js';
export * from './rollout-runs.js';
export * from './deploy-status.js';

/** The health gate's pure decisions: verdict rules, the gate loop, baseline statistics. */
export * from './types.js';
export * from './check-tally.js';
export * from './mann-whitney.js';
export * from './baseline.js';
export * from './gate-result.js';
export * from './gate-deadline.js';
export * from './gate-loop.js';
export * from './gate-progress.js';

/**
 * @stagegate/action-kit: what every action's I/O shell (src/main.ts) shares.
 * Parsers take raw input strings; only main.ts calls @actions/core.
 */
export * from './inputs.js';
export * from './plan-input.js';
export * from './run-context.js';
export * from './run-main.js';
export * from './markdown.js';
export * from './proxy-support.js';
export * from './journal.js';
export * from './with-timeout.js';

/** Pure status, history and DORA computations over deployments and run histories. */
export * from './history-event.js';
export * from './deployment-facts.js';
export * from './history-view.js';
export * from './dora.js';
export * from './window.js';

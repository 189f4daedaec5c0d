/** Workflow-run artifacts for the fake: the results service, Azurite, and the REST routes. */
export * from './artifact-store.js';
export * from './azurite.js';
export * from './results-service.js';
export * from './routes-artifacts.js';

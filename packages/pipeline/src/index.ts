/** The pipeline as a library: the orchestrator shared by the root action and `stagegate run`. */
export * from './pipeline-types.js';
export * from './run-pipeline.js';
export * from './wire-pipeline.js';
export * from './wire-dry-run.js';
export * from './history-writer.js';
export * from './pipeline-summary.js';
export * from './notification-queue.js';
export * from './verify-rollback.js';
export * from './targets-now.js';
export * from './incident-report.js';
export * from './run-reports.js';
export * from './join-stage.js';
export * from './join-summary.js';

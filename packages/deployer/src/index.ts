/**
 * @stagegate/deployer: deploys a stage's targets and rolls targets back, each
 * recorded as a GitHub Deployment. Shared by the run-stage and rollback
 * actions and by the pipeline, which calls it in-process.
 */
export * from './types.js';
export * from './run-command.js';
export * from './run-pool.js';
export * from './deploy-target.js';
export * from './prepare-job.js';
export * from './deploy-stage.js';
export * from './rollback-targets.js';
export * from './summary-table.js';
export * from './abort-on-signals.js';
export * from './action-session.js';

/**
 * @stagegate/deployer: deploys a stage's targets and rolls targets back, each
 * recorded as a GitHub Deployment. Shared by the run-stage and rollback
 * actions and by the pipeline, which calls deployStage and rollbackTargets in-process.
 */
export * from './types.js';
export * from './run-command.js';
export * from './target-jobs.js';
export * from './deploy-target.js';
export * from './deploy-stage.js';
export * from './rollback-targets.js';
export * from './rollback-job.js';
export * from './record-keeper.js';
export * from './action-shell.js';
export * from './cancellable-main.js';
export * from './session-inputs.js';
export * from './session-lock.js';
export * from './outcome-state.js';
export * from './switch-traffic.js';
export * from './switch-back.js';
export * from './request-budget-check.js';

/**
 * @stagegate/testkit: loopback fakes for tests. The fake GitHub REST API answers
 * like api.github.com and checks every exchange against GitHub's OpenAPI description.
 */
export { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions, type RequestLogEntry } from './fake-github.js';
export { FakeState, type FakeSnapshot, type RepoState, type SeedDeployment } from './fake-state.js';
export type { Commit, Deployment, DeploymentStatus, Environment, SimpleUser } from './fake-objects.js';
export { FaultInjector, type Fault, type FaultMatch } from './faults.js';
export { RateLimiter, type RateLimitSnapshot } from './rate-limit.js';
export type { TokenTable } from './request-pipeline.js';
export { errorResponse, notFound, type FakeResponse } from './github-errors.js';
export {
  compileRoutes, paginate, type PermissionLevel, type PermissionScope, type RouteContext, type RouteDefinition,
} from './route-table.js';
export { deploymentRoutes } from './routes-deployments.js';
export { setWorkflowRun, workflowRunRoutes, type WorkflowRunSeed } from './routes-workflow-runs.js';
export { REPO_ROOT, parseOutputFile, runActionBundle, type ActionRun, type RunActionOptions } from './action-runner.js';
export { nodesUnderTest, resolveNode24, type NodeUnderTest } from './node-binaries.js';
export { startWebhookSink, type ReceivedRequest, type SinkKind, type SinkResponse, type WebhookSink } from './webhook-sinks.js';
export { startFleet, FLEET_DEPLOY_SCRIPT, type Fleet, type FleetOptions, type RegionState } from './fleet.js';
export * from './artifacts/index.js';
export { startDemoWorld, demoRunEnv, demoPlan, DEMO_REGIONS, DEMO_STAGES, type DemoWorld } from './demo-world.js';
export { startPagerDutySink, checkPagerDutyEvent, type PagerDutySink, type SinkIncident } from './pagerduty-sink.js';

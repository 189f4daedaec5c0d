/** @stagegate/cli: the `stagegate` command. */
export { runCli } from './cli.js';
export type { CliIo, CliCommand } from './io.js';
export { parseArgs, UsageError } from './io.js';
export { startDemoWorld, demoRunEnv, demoPlan, DEMO_REGIONS, DEMO_STAGES, type DemoWorld } from './demo/demo-world.js';

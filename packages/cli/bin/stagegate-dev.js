#!/usr/bin/env node
// The clone's entry: runs the TypeScript source through tsx (a dev dependency)
// and adds the demo, which needs the testkit. The published CLI is dist/stagegate.js.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli.ts');
const { COMMANDS } = await import('../src/commands/index.ts');
const { demoCommand } = await import('../src/commands/demo.ts');
const { processIo } = await import('../src/process-io.ts');
process.exitCode = await runCli(process.argv.slice(2), processIo(), { ...COMMANDS, demo: demoCommand });

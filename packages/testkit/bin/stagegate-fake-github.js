#!/usr/bin/env node
// Plain JS entry so `npx stagegate-fake-github` works without a build: tsx loads the TS source.
import { register } from 'tsx/esm/api';

register();
const m = await import('../src/cli.ts');
await m.main(process.argv.slice(2));

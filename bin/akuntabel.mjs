#!/usr/bin/env node
// Entry point of the `akuntabel` command: runs the TypeScript CLI through tsx,
// so `npx akuntabel` works straight after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);

#!/usr/bin/env node
// The liveguard command. Runs the built CLI (npm ci builds it through the root `prepare` script).
import { main } from '../dist/main.js';

const code = await main(process.argv.slice(2));
// Let stdout drain before exiting (large JSON outputs through pipes).
if (process.stdout.writableNeedDrain) process.stdout.once('drain', () => process.exit(code));
else process.exitCode = code;

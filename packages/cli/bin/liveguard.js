#!/usr/bin/env node
// The liveguard command. Runs the built CLI (npm ci builds it through the root `prepare` script).
import { main } from '../dist/main.js';

const code = await main(process.argv.slice(2));
// For memory tests and benchmarks: peak resident set size in MB.
if (process.env.LIVEGUARD_REPORT_RSS) process.stderr.write(`maxRSS=${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
// Let stdout drain before exiting (large JSON outputs through pipes).
if (process.stdout.writableNeedDrain) process.stdout.once('drain', () => process.exit(code));
else process.exitCode = code;

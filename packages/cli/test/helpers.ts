import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../src/main.js';

export interface RunResult { code: number; stdout: string; stderr: string }

/** Runs the CLI in-process with captured streams. */
export async function cli(argv: string[], stdin?: string | Buffer, cwd?: string): Promise<RunResult> {
  const out = new PassThrough(), err = new PassThrough();
  let stdout = '', stderr = '';
  out.on('data', (c) => (stdout += c));
  err.on('data', (c) => (stderr += c));
  const input = Readable.from(stdin === undefined ? [] : [typeof stdin === 'string' ? Buffer.from(stdin) : stdin]);
  (input as unknown as { isTTY: boolean }).isTTY = stdin === undefined;
  const prev = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const code = await main(argv, { stdout: out, stderr: err, stdin: input });
    return { code, stdout, stderr };
  } finally { if (cwd) process.chdir(prev); }
}

export function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'lg-cli-'));
}
export function write(dir: string, name: string, data: string | Uint8Array): string {
  const f = path.join(dir, name);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, data);
  return f;
}

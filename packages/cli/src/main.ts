// The `liveguard` command: dispatches sub-commands; user errors print one line and exit 2, never a stack trace.
import { UserError } from './errors.js';
import type { Io } from './io.js';

const COMMANDS: Record<string, { load: () => Promise<{ run: (argv: string[], io: Io) => Promise<number> }>; help: string }> = {
  check: { load: () => import('./commands/check.js'), help: '检查话术、字幕、商品信息和事件文件 (lint scripts, subtitles, listings, events)' },
  rules: { load: () => import('./commands/rules.js'), help: '列出规则及其法律依据 (list rules with their legal basis)' },
  replay: { load: () => import('./commands/' + 'replay.js'), help: '回放一场直播记录，生成时间线报告 (replay a recorded session)' },
  watch: { load: () => import('./commands/' + 'watch.js'), help: '从标准输入实时读取事件并输出问题 (watch events from stdin)' },
  serve: { load: () => import('./commands/' + 'serve.js'), help: '启动 HTTP 服务和控制台 (HTTP API and web console)' },
  keys: { load: () => import('./commands/' + 'keys.js'), help: '管理 API 密钥 (create, list, revoke API keys)' },
  verify: { load: () => import('./commands/' + 'verify.js'), help: '校验证据哈希链 (verify a session’s evidence hash chain)' },
  retention: { load: () => import('./commands/retention.js'), help: '按保留期删除过期证据 (delete evidence past the retention period)' },
  worker: { load: () => import('./commands/' + 'worker.js'), help: '运行 NATS 监控工作进程 (run a NATS monitor worker)' },
};

export const HELP = `liveguard — 直播带货合规检查 (compliance engine for Chinese live-stream e-commerce)

用法 Usage: liveguard <command> [options]

${Object.entries(COMMANDS).map(([k, v]) => `  ${k.padEnd(8)} ${v.help}`).join('\n')}

liveguard <command> --help 查看各命令选项。`;

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') { io.stdout.write(HELP + '\n'); return cmd ? 0 : 2; }
  if (cmd === '--version' || cmd === '-v') { io.stdout.write('0.1.0\n'); return 0; }
  const c = COMMANDS[cmd];
  try {
    if (!c) throw new UserError(`未知命令 "${cmd}" (unknown command)\n\n${HELP}`);
    let mod;
    try { mod = await c.load(); } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String((e as Error).message).includes(`commands/${cmd}.js`)) throw new UserError(`命令 "${cmd}" 在此版本中不可用 (command not available in this build)`);
      throw e;
    }
    return await mod.run(rest, io);
  } catch (e) {
    if (e instanceof UserError) { io.stderr.write(`liveguard: ${e.message}\n`); return e.exitCode; }
    const err = e as Error;
    io.stderr.write(`liveguard: 内部错误 (internal error): ${err.message}\n`);
    if (process.env.LIVEGUARD_DEBUG) io.stderr.write(`${err.stack}\n`);
    return 2;
  }
}

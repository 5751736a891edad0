// Flat config (ESLint style): `liveguard.config.json` or `.js`/`.mjs`, found upward from the checked file.
// A config is an array of objects (or one object); entries whose `files` globs match the file are merged in order.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintSettings, RuleConfigEntry, Severity } from '@liveguard/core';
import { UserError } from './errors.js';

export interface ConfigEntry {
  files?: string[];
  ignores?: string[];
  rules?: Record<string, Severity | 'off' | [Severity | 'off', Record<string, unknown>?] | RuleConfigEntry>;
  settings?: LintSettings;
  deny?: string[];
  allow?: string[];
  /** Custom packs: JSON or YAML files (relative to the config) or package names. */
  packs?: string[];
  builtin?: boolean;
}
export interface LoadedConfig { file?: string; dir: string; entries: ConfigEntry[] }

export const CONFIG_NAMES = ['liveguard.config.json', 'liveguard.config.js', 'liveguard.config.mjs'];

export function findConfig(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const n of CONFIG_NAMES) { const f = path.join(dir, n); if (fs.existsSync(f)) return f; }
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

const cache = new Map<string, Promise<LoadedConfig>>();

export function loadConfig(file: string): Promise<LoadedConfig> {
  const abs = path.resolve(file);
  let p = cache.get(abs);
  if (!p) cache.set(abs, (p = readConfig(abs)));
  return p;
}

async function readConfig(file: string): Promise<LoadedConfig> {
  let data: unknown;
  if (!fs.existsSync(file)) throw new UserError(`${file}: 配置文件不存在 (config file not found)`);
  if (file.endsWith('.json')) {
    try { data = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { throw new UserError(`${file}: 配置文件 JSON 格式错误 (invalid JSON: ${(e as Error).message})`); }
  } else {
    try { data = (await import(pathToFileURL(file).href)).default; } catch (e) { throw new UserError(`${file}: 无法加载配置 (cannot load config: ${(e as Error).message})`); }
  }
  const entries = Array.isArray(data) ? data : [data];
  entries.forEach((e, i) => {
    if (!e || typeof e !== 'object') throw new UserError(`${file}: 第 ${i + 1} 项配置不是对象 (config entry ${i + 1} is not an object)`);
    const known = new Set(['files', 'ignores', 'rules', 'settings', 'deny', 'allow', 'packs', 'builtin', 'name']);
    for (const k of Object.keys(e)) if (!known.has(k)) throw new UserError(`${file}: 未知的配置项 "${k}" (unknown config key "${k}"; known: ${[...known].join(', ')})`);
  });
  return { file, dir: path.dirname(file), entries: entries as ConfigEntry[] };
}

/** Minimal glob → RegExp: `**`, `*`, `?`, `{a,b}`. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      if (glob[i + 1] === '*') { re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'; i += glob[i + 2] === '/' ? 2 : 1; } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '{') { const end = glob.indexOf('}', i); re += `(?:${glob.slice(i + 1, end).split(',').map(escape).join('|')})`; i = end; }
    else re += escape(ch);
  }
  return new RegExp(`^${re}$`);
}
const escape = (s: string) => s.replace(/[.+^$()|[\]\\]/g, '\\$&');

export interface ResolvedConfig {
  rules: Record<string, RuleConfigEntry>;
  settings: LintSettings;
  deny: string[];
  allow: string[];
  packs: string[];
  builtin: boolean;
  ignored: boolean;
}

export function resolveFor(cfg: LoadedConfig | undefined, file: string | undefined): ResolvedConfig {
  const out: ResolvedConfig = { rules: {}, settings: {}, deny: [], allow: [], packs: [], builtin: true, ignored: false };
  if (!cfg) return out;
  const rel = file ? path.relative(cfg.dir, path.resolve(file)).split(path.sep).join('/') : undefined;
  for (const e of cfg.entries) {
    if (e.files && (!rel || !e.files.some((g) => globToRegExp(g).test(rel)))) continue;
    if (e.ignores && rel && e.ignores.some((g) => globToRegExp(g).test(rel))) { if (!e.rules && !e.settings) out.ignored = true; continue; }
    for (const [id, v] of Object.entries(e.rules ?? {})) {
      if (typeof v === 'string') out.rules[id] = { ...out.rules[id], severity: v };
      else if (Array.isArray(v)) out.rules[id] = { severity: v[0], options: v[1] };
      else out.rules[id] = { ...out.rules[id], ...v };
    }
    Object.assign(out.settings, e.settings ?? {});
    out.deny.push(...(e.deny ?? []));
    out.allow.push(...(e.allow ?? []));
    out.packs.push(...(e.packs ?? []).map((p) => (p.startsWith('.') || path.isAbsolute(p) ? path.resolve(cfg.dir, p) : p)));
    if (e.builtin === false) out.builtin = false;
  }
  return out;
}

// Term lists (--deny-list/--allow-list) and custom packs (JSON/YAML files or packages) named in a config.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { RulePack } from '@liveguard/core';
import * as rulesCn from '@liveguard/rules-cn';
import { UserError } from './errors.js';
import { decodeBytes } from './inputs/decode.js';

/** One term per line; `#` starts a comment; blank lines ignored. */
export function readTermList(file: string): string[] {
  let bytes: Uint8Array;
  try { bytes = fs.readFileSync(file); } catch { throw new UserError(`${file}: 词表文件不存在或无法读取 (term list not found or unreadable)`); }
  return decodeBytes(bytes, file).text.split(/\r?\n/).map((l) => l.replace(/(^|\s)#.*$/, '').trim()).filter(Boolean);
}

export async function loadPackFile(spec: string): Promise<RulePack> {
  if (/\.(json|ya?ml)$/i.test(spec)) {
    let text: string;
    try { text = fs.readFileSync(spec, 'utf8'); } catch { throw new UserError(`${spec}: 自定义规则包不存在 (custom pack not found)`); }
    let obj: unknown;
    try { obj = /\.json$/i.test(spec) ? JSON.parse(text) : parseYaml(text); } catch (e) { throw new UserError(`${spec}: 自定义规则包格式错误 (cannot parse: ${(e as Error).message})`); }
    try { return rulesCn.loadCustomPack(obj); } catch (e) { throw new UserError(`${spec}: ${(e as Error).message}`); }
  }
  let mod: { default?: unknown; pack?: unknown };
  try { mod = await import(spec.startsWith('/') ? pathToFileURL(spec).href : spec); } catch (e) { throw new UserError(`${spec}: 无法加载规则包 (cannot load pack: ${(e as Error).message})`); }
  const pack = (mod.pack ?? mod.default) as RulePack | undefined;
  if (!pack || !Array.isArray(pack.rules)) throw new UserError(`${spec}: 不是规则包：需要导出 { id, rules } (module does not export a RulePack as default or "pack")`);
  return pack;
}
export { path };

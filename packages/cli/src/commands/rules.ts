// `liveguard rules [--format json] [--validate [PACK]]`: the active rules with their legal basis.
import { parseArgs } from 'node:util';
import { Engine, type RuleDefinition, type RulePack } from '@liveguard/core';
import * as rulesCn from '@liveguard/rules-cn';
import { UserError, argsError } from '../errors.js';
import { loadPackFile } from '../packs.js';
import { parseRegion } from '../regions.js';
import { shortBasis } from '../formatters/stylish.js';
import type { Io } from '../io.js';

const PARTY_ZH: Record<string, string> = { platform: '平台', operator: '直播间运营者', streamer: '主播', agency: '服务机构', merchant: '商家' };

const RULES_HELP = `用法 Usage: liveguard rules [选项] [PACK.json ...]

  --format stylish|json   输出格式 (default stylish)；json 为规则数组：id、severity、binds、jurisdiction、basis …
  --region CODE|名称      只列出该地区生效的规则（全国规则和该地区的地方规则）
  --date YYYY-MM-DD       只列出该日期生效的规则
  --pack FILE             同时加载自定义规则包（也可作为位置参数）
  --validate              校验规则包：内置包须有法律依据，自定义包运行其示例 (validate packs and run their examples)
  --locale zh-CN|en       输出语言`;

export async function run(argv: string[], io: Io): Promise<number> {
  let a;
  try {
    a = parseArgs({ args: argv, allowPositionals: true, options: {
      format: { type: 'string', default: 'stylish' }, validate: { type: 'boolean' }, region: { type: 'string' }, date: { type: 'string' },
      locale: { type: 'string' }, pack: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' },
    } });
  } catch (e) { throw argsError(e, RULES_HELP); }
  const o = a.values;
  if (o.help) { io.stdout.write(RULES_HELP + '\n'); return 0; }
  const extra: RulePack[] = [];
  for (const p of [...(o.pack ?? []), ...a.positionals]) extra.push(await loadPackFile(p));
  const packs = [...rulesCn.allPacks, ...extra];
  if (o.validate) {
    // custom packs need examples that pass but may cite no law; the built-in packs must cite it
    const targets = extra.length ? extra : rulesCn.allPacks;
    let problems = 0;
    for (const p of targets) {
      const ps = rulesCn.validatePack(p, { requireBasis: !extra.length, sources: packs.flatMap((x) => x.sources ?? []) });
      problems += ps.length;
      for (const m of ps) io.stdout.write(`${p.id} ${m.ruleId}: ${m.problem}\n`);
    }
    io.stdout.write(problems ? `✖ ${problems} 个问题 (problems)\n` : `✔ ${targets.map((p) => p.id).join(', ')}: ${targets.reduce((n, p) => n + p.rules.length, 0)} 条规则均通过校验 (all rules valid)\n`);
    return problems ? 1 : 0;
  }
  const engine = new Engine({ packs });
  const settings = { ...(o.region ? { region: parseRegion(o.region) } : {}), ...(o.date ? { date: o.date } : {}) };
  const active: RuleDefinition[] = (o.region || o.date ? engine.activeRules(settings) : engine.rules).map((r) => r.def);
  const rows = active.map((d) => ({
    id: d.meta.id, type: d.meta.type, severity: d.meta.severity, category: d.meta.category, binds: d.meta.binds,
    jurisdiction: d.meta.jurisdiction, effective: engine.rules.find((r) => r.def === d)?.effective,
    basis: engine.rules.find((r) => r.def === d)!.basis.map((b) => ({ source: b.source, title: b.title, article: b.article, evidence: b.evidence })),
    description: d.meta.docs.description, docs: d.meta.docs.url,
  }));
  if (o.format === 'json') { io.stdout.write(JSON.stringify(rows, null, 2) + '\n'); return 0; }
  if (o.format !== 'stylish') throw new UserError(`未知的输出格式 "${o.format}" (use stylish or json)`);
  const en = o.locale === 'en';
  for (const r of rows) {
    io.stdout.write(`${r.id}  [${r.severity}]  ${en ? r.description.en : r.description['zh-CN']}\n`);
    io.stdout.write(`    ${en ? 'binds' : '约束'}: ${r.binds.map((b) => (en ? b : PARTY_ZH[b] ?? b)).join('、')}  ${en ? 'jurisdiction' : '适用'}: ${r.jurisdiction === 'CN' ? (en ? 'national' : '全国') : r.jurisdiction}  ${en ? 'basis' : '依据'}: ${r.basis.map((b) => shortBasis([{ ...b }])).join('；')}\n`);
  }
  io.stdout.write(`\n${en ? `${rows.length} rules` : `共 ${rows.length} 条规则`}\n`);
  return 0;
}

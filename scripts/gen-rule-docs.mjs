#!/usr/bin/env node
// Generates the rule docs from the BUILT package (run `npx tsc -b packages/rules-cn` first):
//   packages/rules-cn/src/rules/<id>/README.md — one page per national rule (zh-CN, then en), with the
//     violating and compliant examples as ```violating / ```compliant blocks that tests and check-rules run;
//   docs/rules/<id>.md — the same page for every live-session and regional rule (their code is shared in
//     packages/rules-cn/src/live, so there is no folder per rule); event examples are one JSON session a line;
//   docs/rules/README.md — the catalogue of every built-in rule (id, category, severity, binds, basis + grade).
// Usage: node scripts/gen-rule-docs.mjs [--check]   (--check: exit 1 if a generated file is out of date)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(ROOT, 'packages/rules-cn/dist/index.js');
if (!fs.existsSync(dist)) { console.error('packages/rules-cn/dist is missing: run `npx tsc -b packages/rules-cn` first'); process.exit(2); }
const { allPacks, nationalPack, sourcesById, exampleLine } = await import(dist);
/** Rules outside the national pack (live-session and regional), with their pack; their pages go to docs/rules/<id>.md. */
const otherRules = allPacks.filter((p) => p !== nationalPack).flatMap((p) => p.rules.map((r) => ({ r, pack: p })));
const check = process.argv.includes('--check');
const stale = [];

const GRADE = { T: 'T 条文已核', N: 'N 官方新闻', S: 'S 二手资料', M: 'M 未核实' };
const GRADE_EN = { T: 'T article text verified', N: 'N official news', S: 'S secondary source', M: 'M unverified' };
const SEV = { error: '错误 error', warning: '警告 warning', info: '提示 info' };
const PARTY = { platform: '平台', operator: '直播间运营者', streamer: '直播营销人员', agency: '服务机构(MCN)', merchant: '商家' };

function basisLine(b, en = false) {
  const s = sourcesById.get(b.source);
  const title = en ? (s?.titleEn ?? s?.title ?? b.source) : (s?.title ?? b.source);
  return `${title}${b.article ? ' ' + b.article : ''} — \`${b.source}\` [${(en ? GRADE_EN : GRADE)[b.evidence]}]${s?.url ? ` (${s.url})` : ''}`;
}

function write(file, content) {
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (old === content) return;
  if (check) { stale.push(path.relative(ROOT, file)); return; }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

/** When a rule applies from, as the engine computes it: meta.effective, else the latest date of its basis sources. */
function effectiveOf(m) {
  if (m.effective) return m.effective;
  let d;
  for (const b of m.basis) { const e = sourcesById.get(b.source)?.effective; if (e && (!d || e > d)) d = e; }
  return d;
}

/** A rule's page. `pack` is given for live-session and regional rules (pages in docs/rules), absent for national ones. */
function rulePage(r, pack) {
  const m = r.meta;
  const v = r.examples.violating.map(exampleLine).join('\n');
  const c = r.examples.compliant.map(exampleLine).join('\n');
  const caveat = m.basis.some((b) => b.evidence !== 'T')
    ? '\n> 注意：证据等级非 T 的依据在引用为“法律依据”前须核对官方文本。\n' : '';
  const generated = pack
    ? '<!-- 由 scripts/gen-rule-docs.mjs 生成，请修改 packages/rules-cn/src/live 中的规则后重新生成 / generated: edit the rule in packages/rules-cn/src/live and regenerate -->'
    : '<!-- 由 scripts/gen-rule-docs.mjs 生成，请修改规则的 index.ts 后重新生成 / generated: edit the rule\'s index.ts and regenerate -->';
  const scope = m.jurisdiction === 'CN' ? '全国 CN'
    : `${m.jurisdiction}${pack ? `（${pack.name['zh-CN']}${m.protectsAudience ? '；也适用于面向该地区消费者的直播' : ''}）` : ''}`;
  const events = [...r.examples.violating, ...r.examples.compliant].some((e) => typeof e === 'object' && e.events);
  const intro = pack && events
    ? '违规（每行一个示例：一段直播的事件序列，JSON；note 为说明，events 为按时间排列的事件，时间为北京时间；开播前的 order 为价格历史）：'
    : '违规（每行一个示例；JSON 行为带类别的示例或商品信息）：';
  const examplesEn = pack
    ? 'The `violating` and `compliant` blocks above are the rule\'s own examples: each line is one recorded session (`note` describes it, `events` are the live events in time order; `order` events before `session.start` are the price history). They run in `scripts/check-rules.mjs` and `packages/rules-cn/test/check-rules.test.ts`.'
    : 'The `violating` and `compliant` blocks above run as tests (`packages/rules-cn/test`) and in `scripts/check-rules.mjs`.';
  return `${generated}
# \`${m.id}\`

${m.docs.description['zh-CN']}

| | |
|---|---|
| 类别 category | \`${m.category ?? ''}\` |
| 类型 type | ${m.type} |
| 默认严重程度 severity | ${SEV[m.severity]} |
| 约束对象 binds | ${m.binds.map((b) => `${PARTY[b] ?? b} (${b})`).join('，')} |
| 适用范围 jurisdiction | ${scope} |
| 生效 effective | ${(pack ? effectiveOf(m) : m.effective) ?? ''} |

## 法律要求

${r.guide.requirement['zh-CN']}

## 法律依据（出处、条款、证据等级）

${m.basis.map((b) => `- ${basisLine(b)}`).join('\n')}
${caveat}
## 示例

${intro}

\`\`\`violating
${v}
\`\`\`

合规：

\`\`\`compliant
${c}
\`\`\`

## 如何修改

${r.guide.fix['zh-CN']}

---

## English

${m.docs.description.en}

**What the law requires.** ${r.guide.requirement.en}

**Legal basis.**

${m.basis.map((b) => `- ${basisLine(b, true)}`).join('\n')}

**Examples.** ${examplesEn}

**Fix.** ${r.guide.fix.en}
`;
}

for (const r of nationalPack.rules) {
  write(path.join(ROOT, 'packages/rules-cn/src/rules', r.meta.id, 'README.md'), rulePage(r));
}
for (const { r, pack } of otherRules) {
  write(path.join(ROOT, 'docs/rules', `${r.meta.id}.md`), rulePage(r, pack));
}

// ------------------------------------------------------------------ catalogue
const rows = [];
for (const p of allPacks) {
  for (const r of p.rules) {
    const m = r.meta;
    const page = fs.existsSync(path.join(ROOT, 'packages/rules-cn/src/rules', m.id, 'README.md'))
      ? `../../packages/rules-cn/src/rules/${m.id}/README.md`
      : p !== nationalPack ? `${m.id}.md` : undefined;
    rows.push(`| ${page ? `[\`${m.id}\`](${page})` : `\`${m.id}\``} | ${p.id} | ${m.category ?? ''} | ${m.severity} | ${m.binds.join(', ')} | ${m.jurisdiction} | ${m.basis.map((b) => `\`${b.source}\`${b.article ? ' ' + b.article : ''} [${b.evidence}]`).join('<br>')} |`);
  }
}
const catalogue = `<!-- 由 scripts/gen-rule-docs.mjs 生成 / generated by scripts/gen-rule-docs.mjs -->
# 规则目录 / Rule catalogue

每条内置规则的编号、所在规则包、类别、默认严重程度、约束对象、适用范围和法律依据（含证据等级：T 条文已核，N 官方新闻，S 二手资料，M 未核实；只有 T 可不加说明地作为“法律依据”展示）。

Every built-in rule with its pack, category, default severity, parties bound, jurisdiction and legal basis with evidence grade (T article text verified, N official news, S secondary source, M unverified; only T may be shown as a legal basis without a caveat).

${rows.length} rules.

| id | pack | category | severity | binds | jurisdiction | basis [evidence] |
|---|---|---|---|---|---|---|
${rows.join('\n')}

## 法律渊源 / Legal sources

| id | title | issuer | effective | region | evidence |
|---|---|---|---|---|---|
${[...sourcesById.values()].map((s) => `| \`${s.id}\` | ${s.title} | ${s.issuer ?? ''} | ${s.effective ?? ''} | ${s.region ?? ''} | ${s.evidence} |`).join('\n')}
`;
write(path.join(ROOT, 'docs/rules/README.md'), catalogue);

if (check && stale.length) { console.error(`out of date (run node scripts/gen-rule-docs.mjs):\n  ${stale.join('\n  ')}`); process.exit(1); }
console.log(check ? 'rule docs are up to date' : `wrote ${nationalPack.rules.length} national rule pages, ${otherRules.length} live/regional rule pages (docs/rules) and docs/rules/README.md`);

import { describe, expect, it } from 'vitest';
import { cli, tmpdir, write } from './helpers.js';

interface RuleRow { id: string; severity: string; binds: string[]; jurisdiction: string; basis: { source: string; article: string; evidence: string }[] }

describe('liveguard rules', () => {
  it('lists every rule with binds, jurisdiction and a legal basis as JSON', async () => {
    const r = await cli(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as RuleRow[];
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row.id, row.id).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
      expect(['error', 'warning', 'info']).toContain(row.severity);
      expect(row.binds.length, row.id).toBeGreaterThan(0);
      expect(row.jurisdiction).toMatch(/^(CN|\d{6})$/);
      expect(row.basis.length, row.id).toBeGreaterThan(0);
      for (const b of row.basis) expect(['T', 'N', 'S', 'M']).toContain(b.evidence);
    }
    const ids = rows.map((x) => x.id);
    expect(ids).toContain('ad-law/absolute-terms');
    expect(ids).toContain('platform/no-private-transaction-diversion');
    expect(ids).toContain('unfair-comp-online-2024/no-cash-for-good-reviews');
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('--help prints the usage; a bad option or a missing value is one clear line with the usage, exit 2', async () => {
    const h = await cli(['rules', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/^用法 Usage: liveguard rules/);
    expect(h.stdout).toContain('--validate');
    const bad = await cli(['rules', '--bogus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^liveguard: 未知选项 --bogus \(unknown option\)\n\n用法 Usage: liveguard rules/);
    expect(bad.stderr).not.toMatch(/positional argument/);
    const missing = await cli(['rules', '--format']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^liveguard: 选项 --format 缺少值 \(missing value\)/);
  });
  it('prints a Chinese table by default', async () => {
    const r = await cli(['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ad-law/absolute-terms');
    expect(r.stdout).toMatch(/共 \d+ 条规则/);
    expect(r.stdout).toContain('《');
  });
  it('regional rules are listed only for their region', async () => {
    const all = JSON.parse((await cli(['rules', '--format', 'json'])).stdout) as RuleRow[];
    const regional = all.filter((x) => x.jurisdiction !== 'CN');
    const national = JSON.parse((await cli(['rules', '--format', 'json', '--region', '110000', '--date', '2026-06-01'])).stdout) as RuleRow[];
    for (const r of national) expect(['CN', '110000']).toContain(r.jurisdiction);
    if (regional.some((x) => x.jurisdiction === '330000')) expect(national.some((x) => x.jurisdiction === '330000')).toBe(false);
  });
  it('rejects unreadable custom packs clearly', async () => {
    const d = tmpdir();
    const bad = write(d, 'bad.json', '{ nope');
    const r = await cli(['rules', '--pack', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(bad);
  });
  it('--validate runs the examples of a custom pack and names the failing rule', async () => {
    const d = tmpdir();
    const rule = (examples: object) => JSON.stringify({ id: 'acme', rules: [{ id: 'acme/hype', severity: 'warning',
      message: { 'zh-CN': '不用“{{term}}”', en: 'avoid "{{term}}"' }, terms: ['网红爆款'], examples }] });
    const good = write(d, 'good.json', rule({ violating: ['这是网红爆款', '网 红 爆 款'], compliant: ['这是新款', '普通款式'] }));
    const ok = await cli(['rules', '--validate', good]);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    const bad = write(d, 'bad.json', rule({ violating: ['这是新款', '网红爆款'], compliant: ['网红爆款来了', '普通款式'] }));
    const r = await cli(['rules', '--validate', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('acme/hype');
    const broken = write(d, 'broken.json', JSON.stringify({ id: 'x', rules: [{ id: 'x/y' }] }));
    const rb = await cli(['rules', '--validate', broken]);
    expect(rb.code).toBe(2);
    expect(rb.stderr).toContain('broken.json');
  });
});

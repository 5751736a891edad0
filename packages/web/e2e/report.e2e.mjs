// The self-contained HTML report of `liveguard replay --html` opens in Chromium and shows the timeline.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export default [
  {
    name: 'replay --html report: timeline chart, AI-label band, findings with legal basis',
    async run(ctx) {
      const dir = mkdtempSync(join(tmpdir(), 'lg-report-'));
      const out = join(dir, 'report.html');
      const r = spawnSync(process.execPath, [join(root, 'packages/cli/bin/liveguard.js'), 'replay',
        join(root, 'fixtures/sessions/ai-label-dropout-zj/session.jsonl'), '--html', out], { encoding: 'utf8' });
      ctx.expect(r.status === 1, `replay exits 1 on a session with errors (got ${r.status}: ${r.stderr})`);
      const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        await page.goto(pathToFileURL(out).href);
        ctx.expect((await page.title()).includes('直播合规报告'), 'report title');
        const svg = page.locator('svg').first();
        ctx.expect(await svg.isVisible(), 'timeline chart visible');
        const box = await svg.boundingBox();
        ctx.expect(box && box.width > 600 && box.height > 150, `timeline has a real size (${JSON.stringify(box)})`);
        const body = await page.locator('body').innerText();
        for (const s of ['时间线', 'AI 标识', 'ai-label-2025/explicit-label-av', '《人工智能生成合成内容标识办法》'])
          ctx.expect(body.includes(s), `report shows ${s}`);
        await ctx.screenshot(page, 'replay-report');
      } finally {
        await page.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];

// 文案检查 in a real browser: highlights at exact spans, fixes, lint time, language, tablet width, print.
const SCRIPT = `家人们，今天这款面霜是全网最低价，史上最好用的面霜！
用了三天就能祛斑，还能治疗湿疹，比医院开的药还管用。
最后 100 单，错过再等一年！加我薇信私聊，更便宜。
国家级产品，专家推荐，纯天然无副作用。
最近很多人问要不要冷藏？最好冷藏保存哦。`;

async function pasteScript(page, text) {
  const ta = page.getByTestId('script-input');
  await ta.click();
  await ta.fill(text);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="highlights"] mark').length > 0, null, { timeout: 5000 });
}

export default [
  {
    name: 'paste a script and see the highlights',
    async run({ page: open, url, screenshot, expect }) {
      const page = await open();
      await page.goto(url + '/#/check');
      await page.getByLabel('商品类目').selectOption('cosmetics');
      await pasteScript(page, SCRIPT);
      const marks = await page.$$eval('[data-testid="highlights"] mark', (ms) => ms.map((m) => m.textContent));
      expect(marks.includes('全网最低价'), `全网最低价 not highlighted: ${marks}`);
      expect(marks.some((m) => m.includes('薇信')), `薇信 not highlighted: ${marks}`);
      // The highlight sits exactly over the textarea's text: same offset in both.
      const aligned = await page.evaluate(() => {
        const ta = document.querySelector('[data-testid="script-input"]');
        const mark = document.querySelector('[data-testid="highlights"] mark');
        const before = [...mark.parentElement.childNodes].slice(0, [...mark.parentElement.childNodes].indexOf(mark)).map((n) => n.textContent).join('');
        return ta.value.slice(before.length, before.length + mark.textContent.length) === mark.textContent;
      });
      expect(aligned, 'highlight offset does not match the text');
      const cards = await page.locator('.finding-card').count();
      expect(cards >= 4, `expected at least 4 findings, got ${cards}`);
      // Not a legal basis unless grade T: every non-T basis carries the caveat.
      const caveats = await page.$$eval('.basis.unverified .basis-label', (ls) => ls.every((l) => l.textContent.includes('依据待核实')));
      expect(caveats, 'a non-T basis lacks the caveat');
      await page.locator('.finding-card').first().getByRole('button', { name: /定位到原文/ }).click();
      await screenshot(page, 'checker-highlights');
    },
  },
  {
    name: 'shows the lint time of a 5,000-character script',
    async run({ page: open, url, expect }) {
      const page = await open();
      await page.goto(url + '/#/check');
      const line = '家人们，这款面霜真的最好用，全网最低价，加我微信私聊，最近很多人问要不要冷藏？\n';
      const text = line.repeat(Math.ceil(5000 / line.length)).slice(0, 5000);
      await pasteScript(page, text);
      // Re-lint a few times (typing) and take the median of the times the console shows.
      const times = [];
      for (let i = 0; i < 5; i++) {
        await page.getByTestId('script-input').press('End');
        await page.getByTestId('script-input').type(i % 2 ? '好' : '最');
        await page.waitForTimeout(150);
        times.push(parseFloat(await page.getByTestId('lint-ms').textContent()));
      }
      times.sort((a, b) => a - b);
      process.stdout.write(`  lint times for 5,000 chars (ms): ${times.join(', ')}\n`);
      // The 50 ms budget is checked by benchmarks on a quiet machine; here a loose bound catches pathological slowdowns.
      const budget = process.env.E2E_STRICT_PERF ? 50 : 500;
      expect(times[2] <= budget, `median lint time ${times[2]} ms > ${budget} ms`);
    },
  },
  {
    name: 'apply a fix, then fix all',
    async run({ page: open, url, screenshot, expect }) {
      const page = await open();
      await page.goto(url + '/#/check');
      await pasteScript(page, SCRIPT);
      const card = page.locator('.finding-card', { has: page.getByRole('button', { name: /应用修复/ }) }).first();
      const target = await card.locator('.finding-text').textContent();
      const replacement = (await card.locator('code.replacement').count()) ? await card.locator('code.replacement').first().textContent() : '';
      const before = await page.getByTestId('script-input').inputValue();
      await card.getByRole('button', { name: /应用修复/ }).click();
      await page.waitForFunction((b) => document.querySelector('[data-testid="script-input"]').value !== b, before);
      const after = await page.getByTestId('script-input').inputValue();
      expect(after === before.replace(target, replacement), `fix not applied: ${target} → ${replacement}`);
      await page.getByRole('button', { name: /全部修复/ }).click();
      await page.waitForTimeout(200);
      const fixable = await page.locator('.finding-card .replacement').count();
      expect(fixable === 0, `fixable findings remain: ${fixable}`);
      await screenshot(page, 'checker-fixed');
    },
  },
  {
    name: 'switch language',
    async run({ page: open, url, screenshot, expect }) {
      const page = await open();
      await page.goto(url + '/#/check');
      await pasteScript(page, SCRIPT);
      await page.getByTestId('lang-toggle').click();
      await page.getByRole('link', { name: 'Script check' }).waitFor();
      expect((await page.getAttribute('html', 'lang')) === 'en', 'html lang not en');
      const msg = await page.locator('.finding-msg').first().textContent();
      expect(/[A-Za-z]{4,}/.test(msg), `message not in English: ${msg}`);
      await screenshot(page, 'checker-english');
      await page.reload();
      await page.getByRole('link', { name: 'Script check' }).waitFor();
      await page.getByTestId('lang-toggle').click();
      await page.getByRole('link', { name: '文案检查' }).waitFor();
    },
  },
  {
    name: 'tablet width (768 px) and keyboard navigation',
    async run({ page: open, url, screenshot, expect }) {
      const page = await open({ width: 768, height: 1024 });
      await page.goto(url + '/#/check');
      await pasteScript(page, SCRIPT);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
      expect(!overflow, 'page scrolls horizontally at 768 px');
      // Skip link is the first tab stop after a load, then the navigation.
      await page.reload();
      await page.getByTestId('script-input').waitFor();
      await page.keyboard.press('Tab');
      expect((await page.evaluate(() => document.activeElement.className)) === 'skip-link', 'skip link is not first');
      await screenshot(page, 'checker-tablet', { fullPage: true });
    },
  },
  {
    name: 'print view for PDF',
    async run({ page: open, url, screenshot, expect }) {
      const page = await open();
      await page.goto(url + '/#/check');
      await pasteScript(page, SCRIPT);
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      const visible = await page.locator('.print-report h1').isVisible();
      expect(visible, 'print report not visible in print media');
      expect(!(await page.locator('.app-header').isVisible()), 'header visible in print');
      await screenshot(page, 'checker-print', { fullPage: true });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.length > 10_000, 'PDF too small');
    },
  },
];

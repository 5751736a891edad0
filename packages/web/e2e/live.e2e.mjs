// 直播监控 against the real server: a finding appears while events stream in; the session page; rules; admin.
const now = () => new Date().toISOString();

async function newSession(api, name) {
  const { id } = await api('POST', '/v1/sessions', {
    ts: now(),
    room: { id: `room-${name}`, name, platform: 'douyin', operator: { name: '杭州某某电子商务有限公司', region: '330100' } },
    hosts: [{ id: 'h1', name: '小美', kind: 'ai' }],
  });
  return id;
}

export default [
  {
    name: 'watch a finding appear in a session while events stream in',
    async run({ page: open, url, api, screenshot, expect }) {
      const id = await newSession(api, '美妆旗舰店直播间');
      await api('POST', `/v1/sessions/${id}/events`, [
        { type: 'stats', ts: now(), viewers: 1200 },
        { type: 'speech', ts: now(), text: '欢迎来到直播间，今天给大家介绍一款面霜', speaker: 'h1' },
      ]);
      const page = await open({ key: true });
      await page.goto(url + '/#/live');
      const row = page.locator(`tr[data-session="${id}"]`);
      await row.waitFor({ timeout: 10_000 });
      await page.locator('[data-testid="stream-status"][data-status="open"]').waitFor({ timeout: 10_000 });
      const count = async () => {
        const cells = await row.locator('td[data-count]').allTextContents();
        return cells.reduce((n, c) => n + Number(c), 0);
      };
      const before = await count();
      await api('POST', `/v1/sessions/${id}/events`, [
        { type: 'speech', ts: now(), text: '这款面霜是全网最低价，史上最好用！加我薇信私聊更便宜', speaker: 'h1' },
      ]);
      await page.waitForFunction(
        ({ sid, n }) => [...document.querySelectorAll(`tr[data-session="${sid}"] td[data-count]`)].reduce((s, td) => s + Number(td.textContent), 0) > n,
        { sid: id, n: before },
        { timeout: 10_000 },
      );
      await page.locator('[data-testid="feed"] li').first().waitFor();
      const feed = await page.getByTestId('feed').textContent();
      expect(/全网最低价|最好|薇信/.test(feed), `feed lacks the new finding: ${feed}`);
      expect((await count()) > before, 'count did not grow');
      await screenshot(page, 'live-rooms');
    },
  },
  {
    name: 'session page: timeline, transcript highlights, evidence verification',
    async run({ page: open, url, api, screenshot, expect }) {
      const id = await newSession(api, '食品专场');
      // (a tall viewport rather than a full-page capture: the sticky header would be painted mid-page)
      const t0 = Date.now() - 9 * 60_000;
      const at = (m) => new Date(t0 + m * 60_000).toISOString();
      await api('POST', `/v1/sessions/${id}/events`, [
        { type: 'stats', ts: at(0), viewers: 300 },
        { type: 'overlay.show', ts: at(0.2), id: 'ai1', kind: 'ai-label', text: '本直播间主播为AI数字人' },
        { type: 'product.pin', ts: at(0.5), product: { id: 'p1', title: '有机燕麦片 1kg', category: 'food', price: 69, listPrice: 129, seller: { name: '某某食品有限公司' } } },
        { type: 'speech', ts: at(1), text: '家人们，这款燕麦片今天全网最低价', speaker: 'h1' },
        { type: 'stats', ts: at(2), viewers: 1800 },
        { type: 'speech', ts: at(3), text: '每天吃能降血糖，还能治疗便秘', speaker: 'h1' },
        { type: 'overlay.hide', ts: at(4), id: 'ai1' },
        { type: 'price.change', ts: at(4.5), productId: 'p1', price: 59, listPrice: 129 },
        { type: 'stats', ts: at(5), viewers: 2600 },
        { type: 'speech', ts: at(6), text: '最后 100 单，加我薇信下单再减十块', speaker: 'h1' },
        { type: 'stats', ts: at(8), viewers: 1500 },
      ]);
      const page = await open({ key: true, height: 1400 });
      await page.goto(url + `/#/live/${encodeURIComponent(id)}`);
      await page.getByRole('heading', { name: '食品专场' }).waitFor({ timeout: 10_000 });
      await page.locator('[data-testid="transcript"] mark').first().waitFor({ timeout: 10_000 });
      const markers = await page.locator('[data-testid="timeline"] circle.marker').count();
      expect(markers > 0, 'no finding markers on the timeline');
      expect((await page.locator('[data-testid="timeline"] .viewers-line').count()) === 1, 'no viewers line');
      expect((await page.locator('[data-testid="timeline"] rect.band-on').count()) >= 1, 'no AI-label coverage band');
      await page.getByTestId('verify').click();
      await page.getByTestId('verify-result').getByText(/证据链完整/).waitFor({ timeout: 5000 });
      // A finding arriving while the page is open shows up in the transcript.
      await api('POST', `/v1/sessions/${id}/events`, [{ type: 'speech', ts: now(), text: '国家级产品，绝对最好', speaker: 'h1' }]);
      await page.locator('[data-testid="transcript"] li', { hasText: '国家级产品' }).locator('mark').first().waitFor({ timeout: 10_000 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'session-timeline');
    },
  },
  {
    name: 'rules browser',
    async run({ page: open, url, screenshot, expect }) {
      const page = await open();
      await page.goto(url + '/#/rules');
      await page.locator('.rule-card').first().waitFor();
      const n = await page.locator('.rule-card').count();
      expect(n > 0, 'no rules shown');
      await page.getByLabel('适用范围').selectOption({ index: 1 });
      await page.getByLabel('适用范围').selectOption('');
      const details = page.locator('.rule-details').first();
      if (await details.count()) {
        await details.locator('summary').click();
        await details.getByRole('button', { name: '试一试' }).first().click();
        await details.locator('.ex-result').first().waitFor();
      }
      await screenshot(page, 'rules');
    },
  },
  {
    name: 'admin: connection and keys',
    async run({ page: open, url, key, screenshot, expect }) {
      // Enter the key through the settings dialog, as a user would.
      const page2 = await open();
      await page2.goto(url + '/#/admin');
      await page2.getByRole('button', { name: '设置' }).first().click();
      await page2.getByTestId('api-key-input').fill(key);
      await page2.getByRole('button', { name: '保存' }).click();
      await page2.goto(url + '/#/admin');
      await page2.getByText('运行正常').waitFor({ timeout: 5000 });
      expect((await page2.evaluate(() => localStorage.getItem('liveguard.apiKey'))) === key, 'key not kept in localStorage');
      await screenshot(page2, 'admin');
    },
  },
];

// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nProvider } from '../src/i18n.js';
import { ConnectionProvider } from '../src/connection.js';
import { App } from '../src/App.js';
import { LiveRooms } from '../src/pages/LiveRooms.js';
import { SessionPage } from '../src/pages/SessionPage.js';
import { RulesPage } from '../src/pages/RulesPage.js';
import { AdminPage } from '../src/pages/AdminPage.js';
import { finding, testPacks } from './fixtures.js';

const json = (b: unknown, status = 200) => new Response(JSON.stringify(b), { status, headers: { 'Content-Type': 'application/json' } });

/** A fake v1 server: routes by path; /v1/stream returns an SSE body the test writes into. */
function fakeServer(routes: Record<string, unknown>) {
  let push: (s: string) => void = () => {};
  const calls: { url: string; auth: string | null }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const auth = new Headers(init?.headers).get('Authorization');
    calls.push({ url, auth });
    if (url.startsWith('/v1/stream')) {
      const body = new ReadableStream<Uint8Array>({
        start(c) { const enc = new TextEncoder(); push = (s) => c.enqueue(enc.encode(s)); },
      });
      return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } });
    }
    const path = url.split('?')[0];
    if (path in routes) return json(routes[path]);
    return json({ statusCode: 404, message: `no route ${path}` }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, push: (s: string) => push(s) };
}

const wrap = (ui: React.ReactNode, key = 'lg_test_key_1234') => (
  <I18nProvider lang="zh-CN"><ConnectionProvider initial={{ key, baseUrl: '' }}>{ui}</ConnectionProvider></I18nProvider>
);

beforeEach(() => { localStorage.clear(); location.hash = ''; });
afterEach(() => { cleanup(); vi.unstubAllGlobals(); });

describe('app shell', () => {
  it('switches language and remembers it', () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({}, 404)));
    render(<I18nProvider><ConnectionProvider><App /></ConnectionProvider></I18nProvider>);
    expect(screen.getByRole('link', { name: '文案检查' }).getAttribute('aria-current')).toBe('page');
    expect(document.documentElement.lang).toBe('zh-CN');
    fireEvent.click(screen.getByTestId('lang-toggle'));
    expect(screen.getByRole('link', { name: 'Script check' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('liveguard.lang')).toBe('en');
    fireEvent.click(screen.getByTestId('lang-toggle'));
    expect(screen.getByRole('link', { name: '直播监控' })).toBeTruthy();
  });

  it('keeps the API key from the settings dialog in localStorage', () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({}, 404)));
    render(<I18nProvider><ConnectionProvider><App /></ConnectionProvider></I18nProvider>);
    expect(screen.getByTestId('who').textContent).toContain('未设置密钥');
    fireEvent.click(screen.getByRole('button', { name: '设置' }));
    const dialog = screen.getByRole('dialog', { name: '连接设置' });
    expect(document.activeElement).toBe(screen.getByTestId('api-key-input'));
    fireEvent.change(screen.getByTestId('api-key-input'), { target: { value: 'lg_secret_abcd' } });
    fireEvent.submit(dialog.querySelector('form')!);
    expect(localStorage.getItem('liveguard.apiKey')).toBe('lg_secret_abcd');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByTestId('who').textContent).toContain('abcd');
  });

  it('closes the settings dialog with Escape', () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({}, 404)));
    render(<I18nProvider><ConnectionProvider><App /></ConnectionProvider></I18nProvider>);
    fireEvent.click(screen.getByRole('button', { name: '设置' }));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows tenant and role when the server tells who the key is', async () => {
    fakeServer({ '/v1/whoami': { tenant: 'acme', role: 'admin' } });
    render(<I18nProvider><ConnectionProvider initial={{ key: 'k', baseUrl: '' }}><App /></ConnectionProvider></I18nProvider>);
    await waitFor(() => expect(screen.getByTestId('who').textContent).toContain('acme'));
    expect(screen.getByTestId('who').textContent).toContain('admin');
  });
});

describe('live rooms', () => {
  it('asks for a key when none is set', () => {
    render(wrap(<LiveRooms />, ''));
    expect(screen.getByText('请先在「设置」中填写 API 密钥以连接服务器。')).toBeTruthy();
  });

  it('lists sessions and counts findings as they stream in', async () => {
    const srv = fakeServer({
      '/v1/sessions': { sessions: [{ id: 's1', status: 'live', start: { room: { id: 'r1', name: '美妆旗舰店', platform: 'douyin' } }, createdAt: '2025-10-01T10:00:00Z' }] },
      '/v1/sessions/s1/findings': { findings: [finding({ id: 'a', session: 's1' })] },
    });
    render(wrap(<LiveRooms />));
    await screen.findByText('美妆旗舰店');
    const row = () => document.querySelector('tr[data-session="s1"]')!;
    await waitFor(() => expect(row().querySelector('[data-count="warning"]')!.textContent).toBe('1'));
    expect(srv.calls.every((c) => c.auth === 'Bearer lg_test_key_1234')).toBe(true);
    await waitFor(() => expect(screen.getByTestId('stream-status').getAttribute('data-status')).toBe('open'));
    await act(async () => {
      srv.push(`id: 1\nevent: finding\ndata: ${JSON.stringify(finding({ id: 'b', session: 's1', severity: 'error', ruleId: 'test/diversion', text: '加微信', message: '引导私下交易' }))}\n\n`);
      await new Promise((r) => setTimeout(r, 30));
    });
    expect(row().querySelector('[data-count="error"]')!.textContent).toBe('1');
    expect(screen.getByTestId('feed').textContent).toContain('引导私下交易');
    // duplicates (re-delivery) don't count twice
    await act(async () => {
      srv.push(`event: finding\ndata: ${JSON.stringify(finding({ id: 'b', session: 's1', severity: 'error', ruleId: 'test/diversion' }))}\n\n`);
      await new Promise((r) => setTimeout(r, 30));
    });
    expect(row().querySelector('[data-count="error"]')!.textContent).toBe('1');
    // filter by rule
    fireEvent.change(screen.getByTestId('filter-rule'), { target: { value: 'test/diversion' } });
    expect(row().querySelector('[data-count="warning"]')!.textContent).toBe('0');
    expect(row().querySelector('[data-count="error"]')!.textContent).toBe('1');
    fireEvent.change(screen.getByTestId('filter-severity'), { target: { value: 'warning' } });
    expect(document.querySelector('tr[data-session="s1"]')).toBeNull();
  });
});

describe('session page', () => {
  it('shows the timeline, the transcript with highlights, and verifies the evidence chain', async () => {
    const ts = (s: number) => new Date(Date.UTC(2025, 9, 1, 10, 0, s)).toISOString();
    const body = (e: object) => JSON.stringify(e);
    fakeServer({
      '/v1/sessions/s1': { id: 's1', status: 'ended', start: { room: { id: 'r1', name: '美妆旗舰店' } }, createdAt: ts(0), lastSeq: 4 },
      '/v1/sessions/s1/findings': { findings: [finding({ id: 'a', session: 's1', eventSeq: 3, ts: ts(20), offset: 2, length: 2 })] },
      '/v1/sessions/s1/evidence': {
        format: 'liveguard-evidence-bundle',
        events: [
          { seq: 1, hash: 'x', body: body({ type: 'session.start', ts: ts(0), hosts: [{ id: 'h', kind: 'ai' }] }) },
          { seq: 2, hash: 'x', body: body({ type: 'stats', ts: ts(10), viewers: 120 }) },
          { seq: 3, hash: 'x', body: body({ type: 'speech', ts: ts(20), text: '这款最好', speaker: 'h' }) },
          { seq: 4, hash: 'x', body: body({ type: 'session.end', ts: ts(30) }) },
        ],
      },
      '/v1/sessions/s1/evidence/verify': { ok: true, checked: 4 },
    });
    render(wrap(<SessionPage id="s1" />));
    await screen.findByRole('heading', { name: '美妆旗舰店' });
    await waitFor(() => expect(screen.getByTestId('transcript').querySelector('mark')?.textContent).toBe('最好'));
    expect(screen.getByTestId('timeline').querySelectorAll('circle.marker')).toHaveLength(1);
    expect(document.querySelector('figcaption')!.textContent).toContain('AI 主播无标识');
    fireEvent.click(screen.getByTestId('verify'));
    await waitFor(() => expect(screen.getByTestId('verify-result').textContent).toContain('证据链完整：已校验 4 条事件'));
  });
});

describe('rules page', () => {
  it('filters rules by region, party and source, and runs an example', () => {
    render(<I18nProvider lang="zh-CN"><RulesPage packs={testPacks} /></I18nProvider>);
    expect(document.querySelectorAll('.rule-card')).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('适用范围'), { target: { value: '330000' } });
    expect([...document.querySelectorAll('.rule-card')].map((c) => c.getAttribute('data-rule'))).toEqual(['test/diversion']);
    fireEvent.change(screen.getByLabelText('适用范围'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('义务主体'), { target: { value: 'merchant' } });
    expect(document.querySelectorAll('.rule-card')).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('义务主体'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('法律来源'), { target: { value: 'ad-law' } });
    expect(document.querySelectorAll('.rule-card')).toHaveLength(1);
    const card = document.querySelector('.rule-card')!;
    expect(card.textContent).toContain('广告不得使用绝对化用语');
    expect(card.querySelector('.basis-label.ok')!.textContent).toBe('法律依据');
    expect(card.querySelector('.basis-label.caveat')!.textContent).toContain('依据待核实');
    fireEvent.click(screen.getAllByText('试一试')[0]);
    expect(card.querySelector('.ex-result')!.textContent).toContain('全网最低价');
  });
});

describe('admin page', () => {
  it('falls back to the CLI when the server has no key API', async () => {
    fakeServer({ '/healthz': { ok: true } });
    render(wrap(<AdminPage />));
    await screen.findByTestId('cli-commands');
    expect(screen.getByTestId('cli-commands').textContent).toContain('liveguard keys create --tenant');
    await screen.findByText('运行正常');
  });
  it('lists and creates keys through the API when it exists', async () => {
    fakeServer({ '/v1/keys': { keys: [{ id: 'key_1', tenant: 'acme', role: 'admin', createdAt: '2025-10-01' }] }, '/healthz': { ok: true } });
    render(wrap(<AdminPage />));
    await screen.findByText('key_1');
    expect(screen.getByText('租户：acme')).toBeTruthy();
  });
});

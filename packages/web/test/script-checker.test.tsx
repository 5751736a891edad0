// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nProvider } from '../src/i18n.js';
import { ScriptChecker } from '../src/pages/ScriptChecker.js';
import { lintScript } from '../src/lib/engine.js';
import { allPacks } from '@liveguard/rules-cn';
import { testPacks } from './fixtures.js';

const setup = (text = '', lang: 'zh-CN' | 'en' = 'zh-CN') =>
  render(<I18nProvider lang={lang}><ScriptChecker packs={testPacks} debounceMs={0} initialText={text} /></I18nProvider>);

const input = () => screen.getByTestId('script-input') as HTMLTextAreaElement;

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('script checker', () => {
  it('highlights each finding at its exact span', () => {
    setup('今天是全网最低价！\n效果最好。');
    const marks = screen.getByTestId('highlights').querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['全网最低价', '最好']);
    expect(marks[0].getAttribute('data-rule')).toBe('test/absolute');
    // the text before the first mark is exactly the original prefix
    const text = screen.getByTestId('highlights').textContent!;
    expect(text.indexOf('全网最低价')).toBe(3);
    expect(screen.getByTestId('finding-count').textContent).toBe('2');
  });

  it('re-lints as the user types and shows the lint time', () => {
    setup('');
    fireEvent.change(input(), { target: { value: '这个最好' } });
    expect(screen.getByTestId('finding-count').textContent).toBe('1');
    expect(screen.getByTestId('lint-ms').textContent).toMatch(/\d+\.\d ms/);
    fireEvent.change(input(), { target: { value: '这个很好' } });
    expect(screen.getByTestId('finding-count').textContent).toBe('0');
    expect(screen.getByText('未发现问题。')).toBeTruthy();
  });

  it('labels only grade-T bases as 法律依据 and puts a caveat on the others', () => {
    setup('这个最好');
    const card = document.querySelector('.finding-card')!;
    const labels = [...card.querySelectorAll('.basis-label')].map((l) => l.textContent);
    expect(labels).toEqual(['法律依据', '参考依据 · 依据待核实']);
    expect(card.textContent).toContain('第九条第（三）项');
    expect(card.textContent).toContain('测试：绝对化用语');
  });

  it('applies one fix, then all fixes', () => {
    setup('最好的面霜，全网最低价，真的最好');
    const cards = document.querySelectorAll('.finding-card');
    expect(cards.length).toBe(3);
    fireEvent.click(within(cards[1] as HTMLElement).getByText('应用修复'));
    expect(input().value).toBe('最好的面霜，优惠价，真的最好');
    fireEvent.click(screen.getByRole('button', { name: /全部修复/ }));
    expect(input().value).toBe('很好的面霜，优惠价，真的很好');
    expect(screen.getByRole('status').textContent).toContain('已修复 2 处');
  });

  it('applies regional rules only for their region', () => {
    setup('加微信私聊');
    expect(screen.getByTestId('finding-count').textContent).toBe('0');
    fireEvent.change(screen.getByLabelText('地区'), { target: { value: '330200' } });
    expect(screen.getByTestId('finding-count').textContent).toBe('1');
    expect(document.querySelector('.finding-card .sev-badge')!.textContent).toBe('错误');
  });

  it('selecting a finding selects its span in the editor', () => {
    setup('一二三最好');
    fireEvent.click(screen.getByText('定位到原文'));
    expect(input().selectionStart).toBe(3);
    expect(input().selectionEnd).toBe(5);
    expect(document.querySelector('.finding-card')!.getAttribute('aria-current')).toBe('true');
  });

  it('filters findings by severity', () => {
    setup('最好，加微信');
    fireEvent.change(screen.getByLabelText('地区'), { target: { value: '330000' } });
    expect(document.querySelectorAll('.finding-card').length).toBe(2);
    fireEvent.click(screen.getByRole('radio', { name: /错误/ }));
    expect(document.querySelectorAll('.finding-card').length).toBe(1);
  });

  it('speaks English when toggled', () => {
    setup('这个最好', 'en');
    expect(screen.getByText('Findings')).toBeTruthy();
    expect(document.querySelector('.finding-msg')!.textContent).toContain('Absolute term "最好"');
    expect(screen.getByText('Legal basis')).toBeTruthy();
  });

  it('exports an HTML report', async () => {
    const created: Blob[] = [];
    const origCreate = URL.createObjectURL;
    URL.createObjectURL = vi.fn((b: Blob) => { created.push(b); return 'blob:x'; }) as typeof URL.createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    setup('这个最好');
    fireEvent.click(screen.getByText('导出 HTML 报告'));
    expect(click).toHaveBeenCalled();
    const html = await new Promise<string>((r) => { const fr = new FileReader(); fr.onload = () => r(String(fr.result)); fr.readAsText(created[0]); });
    expect(html).toContain('<mark class="sev-warning"');
    expect(html).toContain('法律依据');
    expect(html).toContain('test/absolute');
    URL.createObjectURL = origCreate;
    click.mockRestore();
  });

  it('loads a .srt file', async () => {
    setup('');
    const srt = '1\n00:00:01,000 --> 00:00:03,000\n这款<i>最好</i>\n\n2\n00:00:04,000 --> 00:00:05,000\n谢谢\n';
    const file = new File([srt], 'live.srt', { type: 'text/plain' });
    await act(async () => {
      fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(input().value).toBe('这款最好\n谢谢');
    expect(screen.getByTestId('finding-count').textContent).toBe('1');
  });
});

describe('in-browser engine with the built-in packs', () => {
  it('lints a script with every built-in pack and measures the time', () => {
    const out = lintScript('家人们，这款面霜是全网最低价，加我薇信私聊\n', { category: 'cosmetics' }, allPacks);
    expect(out.error).toBeUndefined();
    expect(Number.isFinite(out.ms)).toBe(true);
    // The 50 ms budget for 5,000 characters is measured by the e2e run and benchmarks, not asserted here.
    expect(out.findings.every((f) => f.offset >= 0 && f.length >= 0)).toBe(true);
  });
});

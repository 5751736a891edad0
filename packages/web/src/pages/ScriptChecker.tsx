// 文案检查: the script is linted in the browser by the core engine as the user types.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { applyFixes, PRODUCT_CATEGORIES, type Finding, type RulePack, type Severity } from '@liveguard/core';
import { allPacks } from '@liveguard/rules-cn';
import { useI18n } from '../i18n.js';
import { lintScript, ruleCount } from '../lib/engine.js';
import { SEVERITY_ORDER, countBySeverity, segmentText, worstSeverity } from '../lib/findings.js';
import { categoryName, REGIONS, regionName } from '../lib/labels.js';
import { readScriptFile } from '../lib/inputs.js';
import { reportBody, reportDocument } from '../lib/report.js';
import { downloadBlob } from '../lib/api.js';
import { pick, ruleIndex } from '../lib/rules.js';
import { FindingCard } from '../components/FindingCard.js';

export const SAMPLE_SCRIPT = `家人们，今天这款面霜是全网最低价，史上最好用的面霜！
用了三天就能祛斑，还能治疗湿疹，比医院开的药还管用。
最后 100 单，错过再等一年！加我薇信私聊，更便宜。
国家级产品，专家推荐，100%纯天然无副作用。
最近很多人问要不要冷藏？最好冷藏保存哦。`;

const DRAFT_KEY = 'liveguard.draft';
const SETTINGS_KEY = 'liveguard.checkSettings';

function loadDraft(): { text: string; region: string; category: string } {
  try {
    const s = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}');
    return { text: localStorage.getItem(DRAFT_KEY) ?? '', region: s.region ?? '', category: s.category ?? '' };
  } catch {
    return { text: '', region: '', category: '' };
  }
}

export interface ScriptCheckerProps {
  packs?: RulePack[];
  /** Debounce before re-linting after an edit (ms). */
  debounceMs?: number;
  initialText?: string;
}

export function ScriptChecker({ packs = allPacks, debounceMs = 60, initialText }: ScriptCheckerProps) {
  const { t, lang } = useI18n();
  const draft = useMemo(loadDraft, []);
  const [text, setText] = useState(initialText ?? draft.text);
  const [region, setRegion] = useState(draft.region);
  const [category, setCategory] = useState(draft.category);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [lintedText, setLintedText] = useState<string | null>(null);
  const [ms, setMs] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [active, setActive] = useState<string | null>(null);
  const [sevFilter, setSevFilter] = useState<Severity | 'all'>('all');
  const [dragging, setDragging] = useState(false);
  const taRef = useRef<HTMLTextAreaElement>(null);
  const backRef = useRef<HTMLDivElement>(null);
  const cardRefs = useRef(new Map<string, HTMLLIElement>());
  const fileRef = useRef<HTMLInputElement>(null);
  const ids = { region: useId(), category: useId(), script: useId(), help: useId() };
  const rules = useMemo(() => ruleIndex(packs), [packs]);
  const nRules = useMemo(() => ruleCount(packs), [packs]);

  const lastMs = useRef<number | null>(null);
  lastMs.current = ms;
  // Lint after a short pause in typing; the engine is built once and reused.
  useEffect(() => {
    const run = () => {
      const out = lintScript(text, { region: region || undefined, category: category || undefined, locale: lang }, packs);
      setFindings(out.findings);
      setLintedText(text);
      setMs(out.ms);
      setError(out.error ?? null);
    };
    if (debounceMs <= 0) { run(); return; }
    // Adaptive pause: a slow lint (long script, busy machine) waits longer so keystrokes are not blocked by it.
    const h = setTimeout(run, Math.max(debounceMs, Math.min(400, 2 * (lastMs.current ?? 0))));
    return () => clearTimeout(h);
  }, [text, region, category, packs, debounceMs, lang]);


  useEffect(() => {
    try {
      localStorage.setItem(DRAFT_KEY, text);
      localStorage.setItem(SETTINGS_KEY, JSON.stringify({ region, category }));
    } catch { /* ignore */ }
  }, [text, region, category]);

  // Findings only count while their span still matches the text (edits in flight make them stale).
  const current = useMemo(
    () => (lintedText === text ? findings : findings.filter((f) => text.slice(f.offset, f.offset + f.length) === f.text)),
    [findings, lintedText, text],
  );
  const shown = useMemo(() => (sevFilter === 'all' ? current : current.filter((f) => f.severity === sevFilter)), [current, sevFilter]);
  const counts = countBySeverity(current);
  const fixable = current.filter((f) => f.suggestions.some((s) => s.replacement !== undefined));
  const segments = useMemo(() => segmentText(text, current), [text, current]);

  const settingsLabel = `${t('region')}: ${regionName(region, lang)} · ${t('category')}: ${category ? categoryName(category, lang) : t('categoryUnknown')}`;

  const syncScroll = () => {
    if (taRef.current && backRef.current) {
      backRef.current.scrollTop = taRef.current.scrollTop;
      backRef.current.scrollLeft = taRef.current.scrollLeft;
    }
  };

  const select = useCallback((f: Finding) => {
    const ta = taRef.current;
    setActive(f.id);
    if (!ta) return;
    ta.focus();
    ta.setSelectionRange(f.offset, f.offset + f.length);
    const mark = backRef.current?.querySelector<HTMLElement>(`mark[data-ids~="${f.id}"]`);
    if (mark) ta.scrollTop = Math.max(0, mark.offsetTop - ta.clientHeight / 3);
    syncScroll();
  }, []);

  const onCaret = () => {
    const ta = taRef.current;
    if (!ta) return;
    const pos = ta.selectionStart;
    const hit = current.find((f) => pos >= f.offset && pos <= f.offset + f.length);
    if (hit && hit.id !== active) {
      setActive(hit.id);
      cardRefs.current.get(hit.id)?.scrollIntoView({ block: 'nearest' });
    }
  };

  const applyOne = (f: Finding) => {
    const r = applyFixes(text, [f]);
    if (r.applied.length) {
      setText(r.output);
      setStatus(t('fixed', { n: 1 }));
    }
  };
  const applyAll = () => {
    // Overlapping fixes are skipped by applyFixes; repeat on the re-linted text until nothing changes.
    let out = text, n = 0;
    for (let pass = 0; pass < 5; pass++) {
      const fs = pass === 0 ? current : lintScript(out, { region: region || undefined, category: category || undefined }, packs).findings;
      const r = applyFixes(out, fs);
      if (!r.applied.length) break;
      out = r.output;
      n += r.applied.length;
    }
    setText(out);
    setStatus(t('fixed', { n }));
  };

  const loadFile = async (file: File) => {
    try {
      const content = await readScriptFile(file);
      setText(content);
      setStatus(t('fileLoaded', { name: file.name }));
    } catch (e) {
      setStatus(t('fileError', { name: file.name, reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    if (f) void loadFile(f);
    e.target.value = '';
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const f = e.dataTransfer.files?.[0];
    if (f) void loadFile(f);
  };

  // The print view is filled just before printing (button or Ctrl+P), not on every keystroke.
  const printRef = useRef<HTMLDivElement>(null);
  const fillPrint = useRef(() => {});
  fillPrint.current = () => {
    if (printRef.current) printRef.current.innerHTML = reportBody({ text, findings: current, lang, settingsLabel });
  };
  useEffect(() => {
    const h = () => fillPrint.current();
    window.addEventListener('beforeprint', h);
    return () => window.removeEventListener('beforeprint', h);
  }, []);
  const print = () => { fillPrint.current(); window.print(); };

  const exportHtml = () => {
    const html = reportDocument({ text, findings: current, lang, settingsLabel });
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    downloadBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), `liveguard-report-${stamp}.html`);
  };

  return (
    <div className="checker">
      <div className="page-head">
        <h1>{t('scriptTitle')}</h1>
        <p className="intro">{t('scriptIntro')}</p>
      </div>
      <div className="toolbar" role="group" aria-label={t('reportSettings')}>
        <label htmlFor={ids.region}>{t('region')}</label>
        <select id={ids.region} value={region} onChange={(e) => setRegion(e.target.value)}>
          <option value="">{t('regionNational')}</option>
          {REGIONS.map((r) => (
            <option key={r.code} value={r.code}>{lang === 'en' ? r.en : r.zh}</option>
          ))}
        </select>
        <label htmlFor={ids.category}>{t('category')}</label>
        <select id={ids.category} value={category} onChange={(e) => setCategory(e.target.value)}>
          <option value="">{t('categoryUnknown')}</option>
          {PRODUCT_CATEGORIES.map((c) => (
            <option key={c} value={c}>{categoryName(c, lang)}</option>
          ))}
        </select>
        <span className="toolbar-sep" />
        <button type="button" className="btn" onClick={() => fileRef.current?.click()} title={t('uploadHelp')}>
          {t('upload')}
        </button>
        <input ref={fileRef} type="file" accept=".txt,.md,.docx,.srt,.vtt,text/plain" hidden onChange={onFile} data-testid="file-input" aria-label={t('upload')} />
        <button type="button" className="btn" onClick={() => { setText(SAMPLE_SCRIPT); setCategory((c) => c || 'cosmetics'); }}>
          {t('loadSample')}
        </button>
        <button type="button" className="btn" onClick={() => setText('')} disabled={!text}>
          {t('clear')}
        </button>
      </div>

      <div className="checker-grid">
        <section className="editor-col" aria-labelledby={ids.script}>
          <div className="editor-head">
            <label id={ids.script} htmlFor={`${ids.script}-ta`} className="section-title">{t('scriptLabel')}</label>
            <span className="lint-meta" aria-live="polite" data-testid="lint-meta">
              {text.length} {t('characters')}
              {ms !== null ? <> · {t('lintTime')} <strong data-testid="lint-ms">{ms.toFixed(1)} ms</strong></> : null}
            </span>
          </div>
          <div
            className={`editor${dragging ? ' dragging' : ''}`}
            onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <div className="backdrop" ref={backRef} aria-hidden="true" data-testid="highlights">
              {segments.map((s) => {
                if (!s.findings.length) return <span key={s.start}>{s.text}</span>;
                const sev = worstSeverity(s.findings)!;
                const isActive = s.findings.some((f) => f.id === active);
                return (
                  <mark
                    key={s.start}
                    className={`hl sev-${sev}${isActive ? ' active' : ''}`}
                    data-ids={s.findings.map((f) => f.id).join(' ')}
                    data-rule={s.findings.map((f) => f.ruleId).join(' ')}
                  >
                    {s.text}
                  </mark>
                );
              })}
              {'\n'}
            </div>
            <textarea
              id={`${ids.script}-ta`}
              ref={taRef}
              className="script-input"
              value={text}
              placeholder={t('scriptPlaceholder')}
              onChange={(e) => setText(e.target.value)}
              onScroll={syncScroll}
              onSelect={onCaret}
              spellCheck={false}
              aria-describedby={ids.help}
              data-testid="script-input"
            />
          </div>
          <p id={ids.help} className="hint">{t('uploadHelp')}</p>
        </section>

        <section className="panel-col" aria-labelledby="findings-title">
          <div className="panel-head">
            <h2 id="findings-title" className="section-title">
              {t('findingsTitle')} <span className="count" data-testid="finding-count">{current.length}</span>
            </h2>
            <div className="panel-actions">
              <button type="button" className="btn primary" onClick={applyAll} disabled={!fixable.length}>
                {t('applyAll')} {fixable.length ? `(${fixable.length})` : ''}
              </button>
              <button type="button" className="btn" onClick={exportHtml}>{t('exportHtml')}</button>
              <button type="button" className="btn" onClick={print}>{t('printPdf')}</button>
            </div>
          </div>
          <div className="sev-filter" role="radiogroup" aria-label={t('filterSeverity')}>
            {(['all', ...SEVERITY_ORDER] as const).map((s) => (
              <button
                key={s}
                type="button"
                role="radio"
                aria-checked={sevFilter === s}
                className={`chip${sevFilter === s ? ' on' : ''}${s !== 'all' ? ` sev-${s}` : ''}`}
                onClick={() => setSevFilter(s)}
              >
                {t(s)} {s === 'all' ? current.length : counts[s]}
              </button>
            ))}
          </div>
          <p className="status" role="status">{error ?? status}</p>
          {nRules === 0 ? <p className="empty">{t('noRulesLoaded')}</p> : null}
          {shown.length === 0 && nRules > 0 ? <p className="empty">{t('noFindings')}</p> : null}
          <ol className="finding-list" aria-label={t('findingsTitle')}>
            {shown.map((f) => (
              <FindingCard
                key={f.id}
                ref={(el) => { if (el) cardRefs.current.set(f.id, el); else cardRefs.current.delete(f.id); }}
                finding={f}
                active={f.id === active}
                onSelect={select}
                onApply={applyOne}
                ruleDescription={pick(rules.get(f.ruleId)?.def.meta.docs.description, lang)}
              />
            ))}
          </ol>
        </section>
      </div>
      <div className="print-report" ref={printRef} />
    </div>
  );
}

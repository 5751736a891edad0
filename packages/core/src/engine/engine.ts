// The engine: compiles every lexicon of every rule into one matcher, runs rules over sessions of events
// (a script is a session of speech events), and post-processes findings.
import { compileMatcher, type Matcher, type PatternInput } from '../text/matcher.js';
import { normalizeForMatching, normalizeTerm } from '../text/normalize.js';
import { commonHomophones } from '../text/pinyin.js';
import { condenseSpacedCjk } from '../text/condense.js';
import type {
  Channel, LexiconHit, LintSettings, ReportDescriptor, RuleConfigEntry, RuleContext, RuleDefinition, RulePack,
  RuleVisitors, TextUnit,
} from '../rule.js';
import type { Basis, Finding, LegalSource, LiveEvent, Locale, Severity, Suggestion } from '../types.js';
import { SessionState } from '../session/state.js';
import { formatMessage, pickMessage, regionChain, stableHash, toEpochMs, toIso } from '../util.js';
import { denyListRule, DENY_RULE_ID } from './deny-rule.js';
import { postProcess, type PostContext } from '../postprocess/pipeline.js';
import { supersede } from '../postprocess/supersede.js';

export class ConfigError extends Error {
  constructor(message: string) { super(message); this.name = 'ConfigError'; }
}

export interface EngineOptions {
  packs?: RulePack[];
  /** Rules in addition to (or instead of) packs. */
  rules?: RuleDefinition[];
  /** Legal sources in addition to those of the packs. */
  sources?: LegalSource[];
  /** Per-rule severity override (`off` disables) and options, by rule id. */
  config?: Record<string, RuleConfigEntry | Severity | 'off'>;
  /** Only rules whose meta.category is listed. */
  categories?: string[];
  /** Terms reported as `custom/deny-list`. */
  deny?: string[];
  /** Text covered by an allow term is never reported. */
  allow?: string[];
  settings?: LintSettings;
}

export interface EventLocation { offset: number; line: number; column: number }

export interface SessionOptions {
  id?: string;
  /** Name of the input the findings point into (file path, session id). */
  source?: string;
  settings?: LintSettings;
  /** Where a text field of an event sits in the source document. */
  locate?: (event: LiveEvent, field: string) => EventLocation | undefined;
  /** Inline suppressions: line → rule ids (empty set: all rules). */
  suppressions?: Map<number, Set<string>>;
}

interface LexEntry { rule: number; lexicon: string; term: string; data?: Record<string, unknown>; exempt: boolean; allow: boolean; wholeWord?: boolean; phonetic?: boolean }

interface CompiledRule {
  def: RuleDefinition;
  index: number;
  severity: Severity;
  options: Record<string, unknown>;
  basis: Basis[];
  effective?: string;
  hasExempt: boolean;
}

const TEXT_FIELDS: Record<string, { channel: Channel; fields: string[] }> = {
  speech: { channel: 'speech', fields: ['text'] },
  'overlay.show': { channel: 'overlay', fields: ['text'] },
  comment: { channel: 'comment', fields: ['text'] },
  'promo.rule': { channel: 'promo', fields: ['text', 'conditions'] },
};
const PRODUCT_FIELDS = ['title', 'description', 'brand'];

/** A running session: push events in order, get findings as soon as they are certain. */
export interface SessionRunner {
  readonly id: string;
  readonly state: SessionState;
  push(event: LiveEvent): Finding[];
  /** Advances the clock without an event (temporal rules may report). */
  tick(ts: number): Finding[];
  /** Ends the session (runs `session.end` visitors if no such event was pushed). */
  end(): Finding[];
  readonly findings: readonly Finding[];
}

export class Engine {
  readonly rules: CompiledRule[] = [];
  readonly sources = new Map<string, LegalSource>();
  private readonly lex: LexEntry[] = [];
  private readonly matcher: Matcher;
  private readonly allowEntries: boolean;
  readonly buildMs: number;
  /** Rule id → rule ids whose findings it supersedes (from meta.supersedes of the active rules). */
  readonly supersedes = new Map<string, readonly string[]>();

  constructor(readonly options: EngineOptions = {}) {
    const t0 = typeof performance !== 'undefined' ? performance.now() : Date.now();
    for (const p of options.packs ?? []) for (const s of p.sources ?? []) this.sources.set(s.id, s);
    for (const s of options.sources ?? []) this.sources.set(s.id, s);
    const defs: RuleDefinition[] = [];
    const seen = new Set<string>();
    for (const d of [...(options.packs ?? []).flatMap((p) => p.rules), ...(options.rules ?? [])]) {
      if (seen.has(d.meta.id)) throw new ConfigError(`规则 id 重复：${d.meta.id} (two rules share the id ${d.meta.id}; rule ids must be unique across packs)`);
      seen.add(d.meta.id);
      defs.push(d);
    }
    if (options.deny && options.deny.length) defs.push(denyListRule(options.deny));
    for (const def of defs) {
      const raw = options.config?.[def.meta.id];
      const entry: RuleConfigEntry = typeof raw === 'string' ? { severity: raw } : raw ?? {};
      if (entry.severity === 'off') continue;
      if (options.categories?.length && def.meta.id !== DENY_RULE_ID && !options.categories.includes(def.meta.category ?? '')) continue;
      let opts: Record<string, unknown> = { ...(def.meta.defaultOptions ?? {}), ...(entry.options ?? {}) };
      if (def.meta.schema) {
        const r = def.meta.schema.safeParse(opts);
        if (!r.success) throw new ConfigError(`规则 ${def.meta.id} 的选项无效 (invalid options for ${def.meta.id}): ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        opts = r.data as Record<string, unknown>;
      }
      const index = this.rules.length;
      let hasExempt = false;
      for (const [name, spec] of Object.entries(def.lexicons ?? {})) {
        if (spec.exempt) hasExempt = true;
        for (const t of spec.terms) {
          const term = typeof t === 'string' ? t : t.term;
          if (!term) continue;
          this.lex.push({ rule: index, lexicon: name, term, data: typeof t === 'string' ? undefined : t.data, exempt: !!spec.exempt, allow: false, ...(typeof t !== 'string' && t.wholeWord !== undefined ? { wholeWord: t.wholeWord } : {}), ...(spec.phonetic ? { phonetic: true } : {}) });
        }
      }
      const basis = def.meta.basis.map((b) => this.resolveBasis(b.source, b.article, b.evidence));
      this.rules.push({
        def, index, severity: (entry.severity as Severity | undefined) ?? def.meta.severity, options: opts, basis,
        effective: def.meta.effective ?? latest(def.meta.basis.map((b) => this.sources.get(b.source)?.effective)), hasExempt,
      });
    }
    for (const r of this.rules) if (r.def.meta.supersedes?.length) this.supersedes.set(r.def.meta.id, r.def.meta.supersedes);
    for (const a of options.allow ?? []) if (a.trim()) this.lex.push({ rule: -1, lexicon: 'allow', term: a.trim(), exempt: false, allow: true });
    this.allowEntries = (options.allow ?? []).length > 0;
    const patterns: PatternInput[] = this.lex.map((e, id) => ({ term: e.term, id, wholeWord: e.wholeWord ?? /^[a-z]|[a-z]$/i.test(e.term) }));
    // homophones of phonetic terms of four Han characters and more: every spelling with one character replaced by a common
    // character of the same syllable (好平返现, 加我威信) joins the one automaton under the term's entry — no second pass over
    // the text. One substitution is what dodging and speech recognition produce; four characters keep the variants from
    // being words of their own (微信好 would sit inside 微信好友).
    this.lex.forEach((e, id) => {
      if (!e.phonetic) return;
      const n = normalizeTerm(e.term);
      if ((n.match(/[\u3400-\u9fff]/g)?.length ?? 0) < 4) return;
      for (let i = 0; i < n.length; i++) {
        for (const h of commonHomophones(n[i])) patterns.push({ term: n.slice(0, i) + h + n.slice(i + 1), id, wholeWord: false });
      }
    });
    this.matcher = compileMatcher(patterns);
    this.buildMs = (typeof performance !== 'undefined' ? performance.now() : Date.now()) - t0;
  }

  private resolveBasis(source: string, article: string | undefined, evidence: Basis['evidence']): Basis {
    const s = this.sources.get(source);
    return { source, title: s?.title ?? source, article: article ?? '', evidence, ...(s?.url ? { url: s.url } : {}) };
  }

  /** Rules that apply for a region, audience and date. */
  activeRules(settings: LintSettings): CompiledRule[] {
    const regions = new Set(regionChain(settings.region));
    const audience = new Set((settings.audienceRegions ?? []).flatMap(regionChain));
    const date = settings.date;
    return this.rules.filter((r) => {
      const j = r.def.meta.jurisdiction;
      if (j !== 'CN' && !regions.has(j) && !(r.def.meta.protectsAudience && audience.has(j))) return false;
      if (date && r.effective && r.effective > date) return false;
      return true;
    });
  }

  /** Lints a script: one speech event per non-empty line; `#` lines are comments and directives. */
  lintText(text: string, opts: { source?: string; settings?: LintSettings } = {}): Finding[] {
    const { events, suppressions, directiveErrors, lineStarts } = parseScript(text);
    const source = opts.source ?? '<text>';
    const run = this.createSession({
      id: source, source, settings: opts.settings, suppressions,
      locate: (e) => {
        const line = (e as { line?: number }).line ?? 1;
        return { offset: lineStarts[line - 1] + ((e as { col?: number }).col ?? 0), line, column: 1 + ((e as { col?: number }).col ?? 0) };
      },
    });
    for (const e of events) run.push(e);
    run.end();
    const out = [...run.findings];
    for (const d of directiveErrors) out.push(this.directiveFinding(source, d.line, lineStarts[d.line - 1], d.text));
    return out.sort(byPosition);
  }

  /** Lints a list of events (a listing file, a recorded session) and returns all findings sorted. */
  lintEvents(events: readonly LiveEvent[], opts: SessionOptions = {}): Finding[] {
    const run = this.createSession(opts);
    for (const e of events) run.push(e);
    run.end();
    return [...run.findings].sort(byPosition);
  }

  private directiveFinding(source: string, line: number, offset: number, text: string): Finding {
    const ruleId = 'liveguard/directive-needs-reason';
    return {
      id: stableHash(`${source}|${ruleId}|${line}`), ruleId, severity: 'error',
      message: '禁用指令必须在“--”之后写明理由', messageEn: 'A disable directive needs a reason after "--"',
      source, line, column: 1, endLine: line, endColumn: 1 + text.length, offset, length: text.length, text,
      basis: [], suggestions: [{ desc: '在指令后加上“-- 理由”', descEn: 'Append "-- reason" to the directive' }],
    };
  }

  createSession(opts: SessionOptions = {}): SessionRunner {
    return new Session(this, opts);
  }

  /** @internal */ scanNormalized(norm: string, onHit: (id: number, s: number, e: number) => void): void {
    this.matcher.scan(norm, onHit);
  }
  /** @internal */ lexEntry(id: number): LexEntry { return this.lex[id]; }
  /** @internal */ get hasAllow(): boolean { return this.allowEntries; }
}

function latest(dates: (string | undefined)[]): string | undefined {
  let m: string | undefined;
  for (const d of dates) if (d && (!m || d > m)) m = d;
  return m;
}

export function byPosition(a: Finding, b: Finding): number {
  return (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) || a.line - b.line || a.column - b.column
    || (a.eventSeq ?? 0) - (b.eventSeq ?? 0) || b.length - a.length || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

// ------------------------------------------------------------------------------------------------ scripts

const DIRECTIVE = /^#\s*liveguard-disable-next-line\b(.*)$/;

export interface ParsedScript {
  events: LiveEvent[];
  suppressions: Map<number, Set<string>>;
  directiveErrors: { line: number; text: string }[];
  lineStarts: number[];
}

/** Splits a script into speech events (one per non-empty line), reading `# liveguard-disable-next-line` directives. */
export function parseScript(text: string): ParsedScript {
  const events: LiveEvent[] = [];
  const suppressions = new Map<number, Set<string>>();
  const directiveErrors: { line: number; text: string }[] = [];
  const lineStarts: number[] = [];
  let pending: Set<string> | null = null;
  let pos = 0, line = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    line++;
    lineStarts.push(pos);
    let raw = text.slice(pos, nl);
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    const trimmed = raw.trim();
    if (trimmed.startsWith('#')) {
      const m = DIRECTIVE.exec(trimmed);
      if (m) {
        const [rulesPart, ...reason] = m[1].split('--');
        if (!reason.join('--').trim()) directiveErrors.push({ line, text: raw });
        else pending = new Set(rulesPart.split(/[\s,]+/).filter(Boolean));
      }
    } else if (trimmed) {
      const col = raw.length - raw.trimStart().length;
      events.push({ type: 'speech', text: raw.slice(col).trimEnd(), line, col, seq: events.length + 1 } as LiveEvent);
      if (pending) { suppressions.set(line, pending); pending = null; }
    }
    if (nl >= text.length) break;
    pos = nl + 1;
  }
  return { events, suppressions, directiveErrors, lineStarts };
}

// ------------------------------------------------------------------------------------------------ sessions

/** Hits of one unit, by rule index; allocated only when there are hits. */
interface DispatchEntry {
  rule: CompiledRule;
  visitors: RuleVisitors;
  text?: (unit: TextUnit) => void;
  on?: (ev: LiveEvent, units: TextUnit[]) => void;
  /** The text visitor runs only on units with a lexicon hit of the rule (CnRuleDefinition.textRequiresHits). */
  gated: boolean;
}
/** The rules of one event type in rule order, and which of them run on every event (perf: a gated rule without a hit in the
 *  event's units is never touched — most rules, on most lines). */
interface Dispatch {
  entries: DispatchEntry[];
  /** 1 at the position of an entry that runs on every event (an ungated text visitor or a type visitor), else 0. */
  always: Uint8Array;
  /** Rule index → position in entries of a gated entry, -1 for none. */
  posOfRule: Int32Array;
  /** Per-event scratch: 1 at the positions to run. */
  run: Uint8Array;
}

interface UnitScan { byRule?: LexiconHit[][]; exempt?: [number, number][][]; allow?: [number, number][]; rules?: number[] }
const SCAN = Symbol('scan');
type ScannedUnit = TextUnit & { [SCAN]?: UnitScan };

function covers(spans: readonly [number, number][], s: number, e: number): boolean {
  for (let i = 0; i < spans.length; i++) if (spans[i][0] <= s && e <= spans[i][1]) return true;
  return false;
}

class Session implements SessionRunner {
  readonly id: string;
  readonly state: SessionState;
  readonly findings: Finding[] = [];
  private readonly source: string;
  private readonly settings: LintSettings;
  private rules: { rule: CompiledRule; visitors: RuleVisitors }[] = [];
  /** Per event type: the rules with a text or a type visitor, in rule order (perf: no per-event visitor lookups). */
  private readonly dispatch = new Map<string, Dispatch>();
  private readonly ids = new Set<string>();
  private seq = 0;
  private ended = false;
  private pending: Finding[] = [];
  private current?: LiveEvent;
  private isoEvent?: LiveEvent;
  private isoTs?: string;
  private currentOriginal?: LiveEvent;

  constructor(private readonly engine: Engine, private readonly opts: SessionOptions) {
    this.id = opts.id ?? 'session';
    this.source = opts.source ?? this.id;
    this.settings = { ...engine.options.settings, ...opts.settings };
    this.state = new SessionState(this.id, this.settings.category);
    // perf: rules are created on the first event; when it is a session.start they are created once, for its settings
  }

  /** (Re)creates rule instances for the settings in force; called at start and on session.start. */
  private activated = false;

  private activate(settings: LintSettings): void {
    this.activated = true;
    const date = settings.date ?? new Date().toISOString().slice(0, 10);
    this.rules = this.engine.activeRules({ ...settings, date }).map((rule) => ({ rule, visitors: rule.def.create(this.context(rule)) }));
    this.dispatch.clear();
  }

  private dispatchFor(type: string): Dispatch {
    let d = this.dispatch.get(type);
    if (d) return d;
    const entries: DispatchEntry[] = [];
    let maxIndex = -1;
    for (const { rule, visitors } of this.rules) {
      const text = visitors.text;
      const on = (visitors as Record<string, ((ev: LiveEvent, u: TextUnit[]) => void) | undefined>)[type];
      if (text || typeof on === 'function') entries.push({ rule, visitors, text, on: typeof on === 'function' ? on : undefined, gated: !!text && rule.def.textRequiresHits === true });
      if (rule.index > maxIndex) maxIndex = rule.index;
    }
    const always = new Uint8Array(entries.length);
    const posOfRule = new Int32Array(maxIndex + 1).fill(-1);
    entries.forEach((en, i) => { if (!en.gated || en.on) always[i] = 1; if (en.gated) posOfRule[en.rule.index] = i; });
    d = { entries, always, posOfRule, run: new Uint8Array(entries.length) };
    this.dispatch.set(type, d);
    return d;
  }

  private context(rule: CompiledRule): RuleContext {
    const session = this;
    return {
      id: rule.def.meta.id,
      options: rule.options,
      settings: this.settings,
      session: this.state,
      hits: (unit, lexicon) => session.hitsFor(rule, unit, lexicon),
      hasHits: (unit, lexicon) => session.hasHitsFor(rule, unit, lexicon),
      report: (d) => session.report(rule, d),
    };
  }

  // One callback for every scan (no closure per unit): the matcher reports into `scanning`.
  private scanning: { scan: UnitScan; norm: TextUnit['norm'] } | null = null;
  private readonly onHit = (id: number, ns: number, ne: number): void => {
    const cur = this.scanning!;
    const entry = this.engine.lexEntry(id);
    const n = cur.norm, sc = cur.scan;
    const start = n.start[ns], end = n.end[ne - 1];
    if (entry.allow) { (sc.allow ??= []).push([start, end]); return; }
    if (entry.exempt) { ((sc.exempt ??= [])[entry.rule] ??= []).push([start, end]); return; }
    const byRule = (sc.byRule ??= []);
    let list = byRule[entry.rule];
    if (!list) { list = byRule[entry.rule] = []; (sc.rules ??= []).push(entry.rule); }
    list.push({ lexicon: entry.lexicon, term: entry.term, data: entry.data, start, end, normStart: ns, normEnd: ne });
  };

  private scan(unit: TextUnit): UnitScan {
    const cached = (unit as ScannedUnit)[SCAN];
    if (cached) return cached;
    const sc: UnitScan = {};
    this.scanning = { scan: sc, norm: unit.norm };
    this.engine.scanNormalized(unit.norm.text, this.onHit);
    this.scanning = null;
    (unit as ScannedUnit)[SCAN] = sc;
    return sc;
  }

  private hasHitsFor(rule: CompiledRule, unit: TextUnit, lexicon?: string): boolean {
    const s = this.scan(unit);
    const hits = s.byRule?.[rule.index];
    if (!hits) return false;
    const ex = s.exempt?.[rule.index];
    const allow = s.allow;
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i];
      if ((!lexicon || h.lexicon === lexicon) && !(ex && covers(ex, h.start, h.end)) && !(allow && covers(allow, h.start, h.end))) return true;
    }
    return false;
  }

  private hitsFor(rule: CompiledRule, unit: TextUnit, lexicon?: string): LexiconHit[] {
    const s = this.scan(unit);
    const hits = s.byRule?.[rule.index];
    if (!hits) return [];
    const ex = s.exempt?.[rule.index];
    const allow = s.allow;
    if (!ex && !allow && !lexicon) return hits.slice();
    return hits.filter((h) => (!lexicon || h.lexicon === lexicon)
      && !(ex && covers(ex, h.start, h.end))
      && !(allow && covers(allow, h.start, h.end)));
  }

  /** Text units of an event; `original` is the event as the caller gave it (before a seq was assigned), for `locate`. */
  private unitsOf(e: LiveEvent, original: LiveEvent): TextUnit[] {
    const units: TextUnit[] = [];
    const add = (channel: Channel, field: string, text: unknown) => {
      if (typeof text !== 'string' || !text) return;
      const loc = this.opts.locate?.(original, field) ?? { offset: 0, line: (e as { line?: number }).line ?? e.seq ?? 1, column: 1 };
      const c = condenseSpacedCjk(text);
      const t = c ? c.text : text;
      const unit: TextUnit = { event: e, channel, field, text: t, norm: normalizeForMatching(t), offset: loc.offset, line: loc.line, column: loc.column };
      if (c) (unit as { source?: TextUnit['source'] }).source = { text, pos: c.pos };
      units.push(unit);
    };
    const spec = TEXT_FIELDS[e.type];
    if (spec) for (const f of spec.fields) add(spec.channel, f, (e as Record<string, unknown>)[f]);
    // the room's name is on screen for the whole show: checked like an overlay (a title such as 工厂倒闭 全场一折 or 特效降糖 is a
    // key element that may not mislead, live-marketing measures art 20(2))
    if (e.type === 'session.start') add('overlay', 'room.name', (e as { room?: { name?: unknown } }).room?.name);
    if (e.type === 'listing' || e.type === 'product.pin') {
      const p = e.product ?? {};
      const channel: Channel = e.type === 'listing' ? 'listing' : 'product';
      for (const f of PRODUCT_FIELDS) add(channel, f, (p as Record<string, unknown>)[f]);
      const attrs = (p as { attributes?: Record<string, unknown> }).attributes;
      if (attrs && typeof attrs === 'object') for (const [k, v] of Object.entries(attrs)) add(channel, `attributes.${k}`, typeof v === 'string' ? v : undefined);
    }
    return units;
  }

  push(event: LiveEvent): Finding[] {
    if (this.ended) return [];
    const e = event.seq === undefined ? { ...event, seq: ++this.seq } as LiveEvent : event;
    if (event.seq !== undefined && event.seq > this.seq) this.seq = event.seq;
    const t = toEpochMs(e.ts);
    if (Number.isFinite(t)) this.state.now = t;
    this.state.eventCount++;
    if (!this.activated && e.type !== 'session.start') this.activate(this.settings);
    if (e.type === 'session.start') {
      const s = e;
      const settings: LintSettings = {
        ...this.settings,
        region: s.room?.operator?.region ?? this.settings.region,
        audienceRegions: s.audienceRegions ?? this.settings.audienceRegions,
        date: this.settings.date ?? (Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : undefined),
      };
      Object.assign(this.settings, settings);
      this.activate(settings);
    }
    this.current = e;
    this.currentOriginal = event;
    const units = this.unitsOf(e, event);
    const { entries, always, posOfRule, run } = this.dispatchFor(e.type);
    // perf: the units are scanned once, up front; the gated rules with a hit in them join those that always run, and the
    // rest are skipped without a look (rule order is kept: findings of equal rank keep their rule order through dedupe)
    run.set(always);
    const byRule: (LexiconHit[][] | undefined)[] = [];
    for (let k = 0; k < units.length; k++) {
      const sc = this.scan(units[k]);
      byRule.push(sc.byRule);
      const rs = sc.rules;
      if (rs) for (let j = 0; j < rs.length; j++) { const p = rs[j] < posOfRule.length ? posOfRule[rs[j]] : -1; if (p >= 0) run[p] = 1; }
    }
    for (let i = 0; i < entries.length; i++) {
      if (run[i] === 0) continue;
      const { rule, visitors, text, on, gated } = entries[i];
      try {
        if (text) {
          for (let k = 0; k < units.length; k++) {
            if (gated && !byRule[k]?.[rule.index]) continue;
            text.call(visitors, units[k]);
          }
        }
        if (on) on.call(visitors, e, units);
      } catch (err) {
        throw new Error(`规则 ${rule.def.meta.id} 处理事件 #${e.seq} 时出错 (rule ${rule.def.meta.id} failed on event ${e.seq}): ${(err as Error).message}`);
      }
    }
    this.state.apply(e);
    if (e.type === 'session.end') this.ended = true;
    const out = this.flush();
    if (this.ended && this.engine.supersedes.size) {
      // A data-backed finding may come later than the text warning it supersedes (恢复原价 is only checked
      // against the price after the stream): the session's complete list drops the superseded ones too.
      const kept = supersede(this.findings, { seen: new Set(), supersedes: this.engine.supersedes });
      if (kept.length !== this.findings.length) this.findings.splice(0, this.findings.length, ...kept);
    }
    return out;
  }

  tick(ts: number): Finding[] {
    if (this.ended) return [];
    if (!this.activated) this.activate(this.settings);
    this.state.now = ts;
    this.current = undefined;
    for (const { visitors } of this.rules) visitors.tick?.(ts);
    return this.flush();
  }

  end(): Finding[] {
    if (this.ended) return [];
    return this.push({ type: 'session.end', ts: Number.isFinite(this.state.now) ? this.state.now : undefined } as LiveEvent);
  }

  private report(rule: CompiledRule, d: ReportDescriptor): void {
    const meta = rule.def.meta;
    const msg = meta.messages[d.messageId];
    if (!msg) throw new Error(`rule ${meta.id} has no message '${d.messageId}'`);
    const event = d.unit?.event ?? d.event ?? this.current;
    let offset: number, length: number, line: number, column: number, endLine: number, endColumn: number, text: string;
    if (d.unit) {
      const u = d.unit;
      const s = Math.max(0, Math.min(d.start ?? 0, u.text.length));
      const e = Math.max(s, Math.min(d.end ?? u.text.length, u.text.length));
      // text covered by an allow-list term is never reported, whatever found it
      if (this.engine.hasAllow) { const allow = this.scan(u).allow; if (allow && covers(allow, s, e)) return; }
      // a condensed unit's span, back in the text as given (the spaces inside it included)
      const src = u.source;
      const os = src ? src.pos[s] : s, oe = src ? (e > s ? src.pos[e - 1] + 1 : src.pos[s]) : e;
      offset = u.offset + os; length = oe - os; text = (src ? src.text : u.text).slice(os, oe);
      [line, column] = lineCol(u, os);
      [endLine, endColumn] = lineCol(u, oe);
    } else {
      const loc = event ? this.opts.locate?.(event === this.current && this.currentOriginal ? this.currentOriginal : event, '') : undefined;
      line = loc?.line ?? (event as { line?: number } | undefined)?.line ?? event?.seq ?? 1;
      column = loc?.column ?? 1; offset = loc?.offset ?? 0; length = 0; text = ''; endLine = line; endColumn = column;
    }
    const message = formatMessage(pickMessage(msg, 'zh-CN'), d.data);
    const messageEn = formatMessage(pickMessage(msg, 'en'), d.data);
    // perf: objects built field by field (no spreads), one shape per kind
    const ds = d.suggestions;
    const suggestions: Suggestion[] = [];
    if (ds) for (let k = 0; k < ds.length; k++) {
      const s = ds[k];
      const m = s.messageId ? meta.messages[s.messageId] : s.desc;
      const sg: Suggestion = { desc: m ? formatMessage(pickMessage(m, 'zh-CN'), s.data ?? d.data) : '' };
      const descEn = m ? formatMessage(pickMessage(m, 'en'), s.data ?? d.data) : undefined;
      if (descEn) sg.descEn = descEn;
      if (s.replacement !== undefined) sg.replacement = s.replacement;
      suggestions.push(sg);
    }
    const seq = event?.seq;
    // perf: one ISO timestamp per event, not per finding
    let ts: string | undefined;
    if (event && event === this.isoEvent) ts = this.isoTs;
    else { ts = event ? toIso(toEpochMs(event.ts)) : toIso(this.state.now); if (event) { this.isoEvent = event; this.isoTs = ts; } }
    const field = d.unit?.field ?? '';
    const id = stableHash(`${this.source}|${meta.id}|${d.messageId}|${seq ?? ''}|${field}|${offset}|${length}`);
    const f: Finding = {
      id, ruleId: meta.id, severity: d.severity ?? rule.severity, message, messageEn, source: this.source,
      line, column, endLine, endColumn, offset, length, text,
    } as Finding;
    if (this.opts.id && this.opts.id !== this.source) f.session = this.opts.id;
    if (ts) f.ts = ts;
    if (seq !== undefined) f.eventSeq = seq;
    f.basis = rule.basis;
    f.suggestions = suggestions;
    if (d.extra) f.data = d.extra;
    this.pending.push(f);
  }

  private flush(): Finding[] {
    if (!this.pending.length) return [];
    const ctx: PostContext = { seen: this.ids, suppressions: this.opts.suppressions, supersedes: this.engine.supersedes };
    const out = postProcess(this.pending, ctx);
    this.pending = [];
    for (const f of out) { this.ids.add(f.id); this.findings.push(f); }
    return out;
  }
}

/** Line and column of a position in the unit's text as given. */
function lineCol(u: TextUnit, rel: number): [number, number] {
  const text = u.source ? u.source.text : u.text;
  let line = u.line, lastNl = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < rel; i = text.indexOf('\n', i + 1)) { line++; lastNl = i; }
  return lastNl < 0 ? [line, u.column + rel] : [line, rel - lastNl];
}

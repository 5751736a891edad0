// Required literals of a regular expression: a set of strings such that every match contains at least one
// of them. Term rules compile these into the shared automaton as a trigger lexicon, so a rule's context
// patterns run only on utterances that contain a trigger — not on every utterance (perf), with the same
// findings (a prefilter that can only say "maybe").

/** `lits`: one of them is in every match; `all`: every such set found (a conjunction); `exact`: every string the node can
 *  match, when they are few (a literal, a small class, an alternation of such) — adjacent exact nodes multiply into longer,
 *  more selective literals ((?:月|年|日)(?:入|赚) needs one of 月入, 月赚, 年入 …, not just one of 月, 年, 日). */
interface Node { lits: string[] | null; all?: string[][]; exact?: string[] }

/** Most strings an exact product may hold (beyond it, the product is cut and restarted). */
const MAX_PRODUCT = 24;
const cross = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => x + y));

const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);

/** Literals one of which every match of `re` contains, or null when none can be derived. */
export function requiredLiterals(re: RegExp, usable?: (literal: string) => boolean, opaque?: (ch: string) => boolean): string[] | null {
  try {
    const p = new Parser(re.source, usable, opaque);
    const n = p.alt();
    if (p.i !== re.source.length) return null;
    return n.lits && n.lits.length && n.lits.every((l) => l.length > 0) ? [...new Set(n.lits)] : null;
  } catch {
    return null;
  }
}

// Very common characters: a literal set that contains one gates nothing and makes the automaton report
// hits on almost every utterance.
const COMMON = new Set([...'的是了在我你他她它这那有个人一不也就都和与及或把被给让要会能可说看做用到来去上下大小多少好很']);

/** Every literal set a match must contain one of (a conjunction of disjunctions), most selective first
 *  (sets with a very common one-character literal last). null when nothing can be derived. */
export function requiredLiteralSets(re: RegExp, usable?: (literal: string) => boolean, opaque?: (ch: string) => boolean): string[][] | null {
  try {
    const p = new Parser(re.source, usable, opaque);
    const n = p.alt();
    if (p.i !== re.source.length || !n.lits || !n.lits.length || !n.lits.every((l) => l.length > 0)) return null;
    const sets = (n.all ?? [n.lits]).map((c) => [...new Set(c)]);
    // sets with a very common one-character literal go last: never the gate while another set can be
    const common = (c: string[]) => c.some((l) => l.length === 1 && COMMON.has(l));
    return [...sets.filter((c) => !common(c)), ...sets.filter(common)];
  } catch {
    return null;
  }
}

class Parser {
  i = 0;
  /** `usable` rejects literals the caller cannot look for (e.g. punctuation the normaliser drops). */
  /** `opaque` marks characters that must not join a product (those the normaliser drops, like %: 5%的 would be looked for as 的). */
  constructor(readonly s: string, readonly usable?: (literal: string) => boolean, readonly opaque?: (ch: string) => boolean) {}

  alt(): Node {
    const alts: Node[] = [this.seq()];
    while (this.s[this.i] === '|') { this.i++; alts.push(this.seq()); }
    if (alts.length === 1) return alts[0];
    for (const a of alts) delete a.all;
    const exact = alts.every((a) => a.exact) ? [...new Set(alts.flatMap((a) => a.exact!))] : undefined;
    if (alts.some((a) => !a.lits)) return { lits: null };
    return { lits: alts.flatMap((a) => a.lits!), ...(exact && exact.length <= MAX_PRODUCT ? { exact } : {}) };
  }

  seq(): Node {
    const candidates: string[][] = [];
    // `prod`: the strings the current stretch of exact atoms can match, one after another (a run of characters is its
    // simplest case); `whole`: the same for the entire sequence while every atom is exact
    let prod: string[] | null = null;
    let whole: string[] | null = [''];
    const endRun = () => { if (prod && prod.every((l) => l.length > 0)) candidates.push(prod); prod = null; };
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      const q = this.quantifier();
      if (atom.zeroWidth) continue;
      const ex0 = atom.char !== undefined ? [atom.char] : atom.exact;
      // an optional exact atom (出?, (?:超过)?) is its strings or nothing: still exact
      const ex = ex0 && q.optional ? ['', ...ex0] : ex0;
      if (!(ex && (q.exact1 || q.optional))) whole = null;
      if (q.min === 0 && !(ex && q.optional)) { endRun(); continue; }
      if (ex) {
        if (whole) whole = whole.length * ex.length <= MAX_PRODUCT ? cross(whole, ex) : null;
        if (prod && prod.length * ex.length > MAX_PRODUCT) endRun();
        prod = prod ? cross(prod, ex) : ex;
        // a repeated exact atom (a+, [0-9]{2}) still contributes itself once at each end: the stretch ends after its first
        // repetition and a new one starts with its last
        if (!q.exact1 && !q.optional) { endRun(); prod = ex; }
        continue;
      }
      endRun();
      if (atom.lits) candidates.push(atom.lits);
    }
    endRun();
    if (this.usable) {
      const u = this.usable;
      for (let k = candidates.length - 1; k >= 0; k--) if (!candidates[k].every(u)) candidates.splice(k, 1);
    }
    const exact = whole && whole.every((l) => l.length > 0) ? [...new Set(whole)] : undefined;
    // (one set per distinct content: a repeated atom can leave its set twice)
    const seen = new Set<string>();
    for (let k = candidates.length - 1; k >= 0; k--) {
      // (a literal that contains another of its set adds nothing: 就能瘦 holds 能瘦)
      const c = [...new Set(candidates[k])];
      candidates[k] = c.filter((l) => !c.some((m) => m !== l && l.includes(m)));
      const key = [...candidates[k]].sort().join('\u0000');
      if (seen.has(key)) candidates.splice(k, 1); else seen.add(key);
    }
    if (!candidates.length) return exact ? { lits: exact, exact } : { lits: null };
    // the most selective candidate: the longest shortest literal, then the fewest alternatives
    candidates.sort((a, b) => Math.min(...b.map((x) => x.length)) - Math.min(...a.map((x) => x.length)) || a.length - b.length);
    return { lits: candidates[0], all: candidates, ...(exact ? { exact } : {}) };
  }

  quantifier(): { min: number; exact1: boolean; optional?: boolean } {
    const c = this.s[this.i];
    let min = 1, exact1 = true, optional = false;
    if (c === '?' || c === '*') { this.i++; min = 0; exact1 = false; optional = c === '?'; }
    else if (c === '+') { this.i++; exact1 = false; }
    else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.s.slice(this.i));
      if (!m) throw new Error('bad quantifier');
      this.i += m[0].length;
      min = Number(m[1]);
      exact1 = min === 1 && m[2] === undefined;
      optional = min === 0 && m[2] === ',1';
    } else return { min, exact1 };
    if (this.s[this.i] === '?') this.i++; // lazy
    return { min, exact1, optional };
  }

  atom(): { char?: string; lits?: string[] | null; exact?: string[]; zeroWidth?: boolean } {
    const s = this.s;
    const c = s[this.i];
    if (c === '^' || c === '$') { this.i++; return { zeroWidth: true }; }
    if (c === '(') {
      this.i++;
      let look = false;
      if (s[this.i] === '?') {
        const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_]\w*>)/.exec(s.slice(this.i));
        if (!m) throw new Error('bad group');
        look = m[0] === '?=' || m[0] === '?!' || m[0] === '?<=' || m[0] === '?<!';
        this.i += m[0].length;
      }
      const n = this.alt();
      if (s[this.i] !== ')') throw new Error('unclosed group');
      this.i++;
      return look ? { zeroWidth: true } : { lits: n.lits, ...(n.exact ? { exact: n.exact } : {}) };
    }
    if (c === '[') {
      const cls = this.charClass();
      return cls ? { lits: cls, ...(this.opaque && cls.some(this.opaque) ? {} : { exact: cls }) } : { lits: null };
    }
    if (c === '.') { this.i++; return { lits: null }; }
    if (c === '\\') {
      const m = /^\\(?:u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]+)\}|x([0-9a-fA-F]{2})|([bB])|([dDsSwWpPkn0-9])|(.))/.exec(s.slice(this.i));
      if (!m) throw new Error('bad escape');
      this.i += m[0].length;
      if (m[1] || m[2] || m[3]) { const ch = String.fromCodePoint(parseInt(m[1] ?? m[2] ?? m[3], 16)); return this.opaque?.(ch) ? { lits: [ch] } : { char: ch }; }
      if (m[4]) return { zeroWidth: true };
      if (m[5]) {
        if (m[5] === 'p' || m[5] === 'P') { if (s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1; }
        return { lits: null };
      }
      return this.opaque?.(m[6]) ? { lits: [m[6]] } : { char: m[6] };
    }
    if (SPECIAL.has(c)) throw new Error(`unexpected ${c}`);
    const cp = s.codePointAt(this.i)!;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return this.opaque?.(ch) ? { lits: [ch] } : { char: ch };
  }

  /** A small explicit class ([元块]) is a set of one-char literals; ranges and negations are unknown. */
  charClass(): string[] | null {
    const s = this.s;
    this.i++; // [
    const negated = s[this.i] === '^';
    const chars: string[] = [];
    let ok = !negated;
    while (this.i < s.length && s[this.i] !== ']') {
      if (s[this.i] === '\\') {
        const m = /^\\(?:u([0-9a-fA-F]{4})|(.))/.exec(s.slice(this.i))!;
        this.i += m[0].length;
        if (!m[1] && /[dDsSwWpP]/.test(m[2])) { ok = false; continue; }
        const c = m[1] ? String.fromCharCode(parseInt(m[1], 16)) : m[2];
        if (s[this.i] === '-' && s[this.i + 1] !== ']') {
          // a range from an escaped character ([\u4e00-\u9fa5]): its characters when small, else unknown
          this.i++;
          const e = /^\\u([0-9a-fA-F]{4})|^\\(.)|^(.)/su.exec(s.slice(this.i))!;
          this.i += e[0].length;
          const a = c.codePointAt(0)!, b = e[1] ? parseInt(e[1], 16) : (e[2] ?? e[3]).codePointAt(0)!;
          if (b < a || b - a > 24) ok = false;
          else for (let k = a; k <= b; k++) chars.push(String.fromCodePoint(k));
          continue;
        }
        chars.push(c);
        continue;
      }
      if (s[this.i + 1] === '-' && s[this.i + 2] !== ']') {
        // a small range ([0-9]) is its characters; a large one is unknown
        const a = s.codePointAt(this.i)!, b = s.codePointAt(this.i + 2)!;
        if (s[this.i + 2] === '\\' || b < a || b - a > 24) ok = false;
        else for (let c = a; c <= b; c++) chars.push(String.fromCodePoint(c));
        this.i += 3;
        continue;
      }
      const ch = String.fromCodePoint(s.codePointAt(this.i)!);
      chars.push(ch);
      this.i += ch.length;
    }
    if (s[this.i] !== ']') throw new Error('unclosed class');
    this.i++;
    return ok && chars.length > 0 && chars.length <= 24 ? chars : null;
  }
}

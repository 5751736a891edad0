// A minimal WebAssembly assembler: one module, one imported memory, functions of i32 parameters and locals
// with structured control flow by label name. Just enough for the matcher's scan kernel (scan-kernel.ts);
// written by hand because the kernel is generated at load time and a toolchain (wabt, binaryen) would be a
// large dependency for a few hundred bytes of code.

/** An expression: a function emitting its code, a local's name (local.get) or an integer (i32.const). */
export type Expr = (() => void) | string | number;

const I32 = 0x7f;

function uleb(n: number, out: number[]): void {
  do { let b = n & 0x7f; n >>>= 7; if (n !== 0) b |= 0x80; out.push(b); } while (n !== 0);
}
function sleb(n: number, out: number[]): void {
  n |= 0;
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) { out.push(b); return; }
    out.push(b | 0x80);
  }
}
const bytesOf = (s: string) => [...new TextEncoder().encode(s)];
function vec(items: number[][], out: number[]): void { uleb(items.length, out); for (const it of items) out.push(...it); }
function section(id: number, body: number[], out: number[]): void { out.push(id); uleb(body.length, out); out.push(...body); }

const BIN = { add: 0x6a, sub: 0x6b, mul: 0x6c, and: 0x71, or: 0x72, xor: 0x73, shl: 0x74, shrS: 0x75, shrU: 0x76,
  eq: 0x46, ne: 0x47, ltS: 0x48, ltU: 0x49, gtS: 0x4a, gtU: 0x4b, leS: 0x4c, leU: 0x4d, geS: 0x4e, geU: 0x4f } as const;

/** Builds one function body: statements are emitted in call order, expressions are trees (see Expr). */
export class FunctionBuilder {
  readonly code: number[] = [];
  private readonly index = new Map<string, number>();
  private readonly labels: (string | null)[] = [];
  constructor(readonly params: readonly string[], readonly locals: readonly string[]) {
    [...params, ...locals].forEach((n, i) => {
      if (this.index.has(n)) throw new Error(`wasm-asm: duplicate local ${n}`);
      this.index.set(n, i);
    });
  }
  private local(name: string): number {
    const i = this.index.get(name);
    if (i === undefined) throw new Error(`wasm-asm: unknown local ${name}`);
    return i;
  }
  emit(e: Expr): void {
    if (typeof e === 'string') { this.code.push(0x20); uleb(this.local(e), this.code); }
    else if (typeof e === 'number') { this.code.push(0x41); sleb(e, this.code); }
    else e();
  }
  private op(code: number, ...args: Expr[]): () => void { return () => { for (const a of args) this.emit(a); this.code.push(code); }; }
  // ---- expressions
  bin(kind: keyof typeof BIN, a: Expr, b: Expr): () => void { return this.op(BIN[kind], a, b); }
  add = (a: Expr, b: Expr) => this.bin('add', a, b);
  sub = (a: Expr, b: Expr) => this.bin('sub', a, b);
  mul = (a: Expr, b: Expr) => this.bin('mul', a, b);
  and = (a: Expr, b: Expr) => this.bin('and', a, b);
  or = (a: Expr, b: Expr) => this.bin('or', a, b);
  xor = (a: Expr, b: Expr) => this.bin('xor', a, b);
  shl = (a: Expr, b: Expr) => this.bin('shl', a, b);
  shrU = (a: Expr, b: Expr) => this.bin('shrU', a, b);
  shrS = (a: Expr, b: Expr) => this.bin('shrS', a, b);
  eq = (a: Expr, b: Expr) => this.bin('eq', a, b);
  ne = (a: Expr, b: Expr) => this.bin('ne', a, b);
  ltU = (a: Expr, b: Expr) => this.bin('ltU', a, b);
  geU = (a: Expr, b: Expr) => this.bin('geU', a, b);
  eqz = (a: Expr) => this.op(0x45, a);
  /** i32.load / load16_u / load8_u at address `addr` + a constant offset. */
  load = (addr: Expr, offset = 0) => this.mem(0x28, 2, addr, offset);
  load16 = (addr: Expr, offset = 0) => this.mem(0x2f, 1, addr, offset);
  load8 = (addr: Expr, offset = 0) => this.mem(0x2d, 0, addr, offset);
  private mem(code: number, align: number, addr: Expr, offset: number): () => void {
    return () => { this.emit(addr); this.code.push(code); uleb(align, this.code); uleb(offset, this.code); };
  }
  // ---- statements
  set(name: string, e: Expr): void { this.emit(e); this.code.push(0x21); uleb(this.local(name), this.code); }
  store(addr: Expr, value: Expr, offset = 0): void { this.emit(addr); this.emit(value); this.code.push(0x36, 2); uleb(offset, this.code); }
  /** A block: `br(label)` inside jumps to its end. */
  block(label: string, body: () => void): void { this.scope(0x02, label, body); }
  /** A loop: `br(label)` inside jumps to its start. */
  loop(label: string, body: () => void): void { this.scope(0x03, label, body); }
  if(cond: Expr, then: () => void, otherwise?: () => void): void {
    this.emit(cond);
    this.code.push(0x04, 0x40);
    this.labels.push(null);
    then();
    if (otherwise) { this.code.push(0x05); otherwise(); }
    this.labels.pop();
    this.code.push(0x0b);
  }
  br(label: string): void { this.code.push(0x0c); uleb(this.depth(label), this.code); }
  brIf(label: string, cond: Expr): void { this.emit(cond); this.code.push(0x0d); uleb(this.depth(label), this.code); }
  ret(e: Expr): void { this.emit(e); this.code.push(0x0f); }
  private scope(code: number, label: string, body: () => void): void {
    this.code.push(code, 0x40);
    this.labels.push(label);
    body();
    this.labels.pop();
    this.code.push(0x0b);
  }
  private depth(label: string): number {
    const at = this.labels.lastIndexOf(label);
    if (at < 0) throw new Error(`wasm-asm: no enclosing label ${label}`);
    return this.labels.length - 1 - at;
  }
}

/** A module importing memory `env.mem` and exporting each function (all i32 parameters, one i32 result). */
export function assembleModule(functions: { name: string; fn: FunctionBuilder; body: () => void }[]): Uint8Array {
  const out = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  const types: number[][] = functions.map(({ fn }) => {
    const t = [0x60]; uleb(fn.params.length, t); for (let i = 0; i < fn.params.length; i++) t.push(I32); t.push(1, I32); return t;
  });
  const tsec: number[] = []; vec(types, tsec); section(1, tsec, out);
  const imp: number[] = []; uleb(1, imp);
  for (const s of ['env', 'mem']) { const b = bytesOf(s); uleb(b.length, imp); imp.push(...b); }
  imp.push(0x02, 0x00, 0x01); // memory, limits: min 1 page, no max
  section(2, imp, out);
  const fsec: number[] = []; vec(functions.map((_, i) => { const b: number[] = []; uleb(i, b); return b; }), fsec); section(3, fsec, out);
  const esec: number[] = []; vec(functions.map(({ name }, i) => { const b = bytesOf(name); const e: number[] = []; uleb(b.length, e); e.push(...b, 0x00); uleb(i, e); return e; }), esec);
  section(7, esec, out);
  const bodies = functions.map(({ fn, body }) => {
    body();
    const b: number[] = [];
    if (fn.locals.length) { uleb(1, b); uleb(fn.locals.length, b); b.push(I32); } else uleb(0, b);
    b.push(...fn.code, 0x0b);
    const sized: number[] = []; uleb(b.length, sized); sized.push(...b);
    return sized;
  });
  const csec: number[] = []; vec(bodies, csec); section(10, csec, out);
  return Uint8Array.from(out);
}

// The matcher's scan loop as WebAssembly, generated at load time with wasm-asm.ts. The same algorithm as the
// JavaScript loop in matcher.ts (CompiledMatcher.scanJs, the reference for this code: keep the two in step), over
// the same tables copied into the kernel's memory. WebAssembly runs the loop without the string-type checks of
// charCodeAt and the bounds checks of typed arrays.
//
// Memory layout (bytes): fixed tables at constant offsets (the instructions carry them as immediates), then the
// variable part: the automaton records, the root table, failure links; then per scan the text (UTF-16), the
// positions of consumed characters and the output events.
//
// scan(text, n, pos, ev, rec, root, fail, dense, outs, pinfo) → number of records (hits it resolved and events). Every time the automaton enters a state with
// outputs it appends an event [state, index of the character, count of consumed characters]; pos[k] is the text
// index of the k-th consumed character. The caller turns events into hits (CompiledMatcher.report).
import { assembleModule, FunctionBuilder } from './wasm-asm.js';

export const CMAP = 0; // Uint16 × 65536: code unit → class (0xffff: soft separator)
export const SINGLES = CMAP + 0x20000; // Uint8 × 65536: one-unit terms (and the soft separator)
export const START = SINGLES + 0x10000; // bit sets of 2^20 bits (128 KiB) each
export const INNER = START + 0x20000;
export const TRI = INNER + 0x20000;
export const EXACT3 = TRI + 0x20000;
export const QUAD = EXACT3 + 0x20000;
export const PAIR = QUAD + 0x20000; // 2^16 bits
export const VARIABLE = PAIR + 0x2000;

/** The code unit the caller writes twice after the text; SINGLES holds it, so the dense skip loop breaks there. (A U+FFFF in
 *  the text — a noncharacter — only costs a needless break.) */
export const SENTINEL = 0xffff;

const K1 = 0x9e3779b1 | 0, K2 = 0x85ebca6b | 0;

let compiled: WebAssembly.Module | null | undefined;

/** The compiled kernel module, or null where WebAssembly is unavailable. */
export function kernelModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  try {
    compiled = typeof WebAssembly === 'object' ? new WebAssembly.Module(buildKernel() as Uint8Array<ArrayBuffer>) : null;
  } catch {
    compiled = null;
  }
  return compiled;
}

export function buildKernel(): Uint8Array {
  const f = new FunctionBuilder(
    ['text', 'n', 'pos', 'ev', 'rec', 'root', 'fail', 'dense', 'outs', 'pinfo'],
    ['len', 's0', 'ci', 's', 'w', 'last', 'prev', 'cnt', 'i', 'p', 'c', 'd', 'u', 't3', 'h', 'from', 'cls', 't', 'out', 'mode', 'fl', 'fw', 'nev', 'lim', 'sure', 'x', 'ko', 'ke', 'po'],
  );
  const { add, sub, mul, and, or, xor, shl, shrU, shrS, eq, ne, ltU, geU, eqz, load, load16, load8 } = f;
  /** text[k] */
  const T = (k: Parameters<typeof add>[0]) => load16(add('text', shl(k, 1)));
  /** bit h of the bit set at `base` (i32.shr_u masks its count to 5 bits) */
  const bit = (base: number, h: Parameters<typeof add>[0]) => and(shrU(load(and(shrU(h, 3), -4), base), h), 1);
  const bigram = (a: Parameters<typeof add>[0], b: Parameters<typeof add>[0]) => mul(or(shl(a, 16), b), K1);
  const inc = (name: string) => f.set(name, add(name, 1));
  /** pos[cnt] = at; cnt++ */
  const consume = (at: Parameters<typeof add>[0]) => { f.store(add('pos', shl('cnt', 2)), at); inc('cnt'); };
  /** s, w ← root's transition on class cls */
  const toRootState = () => { f.set('x', add('root', shl('cls', 3))); f.set('s', load('x')); f.set('w', load('x', 4)); };

  const body = () => {
    f.set('w', load('rec'));
    f.loop('main', () => {
      // ---- skip phase (see scanJs)
      f.set('from', 'i'); f.set('p', 'prev'); f.set('lim', sub('n', 1));
      f.if('dense', () => {
        // no bounds test per unit: the caller puts two SENTINEL units after the text, a one-unit term for this loop
        // (SINGLES), so the loop stops at n at the latest
        f.if(ltU('i', 'n'), () => {
          f.set('c', T('i'));
          f.block('skipped', () => f.loop('skip', () => {
            f.set('d', T(add('i', 1)));
            f.set('u', bigram('p', 'c'));
            f.set('t3', mul(xor('u', 'd'), K2));
            f.set('h', shrU('u', 16));
            f.set('sure', or(load8('c', SINGLES), bit(PAIR, 'h')));
            f.set('h', shrU('t3', 12));
            f.if(or('sure', bit(TRI, 'h')), () => {
              f.brIf('skipped', 'sure');
              f.brIf('skipped', geU(add('i', 2), 'n'));
              f.brIf('skipped', bit(EXACT3, 'h'));
              f.set('fl', T(add('i', 2)));
              f.if(or(eq('d', 'c'), eq('d', 0xb7)), () => { // a run of c: the unit after it decides (see scanJs)
                f.brIf('skipped', eq('d', 0xb7));
                f.brIf('skipped', bit(START, shrU(bigram('c', 'c'), 12)));
                f.set('x', add('i', 2));
                f.block('ran', () => f.loop('run', () => {
                  f.brIf('ran', geU('x', 'n'));
                  f.brIf('ran', ne(T('x'), 'c'));
                  inc('x');
                  f.br('run');
                }));
                f.if(geU('x', 'n'), () => { f.set('i', 'n'); f.br('skipped'); });
                f.set('fl', T('x'));
                f.brIf('skipped', eq('fl', 0xb7));
                f.brIf('skipped', bit(TRI, shrU(mul(xor('u', 'fl'), K2), 12)));
                f.set('p', 'c'); f.set('c', 'fl'); f.set('i', 'x');
                f.br('skip');
              });
              f.brIf('skipped', eq('fl', 'd'));
              f.brIf('skipped', eq('fl', 0xb7));
              f.set('h', shrU(mul(xor('t3', 'fl'), K1), 12));
              f.brIf('skipped', bit(QUAD, 'h'));
            });
            f.set('p', 'c'); f.set('c', 'd'); inc('i');
            f.br('skip');
          }));
        });
      }, () => {
        f.block('skipped', () => f.loop('skip', () => {
          f.brIf('skipped', geU('i', 'lim'));
          f.set('c', T('i'));
          f.set('u', bigram('p', 'c'));
          f.set('h', shrU('u', 12));
          f.if(or(bit(START, 'h'), load8('c', SINGLES)), () => {
            f.set('h', shrU('u', 16));
            f.brIf('skipped', or(load8('c', SINGLES), bit(PAIR, 'h')));
            f.set('d', T(add('i', 1)));
            f.brIf('skipped', or(eq('d', 'c'), eq('d', 0xb7)));
            f.set('t3', mul(xor('u', 'd'), K2));
            f.set('h', shrU('t3', 12));
            f.if(bit(TRI, 'h'), () => {
              f.brIf('skipped', geU(add('i', 2), 'n'));
              f.brIf('skipped', bit(EXACT3, 'h'));
              f.set('fl', T(add('i', 2)));
              f.brIf('skipped', or(eq('fl', 'd'), eq('fl', 0xb7)));
              f.set('h', shrU(mul(xor('t3', 'fl'), K1), 12));
              f.brIf('skipped', bit(QUAD, 'h'));
            });
          });
          f.set('p', 'c'); inc('i');
          f.br('skip');
        }));
      });
      f.if(eq('i', 'lim'), () => { // the last unit
        f.set('c', T('i'));
        f.set('h', shrU(bigram('p', 'c'), 12));
        f.if(eqz(or(bit(START, 'h'), load8('c', SINGLES))), () => { f.set('p', 'c'); f.set('i', 'n'); });
      });
      f.if(geU('i', 'n'), () => f.ret('nev'));
      f.if(ne('i', 'from'), () => {
        f.set('cls', load16(shl('p', 1), CMAP));
        toRootState();
        f.set('last', 'cls'); f.set('prev', 'p');
        consume(sub('i', 1));
      });
      // ---- walk phase
      f.set('mode', 0);
      f.block('walked', () => f.loop('walk', () => {
        f.set('out', 0);
        f.block('stop', () => f.loop('step', () => {
          f.brIf('stop', geU('i', 'n'));
          f.set('c', T('i'));
          f.set('cls', load16(shl('c', 1), CMAP));
          f.if(eq('cls', 0xffff), () => { inc('i'); f.br('step'); }); // soft separator: skipped
          f.set('t', add(shrS('w', 3), 'cls'));
          f.set('x', add('rec', shl('t', 3)));
          f.if(eq(load('x', 4), 's'), () => { // goto hit
            f.set('s', 't'); f.set('w', load('x')); f.set('last', 'cls'); f.set('prev', 'c');
            consume('i'); inc('i');
            f.if(and('w', 2), () => { f.set('out', 1); f.br('stop'); });
            f.br('step');
          });
          f.if(and(ne('s', 0), eq('cls', 'last')), () => { inc('i'); f.br('step'); }); // a repeat with no transition
          // to the root at once: no deep failure link, a character in no term, or a bigram in no term
          f.set('x', or(eqz(and('w', 1)), eqz('cls')));
          f.if(eqz('x'), () => {
            f.set('h', shrU(bigram('prev', 'c'), 12));
            f.set('x', eqz(bit(INNER, 'h')));
          });
          f.if('x', () => {
            toRootState();
            f.set('last', 'cls'); f.set('prev', 'c');
            consume('i'); inc('i');
            f.if(and('w', 2), () => f.set('out', 1), () => f.set('mode', 1));
            f.br('stop');
          });
          // failure links
          f.set('fl', load(add('fail', shl('s', 2))));
          f.block('found', () => f.loop('follow', () => {
            f.set('fw', load(add('rec', shl('fl', 3))));
            f.set('t', add(shrS('fw', 3), 'cls'));
            f.if(eq(load(add('rec', shl('t', 3)), 4), 'fl'), () => { f.set('s', 't'); f.br('found'); });
            f.if(eqz(and('fw', 1)), () => { f.set('s', load(add('root', shl('cls', 3)))); f.br('found'); });
            f.set('fl', load(add('fail', shl('fl', 2))));
            f.br('follow');
          }));
          f.set('w', load(add('rec', shl('s', 3)))); f.set('last', 'cls'); f.set('prev', 'c');
          consume('i'); inc('i');
          f.if(and('w', 2), () => { f.set('out', 1); f.br('stop'); });
          f.if(and('w', 4), () => { f.set('mode', 1); f.br('stop'); }); // SHALLOW
          f.br('step');
        }));
        f.if('out', () => {
          // Records: the hits [pattern id, start, end] of the state's outputs when it has a list in `outs` (see
          // CompiledMatcher.outputLists) and no repeated unit touches the ends of any (the common case); otherwise the
          // event [-1 - state, index of the character, consumed count] for CompiledMatcher.report. The records stay
          // within the space of one a consumed unit (nev ≤ cnt), which the caller reserves.
          f.set('x', add('ev', mul('nev', 12)));
          f.set('t', load(add('outs', shl('s', 2))));
          f.block('slow', () => {
            f.brIf('slow', eq('t', -1));
            f.set('ci', T(sub('i', 1)));
            f.if(ltU('i', 'n'), () => f.brIf('slow', eq(T('i'), 'ci')));
            f.set('t', add('outs', shl('t', 2)));
            f.set('ko', load('t'));
            f.brIf('slow', ltU('cnt', add('nev', 'ko')));
            f.set('ke', add('t', shl('ko', 2)));
            f.loop('emit', () => {
              f.set('t', add('t', 4));
              f.set('po', add('pinfo', shl(load('t'), 3)));
              f.set('len', load('po', 4));
              f.set('fl', add('pos', shl(sub('cnt', 'len'), 2)));
              f.set('s0', load('fl'));
              f.if(ne('len', 1), () => f.brIf('slow', ne(load('fl', 4), add('s0', 1))));
              f.if(ne('s0', 0), () => f.brIf('slow', eq(T(sub('s0', 1)), T('s0'))));
              f.store('x', load('po')); f.store('x', 's0', 4); f.store('x', 'i', 8);
              f.set('x', add('x', 12));
              f.brIf('emit', ltU('t', 'ke'));
            });
            f.set('nev', add('nev', 'ko'));
            f.br('walk');
          });
          f.set('x', add('ev', mul('nev', 12)));
          inc('nev');
          f.store('x', sub(-1, 's')); f.store('x', sub('i', 1), 4); f.store('x', 'cnt', 8);
          f.br('walk');
        });
        f.br('walked');
      }));
      f.if(geU('i', 'n'), () => f.ret('nev'));
      f.br('main');
    });
    f.emit(0); // unreachable: the main loop only returns
  };
  return assembleModule([{ name: 'scan', fn: f, body }]);
}

// Bytes → text: BOMs, UTF-8, UTF-16, and GB18030/GBK scripts from Chinese Windows tools; binary files refused.
import { UserError } from '../errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded { text: string; encoding: Encoding; bom: boolean }

/** Decides the encoding from the first bytes (a BOM, NUL bytes, or trial decoding). */
export function sniffEncoding(head: Uint8Array, file: string): { encoding: Encoding; bom: number } {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const n = Math.min(head.length, 8192);
  let nul = 0;
  for (let i = 0; i < n; i++) if (head[i] === 0) nul++;
  if (nul > 0) {
    // UTF-16 without BOM: every other byte NUL for ASCII-heavy text; anything else is binary.
    let evenNul = 0, oddNul = 0;
    for (let i = 0; i < n; i++) if (head[i] === 0) (i % 2 ? oddNul++ : evenNul++);
    if (oddNul > n / 4 && evenNul === 0) return { encoding: 'utf-16le', bom: 0 };
    if (evenNul > n / 4 && oddNul === 0) return { encoding: 'utf-16be', bom: 0 };
    throw new UserError(`${file}: 是二进制文件，无法检查 (binary file, not text)`);
  }
  // Trial-decode as UTF-8, ignoring a multi-byte sequence cut at the end of the sample.
  const sample = head.subarray(0, trimIncomplete(head));
  try { new TextDecoder('utf-8', { fatal: true }).decode(sample); return { encoding: 'utf-8', bom: 0 }; } catch { /* not UTF-8 */ }
  // GB18030: a sample cut from a longer file may end inside a 2- or 4-byte sequence
  for (let cut = 0; cut <= (head.length === 65536 ? 3 : 0); cut++) {
    try {
      const t = new TextDecoder('gb18030', { fatal: true }).decode(head.subarray(0, head.length - cut));
      if (/[\u4e00-\u9fff]/.test(t) && !/[\u0080-\u009f]/.test(t)) return { encoding: 'gb18030', bom: 0 };
      break;
    } catch { /* try a shorter sample, else not GB18030 either */ }
  }
  throw new UserError(`${file}: 既不是有效的 UTF-8 也不是 GB18030/GBK 编码 (invalid UTF-8 and not GB18030/GBK; save the file as UTF-8)`);
}

function trimIncomplete(b: Uint8Array): number {
  let end = b.length;
  // step back over at most 3 continuation bytes and their lead byte if the sequence is incomplete
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const c = b[end - i];
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    if (need > i) end -= i;
    break;
  }
  return end;
}

export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8', bom: false };
  const { encoding, bom } = sniffEncoding(bytes.subarray(0, 65536), file);
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(bom));
    return { text, encoding, bom: bom > 0 };
  } catch {
    throw new UserError(`${file}: 含有无效的 ${encoding} 字节序列 (invalid ${encoding} byte sequence)`);
  }
}

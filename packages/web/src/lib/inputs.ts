// Script inputs read in the browser: plain text, Word .docx (paragraphs → lines) and subtitles (.srt/.vtt → cue text).
import { readZipEntry } from './zip.js';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : XML_ENTITIES[e] ?? m);

/** Text of a WordprocessingML document.xml: one line per paragraph; tabs and breaks kept. */
export function docxXmlToText(xml: string): string {
  const out: string[] = [];
  const paras = /<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g;
  let p: RegExpExecArray | null;
  while ((p = paras.exec(xml))) {
    let line = '';
    const re = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>|<w:cr\/>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(p[1] ?? ''))) {
      if (m[1] !== undefined) line += decodeXml(m[1]);
      else if (m[0] === '<w:tab/>') line += '\t';
      else line += '\n';
    }
    out.push(line);
  }
  while (out.length && !out[out.length - 1].trim()) out.pop();
  return out.join('\n');
}

export async function docxToText(buf: ArrayBuffer): Promise<string> {
  const bytes = await readZipEntry(buf, 'word/document.xml');
  if (!bytes) throw new Error('word/document.xml not found — is this a .docx file?');
  return docxXmlToText(new TextDecoder().decode(bytes));
}

/** Cue text of an .srt or .vtt file, one line per subtitle line (indices, timings and tags dropped). */
export function subtitlesToText(src: string): string {
  const lines: string[] = [];
  for (const raw of src.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const l = raw.trim();
    if (!l || /^\d+$/.test(l) || /-->/.test(l) || /^WEBVTT/.test(l) || /^(NOTE|STYLE|REGION)\b/.test(l)) continue;
    lines.push(l.replace(/<[^>]+>/g, ''));
  }
  return lines.join('\n');
}

function decodeText(buf: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(buf); // Chinese Windows tools still write GBK
  }
}

function readBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as ArrayBuffer);
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(file);
  });
}

export async function readScriptFile(file: File): Promise<string> {
  const name = file.name.toLowerCase();
  const buf = await readBytes(file);
  if (name.endsWith('.docx')) return docxToText(buf);
  const text = decodeText(buf);
  if (name.endsWith('.srt') || name.endsWith('.vtt')) return subtitlesToText(text);
  return text.replace(/\r\n?/g, '\n');
}

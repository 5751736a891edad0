// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { docxToText, docxXmlToText, subtitlesToText } from '../src/lib/inputs.js';
import { listZip } from '../src/lib/zip.js';

/** A minimal zip writer (stored or deflated entries) for building .docx fixtures. */
function zip(files: Record<string, string>, deflate = true): ArrayBuffer {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [], centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameB = enc.encode(name), raw = enc.encode(content);
    const data = deflate ? new Uint8Array(deflateRawSync(raw)) : raw;
    const lh = new DataView(new ArrayBuffer(30));
    lh.setUint32(0, 0x04034b50, true); lh.setUint16(8, deflate ? 8 : 0, true);
    lh.setUint32(18, data.length, true); lh.setUint32(22, raw.length, true); lh.setUint16(26, nameB.length, true);
    const local = new Uint8Array([...new Uint8Array(lh.buffer), ...nameB, ...data]);
    const ch = new DataView(new ArrayBuffer(46));
    ch.setUint32(0, 0x02014b50, true); ch.setUint16(10, deflate ? 8 : 0, true);
    ch.setUint32(20, data.length, true); ch.setUint32(24, raw.length, true); ch.setUint16(28, nameB.length, true); ch.setUint32(42, offset, true);
    centrals.push(new Uint8Array([...new Uint8Array(ch.buffer), ...nameB]));
    locals.push(local);
    offset += local.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true); end.setUint16(8, centrals.length, true); end.setUint16(10, centrals.length, true);
  end.setUint32(12, cdSize, true); end.setUint32(16, offset, true);
  const all = [...locals, ...centrals, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, a) => n + a.length, 0));
  let p = 0;
  for (const a of all) { out.set(a, p); p += a.length; }
  return out.buffer;
}

const DOC = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>家人们，这款</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">最好用 </w:t></w:r><w:r><w:t>&amp;最便宜</w:t></w:r></w:p>
<w:p/>
<w:p><w:r><w:t>第二段</w:t><w:tab/><w:t>制表</w:t></w:r></w:p>
</w:body></w:document>`;

describe('docx', () => {
  it('reads paragraphs from word/document.xml', () => {
    expect(docxXmlToText(DOC)).toBe('家人们，这款最好用 &最便宜\n\n第二段\t制表');
  });
  it('unzips a deflated docx with DecompressionStream', async () => {
    const buf = zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': DOC });
    expect(listZip(buf).map((e) => e.name)).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(await docxToText(buf)).toBe('家人们，这款最好用 &最便宜\n\n第二段\t制表');
  });
  it('reads stored entries and reports a missing document', async () => {
    expect(await docxToText(zip({ 'word/document.xml': DOC }, false))).toContain('第二段');
    await expect(docxToText(zip({ 'other.xml': '<x/>' }))).rejects.toThrow(/word\/document.xml/);
  });
  it('rejects a file that is not a zip', async () => {
    await expect(docxToText(new TextEncoder().encode('plain text, not a zip archive at all').buffer as ArrayBuffer)).rejects.toThrow(/not a zip/);
  });
});

describe('subtitles', () => {
  it('keeps cue text only (srt)', () => {
    expect(subtitlesToText('\uFEFF1\r\n00:00:01,000 --> 00:00:02,000\r\n第一句\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\n<b>第二句</b>\r\n')).toBe('第一句\n第二句');
  });
  it('keeps cue text only (vtt)', () => {
    expect(subtitlesToText('WEBVTT\n\nNOTE 备注\n\n00:01.000 --> 00:02.000\n你好\n')).toBe('你好');
  });
});

// A minimal ZIP reader for .docx: reads the central directory and inflates one entry with the
// platform's DecompressionStream('deflate-raw'). No dependency; a docx's directory is small.

export class ZipError extends Error {}

interface Entry { name: string; method: number; compressedSize: number; localOffset: number }

function findEndOfCentralDirectory(view: DataView): number {
  // The EOCD record is at least 22 bytes and may be followed by a comment of up to 65535 bytes.
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) if (view.getUint32(i, true) === 0x06054b50) return i;
  throw new ZipError('not a zip file (no end of central directory)');
}

export function listZip(buf: ArrayBuffer): Entry[] {
  const view = new DataView(buf);
  const eocd = findEndOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries: Entry[] = [];
  const dec = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new ZipError('corrupt central directory');
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    const name = dec.decode(new Uint8Array(buf, p + 46, nameLen));
    entries.push({ name, method, compressedSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Response(data as BodyInit).body!.pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The bytes of one entry, or undefined when the archive has no such entry. */
export async function readZipEntry(buf: ArrayBuffer, name: string): Promise<Uint8Array | undefined> {
  const entry = listZip(buf).find((e) => e.name === name);
  if (!entry) return undefined;
  const view = new DataView(buf);
  const p = entry.localOffset;
  if (view.getUint32(p, true) !== 0x04034b50) throw new ZipError(`corrupt local header for ${name}`);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const data = new Uint8Array(buf, start, entry.compressedSize);
  if (entry.method === 0) return data.slice();
  if (entry.method === 8) return inflateRaw(data);
  throw new ZipError(`unsupported compression method ${entry.method}`);
}

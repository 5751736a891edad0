// Price history imported as CSV (`productId,ts,price,qty,channel`): sales from other channels and days before
// the stream, which the price rules compare spoken and listed prices against.
import type { PricePoint } from '../rule.js';
import { toEpochMs } from '../util.js';

export interface PriceRow { productId: string; point: PricePoint }
export interface PriceCsvError { line: number; message: string }

/** Parses a price-history CSV. A header row is optional; `ts` is ISO 8601 or epoch ms; `qty` and `channel` are optional. */
export function parsePriceCsv(text: string): { rows: PriceRow[]; errors: PriceCsvError[] } {
  const rows: PriceRow[] = [];
  const errors: PriceCsvError[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let cols = { productId: 0, ts: 1, price: 2, qty: 3, channel: 4 };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const cells = line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    if (i === 0 && /productid/i.test(cells.join(','))) {
      const idx = (name: string, d: number) => { const k = cells.findIndex((c) => c.toLowerCase() === name.toLowerCase()); return k < 0 ? d : k; };
      cols = { productId: idx('productId', 0), ts: idx('ts', 1), price: idx('price', 2), qty: idx('qty', 3), channel: idx('channel', 4) };
      return;
    }
    const productId = cells[cols.productId];
    const tsCell = cells[cols.ts] ?? '';
    const ts = toEpochMs(/^\d+$/.test(tsCell) ? Number(tsCell) : tsCell);
    const price = Number(cells[cols.price]);
    if (!productId || !Number.isFinite(ts) || !Number.isFinite(price)) {
      errors.push({ line: i + 1, message: `需要 productId,ts,price[,qty,channel] (expected productId,ts,price[,qty,channel]): "${line.slice(0, 80)}"` });
      return;
    }
    const qty = cells[cols.qty] ? Number(cells[cols.qty]) : undefined;
    const channel = cells[cols.channel] || 'import';
    rows.push({ productId, point: { ts, price, ...(qty !== undefined && Number.isFinite(qty) ? { qty } : {}), channel } });
  });
  return { rows, errors };
}

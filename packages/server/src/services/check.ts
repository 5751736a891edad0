// One-shot checks (POST /v1/check): a script (one utterance per line) or a product listing.
import type { Engine, Finding, LiveEvent, Product } from '@liveguard/core';
import { BadInputError } from './body.js';

export interface CheckInput { text: string; kind?: 'script' | 'listing'; category?: string; region?: string; date?: string }

export function check(engine: Engine, input: CheckInput): Finding[] {
  const settings = {
    ...(input.category ? { category: input.category } : {}),
    ...(input.region ? { region: input.region } : {}),
    ...(input.date ? { date: input.date } : {}),
  };
  if (input.kind === 'listing') {
    let parsed: unknown;
    try { parsed = JSON.parse(input.text); } catch (e) { throw new BadInputError(`listing 应为商品 JSON (a listing must be a product JSON object or array): ${(e as Error).message}`); }
    const products = (Array.isArray(parsed) ? parsed : [parsed]) as Product[];
    const events = products.map((product, i) => ({ type: 'listing', product, line: i + 1 }) as LiveEvent);
    return engine.lintEvents(events, { id: '<listing>', source: '<listing>', settings });
  }
  return engine.lintText(input.text, { source: '<text>', settings });
}

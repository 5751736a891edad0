// Listing helpers: every text field of a product card as one string, licence numbers and their formats.
import type { Product } from '@liveguard/core';

export function productText(p: Product): string {
  const parts: string[] = [p.title ?? '', p.description ?? '', p.approvalNo ?? '', ...(p.licences ?? [])];
  for (const v of Object.values(p.attributes ?? {})) if (typeof v === 'string' || typeof v === 'number') parts.push(String(v));
  return parts.join('\n');
}

/** Licence / approval / filing number formats by category (NMPA and SAMR numbering conventions). */
export const LICENCE_FORMATS: Record<string, { label: string; re: RegExp }[]> = {
  'health-food': [{ label: '国食健注/国食健字/食健备', re: /国食健(?:注|字)\s*[A-Z]?\d{4,}|食健备\s*[A-Z]?\d{4,}/ }],
  'special-cosmetics': [{ label: '国妆特字/国妆特进字', re: /国妆特(?:进)?字\s*[A-Z]?\d{4,}/ }],
  'medical-device': [{ label: '械注准/械注进/械备', re: /械(?:注准|注进|注许|备)\s*\d{4,}|[\u4e00-\u9fa5]{1,2}械(?:注准|备)\s*\d{4,}/ }],
  'drug-otc': [{ label: '国药准字', re: /国药准字\s*[HZSJBTF]\d{8}/ }],
  'drug-rx': [{ label: '国药准字', re: /国药准字\s*[HZSJBTF]\d{8}/ }],
  'special-medical-food': [{ label: '国食注字TY', re: /国食注字\s*TY\d{8}/ }],
  'infant-formula': [{ label: '国食注字YP', re: /国食注字\s*YP\d{8}/ }],
};

/** Chinese patent number: ZL + 12 digits (year, type, serial) + "." + check digit (0–9 or X). */
export const PATENT_NO = /ZL\s*(\d{4})\s*([12389])\s*(\d{7})\s*\.\s*([\dX])/i;
export const PATENT_LIKE = /ZL\s*[\dX.\s]{6,}/i;

/** Check digit of a 12-digit Chinese patent application number (weights 2..9 cycling, mod 11, 10 → X). */
export function patentCheckDigit(twelve: string): string {
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * w[i];
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

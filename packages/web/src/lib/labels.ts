// Display names for region codes (GB/T 2260) and the product-category taxonomy of design.md.
import type { Lang } from '../i18n.js';

export const REGIONS: { code: string; zh: string; en: string }[] = [
  { code: '110000', zh: '北京市', en: 'Beijing' },
  { code: '310000', zh: '上海市', en: 'Shanghai' },
  { code: '320000', zh: '江苏省', en: 'Jiangsu' },
  { code: '321000', zh: '江苏省扬州市', en: 'Yangzhou, Jiangsu' },
  { code: '330000', zh: '浙江省', en: 'Zhejiang' },
  { code: '330200', zh: '浙江省宁波市', en: 'Ningbo, Zhejiang' },
  { code: '440000', zh: '广东省', en: 'Guangdong' },
  { code: '440100', zh: '广东省广州市', en: 'Guangzhou, Guangdong' },
];

export function regionName(code: string | undefined, lang: Lang): string {
  if (!code || code === 'CN') return lang === 'en' ? 'National' : '全国';
  const r = REGIONS.find((x) => x.code === code);
  return r ? (lang === 'en' ? r.en : r.zh) : code;
}

export const CATEGORY_NAMES: Record<string, { zh: string; en: string }> = {
  food: { zh: '普通食品', en: 'Food' },
  'health-food': { zh: '保健食品', en: 'Health food' },
  cosmetics: { zh: '普通化妆品', en: 'Cosmetics' },
  'special-cosmetics': { zh: '特殊化妆品', en: 'Special-use cosmetics' },
  'drug-otc': { zh: '非处方药', en: 'OTC drug' },
  'drug-rx': { zh: '处方药', en: 'Prescription drug' },
  'medical-device': { zh: '医疗器械', en: 'Medical device' },
  'infant-formula': { zh: '婴幼儿配方食品', en: 'Infant formula' },
  'special-medical-food': { zh: '特殊医学用途配方食品', en: 'Food for special medical purposes' },
  alcohol: { zh: '酒类', en: 'Alcohol' },
  tobacco: { zh: '烟草', en: 'Tobacco' },
  finance: { zh: '金融', en: 'Finance' },
  education: { zh: '教育培训', en: 'Education' },
  'real-estate': { zh: '房地产', en: 'Real estate' },
  'jewellery-collectible': { zh: '珠宝收藏品', en: 'Jewellery & collectibles' },
  other: { zh: '其他', en: 'Other' },
};

export function categoryName(cat: string, lang: Lang): string {
  const c = CATEGORY_NAMES[cat];
  return c ? (lang === 'en' ? c.en : c.zh) : cat;
}

export const PARTY_KEYS = {
  platform: 'partyPlatform',
  operator: 'partyOperator',
  streamer: 'partyStreamer',
  agency: 'partyAgency',
  merchant: 'partyMerchant',
} as const;

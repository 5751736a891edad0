// Regional packs: applied by the room operator's GB/T 2260 region (a Ningbo room gets national + Zhejiang rules)
// and, for guides that protect their region's consumers (Zhejiang), by the audience's regions. See README.md.
import type { RuleDefinition, RulePack } from '@liveguard/core';
import { legalSources } from '../sources.js';
import { zjAiDigitalHumanLabel } from '../live/ai-label.js';
import { lowestPriceRule } from '../live/pricing.js';
import { fakeScarcityRule } from '../live/scarcity.js';

const sourcesFor = (...ids: string[]) => legalSources.filter((s) => ids.includes(s.id));

export const bjLowestPriceClaims = lowestPriceRule('bj-guide/lowest-price-contradicted', '110000', [
  { source: 'bj-guide-2024', evidence: 'N' },
  { source: 'price-fraud-2022', article: '第十九条第（四）项', evidence: 'T' },
], '北京指引');

export const shLowestPriceClaims = lowestPriceRule('sh-guide/lowest-price-contradicted', '310000', [
  { source: 'sh-guide-2022', evidence: 'N' },
  { source: 'price-fraud-2022', article: '第十九条第（四）项', evidence: 'T' },
], '上海指引');

export const zjFakeScarcityUrgency = fakeScarcityRule('zj-guide/fake-scarcity-urgency', '330000', [
  { source: 'zj-guide-2024', evidence: 'N' },
  { source: 'unfair-comp-online-2024', evidence: 'N' },
  { source: 'online-trade-2021', article: '第十四条', evidence: 'M' },
], true);

export const beijingPack: RulePack = {
  id: 'cn-bj', name: { 'zh-CN': '北京市直播带货合规指引', en: 'Beijing live-commerce guide' }, region: '110000',
  rules: [bjLowestPriceClaims] as RuleDefinition[], sources: sourcesFor('bj-guide-2024', 'price-fraud-2022'),
};
export const zhejiangPack: RulePack = {
  id: 'cn-zj', name: { 'zh-CN': '浙江省网络直播营销行为规范指引', en: 'Zhejiang live-marketing guide' }, region: '330000',
  rules: [zjAiDigitalHumanLabel, zjFakeScarcityUrgency] as RuleDefinition[], sources: sourcesFor('zj-guide-2024', 'unfair-comp-online-2024', 'online-trade-2021'),
};
export const shanghaiPack: RulePack = {
  id: 'cn-sh', name: { 'zh-CN': '上海市网络直播营销活动合规指引', en: 'Shanghai live-marketing guide' }, region: '310000',
  rules: [shLowestPriceClaims] as RuleDefinition[], sources: sourcesFor('sh-guide-2022', 'price-fraud-2022'),
};

export const regionalPacks: RulePack[] = [beijingPack, zhejiangPack, shanghaiPack];

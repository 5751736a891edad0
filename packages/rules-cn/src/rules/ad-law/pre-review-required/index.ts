import { defineCnRule } from '../../../util/define.js';
import { productText } from '../../../util/listing.js';

const NEEDS_REVIEW = new Set(['drug-otc', 'medical-device', 'health-food', 'special-medical-food']);
/** Ad approval numbers: 京药广审（文）第…号, 粤食健广审（视）第…号, 械广审, 特医广审. */
const AD_APPROVAL = /[\u4e00-\u9fa5]{1,2}(?:药|械|食健|特医)广审\s*[(（]\s*[文视声]\s*[)）]\s*第?\s*[0-9-]+号?/;

export default defineCnRule({
  meta: {
    id: 'ad-law/pre-review-required',
    type: 'evidence',
    severity: 'info',
    binds: ['operator', 'merchant'],
    jurisdiction: 'CN',
    basis: [
      { source: 'ad-law', article: '第四十六条', evidence: 'T' },
      { source: 'internet-ad-2023', article: '第七条', evidence: 'T' },
      { source: 'ad-law', article: '第五十八条第（十四）项', evidence: 'T' },
    ],
    category: 'licence',
    docs: {
      description: { 'zh-CN': '药品、医疗器械、保健食品、特殊医学用途配方食品广告须经事先审查，直播内容不得超出审查批准的内容', en: 'Drug, device, health-food and FSMP ads need prior review; live content must stay within the approved ad' },
    },
    messages: {
      noApproval: { 'zh-CN': '“{{category}}”类商品未提供广告批准文号（如“京食健广审（文）第…号”）', en: '"{{category}}" listing gives no advertising approval number' },
      addApproval: { 'zh-CN': '在商品信息中填写广告批准文号，直播只使用审查批准的广告内容', en: 'Add the ad approval number; use only the approved ad content on air' },
    },
  },
  create(ctx) {
    const check = (e: { product?: { category?: string } } & Record<string, unknown>) => {
      const p = e.product as Parameters<typeof productText>[0] | undefined;
      if (!p || !p.category || !NEEDS_REVIEW.has(p.category as string)) return;
      const all = productText(p) + '\n' + String((p as Record<string, unknown>).adApprovalNo ?? '');
      if (AD_APPROVAL.test(all)) return;
      ctx.report({ messageId: 'noApproval', data: { category: String(p.category) }, event: e as never, suggestions: [{ messageId: 'addApproval' }] });
    };
    return { listing: check };
  },
  examples: {
    violating: [
      { listing: { title: '某牌鱼油软胶囊', category: 'health-food', approvalNo: '国食健注G20200001' } },
      { listing: { title: '某牌电子血压计', category: 'medical-device', licences: ['粤械注准20202070001'] } },
    ],
    compliant: [
      { listing: { title: '某牌鱼油软胶囊', category: 'health-food', approvalNo: '国食健注G20200001', adApprovalNo: '京食健广审（文）第241001-00001号' } },
      { listing: { title: '纯棉T恤', category: 'other' } },
    ],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第四十六条：发布医疗、药品、医疗器械、农药、兽药和保健食品广告，以及法律、行政法规规定应当进行审查的其他广告，应当在发布前由有关部门对广告内容进行审查；未经审查，不得发布。《互联网广告管理办法》第七条：经审查的广告不得剪辑、拼接、修改。罚则见第五十八条第（十四）项。本规则检查商品信息是否附广告批准文号（“需要证据”类）；口播内容与批准内容的比对需要批准文本，不在文本检查范围内。',
      en: 'Advertising Law art 46 (prior review), Internet Advertising Measures art 7 (no editing reviewed ads), penalty art 58(14). Checks that a listing carries an ad approval number; comparing spoken claims with the approved text needs that text and is out of scope.',
    },
    fix: { 'zh-CN': '补充广告批准文号（字段 adApprovalNo 或详情中）。', en: 'Add the ad approval number (adApprovalNo field or the description).' },
  },
});

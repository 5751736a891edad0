import { lexiconRule } from '../../../util/lexicon-rule.js';
import { LICENCE_FORMATS, productText } from '../../../util/listing.js';
import { foldedView } from '../../../util/text.js';

/** A sunscreen named as something to use (使用SPF30以上广谱防晒霜, 选择一款合适的防晒霜): care advice, not this product's claim. */
const USE_BEFORE = /(?:使用|用|涂|擦|抹|搭配|配合|选择|选|挑|备|带)[^，。！？,.!?]{0,12}$/;
const PRODUCT_AFTER = /^(?:霜|乳|喷雾|产品|用品|霜和|类产品)/;

// Claims that only special-use cosmetics (国妆特字) may make: the special categories of the 2021 化妆品分类规则和分类目录
// (染发、烫发、祛斑美白、防晒、防脱发, and 新功效). 祛痘 is a general cosmetic's efficacy there (filed, with an efficacy
// evaluation), and 育发 is no cosmetic category any more (hair grown by a physiological action is a drug's claim: the
// medical-claims rule's).
export const SPECIAL_COSMETIC_CLAIMS = ['美白', '祛斑', '淡斑', '防晒', '防脱', '防脱发', '染发', '烫发', '新功效'];
const SPECIAL_RE = new RegExp(SPECIAL_COSMETIC_CLAIMS.join('|'));
const SPECIAL_REG = /国妆特(?:进)?字/;

export default lexiconRule({
  id: 'live-marketing-2021/licensed-goods',
  severity: 'error',
  binds: ['operator', 'merchant'],
  basis: [
    { source: 'live-marketing-2021', article: '第五条', evidence: 'T' },
    { source: 'ad-law', article: '第十一条第一款', evidence: 'T' },
    { source: 'bj-guide-2024', evidence: 'N' },
  ],
  category: 'licence',
  description: {
    'zh-CN': '需要行政许可、注册或备案的商品须具备并公示相应编号（保健食品、特殊化妆品、医疗器械、药品等），宣传不得超出许可范围（普通化妆品不得宣称美白、祛斑、防晒等特殊功效）',
    en: 'Goods that need a licence, registration or filing must have and show it (health food, special cosmetics, devices, drugs); claims may not exceed it (general cosmetics may not claim whitening, spot removal, sun protection…)',
  },
  message: { 'zh-CN': '普通化妆品宣称特殊用途功效：“{{term}}”（需国妆特字注册）', en: 'General cosmetic claims a special-use effect: "{{term}}" (needs special-use registration)' },
  terms: SPECIAL_COSMETIC_CLAIMS,
  // advice to protect the skin, not the product's claim (白天也别忘防晒哦)
  // (teeth whitening is no skin-whitening special cosmetic: toothpaste is filed, not registered)
  exempt: ['美白牙膏', '牙齿美白', '美白牙齿', '美白牙贴', '别忘防晒', '别忘了防晒', '记得防晒', '注意防晒', '做好防晒', '记得涂防晒', '严格防晒', '配合防晒', '加强防晒'],
  severityFor: (cat) => (cat === 'cosmetics' ? 'error' : 'skip'),
  accept(unit, start, end) {
    const v = foldedView(unit);
    return !(PRODUCT_AFTER.test(v.slice(end, end + 4)) && USE_BEFORE.test(v.slice(Math.max(0, start - 12), start)));
  },
  messages: {
    missingLicence: { 'zh-CN': '“{{category}}”类商品缺少{{label}}编号', en: '"{{category}}" listing lacks its {{label}} number' },
    specialClaimNoReg: { 'zh-CN': '商品宣称特殊化妆品功效（{{claim}}）但没有国妆特字注册号', en: 'Listing claims a special-cosmetic effect ({{claim}}) without a special-use registration number' },
  },
  onListing(ctx, product, event) {
    const cat = product.category as string | undefined;
    const text = productText(product);
    for (const f of (cat && LICENCE_FORMATS[cat]) || []) {
      if (!f.re.test(text)) ctx.report({ messageId: 'missingLicence', data: { category: cat!, label: f.label }, event });
    }
    if (cat === 'cosmetics') {
      const m = SPECIAL_RE.exec(text);
      if (m && !SPECIAL_REG.test(text)) ctx.report({ messageId: 'specialClaimNoReg', data: { claim: m[0] }, event });
    }
  },
  examples: {
    violating: [
      { text: '美白祛斑，效果一周可见', category: 'cosmetics' },
      { listing: { title: '焕颜美白精华', category: 'cosmetics', description: '美白淡斑' } },
      { listing: { title: '某牌医用冷敷贴', category: 'medical-device', description: '术后修复' } },
      { listing: { title: '某牌鱼油', category: 'health-food', description: '保健食品不是药物，不能代替药物治疗疾病' } },
    ],
    compliant: [{ text: '祛痘洁面乳，控油清洁', category: 'cosmetics' }, 
      { text: '两只装美白牙膏，薄荷味', category: 'cosmetics' },
      { text: '这款面霜主打保湿', category: 'cosmetics' },
      { text: '每晚坚持使用，白天也别忘防晒哦', category: 'cosmetics' },
      { text: '出门前记得使用SPF30以上的广谱防晒霜', category: 'cosmetics' },
      { listing: { title: '焕颜美白精华', category: 'special-cosmetics', licences: ['国妆特字G20210001'] } },
      { listing: { title: '某牌医用冷敷贴', category: 'medical-device', licences: ['粤械备20200001号'] } },
      { text: '美白防晒二合一', category: 'special-cosmetics' },
    ],
  },
  guide: {
    requirement: {
      'zh-CN': '《网络直播营销管理办法（试行）》第五条：从事直播营销活动依法需要取得相关行政许可的，应当依法取得。《广告法》第十一条第一款：广告内容涉及的事项需要取得行政许可的，应当与许可的内容相符合。按类别检查编号：保健食品（国食健注/食健备）、特殊化妆品（国妆特字）、医疗器械（械注准/械备）、药品（国药准字）、特医食品（国食注字TY）、婴幼儿配方乳粉（国食注字YP）。普通化妆品不得宣称美白、祛斑、防晒、防脱、染发、烫发等特殊用途功效。',
      en: 'Live-marketing measures art 5 (licences where required) and Advertising Law art 11 para 1 (claims must match the licence). Registration numbers are checked by category; general cosmetics may not claim special-use effects.',
    },
    fix: { 'zh-CN': '在商品信息中补充注册/备案编号；删除超出许可范围的宣传。', en: 'Add the registration or filing number; remove claims beyond it.' },
  },
});

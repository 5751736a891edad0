import { lexiconRule } from '../../../util/lexicon-rule.js';
import { productText } from '../../../util/listing.js';

const TERMS = ['婴儿专用', '婴幼儿专用', '儿童专用', '宝宝专用', '新生儿专用', '孕妇专用', '孕婴专用', '母婴专用', '童用专用'];
/** Children's product standards a listing can show as the basis of an infant/children claim. */
const CHILD_STANDARD = /GB\s*31701|GB\s*6675|GB\s*10769|GB\s*10767|GB\s*31604|GB\s*28007|QB\/T\s*2880|婴幼儿及儿童纺织|儿童化妆品|小金盾|儿童用品标准|执行标准[^，。\n]{0,20}(?:婴|儿童)/;

export default lexiconRule({
  id: 'sh-guide/no-baseless-infant-exclusive',
  severity: 'warning',
  binds: ['streamer', 'merchant'],
  // only a regional guide behind it: a Shanghai rule (a regional guide's rule applies nationally only when
  // national law is its first basis)
  jurisdiction: '310000',
  basis: [{ source: 'sh-guide-2022', evidence: 'N' }],
  category: 'minors',
  description: { 'zh-CN': '不得无依据宣称“婴幼儿专用”“儿童专用”以差别定价（上海指引，适用于上海）', en: 'No baseless "for infants only" / "for children only" claims (Shanghai guide; applies in Shanghai)' },
  message: { 'zh-CN': '“{{term}}”需有儿童/婴幼儿产品标准依据', en: '"{{term}}" needs a children\'s or infant product standard behind it' },
  terms: TERMS,
  messages: { listingNoStandard: { 'zh-CN': '商品宣称“{{claim}}”但未标明儿童/婴幼儿产品执行标准', en: 'Listing claims "{{claim}}" without a children\'s product standard' } },
  accept: (unit, _s, _e, ctx) => {
    const own = (unit.event as { product?: Parameters<typeof productText>[0] }).product;
    const p = own ?? ctx.session.pinned;
    return !(p && CHILD_STANDARD.test(productText(p)));
  },
  onListing(ctx, product, event) {
    const text = productText(product);
    const claim = TERMS.find((t) => text.includes(t));
    if (claim && !CHILD_STANDARD.test(text)) ctx.report({ messageId: 'listingNoStandard', data: { claim }, event });
  },
  examples: {
    violating: ['宝宝专用的湿巾，比普通的贵点但是更安全', { listing: { title: '婴儿专用洗衣液', category: 'other', attributes: { 执行标准: 'GB/T 13171' } } }],
    compliant: [{ listing: { title: '婴儿专用洗衣液', category: 'other', attributes: { 执行标准: 'GB 31604 儿童用品标准' } } }, '这款湿巾大人小孩都能用'],
  },
  guide: {
    requirement: {
      'zh-CN': '上海市网络直播营销活动合规指引（据新闻）：不得随意标注“婴幼儿专用”“儿童专用”等进行差别化高价销售。本规则只有上海指引一个依据，因此管辖范围为上海（310000）：直播间所在地区（设置 region）为上海时适用（严重程度为警告）。商品信息标明儿童/婴幼儿产品执行标准时不报告。',
      en: 'The Shanghai guide (news) bans arbitrary "infant/children only" labels used for higher prices. Its only basis is the Shanghai guide, so its jurisdiction is Shanghai (310000): it applies when the session\'s region is Shanghai (warning); listings that show a children\'s product standard pass.',
    },
    fix: { 'zh-CN': '删除“专用”表述，或在商品信息中标明所执行的儿童/婴幼儿产品标准。', en: 'Remove the claim or show the children\'s product standard the product follows.' },
  },
});

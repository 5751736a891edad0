import { lexiconRule } from '../../../util/lexicon-rule.js';
import { TESTIMONY } from '../../../util/testimony.js';
import { categoryOf, foldedView } from '../../../util/text.js';

const NO_ENDORSER = new Set(['health-food', 'drug-otc', 'drug-rx', 'medical-device', 'special-medical-food']);
/** Professionals, institutions and patients vouching for a product (an endorser under art 2 of the Advertising Law). */
const PROFESSIONAL = /(?:医生|医师|大夫|专家|教授|院士|药师|营养师|主任|科学家|医学家|药学家|牙医|博士|协会|学会|医院|科研(?:机构|院所)|研究院|研究所|院长|名医|中医|护士|医学专家|权威专家|卫生组织|卫生所|卫生署|管理局|管理机构|安全署)们?(?:都|也|一致|联合|强烈|亲自|纷纷|持续|长期|一直)?(?:向[^，。！？,.!?不]{1,6})?(?:推荐|同款|力荐|认证|认可|首选|背书|都在用|在用|指定|证明|见证|担保|代言|站台|点赞|都说好|建议(?:大家|您|你)?(?:吃|用|喝|买|服用))|患者(?:现身说法|证言|见证|亲证|都说好|都说有效)|现身说法|病友(?:都说|推荐|见证)/;
/** Without a category, a professional's endorsement counts only when it is about a product on sale. */
const PRODUCT_CUE = /这款|这个|本品|我们的|我们家|咱们家|咱家|产品|下单|链接|拍下|购买|买|吃|喝|服用|用上/;

export default lexiconRule({
  id: 'ad-law/endorser-restrictions',
  severity: 'error',
  binds: ['operator', 'merchant'],
  basis: [
    { source: 'ad-law', article: '第三十八条第二款', evidence: 'T' },
    { source: 'ad-law', article: '第三十八条第三款', evidence: 'T' },
    { source: 'ad-law', article: '第十六条第一款第（四）项', evidence: 'T' },
    { source: 'ad-law', article: '第十八条第一款第（五）项', evidence: 'T' },
  ],
  category: 'endorser',
  description: { 'zh-CN': '医疗、药品、医疗器械、保健食品广告不得利用广告代言人作推荐、证明（含主播亲身证言）', en: 'Medical, drug, device and health-food ads may not use endorsers (incl. the anchor\'s own testimony)' },
  message: { 'zh-CN': '医疗/保健类商品不得以代言人身份作证明：“{{term}}”', en: 'No endorser testimony for medical or health products: "{{term}}"' },
  terms: ['我推荐这款保健品', '作为明星推荐', '我代言的', '全家都在吃', '品牌挚友', '品牌大使', '形象大使', '代言人', '全球代言人', '推荐官', '明星推荐', '明星同款', '明星钟爱', '明星挚爱', '明星最爱', '倾情推荐', '倾力推荐', '鼎力推荐'],
  // a healer's lineage as the authority behind the product (第56代苗古金贴传人, 御医世家第五代传人)
  // celebrities said to use it (很多明星都在使用; 明星们颜值回春都是因为打了它)
  patterns: [TESTIMONY, PROFESSIONAL, /(?:明星|艺人|名人|网红|大咖|名媛)们?[^，。！？,.!?]{0,10}?(?:都在|都|也|纷纷|一直)(?:是因为|因为)?(?:在)?(?:使用|用|打|吃|抹|涂|推荐)/, /第[0-9一二三四五六七八九十百]+代[^，。！？,.!?]{0,6}?(?:传人|传承人|嫡传|掌门)|(?:苗方|苗医|秘方|古方|祖传|宫廷)[^，。！？,.!?]{0,8}?(?:传人|传承人|嫡传)|御医(?:世家|后人|后代|传人)|(?:中医|苗医|藏医|蒙医|名医)世家/],
  // medical and health categories: an error; unknown category: a professional's or patient's endorsement of a
  // product is a warning (the anchor's own testimony is ad-law/endorser-must-have-used's); other categories: off
  severityFor: (cat) => (cat === undefined ? 'warning' : NO_ENDORSER.has(cat) ? 'error' : 'skip'),
  accept(unit, start, end, ctx) {
    if (categoryOf(ctx, unit) !== undefined) return true; // health and medical categories: any endorsement
    // hits are ranges of the folded view (traditional → simplified), so the tests read it too
    const v = foldedView(unit);
    return PROFESSIONAL.test(v.slice(start, end)) && PRODUCT_CUE.test(v);
  },
  examples: {
    violating: [{ text: '传承千年苗方的金贴传承人亲自调配', category: 'medical-device' }, { text: '我爸吃了三个月，血压稳了', category: 'health-food' }, { text: '操作简单安全，风靡全球，明星钟爱', category: 'medical-device' }, { text: '好多明星都在用这款射频仪', category: 'medical-device' }, { text: '明星们颜值回春都是因为打了这支', category: 'medical-device' }, { text: '御医世家第五代传人，古法秘制膏药', category: 'medical-device' }, { text: '我全家都在吃这个鱼油', category: 'health-food' }, { text: '这个理疗仪我自己用了三年', category: 'medical-device' }, '这款益生菌是三甲医院专家联合推荐的', { text: '国外卫生管理机构持续向民众推荐这款纳豆', category: 'health-food' }, { text: '【三甲医院同款】医用冷敷贴', category: 'medical-device' }, { text: '这款鱼油，好几位名医都建议大家吃', category: 'health-food' }, { text: '好多患者现身说法，吃了都说好', category: 'health-food' }, { text: '著名医学家推荐这款颈椎枕', category: 'medical-device' }],
    compliant: [{ text: '很多明星都在呼吁理性消费', category: 'health-food' }, { text: '百年老店第三代传人手工制作', category: 'food' }, { text: '以下为批准的广告内容：本品具有增强免疫力的保健功能', category: 'health-food' }, { text: '这个面霜我自己用了三年了', category: 'cosmetics' }, '专家推荐成年人每天饮水1500到1700毫升'],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第十六条第一款第（四）项、第十八条第一款第（五）项：医疗、药品、医疗器械、保健食品广告不得利用广告代言人作推荐、证明；第三十八条第二款：不得利用不满十周岁的未成年人作为代言人；第三十八条第三款：因虚假广告代言被处罚未满三年的不得作代言人。本规则只在类别为药品、医疗器械、保健食品、特医食品时报告主播亲身证言；代言人年龄和处罚记录需账户数据。',
      en: 'Advertising Law arts 16(1)(4) and 18(1)(5) (no endorsers for medical, drug, device, health-food ads), art 38 paras 2–3 (age and sanctioned endorsers). Fires on the anchor\'s own testimony for those categories only.',
    },
    fix: { 'zh-CN': '只宣读经审查批准的广告内容，不作亲身证明。', en: 'Read only the approved ad content; no personal testimony.' },
  },
});

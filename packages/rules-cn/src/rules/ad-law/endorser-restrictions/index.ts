import { lexiconRule } from '../../../util/lexicon-rule.js';
import { TESTIMONY } from '../../../util/testimony.js';
import { categoryOf, foldedView } from '../../../util/text.js';

const NO_ENDORSER = new Set(['health-food', 'drug-otc', 'drug-rx', 'medical-device', 'special-medical-food']);
/** Professionals, institutions and patients vouching for a product (an endorser under art 2 of the Advertising Law). */
const PROFESSIONAL = /(?:医生|医师|大夫|专家|教授|院士|药师|营养师|主任|科学家|医学家|药学家|牙医|博士|协会|学会|医院|科研(?:机构|院所)|研究院|研究所|院长|名医|中医|护士|医学专家|权威专家|卫生组织|卫生所|卫生署|管理局|管理机构|安全署)们?(?:都|也|一致|联合|强烈|亲自|纷纷|持续|长期|一直)?(?:向[^，。！？,.!?不]{1,6})?(?:推荐|同款|力荐|认证|认可|首选|背书|都在用|在用|指定|证明|见证|担保|代言|站台|点赞|都说好|建议(?:大家|您|你)?(?:吃|用|喝|买|服用))|患者(?:现身说法|证言|见证|亲证|都说好|都说有效)|现身说法|病友(?:都说|推荐|见证)/;
const TITLE = '(?:老师|医生|医师|大夫|博士|教授|主任|专家|名医)';
const CURED = '(?:痊愈|康复|治愈|治好|好转|恢复正常|正常了|消失|不见了|见效|减轻|有效)';
/** A patient's case told as proof (医疗广告 using patients to vouch, ad-law art 16(1)(4)): a cure credited to a named
 *  practitioner, countless patients cured, patients' praise and banners, a patient's course of the goods and the cure, the
 *  cure in the first person. Such a case makes the text a medical ad whatever the goods' category. */
const CASE_STORY = new RegExp([
  // 经过郭宙老师治疗…见效, 经杨芸医生的诊治…好转 (not 经过医院医生的治疗, 经两位专家会诊: no named practitioner)
  `(?:经过?|经由|找到?了?)(?!医院|当地|主治|多位|各位|专业|医护|值班|家庭|社区|该|这位|那位|医生|专家|[一二两三四五六七八九十几多数]+[位名])[\u4e00-\u9fa5]{1,3}${TITLE}(?:的)?[^，。！？,.!?]{0,8}?(?:治疗|诊治|诊疗|调理|调方|开方|施治|医治|针灸)(?=[^。！？!?]{0,80}${CURED})`,
  // 治愈无数患者, 治好了许多疑难病症
  '(?:治愈|治好|医好|救治|救活)(?:了)?(?:无数|众多|许多|大量|上万|数万|成千上万|不少|很多)(?:的)?(?:患者|病人|病友|疑难)',
  // 收获了众多患者的爱戴和称赞, 老师收到的众多锦旗
  '(?:患者|病人|病友)们?的(?:爱戴|称赞|赞誉|一致好评|感谢信|锦旗)', `${TITLE}收到的?[^，。！？,.!?]{0,6}锦旗`,
  // 佟太太服用了10瓶…痊愈
  `[\u4e00-\u9fa5]{1,2}(?:先生|女士|太太|阿姨|叔叔|大爷|大妈|患者)[^，。！？,.!?]{0,4}(?:服用|吃|喝|用|贴|戴)了?[0-9一二三四五六七八九十两几半]+(?:瓶|盒|贴|粒|个月|个疗程|疗程|周|天)(?=[^。！？!?]{0,40}${CURED})`,
  // the goods taken, then a check-up proving the cure (吃了四个月，去医院检查，发现肿瘤已经不见了)
  '(?:服用|吃|喝|用|贴|戴)(?:了|完)[^。！？!?]{0,30}?(?:医院|复查|检查|化验)[^。！？!?]{0,20}?(?:不见了|消失|没有了|看不到|转阴|痊愈)',
  // 能使我在七个月之内痊愈
  '(?:使|让|令|帮)我[^，。！？,.!?]{0,12}?(?:痊愈|康复|治愈)',
].join('|'));
const CASE_STORY_AT = new RegExp(CASE_STORY.source, 'y');
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
  patterns: [TESTIMONY, PROFESSIONAL, CASE_STORY, /(?:明星|艺人|名人|网红|大咖|名媛)们?[^，。！？,.!?]{0,10}?(?:都在|都|也|纷纷|一直)(?:是因为|因为)?(?:在)?(?:使用|用|打|吃|抹|涂|推荐)/, /第[0-9一二三四五六七八九十百]+代[^，。！？,.!?]{0,6}?(?:传人|传承人|嫡传|掌门)|(?:苗方|苗医|秘方|古方|祖传|宫廷)[^，。！？,.!?]{0,8}?(?:传人|传承人|嫡传)|御医(?:世家|后人|后代|传人)|(?:中医|苗医|藏医|蒙医|名医)世家/],
  // medical and health categories: an error; unknown category: a professional's or patient's endorsement of a
  // product is a warning (the anchor's own testimony is ad-law/endorser-must-have-used's); 'other' (a clinic's or a
  // remedy's page): a patient's case only; the other categories: off
  severityFor: (cat) => (cat === undefined || cat === 'other' ? 'warning' : NO_ENDORSER.has(cat) ? 'error' : 'skip'),
  accept(unit, start, end, ctx) {
    const cat = categoryOf(ctx, unit);
    if (cat !== undefined && cat !== 'other') return true; // health and medical categories: any endorsement
    // hits are ranges of the folded view (traditional → simplified), so the tests read it too
    const v = foldedView(unit);
    CASE_STORY_AT.lastIndex = start;
    if (CASE_STORY_AT.test(v)) return true;
    return cat === undefined && PROFESSIONAL.test(v.slice(start, end)) && PRODUCT_CUE.test(v);
  },
  examples: {
    violating: [ '连着喝了三个月，再去医院复查，结节已经不见了', { text: '传承千年苗方的金贴传承人亲自调配', category: 'medical-device' }, { text: '我爸吃了三个月，血压稳了', category: 'health-food' }, { text: '操作简单安全，风靡全球，明星钟爱', category: 'medical-device' }, { text: '好多明星都在用这款射频仪', category: 'medical-device' }, { text: '明星们颜值回春都是因为打了这支', category: 'medical-device' }, { text: '御医世家第五代传人，古法秘制膏药', category: 'medical-device' }, { text: '我全家都在吃这个鱼油', category: 'health-food' }, { text: '这个理疗仪我自己用了三年', category: 'medical-device' }, '这款益生菌是三甲医院专家联合推荐的', { text: '国外卫生管理机构持续向民众推荐这款纳豆', category: 'health-food' }, { text: '【三甲医院同款】医用冷敷贴', category: 'medical-device' }, { text: '这款鱼油，好几位名医都建议大家吃', category: 'health-food' }, { text: '好多患者现身说法，吃了都说好', category: 'health-food' }, { text: '著名医学家推荐这款颈椎枕', category: 'medical-device' },
      '经过王明老师调理，三周左右症状明显好转', { text: '李教授从医三十年，治好了许多疑难病症', category: 'other' }, '服用3个月后，能使我的关节炎彻底痊愈',
      { text: '陆太太服用了8瓶，三个月后结节消失了', category: 'other' }],
    compliant: [ '吃了药以后去医院检查，医生说要再观察', { text: '很多明星都在呼吁理性消费', category: 'health-food' }, { text: '百年老店第三代传人手工制作', category: 'food' }, { text: '以下为批准的广告内容：本品具有增强免疫力的保健功能', category: 'health-food' }, { text: '这个面霜我自己用了三年了', category: 'cosmetics' }, '专家推荐成年人每天饮水1500到1700毫升',
      '经过医院医生的全力救治，伤者已经康复出院', { text: '张女士服用了3盒后出现头晕，已向市场监管部门投诉', category: 'other' }, { text: '这家店的老板收到了顾客送的锦旗', category: 'other' }],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第十六条第一款第（四）项、第十八条第一款第（五）项：医疗、药品、医疗器械、保健食品广告不得利用广告代言人作推荐、证明；第三十八条第二款：不得利用不满十周岁的未成年人作为代言人；第三十八条第三款：因虚假广告代言被处罚未满三年的不得作代言人。本规则只在类别为药品、医疗器械、保健食品、特医食品时报告主播亲身证言；代言人年龄和处罚记录需账户数据。',
      en: 'Advertising Law arts 16(1)(4) and 18(1)(5) (no endorsers for medical, drug, device, health-food ads), art 38 paras 2–3 (age and sanctioned endorsers). Fires on the anchor\'s own testimony for those categories only.',
    },
    fix: { 'zh-CN': '只宣读经审查批准的广告内容，不作亲身证明。', en: 'Read only the approved ad content; no personal testimony.' },
  },
});

import { normalizeTerm } from '@liveguard/core';
import { lexiconRule } from '../../../util/lexicon-rule.js';
import { describedNotClaimed, DISEASE_PATTERNS, EFFECT_PATTERNS, EFFICACY_ASSERTIONS, MEDICAL_EXEMPT, MEDICAL_TERMS, SIDE_EFFECT_CLAIMS, WEIGHT } from '../../../util/claims.js';
import { categoryOf, clauseAround, foldedView, sentenceAround } from '../../../util/text.js';

// Disease claims are a violation for food and cosmetics, a matter for the required notice (and rule
// ad-law/drug-device-claims) for drugs and devices, and a warning while the category is unknown.
const MEDICAL = new Set(['drug-otc', 'drug-rx', 'medical-device']);
// General efficacy assertions (效果显著, 一觉自然醒) are health-function claims only an approved health food may
// make (and it may not assert them either: ad-law/health-food-claims); reported for ordinary food only, since
// "效果显著" on a mop or a serum is another matter.
const ORDINARY_FOOD = new Set(['food', 'infant-formula', 'special-medical-food', 'alcohol']);
// compared in normalised form: the folded view folds 著 to 着 (显著 → 显着) like the normaliser does
// a health function claimed for an ordinary food (普洱熟茶强大的保健功效; 这款米有保健作用): only an approved health food has one
// (reported for ordinary food only, like the efficacy assertions; a health food's 保健功能 is its label)
const HEALTH_FUNCTION = ['保健功效', '保健作用', '保健功能', '保健效果', '保健价值'];
const EFFICACY = new Set([...EFFICACY_ASSERTIONS, ...HEALTH_FUNCTION].map(normalizeTerm));
/** A child's learning or intelligence raised by a food (能提升孩子学习能力, 帮助提高考试成绩, 过目不忘): a brain function no ordinary
 *  food has — reported for ordinary food only, like the efficacy assertions (a course may promise learning, under its own rule). */
const LEARNING = /(?:提高|提升|增强|改善|助力|促进)[^，。！？,.!?]{0,4}(?:学习能力|学习成绩|考试成绩|学习效率|智力|智商|专注力|注意力)|过目不忘|超强大脑/;
const LEARNING_WHOLE = new RegExp(`^(?:${LEARNING.source})$`);
const WEIGHT_SET = new Set(WEIGHT.map(normalizeTerm));
/** Covered, not lost (遮住手臂的赘肉, 藏肉, 修饰小肚腩). */
const COVERED_BEFORE = /(?:遮住|遮盖|遮挡|遮|藏住|隐藏|修饰|掩盖)[^，。！？,.!?]{0,6}$/;
const DIET_ADVICE_AFTER = /^(?:仍|还|还是|必须|只能|主要|最终|归根结底)?(?:需要?|要|得|应|应该)?(?:依靠|靠|通过|配合|结合)(?:科学|合理|健康|均衡)?的?(?:饮食|运动|锻炼|节食|管住嘴)/;
const APPROVED_FUNCTION = /具有[^。！？!?]{0,40}的保健功能|保健功能\s*[】\]]?\s*[:：]?/;
// Germ and mite performance of household goods (抗菌材质, 抗菌防螨枕): a property tested under product standards, not a
// disease claim — for category 'other' only (food and cosmetics may not use these words)
const GERM_PERFORMANCE = new Set(['杀菌', '抗菌', '抑菌', '除菌', '灭菌', '杀灭细菌', '除螨', '防螨', '防霉'].map(normalizeTerm));
/** A health food's label line of the people it suits (适宜人群：血脂偏高者; 不适宜人群：…): a condition named there, in a clause
 *  that ends on the people, describes them — the approved function is stated elsewhere. */
const POPULATION_LINE = /^[\s【\[]*(?:适宜|适用|不适宜|不适用)人群\s*[】\]]?\s*[:：]/;
const PEOPLE_END = /(?:者|人群|人士|成人|成年人|患者|孕妇|乳母|儿童|人)\s*[。．.；;]?\s*$/;
/** Efficacies the 2021 cosmetics classification catalogue lists for general cosmetics (祛痘 is its category 06, filed with an
 *  efficacy evaluation): a cosmetic's claim, not a medical one — for food it still is. */
const COSMETIC_EFFICACY = new Set(['祛痘'].map(normalizeTerm));
const NON_MEDICAL = new Set(['food', 'health-food', 'cosmetics', 'special-cosmetics', 'infant-formula', 'alcohol', 'special-medical-food', 'other', 'jewellery-collectible']);

export default lexiconRule({
  id: 'ad-law/no-medical-claims-for-non-medical-goods',
  severity: 'error',
  binds: ['streamer', 'operator', 'merchant'],
  basis: [
    { source: 'ad-law', article: '第十七条', evidence: 'T' },
    { source: 'food-safety-law', article: '第七十一条', evidence: 'T' },
    { source: 'food-safety-law', article: '第七十三条', evidence: 'T' },
    { source: 'cosmetics-reg-2020', article: '第三十七条第（一）项', evidence: 'T' },
    { source: 'cosmetics-reg-2020', article: '第四十三条', evidence: 'T' },
    { source: 'bj-guide-2024', evidence: 'N' },
    { source: 'consumer-reg-2024', article: '第十五条', evidence: 'S' },
  ],
  category: 'medical-claim',
  description: {
    'zh-CN': '普通食品、化妆品等非医疗商品不得宣称疾病预防、治疗功能，不得使用医疗用语或易与药品、医疗器械混淆的用语',
    en: 'Food, cosmetics and other non-medical goods may not claim to prevent or treat disease, use medical terms, or be confusable with drugs or devices',
  },
  message: { 'zh-CN': '非医疗商品宣称疾病预防/治疗功效：“{{term}}”', en: 'Disease-prevention or treatment claim for a non-medical product: "{{term}}"' },
    terms: [...MEDICAL_TERMS, ...SIDE_EFFECT_CLAIMS, ...WEIGHT.map((t) => ({ term: t, data: { weight: true } })), ...EFFICACY_ASSERTIONS, ...HEALTH_FUNCTION],
  exempt: MEDICAL_EXEMPT,
  patterns: [...EFFECT_PATTERNS, ...DISEASE_PATTERNS, LEARNING],
  accept: (unit, start, end, ctx) => {
    const cat = categoryOf(ctx, unit);
    // a health food stating its approved function in the approved form (具有…的保健功能) is the label text
    if (cat === 'health-food' && APPROVED_FUNCTION.test(foldedView(unit))) return false;
    // …and in the catalogue's own form (有助于增强免疫力, 辅助降血脂): the wording of an approved function
    if (cat === 'health-food' && /(?:有助于|辅助)$/.test(foldedView(unit).slice(Math.max(0, start - 3), start))) return false;
    if (describedNotClaimed(unit, start, end, cat)) return false;
    if (cat === 'health-food') {
      const v = foldedView(unit);
      const [s, e] = sentenceAround(v, start, end);
      if (POPULATION_LINE.test(v.slice(s, e))) {
        const [cs, ce] = clauseAround(v, start, end);
        if (PEOPLE_END.test(v.slice(cs, ce))) return false;
      }
    }
    const term = normalizeTerm(foldedView(unit).slice(start, end));
    if (cat === 'other' && GERM_PERFORMANCE.has(term)) return false;
    if ((cat === 'cosmetics' || cat === 'special-cosmetics') && COSMETIC_EFFICACY.has(term)) return false;
    // clothing that hides fat (有效遮住手臂的赘肉) claims a cut, not weight lost
    if (WEIGHT_SET.has(term) && COVERED_BEFORE.test(foldedView(unit).slice(Math.max(0, start - 10), start))) return false;
    // weight loss said to rest on diet and exercise (真正减脂仍需依靠科学饮食与运动, 减肥还是要靠管住嘴): advice, not the goods' effect
    if (WEIGHT_SET.has(term) && DIET_ADVICE_AFTER.test(foldedView(unit).slice(end, end + 14))) return false;
    if (!EFFICACY.has(term) && !LEARNING_WHOLE.test(term)) return true;
    return cat !== undefined && ORDINARY_FOOD.has(cat);
  },
  // (生发 inside 医生发现)
  // 疗效 inside 医疗效能 (醫療效能, the Taiwan statute's term) is no claim of efficacy
  wordBoundary: ['癌', '结节', '角膜', '修复', '百病', '感染', '疗效', '生发'],
  severityFor: (cat) => (cat && MEDICAL.has(cat) ? 'info' : cat && NON_MEDICAL.has(cat) ? 'error' : cat ? 'warning' : 'warning'),
  suggestion: { message: { 'zh-CN': '删除疾病和疗效表述，只描述经核准的产品属性；可提示“本品不能代替药物，有病请就医”', en: 'Remove disease and efficacy wording; describe approved product properties only, e.g. "not a substitute for medicine; see a doctor when ill"' } },
  examples: {
    violating: [ { text: '不打针不吃药，三周逆转血糖', category: 'food' }, { text: '吃了半年，复查报告显示没有了肿瘤', category: 'food' }, { text: '这款睫毛精华能刺激睫毛自然增长', category: 'cosmetics' }, { text: '改善忧郁，改善搔痒及异味的问题', category: 'cosmetics' }, { text: '服用6个月，找回30岁的健康身体', category: 'food' }, { text: '七天减平小肚子', category: 'health-food' },{ text: '这款灵芝粉抗恶控瘤、术后恢复', category: 'food' }, { text: '超过八成牙医推荐', category: 'cosmetics' }, { text: '五大眼病，一吃就好', category: 'food' }, { text: '哪里痛贴哪里，五秒发热', category: 'other' }, { text: '世界三大顽症，我们已经攻克了其中一项', category: 'food' }, { text: '配合纯中药萃取的产品，用非遗手法疏通经络进行治疗', category: 'other' }, { text: '咱们这个产品在“三高”方面有双向调节作用', category: 'health-food' }, { text: '喝了能促进乳腺发育', category: 'food' }, { text: '喝了4个月，真的瘦到55公斤', category: 'food' }, { text: '8周后，可以降肝功能指数、三酸甘油酯', category: 'food' }, { text: '立即分解减吋', category: 'food' }, { text: '常灸这几个穴位，不仅可以调理小病，还能预防大病', category: 'other' }, { text: '至今未出现一例对人体有副作用的报告', category: 'food' }, { text: '坚持吃了1个月，肠胃消化比之前好多了', category: 'food' }, { text: '服用30天，精力旺盛，提高生育能力', category: 'food' }, { text: '这款大补酒让中老年甩掉一身病', category: 'food' }, { text: '连续饮用一个月左右，“三高”症状即有显著改善', category: 'food' }, { text: '可以强化肝脏机能，GOT、GPT就会有明显改善', category: 'food' }, { text: '喝这个茶，可让失眠的人不要再吃安眠药', category: 'food' }, { text: '使用前32A，使用后32B', category: 'cosmetics' }, { text: '睫毛精华5天增长5毫米', category: 'cosmetics' }, { text: '这款核桃乳能提升孩子学习能力', category: 'food' }, { text: '一个月告别矮小，增高助长', category: 'food' }, { text: '被普洱熟茶强大的保健功效所征服', category: 'food' }, { text: '这款茶喝了能祛痘', category: 'food' }, { text: '适宜人群：高血压患者，长期服用可降血糖', category: 'health-food' }, { text: '这些灯护眼效果良好，使用者不会近视', category: 'other' }, { text: '每天一碗，相当于吃了100粒维生素C', category: 'food' }, { text: '高纤维代餐，减脂润肠', category: 'food' }, { text: '喝了两个月，停掉之后也不会再长肉', category: 'food' }, { text: '鼻敏常反复，涂一涂就舒服', category: 'cosmetics' }, { text: '这个茶喝了能瘦', category: 'food' }, { text: '保证隆鼻终身不变形', category: 'other' }, { text: '孩子读书累，这款核桃奶补眼脑', category: 'food' }, { text: '“预防慢性疾病”“美容养颜”“延缓衰老”', category: 'food' }, { text: '术后使用，加强医美效果', category: 'cosmetics' }, { text: '去80岁白头发，只需一瓶洗发水', category: 'cosmetics' }, { text: '每日8分钟，健康颈椎只需躺出来', category: 'other' }, { text: '喝了之后，转氨酶慢慢恢复正常', category: 'food' }, { text: '7天转黑，转黑率99%', category: 'cosmetics' }, { text: '关键时刻能把我们的肺保护起来', category: 'food' }, { text: '山药粥健脾养肾，天天喝', category: 'food' }, { text: '新冠肺炎居家预防，每天一杯', category: 'food' }, { text: '5盒疗程装，连喝三个月', category: 'food' }, { text: '从小喝这款奶粉的宝宝少生病', category: 'food' }, { text: '家用喷雾，防护甲流', category: 'other' }, { text: '手术级消杀成分，宝宝也能用', category: 'other' }, { text: '这款茶有调理血压的功效', category: 'food' }, { text: '纯天然蜂蜜，不会有西药带来的嗜睡、乏力等副作用', category: 'food' }, { text: '常吃能增强人体抗病力', category: 'food' }, { text: '不节食不运动，一个月掉8斤肉', category: 'food' }, { text: '坚持喝两个月，减了12斤，这还不明显吗？', category: 'food' }, { text: '宝宝喝了这款DHA，智商提升看得见', category: 'food' }, { text: '火锅随便吃也不怕胖', category: 'food' }, { text: '专门对付减不掉的赘肉', category: 'food' }, { text: '酣睡一整晚，养出好状态', category: 'food' }, { text: '对于入睡困难、浅睡易醒等情况都有帮助', category: 'food' }, { text: '孕妇在孕期食用茶油不仅可以增加母乳，而且对胎儿的正常发育十分有益', category: 'food' }, { text: '茶籽杀虫效果很好，可以治癣疥', category: 'food' }, { text: '有防癌之功效，被称为“天下奇果”', category: 'food' }, { text: '坚持用了一个月，就相当于打了一次热玛吉', category: 'cosmetics' }, '让骨坏死患者站起来', { text: '去唇炎 更护唇', category: 'cosmetics' }, { text: '可以长高的奶粉', category: 'food' }, { text: '儿童补铁、促进睡眠', category: 'food' }, { text: '做上一段时间一定会有效果的！', category: 'food' }, { text: '通过药物治疗没效果的，吃这款就能痊愈', category: 'food' }, { text: '减缓粘膜溃疡、预防改善毛囊虫皮肤炎、预防口炎', category: 'other' }, { text: '股癣、手足癣、荨麻疹，涂上就不痒了', category: 'cosmetics' },
      { text: '这款枕头睡一个月，颈椎反弓都能改善', category: 'other' }, { text: '免疫调节，增强抗病能力，每天两粒', category: 'food' }, { text: '多种维生素，帮你告别亚健康', category: 'food' }, { text: '小小活菌治多病，全家都能用', category: 'health-food' }, { text: '这款杂粮可当主食，亦可当药', category: 'food' }, { text: '降血压效果好，高血压患者请遵医嘱', category: 'food' }, { text: '不得了啦，痛风喝这个，太简单了', category: 'food' }, { text: '冬枣有百果王之称，具有防癌抗癌等功效', category: 'food' },
      { text: '喉痛、声沙可直接含服，每天两次效果佳', category: 'food' }, { text: 'GABA，让您安稳好眠一夜', category: 'food' },
      { text: '舒缓因外界环境引起的肌肤泛红、发痒、起红疹等症状', category: 'cosmetics' }, { text: '长期食用可以降低体内脂肪', category: 'food' },
      { text: '用了一周，红肿有所消退，也不再发痒', category: 'cosmetics' }, { text: '长期使用还能有效预防口腔问题哦', category: 'other' },
      { text: '还可以吸附胆固醇，抑制人体对脂肪的吸收', category: 'food' }, { text: '吃几盒就能变正常人', category: 'food' },
      { text: '这款精华是猛药，不用担心翻车', category: 'cosmetics' }, { text: '这款面霜能缓解过敏引起的泛红', category: 'cosmetics' },
      { text: '黑芝麻核桃粉，乌发养颜', category: 'food' }, { text: '这款奶粉喝三个月长高了3厘米', category: 'food' }, { text: '喝一个月，体内湿气全排出', category: 'food' },
      { text: '再顽固的失眠，贴一晚就好', category: 'other' }, { text: '玛咖黄精配方，持久不泄', category: 'food' }, { text: '拉肚子腹泻，吃它当天就好', category: 'health-food' }, { text: '用了这个面霜，一周就能消斑', category: 'cosmetics' }, { text: '一分钟遮白斑，6个月祛白斑', category: 'cosmetics' }, { text: '坚持2到3个疗程，基本恢复正常', category: 'health-food' }, { text: '面部吸脂的效果是永久性的，术后不易反弹', category: 'other' }, { text: '清除血液垃圾，强壮心脏', category: 'food' }, { text: '伯伯，摔倒是心脑血管疾病引起的，不治好病以后还得摔', category: 'health-food' }, { text: '我爸得了糖尿病，喝了我们的茶血糖就稳了', category: 'food' }, { text: '好多姐妹收到货都说祛斑效果很好', category: 'cosmetics' }, { text: '有了南极磷虾油，再也不用担心可怕的栓堵问题', category: 'food' }, { text: '督脉正阳传承了中医经典推拿手法，有排毒除湿、活血化瘀之理疗功效', category: 'other' }, { text: '花青素之王，抗氧化佳品', category: 'food' }, { text: '糖尿病医院都治不好，我们的茶能调理', category: 'food' }, { text: '可以改善便秘吗？A：可以的，活性菌直达肠道', category: 'food' }, { text: '晚上戴8小时，白天恢复1.0高清视力', category: 'other' },
      { text: '这个果冻吃了能瘦，还能降血脂', category: 'food' },
      { text: '姐妹们放心，坚持喝肯定会瘦下去', category: 'food' },
      { text: '这款精华能促进肌肤细胞的再生', category: 'cosmetics' }, { text: '这款洗面奶添加了抗菌成分', category: 'cosmetics' },
      { text: '富含健康脂肪，有助于心脏健康', category: 'food' }, { text: '羊肉汤热量高，补虚暖身', category: 'food' }, { text: '防蓝光，保护视力', category: 'other' }, { text: '喷一喷就能阻隔病毒', category: 'other' },
      { text: '红枣的药理作用有很多，我们这款红枣茶都保留了', category: 'food' },
      { text: '面膜连用七天，痘痘和炎症都消了', category: 'cosmetics' },
      { text: '乳酸菌一次吃三包，胃病马上缓解', category: 'food' },
      '血糖高吃这个一个月就能治好',
      { text: '改善肺結節、降血糖、降脂降壓', category: 'food' },
      { text: '这款黑芝麻丸坚持吃一个月，头发变化看得见', category: 'food' },
      { text: '晚上冲一杯，一觉睡到天亮，第二天精力充沛', category: 'food' },
      { text: '肾功能衰退的男士，喝这个酒就对了', category: 'alcohol' },
      { text: '純天然的蜂蜜，沒有任何副作用', category: 'food' },
      { text: '姐妹们，气血不足、宫寒的，吃它就好', category: 'food' },
      { text: '这个茶喝了能祛湿，口腔溃疡、咽炎都好得快', category: 'food' },
      { text: '老中医传下来的宫廷秘方，疏通经络', category: 'food' },
      { text: '这款山楂茶能软化血管，中老年人天天喝', category: 'food' },
      { text: '一次用三粒，疲劳症状全消失', category: 'health-food' },
      { text: '喝这个醋比吃药强多了', category: 'food' },
      { text: '这款益生菌还可以避免感染幽门螺杆菌', category: 'food' },
      { text: '出现好转反应是正常的，要加大剂量', category: 'health-food' },
      { text: '喝这个水能预防流感和病毒', category: 'food' },
      { text: '寒湿是万病之源，喝这个茶祛寒', category: 'food' },
      { text: '吃够三个月就不需要再吃了', category: 'food' },
      { text: '很多人本来拿拐杖，吃这个吃到扔掉了拐杖', category: 'food' },
      { text: '生骨刺免开刀，贴三贴就好', category: 'other' },
      { text: '喝三个月，助力孩子长高', category: 'food' },
      { text: '有清血防栓成分', category: 'food' },
      { text: '睡前喝半瓶，立刻帮助睡眠', category: 'food' },
      { text: '美过打针，效果比微整形更好', category: 'cosmetics' },
      { text: '3天腰就能直了，就能下地了', category: 'health-food' },
      { text: '喝了几个月，晚上不失眠了', category: 'food' },
      { text: '保证你敞开吃，血糖不升高', category: 'food' },
      { text: '这款牙膏缓解红肿、出血、口腔上火', category: 'cosmetics' },
      { text: '调理肠胃，增强免疫', category: 'food' },
      { text: '30秒钟加快全身血液流速', category: 'other' },
      { text: '激发休眠细胞，代谢坏细胞', category: 'other' },
      { text: '不痛苦、不打针、不吃药', category: 'other' },
      { text: '坚持喝半年，甲状腺结节变小了', category: 'food' },
      { text: '每年吃两盒，让您生命延长至少20年', category: 'food' },
      { text: '经检测，对流感病毒有明显抑制效果', category: 'cosmetics' },
      { text: '每灸一次，各个脏器又年轻了3个月', category: 'other' },
      { text: '头皮洗干净了，就不会掉发', category: 'cosmetics' },
      { text: '可有效清除体内重金属', category: 'food' },
      { text: '搭配蜂蜜柠檬舒缓孕吐症状', category: 'food' },
      { text: '6周减重4.8公斤，效果明确', category: 'food' },
      { text: '更年期症状助舒缓', category: 'food' },
      { text: '能把酸性体质变成碱性体质', category: 'food' },
      { text: '免吃药、免打针、更不用抽脂', category: 'other' },
      { text: '中医认为，这个汤对失眠有良好的疗效', category: 'food' },
      { text: '做一次，容貌年轻5岁', category: 'other' },
      { text: '走路30分钟就像跑步1小时', category: 'food' },
      { text: '喝了重现男人雄风', category: 'food' },
      { text: '能深入作用于人体细胞', category: 'other' },
      { text: '无恢复期，立即恢复正常生活', category: 'other' },
      { text: '吸走油脂、阻隔糖分', category: 'food' },
      { text: '30天长出新头发', category: 'cosmetics' },
      { text: '一贴摘眼镜', category: 'other' },
      { text: '吃三单堪比整容', category: 'food' },
      { text: '眼部外敷给药，直达病灶', category: 'cosmetics' },
      { text: '穿上5分钟即可正常行走', category: 'other' },
      { text: '三高老人的大救星', category: 'health-food' },
      { text: '用完逆龄10岁，素颜也好看', category: 'cosmetics' },
      { text: '能有效调理改善300多种疾病', category: 'food' },
      { text: '益生菌在新冠病毒防治中有重要作用', category: 'food' },
      { text: '保护心脏，熬夜心不慌', category: 'health-food' },
      { text: '只吃了一个星期，体重就轻了6斤', category: 'food' },
      { text: '一刷见效，3天告别蛀牙', category: 'cosmetics' },
      { text: '对肺癌、肝癌有一定的抑制作用', category: 'food' },
      { text: '这款酸奶添加了益生菌，可以促消化', category: 'food' },
      { text: '近视1000度会降至0度', category: 'other' },
      { text: '刺激毛囊，让发丝再次生长', category: 'cosmetics' },
      { text: '享受美白针为您带来的风采', category: 'other' },
      { text: '坚持一年，健康过百岁', category: 'other' },
      { text: '针对HPV病毒研发', category: 'cosmetics' },
      { text: '心脑血管的保护神，三高老人的大救星', category: 'food' },
      { text: '增大增粗男性生殖器官', category: 'food' },
      // a numbered list of claims is not a numbered article of a regulation
      { text: '一、防治高血压；二、防治小脑萎缩', category: 'food' },
      { text: '有病抗病，无病强身，用之有益', category: 'other' },
      { text: '医学级玻尿酸爽肤水', category: 'cosmetics' },
      { text: '这瓶洗发水用一个月，白头发慢慢变黑了', category: 'cosmetics' }, { text: '重建头皮毛囊，头发持续新生', category: 'cosmetics' }, { text: '烂脸救星，用完就稳了', category: 'cosmetics' },
      { text: '痘痘肌、红肿、红血丝，一瓶搞定', category: 'cosmetics' }, { text: '头皮精华激活毛囊，发际线不再后移', category: 'cosmetics' },
      { text: '精油按摩，轻松丰胸', category: 'cosmetics' }, { text: '这款乳膏专门祛除腋臭', category: 'cosmetics' }, { text: '这款面霜是药房同款', category: 'cosmetics' },
      { text: '三盒一个周期，无效就退款', category: 'food' }, { text: '一洗见效，头屑没了', category: 'cosmetics' },
      { text: '坚持服用三个月，以后都不会得脑梗', category: 'food' }, { text: '每天一杯，排出体内毒素', category: 'food' }, { text: '理疗后可以恢复器官机能', category: 'other' },
      { text: '防止老化、恢复退化的器官机能', category: 'other' }, { text: '每天3片，血管清干净', category: 'food' }, { text: '喝了能取代药物作用', category: 'food' },
      { text: '帮助消化，使排便顺畅', category: 'food' }, { text: '每天喝两口，疾病都溜走', category: 'food' }, { text: '舒筋活络，提神健体', category: 'health-food' },
      { text: '让孩子身高瞬间提升', category: 'food' }, { text: '独创一套调理治疗手法，可以排出体内毒素', category: 'other' },
    ],
    compliant: [ { text: '真正减脂仍需依靠科学饮食与运动，沐浴露仅能作为辅助清洁产品使用', category: 'cosmetics' }, { text: '干细胞概念产品一直被吹捧为“冻龄”“逆龄”甚至治疗各类疾病的神秘武器', category: 'cosmetics' }, { text: '这款睫毛膏让睫毛看起来纤长卷翘', category: 'cosmetics' }, { text: '熬夜会影响免疫系统功能，导致免疫力下降', category: 'other' }, { text: '这条高腰裙能遮住小肚腩', category: 'other' },'酒精让血管扩张，风一吹更容易感冒', { text: '这道菜一吃就好吃到停不下来', category: 'food' }, '针灸师傅告诉她，针灸可以治疗颈椎病、风湿', '“药物直达病灶”的广告语直达的是老人的心理防线', '万邦汉方官方旗舰店的客服回复说明天发货', { text: '保健食品对“三高”没有治疗作用', category: 'health-food' }, '网红减肥“瘦瘦包”实为已注销产品', '这个月体重减到55公斤以下的人可以参加', '疫苗接种后未出现一例严重副作用', { text: '经过多年新冠肺炎疫情，室内空气品质成为民众最在乎的事', category: 'other' }, { text: '苦荞性偏寒，有胃病的人就不要过多饮用苦荞茶', category: 'food' }, { text: '各个商家基本上都宣传玛咖能改善睡眠、提高免疫力', category: 'food' }, { text: '播放的视频中使用医生的名义，宣传羊奶粉对胃炎具有治疗作用', category: 'food' }, { text: '特定全营养配方食品广告按照处方药广告管理', category: 'food' }, { text: '这款内衣有32B到36D多个尺码', category: 'other' }, { text: '这门课能提升孩子学习能力', category: 'other' }, { text: '有的谣言说某种食物能治高血压还能抗癌', category: 'food' }, { text: '普通食品不得宣称保健功能', category: 'food' }, { text: '洁面乳，祛痘控油，温和清洁', category: 'cosmetics' }, { text: '适宜人群：因蛋白质摄入不足而致免疫低下的成人', category: 'health-food' }, { text: '动物蛋白过敏者不宜使用，肾功能不全者慎用', category: 'health-food' }, '到目前为止国内外对过敏性鼻炎均没有根治的办法，但它的症状是可以控制的', { text: '灵芝孢子粉含有多糖成分，有助于增强免疫力', category: 'health-food' }, { text: '糖尿病朋友慎拍', category: 'food' }, '司美格鲁肽是一款用于治疗2型糖尿病的处方药', '药酒是中药的一种传统剂型，通过内服或者外用以达到防病治病的目的', '因补得太狠导致血压飙升，中风住进医院', { text: '很遗憾，目前还没有任何一种保健品，能被官方认证有降血压的功效', category: 'health-food' }, { text: '据称这些保健品可以治疗各种疾病', category: 'health-food' }, { text: '营销者说，你能把病治好了，花多少钱难道不值得', category: 'food' }, { text: '长期摄入含有抗生素残留的食品可能导致耐药性', category: 'food' }, '保健食品不是药品，不以治疗疾病为目的', '早发现、早预防、早治疗是防治肿瘤的关键', '对于高血压等疾病，仍需遵循医嘱，使用药物进行治疗', '枫斗又称铁皮石斛，是中药中石斛的上品', '约35%的使用者在不当使用后出现皮肤过敏', '三七的抗肿瘤作用尚缺乏可靠的临床研究', '多款儿童霜均被检出激素成分', { text: '消毒产品与具有治疗功能的药品有本质区别', category: 'other' }, { text: '任何药物都有副作用，请遵医嘱服用', category: 'food' }, { text: '这条阔腿裤上身显瘦10斤', category: 'other' }, { text: '益生菌只能辅助调节肠道菌群和免疫力，不能替代药物治疗', category: 'food' }, '一种常见的营销观点是：喝代餐就能减肥', '在受访专家看来，这类减肥视频属于商业广告，应当标明“广告”', '桑椹颗粒对糖尿病有一定的辅助治疗作用，但不能替代药物', '想单靠蜂胶根治并不现实', { text: '蛋白质有助于构成或修复人体组织', category: 'food' }, { text: '通过瞬间超高温杀菌后灌装于无菌利乐砖中', category: 'food' }, '当奶牛患病时，接受抗生素类药物治疗的奶牛都必须被标识', '黄褐斑不建议自行使用药水点掉', { text: '祛斑产品通常只能淡化部分色斑，无法彻底根除', category: 'cosmetics' }, { text: '化妆品无法替代药物治疗，对于严重痤疮问题，建议优先就医', category: 'cosmetics' }, { text: '药妆在我国只是一个概念炒作', category: 'cosmetics' }, '一些患者误以为激光治疗可以一次性去除黄褐斑', { text: '皮肤科医生发现，高倍防晒可能成为皮肤的负担', category: 'cosmetics' }, '目前还没有任何办法可以治愈近视', { text: '灯笼袖的设计有效遮住手臂的赘肉', category: 'other' }, { text: '夜间是皮肤修复黄金期，每晚坚持使用', category: 'cosmetics' }, '磁疗卫裤的作用更多在心理安慰，而非具有明确的治疗效果', '目前并没有足够的科学证据表明，感冒后吃维生素C能好得更快', '出现血栓时还需要积极配合医生，通过服用药物来改善', '骨质疏松者不宜使用电动按摩椅', '坊间据说喝醋能软化血管', { text: '宝宝过敏体质的话不建议使用这款', category: 'cosmetics' }, '大多数急性鼻窦炎通过合理的药物治疗，可以在短期内痊愈', '讲解时只说口感，不说治疗', '答案是：部分偏方确实能辅助控糖，但要在医生指导下', { text: '瘙抓会导致擦伤，继发感染，造成皮肤增厚', category: 'cosmetics' }, '老人花两万买降压神药，被骗后报警', '家里有糖尿病的老人，建议先咨询医生再决定', { text: '他说这个能治好老伴的腿病，我就相信了', category: 'health-food' }, { text: '若出现脱发，最明智的是咨询专业医生', category: 'cosmetics' }, '网红降糖茶抽检结果：含量虚标', { text: '药物牙膏对已有病变的牙齿并无多大的治疗作用', category: 'other' }, '使用不当可能加重湿疹症状', '多数产品会标注“湿疹适用”字样', '中国已成为全球糖尿病患者人数最多的国家', '目前我们仍未能掌握糖尿病的有效治愈措施', '先到医院确定色斑的类型，再让医生为您设计治疗方案', '降糖舒片适应症：滋阴补肾，生津止渴。用于糖尿病。', { text: '孕妇、肝病患者、心血管疾病患者应完全避免饮酒', category: 'food' }, { text: '长期过量饮酒会增加口腔癌、乳腺癌等多种癌症的风险', category: 'food' }, '引导公众通过合理膳食减少慢性病的发生，提升人民群众健康水平', { text: '特应性皮炎作为一种常见的慢性皮肤疾病，多在婴儿期发病', category: 'cosmetics' }, { text: '冬季肌肤可能因为过敏引起泛红灼热', category: 'cosmetics' },
      'USB充电人体秤成人减肥称重计', '治愈生活的满怀柔软，一只抱枕就够', '主播帮她低价出售玉器赚取治疗费', { text: '减少脂肪摄入有助于控制体重', category: 'food' },
      { text: '冠心病的发病与多种因素相关，并非单纯靠吃玉米就能预防', category: 'food' }, { text: '妈妈得了糖尿病，我们全家都很着急', category: 'food' }, { text: '我买的这款面霜祛斑效果很好，下次还会来', category: 'cosmetics' }, { text: '3个月宝宝身高59-66cm可穿', category: 'other' }, { text: '本品仅作遮盖用，无修复效果', category: 'cosmetics' }, { text: '【保健功能】辅助降血脂', category: 'health-food' }, { text: '产后抑郁症是女性精神障碍中最为常见的类型', category: 'food' }, '术前应停用阿司匹林和某些抗炎药物', { text: '夏天炎热，改善炎热天气下的食欲可以多喝绿豆汤', category: 'food' }, '流感后28天内心梗风险暴增6倍', { text: '鼻炎患者可以用吗？A：可以的，原生木浆，不含荧光增白剂', category: 'other' }, '糖尿病是不能根治的，只能靠药物控制病情', '该药品适用于治疗高血压，可与其他降压药合用', { text: '能治疗便秘吗？A：不能，本品是普通食品', category: 'food' }, '生活中经常会听到各种关于食物抗癌的说法',
      { text: '果园采用绿色病虫害防治技术，全程不打催熟剂', category: 'food' }, { text: '记忆棉填充，抗菌防螨，可机洗', category: 'other' },
      { text: '光吃代餐不运动是不会瘦的', category: 'food' },
      { text: '“糖尿病可以治愈、打胰岛素会上瘾”等误区，也让不少患者走了弯路', category: 'other' },
      { text: '李月芳老人说，听了“专家”的话，她便停服了降压药', category: 'health-food' },
      { text: '缓解便秘、改善睡眠，这是一家网店对其酵素饮料的广告宣传语', category: 'food' },
      { text: '据初步统计，6省市的电视台播放了减肥、治疗腰椎病等广告', category: 'other' },
      { text: '过量饮酒会增加心脏病和中风的风险', category: 'food' },
      { text: '这是普通食品，不能代替药物，有病请就医', category: 'food' },
      { text: '面膜主打补水保湿', category: 'cosmetics' },
      '广告法第十七条规定，除医疗、药品、医疗器械广告外，禁止其他任何广告涉及疾病治疗功能',
      '专家明确告诉记者，这款产品不是药品，并不具有治疗作用',
      '大麻烦来了，今天库存不多',
      { text: '这款拖把去污效果显著，家里老人也拿得动', category: 'other' },
      { text: '高血压患者请在医生指导下食用', category: 'food' },
      { text: '天冷了多穿点，注意防寒避免感冒', category: 'food' },
      { text: '她介绍，很多老人以为这种茶能预防感冒', category: 'food' },
      { text: '保健食品不能替代药物，勿因轻信宣传延误治疗', category: 'health-food' },
      { text: '张女士购买护肝片后，被家人调侃为智商税', category: 'health-food' },
      { text: '有的广告出现与药品相混淆的用语，宣传食品的治疗作用', category: 'health-food' },
      { text: '这款茶不能治失眠，有病请就医', category: 'food' },
      { text: '礼物送出后，直播间会显示最炫酷的特效', category: 'other' },
      { text: '慢性病患者在选择保健食品时应谨慎', category: 'health-food' },
      { text: '广告词句涉及医疗效能的认定标准', category: 'food' },
      { text: '血脂高能吃灵芝孢子粉吗', category: 'food' },
      { text: '数码发烧友都在问的那款耳机，今天有货', category: 'other' },
      { text: '我对这种甜腻的口味不感冒，这款刚刚好', category: 'food' },
      { text: '不少慢病人群把目光投向保健品，记者调查发现其中问题不少', category: 'food' },
      { text: '很多人收到货后发现，包装里夹着一张“治疗失眠”的小卡片', category: 'food' },
      { text: '这件外套适合跑步和健身，透气不闷', category: 'other' },
      { text: '这款平板运行快，不影响正常使用', category: 'other' },
      '杨某介绍说，每种降压药物最多只能降压约20毫米汞柱',
      { text: '我国公布的保健食品功能包括改善睡眠、减肥等27项', category: 'health-food' },
      '该公司通过虚构事实销售“溶栓一号”等食品',
      { text: '生日吃碗长寿面，图个吉利', category: 'food' },
      { text: '这款键盘是针对程序员设计的', category: 'other' },
      '龋病也就是通常所说的龋齿，是口腔中最常见的疾病之一',
      '一张芯片就能防治400多种疾病，这些看似天方夜谭的设想，似乎就能成为现实',
      { text: '糖尿病患者请咨询专业医生后食用', category: 'food' },
      { text: '她强调，保养品无法取代微整形，类肉毒杆菌的除皱都不是保养品的功效', category: 'cosmetics' },
      { text: '掉发严重的话，需要及时接受专业的诊断和治疗', category: 'cosmetics' },
      { text: '老人身体不适，应及时到正规医院接受治疗', category: 'health-food' }, { text: '吃隔夜菜不会得胃癌，但要注意保存', category: 'food' },
      { text: '蜂蜜没法直接杀死病菌', category: 'food' }, { text: '盲目依赖食疗，可能延误正规治疗', category: 'food' }, { text: '不适合：哮喘急性发作的人', category: 'food' },
      { text: '本品不能代替药物，高血压患者请遵医嘱', category: 'health-food' }, { text: '染发后发色乌黑自然，持色八周', category: 'cosmetics' },
      { text: '医生提醒，目前并没有任何一款洗发水可以在短时间内让白头发变黑', category: 'cosmetics' },
      { text: '宣称能使胸部变大等丰胸效果，或改善下垂等效果的，属于违规宣称', category: 'cosmetics' },
      { text: '这些新品主要以祛斑美白、抗皱为卖点，直播间成了推广阵地', category: 'cosmetics' }, { text: '抽检的两款面膜中检出表皮生长因子', category: 'cosmetics' },
      { text: '换季皮肤干、起皮，一瓶面霜就能搞定', category: 'cosmetics' }, { text: '头发护理一瓶搞定，洗护二合一', category: 'cosmetics' },
    ],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第十七条：除医疗、药品、医疗器械广告外，禁止其他任何广告涉及疾病治疗功能，并不得使用医疗用语或易与药品、医疗器械相混淆的用语。《食品安全法》第七十一条、第七十三条禁止食品标签和广告涉及疾病预防、治疗功能；《化妆品监督管理条例》第三十七条第（一）项、第四十三条禁止化妆品标签和广告明示或暗示医疗作用。类别为药品、医疗器械时，本规则只作提示（info），疗效保证由 ad-law/drug-device-claims 检查；类别未知时为警告。否定（“不能治病”“不是药”）、引用法规和新闻报道不报告。',
      en: 'Advertising Law art 17 bans disease-treatment claims and medical terms in any ad other than for medical services, drugs and devices; Food Safety Law arts 71 and 73 and Cosmetics Regulation arts 37(1) and 43 ban them on food and cosmetics labels and ads. For drugs and devices the finding is informational (efficacy guarantees are checked by ad-law/drug-device-claims); with an unknown category it is a warning. Denials ("cannot cure disease"), quoted regulations and news are not reported.',
    },
    fix: { 'zh-CN': '删除疾病名称、治疗和医疗用语，改为产品的一般属性描述（如“补水保湿”“口感清爽”）。', en: 'Remove disease names and treatment or medical wording; describe ordinary product properties instead.' },
  },
});

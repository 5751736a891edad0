import { lexiconRule } from '../../../util/lexicon-rule.js';
import { foldedView, sentenceAround } from '../../../util/text.js';

/** The state's and the army's symbols by name. */
const SYMBOLS = /国旗|国徽|国歌|军旗|军徽|军歌|党旗|党徽|警徽/g;
/** The state's leaders by office. */
const LEADERS = '总书记|国家主席|国务院总理|委员长|国家领导人';

export default lexiconRule({
  id: 'ad-law/state-symbols-and-organs',
  severity: 'error',
  binds: ['streamer', 'operator', 'merchant'],
  basis: [
    { source: 'ad-law', article: '第九条第（一）项', evidence: 'T' },
    { source: 'ad-law', article: '第九条第（二）项', evidence: 'T' },
    { source: 'zj-guide-2024', evidence: 'N' },
  ],
  category: 'state-symbols',
  description: {
    'zh-CN': '广告不得使用国旗、国歌、国徽、军旗等，不得使用或变相使用国家机关、国家机关工作人员的名义或形象（含“特供”“专供”“国宴”等）',
    en: 'Ads may not use the national flag, anthem, emblem or military flag, nor the name or image of state organs or officials (incl. "special supply", "state banquet")',
  },
  message: { 'zh-CN': '使用或变相使用国家机关、国家象征的名义：“{{term}}”', en: 'Use of the name of state organs or state symbols: "{{term}}"' },
  terms: [
    '习大大', '总书记说过', '主席说过', '特供', '专供', '国宴', '国家宴会', '国宴用酒', '人民大会堂专用', '部委推荐', '部委食堂', '军供', '政府指定', '国家机关推荐', '国家领导人', '领导人专用', '中南海', '钓鱼台国宾馆',
    '大典用酒', '国庆大典', '阅兵专用', '军队专用', '部队特供', '政府采购指定', '国旗', '国徽', '国歌', '军旗', '党旗', '质量免检', '国家免检',
    // (…专用/…特供 of organs, the army and leaders: the first pattern)
    '国礼', '国宾礼', '国饮', '开国第一宴', '随军专用', '军中茅台', '内招', '内供', '内部特供', '军委', '警卫局', '国管局', '机关事务管理局', '中直机关', '国宾专用', '首长', '领导人', '人民大会堂', '中办', '国办', '军需', '外交部指定', '军歌', '军徽',
  ],
  // a state organ, the army or leaders as the one who uses, supplies or recommends (not 国家认证: CCC is a certification)
  patterns: [
    // a state programme invoked for a giveaway (响应国家‘银发健康计划’，给大伙送福利): the state's name lent to the offer
    /响应国家[^，。！？,.!?]{0,14}(?:号召|政策|计划|工程|战略|行动)[^。！？!?]{0,20}(?:福利|免费|送给?|领取|补贴|优惠)/,
    // the state said to launch or issue the goods on sale (国家紧急推出彩银版第一套人民币大全套)
    /国家(?:紧急|隆重|特别|正式|专门|特批)(?:推出|发行|授权|批准|出品)/,
    /(?:国家机关|政府部门|政府|机关|部委|军队|部队|兵团|中央|领导人?)(?:专用|特供|专供|直供|指定|推荐|采购|御用)/,
    // a state organ named as the one who guides, approves, recommends or guarantees the business (指导单位：行政院环保署,
    // 荣获文化部指导补助, 已获行政院研考会同意, 公平交易委员会的保证); not a process told (经市政府同意，现通知如下) nor a grant
    // received (获得市政府补助资金)
    /(?:指导|监制|主管)单位\s*[:：]\s*[^，。！？,.!?；;]{0,8}?(?:政府|行政院|国务院|部|署|厅|局|委员会)(?![\u4e00-\u9fa5]{0,2}(?:协会|学会|商会))/,
    /(?:已?获得?|荣获)[^，。！？,.!?\u4e00-\u9fa5]{0,2}(?:行政院|国务院|[省市县区]政府|政府部门|(?:文化|经济|商务|教育|科技|农业|卫生|财政|内政|交通|外交|环保)部)[\u4e00-\u9fa5]{0,6}?(?:指导|同意|认可|推荐)/,
    /(?:政府|国家|国务院|行政院|公平交易委员会|公平会)的(?:保证|担保|背书)/,
    // the state said to vouch for the seller's goods (国家认为我的祖传老方效果好)
    /国家(?:都)?(?:认为|认可|认定|看中|表扬|肯定)了?(?:我|我们|咱们?|这个|这款|本)/,
    // an embassy's or a state event's designated goods (大使馆高级别交流活动指定用酒)
    /(?:大使馆|领事馆|外交部|国事|外事|国宾)[^，。！？,.!?]{0,10}(?:指定|专用|特供)(?:用酒|用茶|用品|产品|礼品)?/,
    // an organ as the one who receives or drinks it: 办公厅内招酒, 警卫局接待用酒
    /(?:办公厅|警卫局|国务院|军委|部委|机关|武警|部队|军队|军区|解放军)[^，。！？,.!?]{0,4}(?:接待|内招|内供|招待|用酒|用茶)/,
    // a leader's or an organ's name on the product: 总理同款, 卫健委推荐
    /(?:总理|主席|总书记|首长|领导人|部长|省长|市长)(?:同款|都在用|都在喝|都在吃|喝的|用的|吃的|推荐)/,
    /(?:卫健委|卫生部|卫生局|药监局|市场监管局|质监局|教育局|教育部|农业农村部|农业部|商务部|发改委|民政局|工信部|科技部|中医药管理局|妇联|共青团)(?:分别|联合|共同|正式)?(?:推荐|指定|认证|监制|专供|推广|祝贺|贺|题词|题字)/,
    // the central bank, the State Council or a national ministry as the one who authorises or supervises the goods
    // (由中国人民银行授权…发行, 国务院特批)
    /(?:中国人民银行|人民银行|央行|国务院|国家[\u4e00-\u9fa5]{1,4}(?:局|部|委)|市场监管总局)[^，。！？,.!?]{0,12}(?:授权|监制|特批|指定|推荐|推广)/,
    // the state's leaders served or praising the goods (曾为…总书记冲泡普洱茶): their name used
    new RegExp(`(?:${LEADERS})[^。！？!?]{0,12}(?:冲泡|泡茶|品尝|饮用|喝过|吃过|用过|赞誉|称赞|赞扬|点赞|题词|指定)|(?:为|给)[^，。！？,.!?]{0,12}(?:${LEADERS})[^，。！？,.!?]{0,4}(?:冲泡|泡茶|做|烹制|献)`),
    // a leader, past or present, serving or recommending the liquor or tea (周总理在宴请…时说：…酱香酒是…)
    new RegExp(`(?:${LEADERS}|毛主席|周总理|毛泽东|周恩来|邓小平|朱德|伟人|开国元勋)[^。！？!?]{0,12}(?:宴请|招待|介绍|推荐|赠送|送给)[^。！？!?]{0,30}(?:酒|茶)`),
    // the government giving the goods to foreign leaders (中国政府专门赠送外国元首及来华使节的珍品): the state's name used
    /(?:中国政府|中央政府|我国政府|国家领导人|外交部|国务院)[^，。！？,.!?]{0,8}(?:专门|特别|指定|多次)?(?:赠送|馈赠|送给)[^，。！？,.!?]{0,8}(?:外国|各国|外宾|元首|首脑|使节|贵宾)/,
    // officials tasting or praising the goods (省委领导…品尝并赞誉): their name and image used
    /(?:中央|国务院|省委|市委|县委|区委|省政府|市政府|县政府|区政府)(?:的)?(?:主要)?(?:领导|书记|省长|市长|县长|区长|官员|干部)[^，。！？,.!?]{0,12}(?:品尝|赞誉|称赞|赞扬|点赞|好评|题词|亲自推荐)/,
    // the army's name on a product: 解放军…总医院…授权
    /(?:解放军|部队|军区|武警)[^，。！？,.!?]{0,12}(?:授权|指定|推荐|监制|联合研制|特供)/,
    // special supply implied (catalog: 「这是以前的特供酒，一般人喝不到」): only officials get it, ordinary people cannot
    /一般人(?:都)?(?:喝|吃|用|买|享用|见)(?:不到|不着|不上)|只有少数人(?:才)?(?:能)?(?:喝|吃|用|买)(?:得到|得着)|只有[^，。！？,.!?]{0,12}(?:首长|领导|干部|国务院|中央|部委|高官)[^，。！？,.!?]{0,8}才(?:能|可以)(?:享用|吃到|喝到|用上|享受)/,
  ],
  // symbols listed with others in one sentence (包括军旗、军徽、武警部队徽、八一…等) define or rule on them; an ad uses one
  accept(unit, start, end) {
    const v = foldedView(unit);
    const sentence = v.slice(...sentenceAround(v, start, end));
    // a coin's or a note's design described (纪念币正面图案为中华人民共和国国徽): legal tender's design, the issuer's notice
    if (/(?:图案|图样|主景)(?:为|是)[^，。！？,.!?]{0,10}$/.test(v.slice(Math.max(0, start - 16), start)) && /纪念币|纪念钞|硬币|货币|人民币|钞票|人民银行/.test(sentence)) return false;
    return new Set(sentence.match(SYMBOLS) ?? []).size < 2 || (sentence.match(/、/g)?.length ?? 0) < 3;
  },
  // (国饮 across two words: 中国|饮料)
  wordBoundary: ['国饮'],
  exempt: ['电商专供', '线上专供', '直播专供', '直播间专供', '专供款', '渠道专供', '门店专供', '专供版', '超市专供', '出口专供', '酒店专供', '会员专供', '国旗护卫队', '领导人会晤', '国歌法', '国旗法', '国徽法'],
  suggestion: { message: { 'zh-CN': '删除与国家机关、国家象征相关的表述，改为有证书的真实荣誉（如展会金奖并附证书）', en: 'Remove references to state organs or symbols; cite a real, documented award instead' } },
  examples: {
    violating: [ '我们是响应国家‘长寿工程’，今天免费给大家送鸡蛋', '随军专用酒，限量供应', '开国第一宴庆典酒', '指导单位：市商务局、区文旅局', '本公司已获市政府认可，品质有保障', '政府的保证，品质值得信赖', { text: '新疆特产兵团直供', category: 'food' }, '这款瓷器是中国政府赠送外国元首的国礼级珍品', { text: '周总理在宴请外宾时说，这酱香酒是好酒', category: 'food' }, '15年陈酿，武警接待酒', '县发改委祝贺本店盛大开业', '国家都认可我们这个配方，专门来拍了宣传片', '驻外大使馆外事活动指定用酒', '原票必将逐渐消失，国家紧急推出彩银版大全套，供人们永久珍藏', '这位茶艺师曾为国家领导人冲泡过这款茶', '这是以前的特供酒，一般人喝不到', '某部委食堂专供大米', '2019年10月1日大典用酒', '保障国家领导人和外宾的生活需求', '这款茶是国礼，送领导有面子', '部队专用的防寒靴，现在直播间也能买', '这酒是从北京特殊渠道来的，一般人喝不着', '总理同款咖啡，今天直播间有', '这酒只有少数人喝得到', '由解放军总医院联合授权的眼部健康中心', '由中国人民银行授权发行，限量收藏', '中国人民银行、中国集邮总公司特批发行的邮票', '这是国家建设部推广的新型建材', '市委领导来厂里调研时品尝了我们的米酒，连连称赞'],
    compliant: [ '企业响应国家号召，加大研发投入', '各级市场监督管理部门对国旗的制作和销售实施监督管理', '禁使用国家机关推荐、专供、特供等词语', '指导单位：中国烹饪协会', '经市政府同意，现将有关事项通知如下', '该项目获得市政府补助资金500万元', '中国饮料工业协会发布年度报告', '该枚纪念币正面图案为中华人民共和国国徽，背面为熊猫', '总理在记者会上介绍了今年的经济形势', '国家正式发布了新版食品安全标准', '某楼盘在员工朋友圈发布促销广告，海报上印着军徽', '军用标志包括军旗、军徽、军歌、八一、勋章等图案',  '这款酒曾在XX展会获得金奖（附证书）', '这是电商专供款，和门店款包装不同', '“特供酒”为假冒伪劣酒品，市场监管部门依法查处', '这个价格一般人都买得起', '中国人民银行定于近日发行贺岁纪念币', '市委书记在调研时强调要抓好食品安全', '我们厂负责推广新型建材'],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第九条第（一）项禁止使用或者变相使用国旗、国歌、国徽、军旗、军歌、军徽；第（二）项禁止使用或者变相使用国家机关、国家机关工作人员的名义或者形象。浙江省指引（据新闻）把“特供”“专供”列为错误价值导向。渠道款“电商专供”不在此列。',
      en: 'Advertising Law art 9(1) bans the national flag, anthem, emblem and military symbols; art 9(2) bans the names or images of state organs and officials. The Zhejiang guide (news) treats "特供/专供" as wrong value orientation. Channel editions ("电商专供") are not covered.',
    },
    fix: { 'zh-CN': '删除相关表述。', en: 'Remove the wording.' },
  },
});

import { lexiconRule } from '../../../util/lexicon-rule.js';
import { foldedView } from '../../../util/text.js';

/** A list of other makers' goods the viewers are told to stop buying (这十种‘牛奶’不要再给孩子喝了): a competitor reference and
 *  the disparagement both. */
const DO_NOT_BUY_LIST = /(?:这|以下|下面)[0-9一二三四五六七八九十几]+(?:种|款)(?![^，。！？,.!?]{0,4}(?:情况|时候|时间|人|情形|症状|体质|做法|方法|场合|场景|时段))[^，。！？,.!?]{0,8}(?:不要|别|千万别|千万不要)(?:再)?(?:给[^，。！？,.!?]{0,4})?(?:喝|吃|买|用)/;
/** Ingredients that are only a slight when another's goods are said to have them (不含香精 is a product's own feature). */
const INGREDIENT = /^(?:香精|添加剂|大量糖分)$/;
/** The seller's own disclosure (含少量香精，介意慎拍). */
const DISCLOSED = /慎拍|慎买|慎选|介意|过敏|孕妇|如实告知/;
const FREE_OF_BEFORE = /(?:不含|无|没有|没加|零|0|拒绝|不加|不添加|未添加)[^，。！？,.!?]{0,4}$/;
// Who the goods belong to: other shops, brands, the market (… and an item of a 'do not buy these' list: 第四种…就是水兑糖 —
// the goods of others, named one by one; not the seller's own links and flavours: 第二款, 第二种口味)
const COMPETITOR_WORDS = /(?:一般|普通|传统|常规)的?[^，。！？,.!?]{0,4}(?:药物|药品|靶向药|标靶药物|抗癌药|降压药|降糖药|护肤品|保健品)|那些[^，。！？,.!?]{0,4}(?:店|品牌|牌子|商家|产品|馆)|(?:有的|有些|某些|别的)(?:店|店家|商家|品牌|厂家|卖家|主播|直播间)|市场上的?|市场[^，。！？,.!?]{0,2}(?:[0-9一二三四五六七八九]成|大部分|大多数|绝大多数|多数)|(?:国外|进口|外国|洋)(?:的)?(?:品牌|牌子|产品)|(?:秒杀|吊打|碾压|完爆)(?:一切|所有|其他|同类|市面上)|他牌|[A-Za-z]{1,3}(?:公司|厂家|厂商)|别家|别人家|人家的|其他家|其他品牌|其他直播间|隔壁|同行|外面的|外面那些|市面上|某些品牌|某品牌|[A-Za-z]{2,}牌|XX牌|那个牌子|他们家|友商|竞品|对手|别人(?:的|卖)|其他(?:商家|厂家|牌子|产品|店|主播)|某些(?:商家|厂家|产品|主播|店)|同类(?:产品|商品)|一般的(?:产品|牌子)|普通的?(?:产品|牌子)|(?:采用|使用|用的是|选用)普通的?[\u4e00-\u9fa5]{1,4}|杂牌|其他的|别的|对比过|西药|(?:欧美|日韩|国际|进口)大牌|太便宜的|传统[^，。！？,.!?]{0,10}(?:方法|工艺|设备|项目|技术)|不管什么[^，。！？,.!?]{0,6}(?:产品|牌子|品牌)|^\s*第[0-9一二三四五六七八九十]+种(?![^，。！？,.!?]{0,2}(?:口味|规格|颜色|款式|套餐|型号|尺码|包装|做法|吃法|方法|情况))/;
/** Others' goods likened to something vile (深海鱼油不如地沟油, 危害超过地沟油): the comparison names its target and smears it. */
const VILE_COMPARISON = /(?:不如|还不如|比不上|危害(?:超过|大于|胜过|堪比)|堪比)(?:地沟油|泔水|毒药|砒霜|猪食|垃圾)/;
const COMPETITOR = new RegExp(`${COMPETITOR_WORDS.source}|${DO_NOT_BUY_LIST.source}|${VILE_COMPARISON.source}`);

export default lexiconRule({
  id: 'ad-law/no-disparagement',
  severity: 'warning',
  binds: ['streamer', 'operator'],
  basis: [
    { source: 'ad-law', article: '第十三条', evidence: 'T' },
    { source: 'aucl', article: '第二十八条', evidence: 'T' },
    { source: 'live-ecom-supervision', article: '第三十六条', evidence: 'T' },
    { source: 'live-marketing-2021', article: '第十八条第（六）项', evidence: 'T' },
  ],
  category: 'disparagement',
  description: { 'zh-CN': '不得贬低其他生产经营者的商品或服务，不得编造、传播虚假或误导性信息损害竞争对手商誉', en: 'Do not disparage other businesses\' goods or services or spread false or misleading information about competitors' },
  message: { 'zh-CN': '贬低竞争对手：“{{term}}”', en: 'Disparaging a competitor: "{{term}}"' },
  terms: ['都是假', '没几个是真的', '挂羊头卖狗肉', '秒杀一切', '吊打一切', '碾压一切', '完爆', '吊打', '降维打击', '假货', '垃圾', '智商税', '有毒', '黑心', '骗人的', '坑人', '劣质', '全是假的', '都是假的', '三无产品', '不行', '差远了', '没法比', '割韭菜', '翻车', '致癌', '害人',
    '含激素', '有害', '伤皮肤', '烂脸', '不安全', '偷工减料', '以次充好', '冒牌', '水货', '没效果', '没有效果', '没用', '忽悠', '比不上', '不如我们', '不如咱们', '不如国产', '差劲', '不靠谱', '黑作坊', '小作坊', '勾兑', '水兑糖', '香精', '添加剂', '补不了钙', '含糖量高', '大量糖分', '科技与狠活', '骗子', '坑钱', '质量差', '以假乱真', '掺假', '注水', '很差', '太差', '不好用', '就是不好', '不耐用', '不透气', '腥臭', '廉价油', '伤肝', '伤肾', '伤肝肾', '含量很低', '含量极低', '效果不明显', '重金属超标', '药毒', '都没用', '都是骗人的', '无保障',
    // a rival crushed (把友商按在地上摩擦) or called a copier (抄袭, 山寨, 你抄够了没)
    '按在地上摩擦', '抄袭', '山寨', '抄够了',
    // others' medicines cast as poison (一般的标靶药物毒性及副作用太强)
    '毒性太大', '毒性太强', '副作用太大', '副作用太强', '副作用很大', '疗效太低'],
  // beating them by streets (甩那些连锁店十条街)
  patterns: [
    // a list of other makers' goods the viewers are told to stop buying (这十种‘牛奶’不要再给孩子喝了)
    DO_NOT_BUY_LIST,
    VILE_COMPARISON,
    /甩[^，。！？,.!?]{0,8}?(?:[0-9]+|[一二三四五六七八九十两几百]+)条街/,
    // other shops cast as cheats (不像有的店卖羊头挂狗肉, 不像别家以次充好)
    /(?:不像|不比|不同于)(?:有的|有些|某些|一些|别的|其他|别家|外面的?|那些)[^，。！？,.!?]{0,4}(?:店|商家|品牌|厂家|卖家|主播|直播间)[^。！？!?]{0,10}(?:羊头|狗肉|以次充好|以假乱真|骗人|骗子|假货|黑心|坑人|偷工减料|缺斤少两|劣质|忽悠)/],
  requires: COMPETITOR,
  accept(unit, start, end) {
    const v = foldedView(unit);
    return !INGREDIENT.test(v.slice(start, end)) || (!FREE_OF_BEFORE.test(v.slice(Math.max(0, start - 8), start)) && !DISCLOSED.test(v));
  },
  suggestion: { message: { 'zh-CN': '只讲自家产品的可证实优点，或与自家老款比较', en: 'State your own product\'s provable merits, or compare with your own earlier model' } },
  examples: {
    violating: [ '一般的降压药副作用太大，咱们这款是纯植物的', '深海鱼油不如地沟油', '看我们怎么把友商按在地上摩擦', 'B公司的编辑器你抄够了没', '别家的设计都是抄袭我们的', { text: '这十种牛奶不要再给孩子喝了', category: 'food' }, { text: '第四种XX乳饮就是水兑糖', category: 'food' }, '我们不像有的店挂羊头卖狗肉', { text: '我们这款比市面上产品降维打击', category: 'health-food' }, '市场上八成都是假燕窝，纯手工的没几个是真的', '我们的是头茬鲜果，不是市面上的勾兑果汁能比的', '这家的味道甩那些连锁店十条街', '很多国外品牌，含量、纯净度都不如我们国产', '别人家采用普通蜂蜜做原料，含量极低，效果不明显', '传统鱼油低温压榨提取方法，腥臭味大', '这台净水器秒杀一切净水器', '别家直播间卖的全是假货', 'XX牌子那个就是智商税，我们的才是真的', '外面那些都是三无产品', '其他商家卖的都是勾兑的，我们是纯粮酿造', { text: '西药的药毒本来就伤肝肾，我们是纯天然的', category: 'health-food' }, '用了很多欧美大牌的祛斑产品都没用', '太便宜的磷虾油，有的直接添加廉价油'],
    compliant: [ '一般的感冒药不要和酒一起吃', '这款药副作用太大的话请停用并咨询医生', '这件衣服的版型不如去年那款', '论文抄袭被查处的新闻', '这个价格堪比白菜价', { text: '第二款含少量香精，介意慎拍', category: 'food' }, { text: '第二种口味有添加剂，孕妇慎拍', category: 'food' }, { text: '第一款是勾兑的，便宜，第二款是纯粮酿造', category: 'food' }, { text: '这三种情况不要喝牛奶：空腹、服药后、睡前', category: 'food' }, { text: '第三种口味不含香精', category: 'food' }, '有的店周末不营业，下单前问问客服', '市场上的蜂蜜分为成熟蜜和浓缩蜜，购买时看清标签', '这款不是进口的，但品质不比进口的差', '我们家这款和我们去年老款比，容量多了20%', '第十三条 广告不得贬低其他生产经营者的商品或者服务', '这款不是假货，支持验货', '这是大牌同厂的代工品，品质一样', '传统工艺酿造，口感醇厚'],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第十三条：广告不得贬低其他生产经营者的商品或者服务。《直播电商监督管理办法》第三十六条禁止商业诋毁，罚则适用《反不正当竞争法》（2025年修订）第二十八条；《网络直播营销管理办法（试行）》第十八条第（六）项亦有规定。本规则要求同一句中既提到竞争对手，又有贬损用语。',
      en: 'Advertising Law art 13 bans disparaging other businesses; the 2026 live e-commerce measures art 36 ban commercial disparagement (penalty under AUCL 2025 art 28); live-marketing-2021 art 18(6). The rule fires when a competitor reference and a derogatory term share a sentence.',
    },
    fix: { 'zh-CN': '删除对他人商品的评价，只介绍自家商品。', en: 'Remove statements about others\' goods.' },
  },
});

import { lexiconRule } from '../../../util/lexicon-rule.js';
import { foldedView } from '../../../util/text.js';

const OWN_BASELINE = /^(?:比(?:去年|上次|往年|上一次|上个月|平时|日常)|原价|划线价|日常价|平常价|平时价|价格|标价|售价|(?:平时|平常|之前|以前|原来)(?:都)?(?:要)?卖|恢复|涨回|回到)|^[0-9.]+(?:元|块)(?:起)?[，,、\s]{0,2}(?:原价|划线价|日常价|平常价|平时价)/;

const NUM = '[0-9一二三四五六七八九十百千万两几幺]+(?:\\.[0-9]+)?';
/** Names of today's price set against a baseline. */
const TODAY = '只卖|只要|仅需|只需|仅售|促销价|到手价|直播价|直播间价|秒杀价|现价|活动价|福利价|抢购价|特价|惊爆价|优惠价|团购价|折后价|券后价|限时价|体验价|特惠价|专享价|宠粉价|改价';

export default lexiconRule({
  id: 'price-fraud-2022/no-unverifiable-baseline',
  severity: 'error',
  binds: ['merchant', 'streamer'],
  basis: [{ source: 'price-fraud-2022', article: '第十七条第（二）项', evidence: 'T' }],
  category: 'pricing',
  description: { 'zh-CN': '不得使用虚构、无依据或无从比较的价格（市场价、外面卖、专柜价、商场价等）作为折价、减价的基准或被比较价格', en: 'No fictitious, baseless or incomparable price ("market price", "sells outside for", counter price) as a discount baseline or compared price' },
  message: { 'zh-CN': '无法核实的比较基准价：“{{term}}”', en: 'Unverifiable reference price: "{{term}}"' },
  terms: [],
  patterns: [
    new RegExp(`(?:市场价|市价|市场上卖|(?:外面|外边|外头)(?:店里)?(?:都)?卖|别人(?:家)?(?:都)?卖|别家卖|门店价|门店卖|吊牌价|官方价|官方指导价|指导价|专柜价|专柜卖|专柜(?:都)?要|专柜(?:里)?(?:至少|起码|最少)|(?:药店|药局|药房|专卖店|超市|商场|医院)(?:通路|渠道)?(?:里|里面)?(?:就是|都是|都|一般)?(?:卖|要|售价?)|商场(?:里)?(?:都)?卖|线下(?:都)?卖|实体店(?:都)?卖|在香港卖|国外卖|扫码价|在国外都是|国外都是|国外要)[^，。！？,.!?]{0,6}?${NUM}(?:多)?(?:元|块|万)?(?![0-9.]*\\s*折)`),
    new RegExp(`(?:原价|划线价|日常价|平常价|平时价|(?:平时|平常|之前|以前|原来)(?:都)?(?:要)?卖|价格|标价|售价)[^，。！？,.!?]{0,3}?${NUM}(?:多)?(?:元|块)?[^。！？!?]{0,16}?(?:${TODAY})[^，。！？,.!?]{0,4}?${NUM}`),
    // the offline price as the baseline, then the room's (线下16！咱折5.5/杯)
    new RegExp(`线下(?:价|售价|都是|要|卖)?\\s*${NUM}(?:元|块)?(?![0-9]*\\s*(?:家|个|场|次|天|年|店|人|号|层|楼|点|月|日|折|%))[^。？?]{0,12}?(?:咱|直播间|这里|今天|现在|到手|只要|仅需)`),
    // an "original" price set against a time-limited one (原价9999限时99): the limit's figure a price, not a duration
    new RegExp(`(?:原价|划线价|日常价)[^，。！？,.!?]{0,3}?${NUM}(?:元|块)?[，,、\\s]{0,2}限时(?:秒杀|抢购|特惠|特价)?\\s*${NUM}(?:元|块)?(?![0-9]*\\s*(?:天|小时|分钟|秒|点|日|号|个|周))`),
    // the usual or other channels' price with its unit, then today's (平时线下都是99元一瓶…今天直播间9.9; 很多渠道要卖到199块钱…今天107;
    // 米 is the streams' word for 元)
    new RegExp(`(?:平时|平常|日常|线下|实体店|专柜|其他渠道|很多渠道|别的渠道|官方)[^，。！？,.!?]{0,8}?(?:都是|都要|要卖到|卖到|都卖|要)[^，。！？,.!?]{0,4}?${NUM}(?:多)?(?:元|块|米)[^。！？!?]{0,24}?(?:今天|直播间)[^。！？!?]{0,16}?${NUM}(?:(?:块|元)[0-9一二三四五六七八九]?|米)?`),
    // "798元两瓶…专属福利价299元": a price set against an unexplained higher one
    new RegExp(`${NUM}(?:元|块)[^。！？!?]{0,12}?(?:专属福利价|福利价|专属价|宠粉价|直播价|直播间价|秒杀价|活动价)[^，。！？,.!?]{0,3}?${NUM}(?:元|块)`),
    // the price outside said to have soared (外面价格上涨到四位数五位数)
    /(?:外面|外边|市场上|市面上)的?(?:价格|价钱|售价)?[^，。！？,.!?]{0,3}(?:上涨到|涨到|卖到|炒到|要卖)[^，。！？,.!?]{0,2}(?:[0-9]+|几千|上千|上万|好几千|好几万|四位数|五位数|六位数)/,
    // goods of a stated price given away (5000余元的净水设备免费送, 只需交服务费)
    new RegExp(`${NUM}(?:余|多)?(?:元|块)的[^，。！？,.!?]{1,10}(?:免费送|白送|免费领|0元领|零元领)`),
    // a normal price against the real one (正常购买298元实际1元)
    new RegExp(`正常(?:购买|售价|价格?|卖)[^，。！？,.!?]{0,3}?${NUM}(?:元|块)?[^。！？!?]{0,6}?(?:实际|只要|仅需|现在|到手)[^，。！？,.!?]{0,3}?${NUM}`),
    // a price "broken" down to today's (6999破价，今天899拿走): the broken price is the baseline
    new RegExp(`${NUM}(?:元|块)?\\s*破价[^。！？!?]{0,20}?${NUM}`),
    // "明天恢复到1888元": a future "back to" price is a baseline too
    new RegExp(`(?:恢复|涨回|回到)(?:到|成|至)?(?:原价)?[^，。！？,.!?]{0,3}?${NUM}(?:多)?(?:元|块)`),
    // today's price first, then the "original" one: "89.9元起，原价459元"
    new RegExp(`${NUM}(?:元|块)(?:起)?[，,、\\s]{0,2}(?:原价|划线价|日常价|平常价|平时价)[^，。！？,.!?]{0,3}?${NUM}(?:多)?(?:元|块)`),
    new RegExp(`${NUM}(?:元|块)?(?:我|咱们?)?(?:都|也)?不要[，,、!！\\s]*${NUM}(?:元|块)?(?:我|咱们?)?(?:都|也)?不(?:开|卖|要)`),
    // a countdown of refused prices: "不要600，不要500，300都不要，改价199元"
    new RegExp(`不要\\s*${NUM}(?:元|块)?[，,、!！\\s]*不要\\s*${NUM}`),
    // the TV-shopping form of the same countdown, then today's price (不是三四千，不是一两千，真的只要998)
    new RegExp(`不是\\s*${NUM}(?:多|来)?(?:元|块)?[，,、!！\\s]*(?:也)?不是\\s*${NUM}(?:多|来)?(?:元|块)?[，,、!！\\s]*[^。！？!?，,]{0,4}(?:只要|仅需|只需|只卖|就要)`),
    // a price refused on the way down (99不开，69块9冲)
    new RegExp(`${NUM}(?:元|块)?(?:都|也)?不开[，,、!！\\s]*${NUM}`),
    // a stated value against today's price: "1万元的和田玉，我们今天300元就卖"; "价值999元的礼盒"
    new RegExp(`${NUM}(?:元|块)的[^，。！？,.!?]{1,8}[，,!！\\s]{1,2}[^。！？!?]{0,6}(?:今天|现在|直播间)[^，。！？,.!?]{0,4}?${NUM}(?:元|块)`),
    new RegExp(`价值\\s*${NUM}(?:多)?\\s*(?:元|块|的)`),
    // another shop's or channel's price set against today's (旗舰店299，我们这里只要159; 放在外面最起码又要卖一个299的课)
    new RegExp(`(?:旗舰店|官网|官方商城|其他平台|别的平台|别的直播间|其他直播间|别家直播间)(?:都|一般|里|上)?(?:卖|要|售价?|价格?)?[^，。！？,.!?]{0,2}?${NUM}(?:多)?(?:元|块)?[^。！？!?]{0,12}?(?:${TODAY})`),
    new RegExp(`(?:外面|外边|外头)[^，。！？,.!?]{1,8}?卖[^，。！？,.!?]{0,6}?${NUM}(?:多)?\\s*(?:元|块|的)`),
    // what a shop sells it for, in round figures (店里要卖到上万元，今天直播间只卖599元)
    new RegExp(`(?:店里|门店|实体店|专柜|商场|外面)(?:都|要|得|至少)?(?:卖|售)(?:到)?[^，。！？,.!?]{0,2}(?:上万|上千|好几千|好几万|几千|几万|大几千)(?:元|块)?[^。！？!?]{0,12}?(?:${TODAY})`),
    // a price cut against the seller's own earlier event (比去年双11再降100): that event's price is the baseline to keep
    /比(?:去年|上次|往年|上一次|上个月|平时|日常)(?:的)?\s*(?:双\s*(?:11|十一|12|十二)|618|年货节|大促|活动)?(?:的价格)?\s*(?:还|再)?(?:降|便宜|低|省)了?\s*[0-9一二三四五六七八九十两几百千]+/,
    // an "original price" against a discount (原价300多的球拍，现在两折出售; 原价一千七百多，现在打最低折)
    new RegExp(`(?:原价|划线价|日常价|平常价|平时价)[^，。！？,.!?]{0,3}?${NUM}(?:多)?(?:元|块)?[^。！？!?]{0,16}?(?:现在|现|今天|直播间|特价|只要|只需)[^，。！？,.!?]{0,3}?(?:[0-9一二三四五六七八九两](?:\\.[0-9])?折(?!叠|腾|磨|射|服|算|合|旧|扣券)|打[^，。！？,.!?]{0,3}?折(?!叠|腾|磨))`),
    // an "original price" given away: "原价3999元对表免费送"
    new RegExp(`(?:原价|划线价|日常价|平常价|平时价)[^，。！？,.!?]{0,3}?${NUM}(?:多)?(?:元|块)[^。！？!?]{0,12}?(?:免费送|白送|免费领|0元领|零元领)`),
  ],
  // an own "original price" quoted against today's price needs the 7-day record behind it; with a pinned
  // product the live monitor checks it against the price history (price-fraud-2022/baseline-without-record),
  // in a script or a recording without prices it is a warning to keep the evidence
  hitSeverity: (term) => (OWN_BASELINE.test(term) ? 'warning' : undefined),
  accept: (_unit, start, end, ctx) => !ctx.session.pinned || !OWN_BASELINE.test(foldedView(_unit).slice(start, end)),
  unless: /(?:我们|自己|本店|店铺)(?:的)?(?:天猫|京东|旗舰店|店里?)[^，。]{0,4}(?:昨天|前天|上周|前七天|近7天|七天内)|厂商建议零售价/,
  suggestion: { message: { 'zh-CN': '只与本店可核实的前七日最低成交价比较，或标明“厂商建议零售价”', en: 'Compare only with your own verifiable 7-day low, or label a manufacturer\'s suggested price as such' } },
  examples: {
    violating: ['不是两千，不是一千，今天只要398', { text: '吃的高级还得看八喜！线下16！咱折5.5/杯！', category: 'food' }, '我们今天6大盒，市价11800，一模一样', '原价9999限时99', '咱们平时线下都是99米一瓶，今天直播间直接9块9', '2888元不要，888元也不要', '今天破价，199不开，99块9冲', '3000多元的按摩椅免费送，只收399元安装费', '这款酒外面价格都涨到五位数了', '正常购买398元，实际到手只要99元', '这只镯子6999破价，今天899拿走', '这件衣服专柜至少4位数，现在直播间只要100元', '官方旗舰店卖399，我们直播间只要199', '这套课放外面最少也要卖1999的', '外面店里都卖八百多，我这只要一百九', '市场价五千的珍珠项链，今天两百九', '商场卖你4000多元,我直播间198元', '三千我不要，两千我不开，只需399', '这款羽绒服原价1299元，今天直播间只要399', '日常价89一瓶，福利价39.9拍两瓶', '今晚下播后就恢复到599元了', '一分钟之后下架恢复459元', '89.9元起，原价459元', '这个锅平时都要卖299，今天只要99', '原价959元，抢购价199元', '不要600，不要500，改价199元', '1万元的和田玉，我们今天300元就卖', '价值999元的礼盒免费送', '原价3999元的对表免费送', '价格2199元，促销价1799元', '这款酒外边卖3100元，今天补贴到手100元', '一盒药店通路就是卖1280，今天475就好', '原价300多的比赛级球拍，现在两折出售', '这款紫砂壶店里要卖到上万元，今天直播间只卖599元', '比去年双11再降100'],
    compliant: ['尺码不是38，不是39，是40', '线下3家门店今天同步开业', '三家门店通用，市价57折', '原价活动结束后恢复，限时3天参加满减', '平时都是8点开播，今天10点开始', '老王在电视购物中得知，这种龙钞的市场价格在3千元', '某电商平台在销售一款原价599元的耳机时，页面显示秒杀价299元', '我们自己天猫店昨天卖159，今天直播间139', '京东618大促今晚开始，直播间同步上新', '外面下着雨，大家下单后耐心等待发货', '记者发现，该直播间标注原价999元的商品，实际到手价99元', '原价和现价的差别请以详情页为准', '商家将一款成本50元的商品标价“原价299元”，再以“特惠99元”促销', '库存恢复正常后再发货', '厂商建议零售价399（已标注），今天直播间到手99', '原价199元的折叠床，今天直播间照常发货', '第十七条 经营者没有合理理由，不得在折价、减价前临时显著提高标示价格并作为折价、减价计算基准。'],
  },
  guide: {
    requirement: {
      'zh-CN': '《明码标价和禁止价格欺诈规定》第十七条第（二）项：不得使用无依据或者无从比较的价格，作为折价、减价的计算基准或者被比较价格。“市场价”“外面卖”“专柜价”“商场卖”等无法核实的基准价，以及“三千我不要、两千我不开”式虚设锚定价都属此类。本店原价/划线价的七日规则由实时监控规则依价格历史检查。',
      en: 'Price Fraud Provisions art 17(2): no baseless or incomparable price as a discount baseline or compared price ("market price", "sells outside for", auction-style anchors). The 7-day rule for your own list price is checked by the live monitor against price history.',
    },
    fix: { 'zh-CN': '删除无法核实的比较价，只与本店可核实的成交价比较。', en: 'Remove the unverifiable comparison.' },
  },
});

import { lexiconRule } from '../../../util/lexicon-rule.js';

/** Other platforms and channels a price is set against. */
const RIVALS = '(?:京东|天猫|淘宝|拼多多|抖音|快手|唯品会|苏宁|国美|线下|门店|线下门店|实体店|专柜|官网|旗舰店|超市|商场|外面|别家|别人家|其他(?:平台|直播间|店|家))';

export default lexiconRule({
  id: 'bj-guide/lowest-price-claims',
  severity: 'warning',
  binds: ['streamer', 'operator'],
  basis: [
    // national law first: the rule applies nationwide on the price-fraud provisions and the Advertising Law;
    // the Beijing and Shanghai guides name the phrase (the id keeps its catalog name)
    { source: 'price-fraud-2022', article: '第十九条第（四）项', evidence: 'T' },
    { source: 'ad-law', article: '第九条第（三）项', evidence: 'T' },
    { source: 'bj-guide-2024', evidence: 'N' },
    { source: 'sh-guide-2022', evidence: 'N' },
  ],
  category: 'pricing',
  description: { 'zh-CN': '不得以“全网最低价”“历史最低价”等不实或无法证明的价格表述误导消费者', en: 'No untrue or unprovable price claims such as "lowest price online" or "all-time low"' },
  message: { 'zh-CN': '最低价宣称需有价格证据：“{{term}}”', en: 'Lowest-price claim needs price evidence: "{{term}}"' },
  terms: [
    '再创新低', '价格创新低', '历史新低',
    // deal-post slang for a price below the floor (神价返场, 2.8/包大bug; 破价 is a pattern below)
    '神价', 'bug价', '大bug', '自掏腰包', '倒贴钱', '贴钱卖',
    '全网最低', '全网最低价', '全网最优惠', '全网最实惠', '全网最划算', '全网最低折扣', '历史最低价', '历史最低', '史低', '找不到更便宜', '全年最低', '全年最低价', '今年最低', '全年最便宜', '今年最便宜', '史上最便宜', '全年最实惠', '历史最便宜', '全网最便宜', '全网底价', '全年底价', '历史底价', '年度底价', '史上底价', '底价清仓', '清仓底价', '底价甩卖', '甩卖底价', '底价秒杀', '低于成本价', '低于成本', '亏本价', '亏本卖', '赔本卖', '成本价以下', '全网低价', '最低价', '地板价', '骨折价',
    '全年最大力度', '最大力度', '价格最低', '没有比这更低', '买贵退差', '全网独家价', '最实惠的价格', '价格最实惠', '最便宜的价格', '价格最便宜', '最低的价格', '史上最低', '史上最低价', '最优惠的价格', '价格最优惠',
  ],
  // an exclusive price: "这个价，只有我直播间有"
  // the minimum of stated prices is a fact, not a claim (12款商品中，最低价格为2.12元)
  exempt: ['最低价格为', '最低价为'],
  patterns: [
    // cheaper than another platform or channel, by a figure or a share (比京东便宜200, 比拼多多还低30%, 比线下门店便宜一半): a comparison
    // the seller must be able to prove
    // (a list of them too: 比国美、苏宁连锁店便宜至少10%)
    new RegExp(`比${RIVALS}(?:[、和与及]${RIVALS})*(?:连锁店|门店|实体店)?[^，。！？,.!?]{0,3}(?:便宜|低|砍|省)[^，。！？,.!?]{0,3}(?:[0-9一二三四五六七八九十两几百千]+|一半|半价|一大半)`),
    // …or any price of ours below theirs (所有产品价格必然低于京东)
    new RegExp(`价[^，。！？,.!?]{0,6}(?:低于|少于|不高于|便宜过)${RIVALS}`),
    // a price said to be unprecedented (史无前例的“破价”, 前所未有的低价)
    /(?:史无前例|前所未有|有史以来)[^，。！？,.!?]{0,3}[‘'“"]?(?:破价|低价|最低价|底价|价格)/,
    /(?:这个价|这价|这个价格)[^。！？!?]{0,4}(?:只有|只在|仅在|仅有)(?:我|我们|咱|咱们)(?:家|的)?直播间/,
    // a dare to find it cheaper anywhere (全网去比, 谁家还有这么低的价格)
    /全网(?:随便|尽管|去|任意)比|(?:谁家|哪家|别家|哪里|哪儿)[^，。！？,.!?]{0,4}(?:还有|能有|有|找得到|能找到|买得到)[^，。！？,.!?]{0,3}(?:这么低|更低|更便宜|比这便宜|这个价)/,
    // 破价 on its own (速抢！优益C破价), after the patterns that take the words around it (史无前例的‘破价’: the quote marks
    // a term that would be taken for a mention)
    /破价/,
    // this channel said to be the cheapest way to buy (从下面的链接注册购买就是最便宜的, 在这里下单才是最划算的)
    /(?:购买|下单|买|拍|入手|订购)[^，。！？,.!?]{0,4}(?:就是|才是|就|最)(?:最|蕞)?(?:便宜|划算|实惠|低价)的?(?![^，。！？,.!?]{0,2}(?:之一|吗|么|呢))/],
  unless: /近\s*[0-9一二三四五六七八九十]+\s*天|过去\s*[0-9一二三四五六七八九十]+\s*天|(?:本|这个)直播间近/,
  suggestion: { message: { 'zh-CN': '删除“全网最低价”，改为可核实的范围，如“本直播间近30天最低价”', en: 'Drop "lowest price online"; use a verifiable scope such as "lowest in this room in the last 30 days"' }, replacement: '' },
  examples: {
    violating: [ '下面的链接注册购买就是最便宜的', '全网最优惠的极客教程','保证比国美、苏宁连锁店便宜至少10%以上', '我们所有产品价格必然低于京东', '速抢！蒙牛优益C破价', '4.6/件，舒客神价返场', '今天给大家上一个史无前例的破价', '比京东便宜200，比天猫砍半价', '今天全场比拼多多还低30%', '【全年蕞便宜】灵芝多肽布丁 ×3', '首付5万买现房，史上最低', '我们有最优惠的价格和最好的服务', '全网低价199元，拍下立减', '全网最低价，买贵了找我', '这是今年最低的价格，全年最低价', '锁定直播间，全年最大力度!', '全网去比吧，看看谁家还有这么低的价格', '宝宝们，最后一天，最实惠的价格！', '折扣再创新低', '第二件14.8元，全年底价', '1.79元一条，低于成本价卖', '【底价清仓】四色葡萄干混装1000g'],
    compliant: [ '什么时候买最划算？我们整理了各平台的活动时间', '怎么买最便宜是很多网友关心的问题','品牌方要求各渠道不破价', '"最低价" → "超低价"、"特惠价"', '这是我们直播间近30天的最低价', '市场监管总局与中消协郑重提示:需警惕直播带货中的“全网最低价”宣传。', '今天这个价格很划算', '去别家比一比面料，就知道差在哪', '参加活动的12款商品中，最低价格为2.12元', '主播打开挂牌露出原价再降价，称自己给的是全网最低价'],
  },
  guide: {
    requirement: {
      'zh-CN': '全国适用：本规则的首要依据是《明码标价和禁止价格欺诈规定》第十九条第（四）项和《广告法》第九条第（三）项（见下）；北京、上海指引点名了这类说法。北京市直播带货合规指引（据新闻）：不得以“全网最低价”等不实表述误导消费者；上海指引（据新闻）：不得虚构“全网最低价”“历史最低价”。《明码标价和禁止价格欺诈规定》第十九条第（四）项禁止使用虚假的或者使人误解的标价内容和价格手段；《广告法》第九条第（三）项亦禁止绝对化用语。本规则报告说法本身（警告，需价格证据）；与价格历史比对由实时监控规则完成。',
      en: 'Applies nationwide: its first basis is national law (Price Fraud Provisions art 19(4), Advertising Law art 9(3)); the Beijing and Shanghai guides name the phrase. Beijing and Shanghai guides (news) ban untrue "lowest price online / all-time low" claims; Price Fraud Provisions art 19(4); Advertising Law art 9(3). Reports the phrase (warning, needs evidence); history checks are the live monitor\'s.',
    },
    fix: { 'zh-CN': '删除该说法，或限定为可核实的范围和时间。', en: 'Drop the claim or scope it verifiably.' },
  },
});

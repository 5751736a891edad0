import { lexiconRule } from '../../../util/lexicon-rule.js';

/** Traffic data a room or an account can be given (followers, viewers, likes, plays). */
const TRAFFIC = '(?:涨粉|粉丝|关注|直播间人气|人气|在线人数|观看人数|点赞|评论|转发|播放量?|浏览量?|收藏|礼物打赏)';

// The text part of catalog entry 45: fabricated traffic offered, sold or arranged (刷粉, 直播间人气…快速低价, 1千粉丝仅需20元,
// 互相刷播放). The anomaly part — viewer curves, bursts of new accounts, "已售N万" against the order log — is the live monitor's.
export default lexiconRule({
  id: 'live-marketing-2021/no-traffic-data-fraud',
  severity: 'error',
  binds: ['operator', 'streamer', 'agency', 'platform'],
  basis: [
    { source: 'live-marketing-2021', article: '第十八条第（四）项', evidence: 'T' },
    { source: 'live-ecom-supervision', article: '第四十四条', evidence: 'S' },
    { source: 'zj-guide-2024', evidence: 'N' },
  ],
  category: 'traffic-fraud',
  description: {
    'zh-CN': '不得虚构或者篡改交易、关注度、浏览量、点赞量等数据流量造假（刷粉、刷人气、刷播放）',
    en: 'No fabricated or tampered transaction, attention, view or like data (bought followers, viewers or plays)',
  },
  message: { 'zh-CN': '虚构流量数据（刷粉、刷人气等）：“{{term}}”', en: 'Fabricated traffic data (bought followers, viewers…): "{{term}}"' },
  terms: ['僵尸粉', '机器粉', '刷人气', '刷播放', '刷点赞', '刷观看', '刷在线', '刷流量', '刷浏览量', '刷收藏', '刷关注', '刷榜', '虚拟人气', '马甲进场', '人气代刷'],
  patterns: [
    // followers brushed in or bought by the thousand (刷粉, 买粉1000个) — not powder brushed on (刷粉底) nor a fans' auction (拍卖粉丝团)
    /刷粉丝|刷粉(?![底饼扑刷末])|(?:买|卖|出售)(?:僵尸|真人|活)?粉(?:丝\s*[0-9一二三四五六七八九十百千万]+|\s*[0-9一二三四五六七八九十百]+\s*(?:个|千|万))/,
    // a list of traffic sold as a service (涨粉，直播间人气，点赞评论转发等服务，快速，低价，抗风控), traffic at a cut price (低价涨粉),
    // live viewers supplied (为您带来大量的实时观众) — not a shop's own service (欢迎关注，售后服务快速) nor fans thanked (低价回馈粉丝)
    new RegExp(`${TRAFFIC}(?:[，,、和及与/\\s]*${TRAFFIC})+等(?:服务|业务)[^。！？!?]{0,12}(?:快速|低价|秒到|秒刷|抗风控|不掉|包稳)|(?:低价|秒到|源头|代刷)(?:涨粉|加粉|刷粉|人气|点赞|播放量?|在线人数)`),
    /(?:带来|提供)[^，。！？,.!?]{0,4}大量的?(?:实时|在线|真人)(?:观众|粉丝|人气|在线人数|点赞)/,
    // a price per thousand followers or likes (1千粉丝仅需20元)
    /[0-9一二三四五六七八九十百千万]+\s*(?:个)?(?:粉丝?|赞|播放|观看|在线)\s*(?:仅需|只需|只要|仅要|低至)\s*[0-9]+(?:\.[0-9]+)?\s*(?:元|块)/,
    // plays or likes traded between accounts (互相刷播放)
    /(?:互相|相互|互)刷(?:播放|点赞|粉|关注|流量|人气|评论)/,
    // a supplier of followers (涨粉源头供应商)
    /(?:涨粉|刷粉|点赞|播放量?)[^，。！？,.!?]{0,4}(?:源头)?(?:供应商|渠道商)/,
  ],
  examples: {
    violating: ['想让您的直播间人气爆棚吗？我们能为您带来大量的实时观众', '涨粉，直播间人气，点赞评论转发等服务，快速，低价', '1千粉丝仅需20元，当天到账', '这是一个互助平台，大家互相刷播放', '开播前先刷人气，让新号看起来很火'],
    compliant: ['平台严厉打击刷粉、刷人气等数据造假行为', '用散粉刷刷粉底，妆感更服帖', '这是回馈粉丝的活动，只限直播拍卖粉丝团成员参与', '新号怎么快速涨粉？坚持日更，认真回复评论', '点赞关注不迷路，今晚八点准时开播', '欢迎关注，我们提供优质售后服务，快速发货', '感谢粉丝支持，今天低价回馈粉丝', '螺蛳粉买粉3包送1包', '感谢家人们的点赞和转发', '本直播间在线人数以平台后台数据为准'],
  },
  guide: {
    requirement: {
      'zh-CN': '《网络直播营销管理办法（试行）》第十八条第（四）项：直播间运营者、直播营销人员不得虚构或者篡改交易、关注度、浏览量、点赞量等数据流量造假。《直播电商监督管理办法》第四十四条（规则目录证据等级 S）：机构不得组织虚假交易、虚假评价；浙江省指引（据新闻）列举成交量、预约量、收藏量、点击量、转发量、粉丝量等数据。本规则检查文本中出售、提供或安排虚假流量的说法；在线人数曲线、新账号集中进场、“已售N万”与订单不符等需直播数据的部分属于直播监测。',
      en: 'Live-marketing measures 2021 art 18(4): no fabricated or tampered transaction, attention, view or like data. Live e-commerce measures art 44 (catalog grade S): agencies may not organise fake trades or reviews; the Zhejiang guide (news) lists the data concerned. This rule checks text that sells, offers or arranges fake traffic; viewer curves, bursts of new accounts and "sold N" against the order log are the live monitor\'s.',
    },
    fix: { 'zh-CN': '停止购买或提供虚假流量，只展示平台真实数据。', en: 'Stop buying or offering fake traffic; show the platform\'s real figures only.' },
  },
});

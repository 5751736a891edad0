import { lexiconRule } from '../../../util/lexicon-rule.js';

const N = '[0-9一二三四五六七八九十百千万两几]+';

export default lexiconRule({
  id: 'zj-guide/scarcity-urgency-phrases',
  type: 'evidence',
  severity: 'warning',
  binds: ['streamer', 'operator', 'merchant'],
  basis: [
    // national law first (applies nationwide); the Zhejiang guide names the phrases
    { source: 'aucl', article: '第八条', evidence: 'T' },
    { source: 'unfair-comp-online-2024', evidence: 'N' },
    { source: 'online-trade-2021', article: '第十四条', evidence: 'M' },
    { source: 'zj-guide-2024', evidence: 'N' },
  ],
  category: 'scarcity',
  description: {
    'zh-CN': '不得以虚假的库存、限量、限时信息制造紧迫感（“最后N单”“下播涨价”“3、2、1上链接”）；说法本身需库存/价格数据佐证（文本部分，数据核对见实时监控）',
    en: 'No false stock, quantity or time limits to create urgency; the phrase needs stock or price evidence (text part of catalog entry 44; data checks are the live monitor\'s)',
  },
  message: { 'zh-CN': '紧迫感/稀缺性话术，需库存或价格数据佐证：“{{term}}”', en: 'Urgency or scarcity claim; needs stock or price evidence: "{{term}}"' },
  terms: [
    '卖完就没货', '机不可失', '时不再来', '喝一瓶少一瓶', '卖一瓶少一瓶', '用一瓶少一瓶', '卖一件少一件', '卖一单少一单',
    '只剩', '仅剩', '库存告急', '就这么多', '最后一批', '全网最后一批', '已抢空', '秒空', '补货就这一次', '倒计时', '仅此一场', '下播恢复原价', '下播涨价', '下播就涨', '明天恢复',
    '明天就涨价', '明天涨价', '错过再等一年', '今年最后一次', '上链接', '手慢无', '机会只有一次', '拼手速', '后台爆单', '库存被抢光', '最后机会', '最后一波', '活动一年一次', '过了今天就没了', '手慢则无', '机会有限', '数量有限', '不加单', '不返场', '上连接',
    // more of C.6: sold-out and deadline urgency
    '售完即止', '卖完就没了', '卖完就没有了', '拍完就没了', '抢完就没了', '卖完下架', '马上下架', '随时下架', '即将下架', '马上涨价', '即将涨价', '限时限量', '仅限今天',
    '只有今天', '错过今天', '错过这次', '错过就没有了', '过时不候', '名额有限', '库存不多了', '库存有限', '库存紧张', '没几单了', '没几件了', '抢到就是赚到', '秒没', '一抢而空',
    '最后一次机会', '只有这一次', '绝版', '限量供应', '每年限量', '被抢空', '被抢光', '瞬间抢空', '瞬间抢光', '秒光',
  ],
  patterns: [
    new RegExp(`最后的?\\s*${N}\\s*(?:单|件|份|套|瓶|盒|台|组)`),
    // a countdown to the end of an offer (距离优惠结束还剩10分钟)
    new RegExp(`(?:距离?|离)[^，。！？,.!?]{0,8}(?:结束|截止|恢复原价|涨价|下架)(?:还|只|仅)?(?:剩|有|差)(?:最后)?\\s*${N}\\s*(?:分钟|秒|小时|天)`),
    // (not a contest's ranking: 累计金额最高的前5名)
    new RegExp(`限量\\s*${N}\\s*(?:份|件|单|套)|仅限前\\s*${N}|(?<!(?:最高|最多|最大|排名|名次)的?)前\\s*${N}\\s*名`),
    new RegExp(`已经(?:抢|卖)了\\s*${N}\\s*多?(?:单|件|份|万)`),
    new RegExp(`${N}\\s*万?人在(?:抢|线抢)`),
    new RegExp(`(?:再|又)(?:跟|找|向)(?:品牌|厂家|老板|商家)(?:方)?(?:要|申请|加)了?\\s*${N}`),
    new RegExp(`限时\\s*${N}\\s*分钟`),
    // the last day(s) of an offer (最后一天, 最后4天): a deadline that must be true
    new RegExp(`最后\\s*(?:一|[0-9]+|[二三四五六七八九十两几])\\s*天(?!气|使|堂|的天|年|假|上班|工作|班|课)`),
    // a quota of places (加盟名额仅有10个, 名额只剩3个)
    new RegExp(`名额(?:仅有|只有|仅剩|只剩|仅|只)\\s*${N}\\s*(?:个|名|位|家)?`),
    // "我们只有6条", "这波错过就真没有了"
    new RegExp(`(?:我们|今天|现在|直播间|一共)(?:就|也)?(?:只有|仅有|就剩|只剩)\\s*${N}\\s*(?:单|件|份|套|瓶|盒|台|条|个|组)`),
    // a count of orders at a clause's start (9.9元拍一发二，只有50单！)
    new RegExp(`(?:^|[，,！!。；;\\s])(?:只有|仅有|就剩|只剩)\\s*${N}\\s*(?:单|份)(?![0-9])`),
    /错过[^。！？!?]{0,8}?(?:就|再也)?(?:真)?(?:没有?了|等一年|没机会了?)/,
    // the next chance years away (错过再等十年), or none (错过不再)
    /错过[^，。！？,.!?]{0,4}?(?:再等|还要等|又要等|要等)(?:[0-9]+|[一二三四五六七八九十两几半百]+)(?:年|个月)|错过不再(?!来)/,
    // (not a distance: 步行只有五分钟的距离, 只有十分钟车程)
    /(?<!步行|开车|驾车|走路|距离)(?:只|仅)(?:维持|持续|保留|有)\s*[0-9一二三四五六七八九十]+\s*分钟(?![^，。！？,.!?]{0,2}(?:的距离|的路程|路程|车程|步行|路))/,
    // a daily quota of people (每天仅限200名)
    new RegExp(`(?:每天|每日|今天|今日|当天)(?:仅限|只限|限)\\s*${N}\\s*(?:名|位|人|个名额|份|单)`),
    /一年(?:只有|就|才|仅|只)(?:这么)?(?:生产|产|出|酿|做)?一(?:次|批)/,
    /(?:明天|下播|今晚过后|过了今天)[^，。！？]{0,8}恢复(?:到)?(?:原价)?[0-9一二三四五六七八九十百千]*/,
    // more forms of "gone when sold" and "gone if you wait" (清完为止, 手慢就没了, 再不抢就没了, 最后2分钟下架)
    /(?:售|卖|清|抢|拍)(?:完|光)(?:即止|为止)|(?:售|卖|清|抢|拍)(?:完|光)(?:就|即)?(?:下架|下链接)|手慢[^，。！？!?]{0,2}(?:就|则)?(?:没|无)/,
    // gone for good later (5年之后花多少钱也买不到)
    /(?:花多少钱|有钱|再多钱)(?:都|也)(?:买不到|买不着)/,
    /再不(?:抢|拍|下单|买|入手|上车)[^，。！？!?]{0,4}就(?:没了|没有了|抢光了|没机会了|涨价了)/,
    // a close at a set hour (十点钟就结单, 8点准时截单)
    new RegExp(`${N}\\s*点(?:钟|整)?(?:就|准时)?(?:结单|截单|停单|下架|停售)`),
    new RegExp(`最后\\s*${N}\\s*(?:分钟|秒|小时)[^，。！？!?]{0,4}(?:下架|结束|截止|恢复|涨价|秒杀|抢购|优惠|下链接|关闭|改价)`),
  ],
  // a quantity disclosed in figures is the honest form the guide asks for (每日定量供应1000只，售完即止)
  // (a per-buyer limit in figures too: 每人次限购10只，售完为止 is a store's rationing notice)
  // (and a deadline given as dates: 1.29-2.1，仅4天 — the period disclosed is the honest form)
  unless: /[0-9]{1,2}\s*[.．月/]\s*[0-9]{1,2}\s*(?:日|号)?\s*[-—–~～至到]\s*(?:[0-9]{1,2}\s*[.．月/]\s*)?[0-9]{1,2}\s*(?:日|号)?(?![0-9])|(?:每人|每户|每位|每个?账号|每单|每人次)[^，。！？]{0,3}限购\s*[0-9一二三四五六七八九十两]+|实时库存|库存在屏幕|屏幕[^。]{0,8}库存|后台库存|库存[^。]{0,4}(?:显示|可查)|(?:每日|每天|每场|本场|总共|总量|定量)[^，。！？]{0,4}(?:供应|准备了?|发售|投放)\s*[0-9]+\s*(?:只|件|份|个|台|瓶|盒|单|套)/,
  suggestion: { message: { 'zh-CN': '只说有数据支撑的库存和期限，如“本场准备了2000单，实时库存见屏幕右下角”', en: 'State only stock and deadlines backed by data, e.g. "2,000 units for this stream; live stock shown on screen"' } },
  examples: {
    violating: ['这个价格错过再等三年', '本市加盟名额仅有5个', '福利价最后一天，抓紧下单', '福利就这一波，错过不再', '距离优惠结束还剩10分钟', '一号链接只有最后的两组了', '或许5年之后，花多少钱也买不到！', '福袋限量秒杀，拍完下架', '十点钟就结单，想要的宝宝扣个1', '今天是主播生日场，特价只维持5分钟，卖完就没货', '这种酒一年只生产一次，喝一瓶少一瓶', '只剩最后500单，拍完就没了', '下播马上恢复299，明天涨价', '3、2、1上链接，手慢无', '家人们！已经抢了 400 多件了！', '我再跟品牌要20件这种优惠价格的', '名额有限，售完即止，过时不候', '库存紧张，随时下架', '家人们，快点下单，手慢就没了', '上架一千单瞬间被抢空', '最后2分钟下架，再不抢就没了', '9.9元拍一发二，只有50单！', '申领补贴，每天仅限200名'],
    compliant: ['错过的快递请到驿站领取', '放假前最后一天上班，大家辛苦了', '年末清仓，最后机会，活动时间12.28-1.3', '活动期间消费金额最高的前3名顾客获赠礼品', '错过不再来的青春，就用照片留住', '晚上8点钟开始发货，每人限购2件', '酒店到岱庙步行只有五分钟的距离', '每份只有200克，两份起发', '本场这个价格准备了2000单，后台实时库存在屏幕右下角', '每日定量供应1000只，当天售完即止', '消费提示称，要警惕“限量秒杀”“5秒下链接”等宣传', '直播间已抢空商品次日仍在售，谁在乎？', '最后5分钟的比赛很精彩', '口罩每人次限购10只，售完为止'],
  },
  guide: {
    requirement: {
      'zh-CN': '浙江省网络直播营销行为规范指引（据新闻）：不得以虚假的库存、限量、限时信息吸引关注或诱导冲动消费（制造虚假紧迫感）；《网络反不正当竞争暂行规定》（据新闻）禁止谎称现货、虚构预订、虚假抢购；《反不正当竞争法》（2019年）第八条禁止对销售状况作虚假或引人误解的宣传。本规则是目录第44条的文本部分：只报告说法（“需要证据”，警告）；与库存、订单、价格数据的比对由实时监控规则完成。',
      en: 'Zhejiang guide (news): no false stock, quantity or time limits; online unfair-competition provisions (news): no fake stock or panic buying; AUCL 2019 art 8 (false publicity about sales status). Text part of catalog entry 44 (warning, needs evidence); data checks are done by the live monitor.',
    },
    fix: { 'zh-CN': '只说真实、可证实的库存和时限。', en: 'State only true, provable stock and deadlines.' },
  },
});

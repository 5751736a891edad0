import { lexiconRule } from '../../../util/lexicon-rule.js';

export default lexiconRule({
  id: 'ad-law/investment-and-education-guarantees',
  severity: 'error',
  binds: ['streamer', 'operator', 'merchant'],
  basis: [
    { source: 'ad-law', article: '第二十五条', evidence: 'T' },
    { source: 'ad-law', article: '第二十四条', evidence: 'T' },
    { source: 'ad-law', article: '第二十六条', evidence: 'T' },
    { source: 'bj-guide-2024', evidence: 'N' },
  ],
  category: 'investment-guarantee',
  description: {
    'zh-CN': '招商、投资、理财、收藏品、房产广告不得承诺收益或保本，须提示风险；教育培训广告不得承诺通过考试、取得学位证书或保证效果',
    en: 'Investment, franchise, finance, collectible and real-estate ads may not promise returns or principal; education ads may not guarantee passing, certificates or results',
  },
  message: { 'zh-CN': '收益或效果保证：“{{term}}”', en: 'Guaranteed return or result: "{{term}}"' },
  terms: [
    '保本', '稳赚', '稳赚不赔', '包赚', '包赚不赔', '零风险', '无风险', '没有风险', '保收益', '保底收益', '包回本', '月入过万', '躺赚', '躺着赚钱', '被动收入', '只涨不跌', '稳涨',
    '投资回报', '回报高', '高回报', '翻倍', '翻几倍', '包过', '保过', '不过退款', '不过全额退', '保录取', '包拿证', '包就业', '押题', '命中率', '内部渠道', '考官参与',
    '包教包会', '有手就能做', '逆天改命', '轻松赚钱', '稳赚钱', '赚回学费', '保值增值', '只赚不亏',
    // get-rich promises (wealth as the promised result of buying or joining)
    '人生巅峰', '财富自由', '财务自由', '一夜暴富', '躺着就能赚', '坐等收钱', '日进斗金', '年入百万', '年入千万', '月入十万', '实现财务自由', '实现财富自由',
    '保证收益', '收益稳定', '稳定收益', '固定收益', '高收益', '包赔', '只赚不赔', '保证赚钱', '一年回本', '钱生钱', '躺着收钱', '收益翻倍', '保底',
    '包上岸', '保上岸', '一次通过', '不过退费', '包分配', '包工作', '保就业', '保分',
  ],
  patterns: [
    /(?:[0-9]+|[一二三四五六七八九十两几半]+)个?(?:月|天|周|年)(?:就能|就|即可|保证)?回本/,
    /(?:月|年|日)入(?:过万|[0-9]+|[一二三四五六七八九十百千万]+)/,
    /(?:明年|下个月|明天|以后)?(?:肯定|必然|一定|必须|必定|必)大?(?:涨|升值|赚)/,
    /谁(?:拿|买|捡|切|开|赌)谁(?:发|赚|涨)/,
    // a return or pass rate promised in figures: 年化收益8%, 通过率100%
    /(?:年化|收益率?|回报率?|利息|分红|年息|月息|日息)[^，。！？,.!?]{0,4}[0-9]+(?:\.[0-9]+)?\s*%|[0-9]+(?:\.[0-9]+)?\s*%\s*(?:的)?(?:年息|年化|月息|收益|回报|利息)/,
    /(?:利润|收入|财富|收益|业绩|工资)(?:倍增|翻倍|翻番)/,
    /(?:很快|马上|轻松|保证|一定)就?(?:能|可以)?赚回/,
    /(?:通过率|过关率|录取率|上岸率|就业率)[^，。！？,.!?]{0,4}(?:100|9[0-9])(?:\.[0-9]+)?\s*%/,
    /放[0-9一二三四五六七八九十]+年[^，。]{0,4}(?:翻|涨)/,
    // a return promised as a multiple (大涨8倍, 翻了三倍)
    /(?:大涨|暴涨|狂涨|上涨|涨了?|翻了?)\s*(?:[0-9]+|[一二三四五六七八九十两几百]+)\s*倍/,
    // an exam or admission result promised (一次上岸, 稳上岸, 无条件直录, 保录取)
    /(?:一次|稳|必|包|保|轻松|直接|百分百|100%)上岸|无条件(?:直录|录取|入学|入读)|(?:保证|包|保)(?:直录|录取|入学)/,
    // 明天就能买海景房, 轻松开上豪车
    /(?:就能|就可以|马上就能|轻松|很快就能)(?:买|住|开|换)(?:上|得起)?[^，。！？,.!?]{0,4}(?:房|豪车|别墅|豪宅|宝马|奔驰|保时捷)/,
  ],
  unless: /投资有风险|风险自担|收益因人而异|不代表你的结果|不承诺收益/,
  suggestion: { message: { 'zh-CN': '删除收益/通过率承诺，提示“投资有风险，收益因人而异”', en: 'Remove the promise; add "investment carries risk; results vary"' } },
  examples: {
    violating: ['跟着我们开店，一个月回本，稳赚不赔', '报这个课包过，不过全额退', '这套房买了明年肯定涨', '这种美货谁捡谁发财', '年化收益8%，保本保息', '我们的考前班通过率98%，不过退费', '投入小,机会大,回报高,又轻松又没有风险', '加入我们团队，半年就能住上大别墅', '跟着老师学直播带货，三个月实现财务自由', '国考、省考一次上岸，赶紧上车', '世界顶尖名校无条件直录', '急!大涨8倍重大市场红利机不可失!'],
    compliant: ['投资有风险，收益因人而异，过往学员数据不代表你的结果', '号称学后“月入过万”的副业培训多少有诈?', '（一）升值或者投资回报的承诺；', '不少学员被“财务自由”的话术忽悠，交了高额学费', '这款收纳盒能让房间看起来大一倍', '上岸的学员分享了备考经验', '这款锅的容量是普通锅的两倍'],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第二十五条：招商等有投资回报预期的商品或者服务广告，应当对可能存在的风险以及风险责任承担有合理提示，不得对未来效果、收益作出保证性承诺，明示或暗示保本、无风险或者保收益。第二十四条：教育、培训广告不得对升学、通过考试、获得学位学历或者合格证书，或者对教育、培训的效果作出明示或者暗示的保证性承诺。第二十六条：房地产广告不得含有升值或者投资回报的承诺。',
      en: 'Advertising Law art 25 (investment: risk warning, no guaranteed returns), art 24 (education: no guaranteed passing or results) and art 26 (real estate: no appreciation or return promises).',
    },
    fix: { 'zh-CN': '删除承诺，说明风险和不确定性。', en: 'Remove the promise and state the risks.' },
  },
});

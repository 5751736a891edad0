import { lexiconRule } from '../../../util/lexicon-rule.js';

export default lexiconRule({
  id: 'ad-law/data-and-citations',
  severity: 'warning',
  type: 'evidence',
  binds: ['streamer', 'operator', 'merchant'],
  basis: [
    { source: 'ad-law', article: '第十一条第二款', evidence: 'T' },
    { source: 'ad-law', article: '第二十八条第（二）、（三）项', evidence: 'T' },
    { source: 'samr-hint-notice-2026', evidence: 'N' },
  ],
  category: 'data-citation',
  description: {
    'zh-CN': '广告使用数据、统计资料、调查结果、引用语等，应当真实、准确，表明出处，并说明适用范围和有效期限',
    en: 'Data, statistics, survey results and quotations in ads must be true and accurate, with their source, scope and period',
  },
  message: { 'zh-CN': '数据或引证未表明出处：“{{term}}”', en: 'Data or citation without a source: "{{term}}"' },
  terms: ['临床证明', '临床验证', '临床试验证明', '实验证明', '研究证明', '销量遥遥领先', '连续销量第一',
    // rankings and shares are statistics too: they need a source, scope and period
    '销量第一', '销售额第一', '销量冠军', '销量领先', '排名第一', '市场占有率', '市占率', '占有率第一', '复购率第一', '回购率', '好评率', '满意率', '复购率',
    // study and test claims without the study
    '研究表明', '研究显示', '研究发现', '科学证明', '科学研究证明', '科学实验证明', '医学证明', '经临床验证', '临床数据', '临床研究表明', '实验数据表明', '实验表明', '数据表明', '调查显示', '权威检测', '权威机构检测', '检测证明'],
  patterns: [
    /[0-9]+(?:\.[0-9]+)?%的?(?:用户|顾客|消费者|人|宝妈|客户|姐妹|家人们|女性|男性)/,
    // an effect in per cent: 提亮肤色37%, 有效率高达95%, 96%的改善率
    /(?:高达|提升|提高|降低|减少|改善|增加|增长|淡化|减淡|修护|保湿|补水|活化|再生|除皱|拉提|紧致|淡纹|美白|节约|节省|延长)[^，。！？,.!?]{0,8}?[0-9]+(?:\.[0-9]+)?\s*%/,
    // results of an education or training business in figures: 考入清北50人
    /(?:考入|考上|录取|上岸|升入)[^，。！？,.!?]{0,8}?[0-9一二三四五六七八九十百千]+(?:余|多)?(?:人|名)/,
    /[0-9]+(?:\.[0-9]+)?\s*%\s*的?(?:有效|改善|见效|满意|好评|回购|复购|认可|推荐|吸收)/,
    /(?:杀菌率|抑菌率|除菌率|除螨率|去除率|净化率|过滤率|回购率|好评率|满意率|复购率|有效率|预防率|治疗率|治愈率)[^，。！？,.!?]{0,4}[0-9]+(?:\.[0-9]+)?%/,
    // scale and adoption in figures: 合作突破10000家, 超过700位专家推荐, 日产80万瓶
    /(?:超过|突破|高达|累计|已有|多达|超)\s*[0-9一二三四五六七八九十百千万]+(?:\.[0-9]+)?\s*(?:万|亿)?\s*(?:位|家|名|所|个城市|万人|用户|客户)[^，。！？,.!?]{0,8}(?:推荐|选择|合作|使用|信赖|好评|认可|入驻)|(?:合作|入驻|覆盖|服务)[^，。！？,.!?]{0,6}(?:超过|突破|高达|累计|多达|超)\s*[0-9一二三四五六七八九十百千万]+\s*(?:万|亿)?\s*(?:家|所|位|个|人)/,
    /(?:日产|年产|月产|日销|年销|月销)(?:量)?\s*(?:超过|突破|高达)?\s*[0-9一二三四五六七八九十百千万]+(?:\.[0-9]+)?\s*(?:万|亿)?\s*(?:瓶|件|盒|箱|吨|份|单|个)/,
    // better than an unnamed other by a percentage: 去污力比他牌强50%
    /比[^，。！？,.!?]{1,8}(?:强|高|多|好|快|省)\s*[0-9]+(?:\.[0-9]+)?\s*%/,
    // a multiple of an unnamed comparison: 是普通奶粉的八倍
    /(?:是|为)(?:普通|一般|传统|市面上|同类|其他)[^，。！？,.!?]{0,8}的\s*(?:[0-9]+|[一二三四五六七八九十两几百]+)\s*倍/,
    // an effect promised within a time (7天美白, 30天去痘印, 三天见效): a test result the ad must name
    /(?:[0-9]+|[一二三四五六七八九十两几]+)\s*(?:天|日|周|个?星期|个月)(?:内|之内)?\s*(?:见效|起效|显效|祛|去(?:痘|斑|皱|纹|黑|黄|角质|闭口|眼袋)|淡(?:斑|纹|化)|美白|变白|瘦|减(?:肥|重|脂|掉)|长出|消除|告别)/,
    /连续[0-9一二三四五六七八九十]+年[^，。！？,.!?]{0,6}(?:销量|第一|领先|冠军)/,
    /[0-9一二三四五六七八九十百千]+万(?:人|用户|家庭|宝妈)[^，。！？,.!?]{0,3}(?:都在用|选择|回购|好评)/,
  ],
  unless: /数据来源|来源[:：]|据[^，。]{1,24}(?:报告|统计|数据|调查|显示)|统计范围|资料显示|数据显示|(?:19|20)[0-9]{2}年[^，。]{0,12}(?:报告|统计|数据|调查)|同比|环比/,
  suggestion: { message: { 'zh-CN': '标明数据出处、统计范围和时间，如“据XX机构2025年报告（统计范围：天猫2025年1–6月）”', en: 'State the source, scope and period of the data' } },
  examples: {
    violating: ['去污力比他牌强50%', '活化细胞再生320%', '杀菌率达99.9%', '合作医院突破10000家', '日产80万瓶，供不应求', '钙含量是普通牛奶的八倍', '超过700位皮肤科专家推荐', '98%的用户用完都说好', '临床证明七天见效', '连续五年销量遥遥领先', '对猝死和卒中的预防率达到98.7%', '用了28天，肌肤水润度提升37%', '研究表明每天一杯能年轻十岁', '营养成分为普通鸡蛋的2倍至3倍', '坚持用30天去痘印'],
    compliant: [
      '两天去拿快递，7天无理由退货',
      '据XX机构2025年报告，该品类线上销量排名第三（统计范围：天猫2025年1-6月）',
      '资料显示，2020年广东省有300万头土猪出栏',
      '广告使用数据、统计资料、调查结果、文摘、引用语等引证内容的，应当真实、准确，并表明出处',
    ],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第十一条第二款：广告使用数据、统计资料、调查结果、文摘、引用语等引证内容的，应当真实、准确，并表明出处；有适用范围和有效期限的，应当明确表示。第二十八条：使用虚构、伪造或无法验证的数据构成虚假广告。2026年“提示性用语”专项（据新闻）点名“萝卜坑式引证”。本规则为“需要证据”类：文本中没有出处时提示核实。',
      en: 'Advertising Law art 11 para 2 requires data, statistics, surveys and quotations to be true, accurate and sourced, with scope and period; art 28 treats fabricated or unverifiable data as false advertising. This is a "needs evidence" rule: it fires when no source is stated.',
    },
    fix: { 'zh-CN': '补充出处、范围、时间，或删除无法证实的数据。', en: 'Add the source, scope and period, or remove unverifiable figures.' },
  },
});

import { lexiconRule } from '../../../util/lexicon-rule.js';

const CREDENTIAL = /我(?:是|在)[^，。！？,.!?]{0,10}(?:医生|医师|大夫|主任|药剂师|药师|营养师|教授|博士|律师|理财师|分析师|专家|院士)|(?:三甲医院|大医院|协和|医院)[^，。]{0,4}(?:干了|工作了?|上班)[^，。]{0,6}(?:年|辈子)|我(?:自己)?开给病人/;

export default lexiconRule({
  id: 'zj-guide/no-fake-expert-persona-event',
  severity: 'warning',
  binds: ['streamer', 'operator', 'agency'],
  basis: [
    // national law first (applies nationwide); the Zhejiang guide names the practice
    { source: 'aucl', article: '第八条', evidence: 'T' },
    { source: 'ad-law', article: '第二十八条', evidence: 'T' },
    { source: 'zj-guide-2024', evidence: 'N' },
    { source: 'anchor-conduct-2022', evidence: 'N' },
  ],
  category: 'false-publicity',
  description: { 'zh-CN': '不得以假专家、假人设、假事件营销（冒充医生专家、编造老板跑路、工厂倒闭等故事）', en: 'No fake experts, fake personas or staged events (posing as doctors, invented bankruptcies or hardship stories)' },
  message: { 'zh-CN': '身份或事件说法需核实，疑似假专家/假人设/假事件：“{{term}}”', en: 'Credential or story needs verification (possible fake expert, persona or event): "{{term}}"' },
  terms: ['老板跑路', '老板跑了', '工厂倒闭', '厂子倒闭', '亏本清仓', '亏本甩卖', '被逼无奈', '家里出事', '急需用钱', '救救孩子', '老板欠薪', '大出血', '跳楼价', '清仓还债', '破产清仓', '着急用钱', '急用钱', '等着用钱', '亏本清货'],
  // a relative's illness told to sell (我儿子病犯了，你把我的芒果都买了吧; 老伴住院了，帮帮我们把橙子卖完)
  patterns: [CREDENTIAL, /(?:儿子|女儿|孩子|老伴|老公|老婆|爸爸|妈妈|父亲|母亲|爹|娘)[^，。！？,.!?]{0,4}(?:病了|生病|病犯了|病倒|住院|做手术|出车祸)[^。！？!?]{0,16}(?:买|收|帮|下单|拍|卖完|订)/],
  severityFor: () => undefined,
  suggestion: { message: { 'zh-CN': '只陈述可证实的身份和事实；专业身份须在平台备案', en: 'State only provable identity and facts; file professional qualifications with the platform' } },
  examples: {
    violating: ['孩子住院了等着用钱，家人们帮帮忙把这些橙子都买了吧', '我在三甲医院干了二十年，这个我自己开给病人用', '老板欠薪跑了，仓库的货今天全部亏本清', '亏本甩卖!大出血!'],
    compliant: ['妈妈生病那年，我回乡开了这家果园', '我是本店主播，不是医生，具体用药请咨询医生', '今天是店铺周年庆，全场九折'],
  },
  guide: {
    requirement: {
      'zh-CN': '浙江省指引（据新闻）把“假专家、假人设、假事件”列为欺骗误导消费者的情形；《网络主播行为规范》（据新闻）要求医疗、金融、法律、教育等专业内容须具备相应资质；虚构身份和事件属《反不正当竞争法》（2019年）第八条的虚假宣传和《广告法》第二十八条的虚假广告。',
      en: 'Zhejiang guide (news): fake experts, personas and events; anchor code of conduct (news): professional qualifications; AUCL 2019 art 8 and Advertising Law art 28 (false publicity and false ads).',
    },
    fix: { 'zh-CN': '删除无法证实的身份和故事。', en: 'Remove unprovable credentials and stories.' },
  },
});

import { lexiconRule } from '../../../util/lexicon-rule.js';

export default lexiconRule({
  id: 'zj-guide/no-disaster-panic-vulgar-marketing',
  severity: 'warning',
  binds: ['streamer', 'operator'],
  basis: [
    // national law first (applies nationwide); the Zhejiang and Beijing guides name the practices
    { source: 'ad-law', article: '第九条第（五）项', evidence: 'T' },
    { source: 'live-marketing-2021', article: '第十八条第（一）项', evidence: 'T' },
    { source: 'zj-guide-2024', evidence: 'N' },
    { source: 'bj-guide-2024', evidence: 'N' },
  ],
  category: 'public-order',
  description: { 'zh-CN': '不得借重大事件、灾害事故营销，不得制造恐慌、煽动抢购', en: 'No marketing on disasters or major events; no panic-mongering' },
  message: { 'zh-CN': '借灾害/恐慌营销：“{{term}}”', en: 'Disaster or panic marketing: "{{term}}"' },
  terms: ['地震了快囤', '疫情又来了', '不囤就晚了', '赶紧囤', '快囤货', '马上要断货', '明天就买不到了', '要打仗了', '囤起来'],
  // stocking up (囤起来) is panic marketing only with a disaster, a shortage or a deadline in the sentence
  requires: /地震|台风|洪水|暴雨|疫情|战争|打仗|灾|封城|封控|断货|买不到|短缺|紧缺|抢光|晚了|来不及/,
  patterns: [/(?:地震|台风|洪水|暴雨|疫情|战争|打仗|灾)[^。！!]{0,14}(?:囤|抢购|快买|赶紧买|买不到)/],
  examples: {
    violating: ['台风要来了，大家赶紧囤米，明天就买不到了', '疫情又来了，不囤就晚了', '听说要封控了，大家赶紧囤起来'],
    compliant: ['台风天注意安全，今天直播提前结束', '这款米是今年新米，五公斤装', '拍20根送10根，赶紧来囤起来吧'],
  },
  guide: {
    requirement: {
      'zh-CN': '浙江省指引第一部分（据新闻）：不得利用国家重大活动、灾害事故等进行营销，不得制造恐慌、煽动情绪；《广告法》第九条第（五）项禁止广告妨碍社会公共秩序或者违背社会良好风尚；《网络直播营销管理办法（试行）》第十八条第（一）项。',
      en: 'Zhejiang guide part 1 (news); Advertising Law art 9(5); live-marketing measures art 18(1).',
    },
    fix: { 'zh-CN': '删除借灾害、恐慌诱导抢购的表述。', en: 'Remove the disaster or panic hook.' },
  },
});

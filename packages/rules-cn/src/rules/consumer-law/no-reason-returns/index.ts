import { lexiconRule } from '../../../util/lexicon-rule.js';

export default lexiconRule({
  id: 'consumer-law/no-reason-returns',
  severity: 'warning',
  binds: ['merchant', 'streamer'],
  basis: [
    { source: 'consumer-law', article: '第二十五条', evidence: 'T' },
    { source: 'consumer-reg-2024', article: '第十九条', evidence: 'S' },
  ],
  category: 'consumer-rights',
  description: { 'zh-CN': '网购商品享有七日无理由退货，除定作、鲜活易腐、已拆封的数字化商品、报纸期刊等法定例外外，不得以特价、直播款等理由排除', en: 'Online purchases carry a 7-day no-reason return right; only the statutory exceptions apply, not "sale items" or "live-stream editions"' },
  message: { 'zh-CN': '排除七日无理由退货：“{{term}}”', en: 'Excludes the 7-day no-reason return right: "{{term}}"' },
  terms: ['不退不换', '特价不退', '不支持退货', '不支持七天无理由', '不支持7天无理由', '不支持无理由', '拆了就不退', '拆封不退', '概不退换', '售出不退', '直播款不退', '福利款不退', '不支持退换', '一经售出'],
  // (and the goods the 2017 interim measures let the buyer confirm as unfit for return — 拆封后易影响人身安全或者生命健康 — when
  // the text names that statutory ground: 根据国家相关法律规定，此类商品属于特殊商品)
  unless: /鲜活易腐|生鲜|定制|定做|数字化商品|在线下载|报纸|期刊|音像制品|计算机软件|(?:根据|依据|按照)[^，。！？,.!?]{0,12}(?:法律|法规|规定)[^。！？!?]{0,24}特殊商品|拆封后(?:易)?影响(?:人身安全|生命健康)/,
  claimsOnly: false,
  suggestion: { message: { 'zh-CN': '说明适用七日无理由退货；属法定例外的，写明依据（如“生鲜属于鲜活易腐商品”）', en: 'State that 7-day returns apply, or name the statutory exception' } },
  examples: {
    violating: ['直播间特价款，不退不换哦', '福利价商品不支持七天无理由'],
    compliant: ['客服人员向记者强调，付款后不支持无理由退货', '生鲜属于鲜活易腐，不适用七天无理由，但坏果包赔', '支持七天无理由退货', '根据国家相关法律规定，药品属于特殊商品，一经售出，非质量问题，概不退换'],
  },
  guide: {
    requirement: {
      'zh-CN': '《消费者权益保护法》第二十五条：经营者采用网络等方式销售商品，消费者有权自收到商品之日起七日内退货，且无需说明理由；例外为消费者定作的、鲜活易腐的、在线下载或者消费者拆封的音像制品、计算机软件等数字化商品、交付的报纸期刊，以及经消费者在购买时确认不宜退货的其他商品。实施条例第十九条（二手资料）禁止擅自扩大例外范围。',
      en: 'Consumer Law art 25 (7-day no-reason returns online, four statutory exceptions); implementing regulation art 19 (secondary source) bans widening the exceptions.',
    },
    fix: { 'zh-CN': '删除“不退不换”等表述。', en: 'Remove the exclusion.' },
  },
});

import { lexiconRule } from '../../../util/lexicon-rule.js';

export default lexiconRule({
  id: 'consumer-reg/vague-seller-identity',
  severity: 'warning',
  binds: ['operator', 'merchant', 'streamer'],
  basis: [
    { source: 'consumer-reg-2024', article: '第十三条', evidence: 'M' },
    { source: 'zj-guide-2024', evidence: 'N' },
    { source: 'live-ecom-supervision', article: '第二十六条', evidence: 'T' },
  ],
  category: 'seller-identity',
  description: { 'zh-CN': '“谁在带货、带谁的货”：口播不得隐瞒或含糊实际经营者（文本部分，覆盖目录第1条；屏幕公示检查见实时监控规则 consumer-reg/who-sells-whose-goods）', en: '"Who is selling whose goods": speech may not hide or blur the actual seller (text part of catalog entry 1; on-screen display is checked by the live rule consumer-reg/who-sells-whose-goods)' },
  message: { 'zh-CN': '实际经营者含糊或被隐瞒：“{{term}}”', en: 'Actual seller hidden or vague: "{{term}}"' },
  terms: ['厂名就不说了', '厂家就不说了', '厂家不方便说', '不方便说厂家', '不能说是哪个厂', '链接挂的是别人家店', '链接是别人家的', '货都是我们的', '源头工厂', '厂家直供', '工厂直发', '自己厂里出的', '贴牌的就不说了'],
  unless: /有限公司|经营主体|旗舰店|专营店|专卖店|屏幕[^。]{0,6}公示|左上角|右上角/,
  examples: {
    violating: ['今天这个是我们自己厂里出的，厂名就不说了，放心拍', '链接挂的是别人家店，但货都是我们的'],
    compliant: ['这款由XX官方旗舰店发货，经营主体是XX日用品有限公司，屏幕左上角有公示', '三号链接是XX专营店的，售后找店铺客服'],
  },
  guide: {
    requirement: {
      'zh-CN': '《消费者权益保护法实施条例》第十三条（条号待核）：通过网络、电视等方式提供商品的经营者，应当在首页、视频画面、语音、商品目录等处以显著方式标明或者说明其真实名称和标识。《直播电商监督管理办法》第二十六条：在直播页面以显著方式持续展示实际经营者名称、经营地址、联系方式或其链接。本规则检查口播中隐瞒或含糊经营者的说法。',
      en: 'Consumer regulation art 13 (number unverified): real name and mark in the video frame or voice; 2026 live e-commerce measures art 26: continuous display of the actual seller. This rule checks speech that hides or blurs the seller.',
    },
    fix: { 'zh-CN': '说明实际经营者名称（如“经营主体是XX有限公司”）。', en: 'Name the actual seller.' },
  },
});

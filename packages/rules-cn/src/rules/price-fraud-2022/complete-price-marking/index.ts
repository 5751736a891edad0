import { lexiconRule } from '../../../util/lexicon-rule.js';

export default lexiconRule({
  id: 'price-fraud-2022/complete-price-marking',
  severity: 'warning',
  binds: ['merchant'],
  basis: [
    { source: 'price-fraud-2022', article: '第五条', evidence: 'T' },
    { source: 'price-fraud-2022', article: '第八条', evidence: 'T' },
    { source: 'price-fraud-2022', article: '第十三条', evidence: 'T' },
  ],
  category: 'pricing',
  description: { 'zh-CN': '明码标价：标明品名、价格、计价单位；不得在标价之外加价收取未标明的费用', en: 'Price marking: name, price and unit; no charges beyond the marked price' },
  message: { 'zh-CN': '标价之外另收费用：“{{term}}”', en: 'Charge beyond the marked price: "{{term}}"' },
  terms: ['包装费', '手续费', '服务费另收', '另收', '额外收取', '加收', '打包费'],
  exempt: ['不收包装费', '免包装费', '无手续费', '免手续费', '不另收', '不加收'],
  messages: { noPrice: { 'zh-CN': '商品信息未标明价格', en: 'Listing shows no price' } },
  onListing(ctx, product, event) {
    if (event.type === 'listing' && (typeof product.price !== 'number' || !Number.isFinite(product.price))) ctx.report({ messageId: 'noPrice', event });
  },
  examples: {
    violating: ['下单另收包装费10元', { listing: { title: '纯棉T恤' } }],
    compliant: ['包邮，不另收任何费用', { listing: { title: '纯棉T恤', price: 59 } }],
  },
  guide: {
    requirement: {
      'zh-CN': '《明码标价和禁止价格欺诈规定》第五条至第八条：经营者应当标明商品品名、价格和计价单位，同一品牌不同规格分别标价；第八条：不得在标价之外加价出售或收取未予标明的费用；第十三条：网络交易经营者应在页面显著位置标示价格。',
      en: 'Price Fraud Provisions arts 5–8 (name, price, unit; no unmarked charges) and art 13 (online pages show prices).',
    },
    fix: { 'zh-CN': '在商品信息中标明价格和全部费用。', en: 'Show the price and all charges in the listing.' },
  },
});

import { lexiconRule } from '../../../util/lexicon-rule.js';
import { foldedView } from '../../../util/text.js';

/** A hit that asks someone to pay (…付款, …支付): aimed at a child only when a parent or an elder is named. */
const PAY_ASKED = /(?:付款|支付|买单|付费|代付|开通|充值)$/;
const PARENT = /家长|爸爸|妈妈|爸妈|父母|长辈|爷爷|奶奶/;

export default lexiconRule({
  id: 'ad-law/minors-targeted-ads',
  severity: 'error',
  binds: ['streamer', 'operator', 'merchant'],
  basis: [
    { source: 'ad-law', article: '第四十条第二款', evidence: 'T' },
    { source: 'ad-law', article: '第三十九条', evidence: 'T' },
    { source: 'internet-ad-2023', article: '第十二条', evidence: 'T' },
  ],
  category: 'minors',
  description: { 'zh-CN': '针对不满十四周岁未成年人的商品广告不得劝诱其要求家长购买，不得诱导其模仿不安全行为', en: 'Ads for products for under-14s may not urge children to ask their parents to buy or invite unsafe imitation' },
  message: { 'zh-CN': '劝诱未成年人要求家长购买：“{{term}}”', en: 'Urging children to get their parents to buy: "{{term}}"' },
  terms: ['让妈妈给你买', '让爸爸给你买', '叫爸爸妈妈下单', '找爸爸妈妈买', '拿妈妈手机', '拿爸爸手机', '偷偷下单', '不买会被笑话', '同学们都有', '同学都在用', '班里的热门款', '班里同学都有', '用着有面子', '戴着有面子', '穿着有面子', '跟着我学这个动作'],
  // the child told to have a parent pay (复制链接发送给长辈，请TA为你付款; 订单已发送到家长手机，你也可以提醒他们去支付): needs a parent
  // or elder named in the utterance (see accept)
  patterns: [/(?:提醒|让|请|叫|求|告诉|找)(?:你的?)?(?:家长|爸爸妈妈|爸妈|父母|长辈|爸爸|妈妈|他们|她们|ta)[^，。！？,.!?]{0,6}?(?:为你|给你|帮你|替你)?(?:去)?(?:付款|支付|买单|付费|代付|开通|充值)/,
    /(?:小朋友|小孩|孩子们|同学们?|宝贝们)[^。！!]{0,10}(?:叫|让|找|拿|求)(?:爸爸|妈妈|爸妈|家长|爷爷|奶奶)/, /(?:快去|赶紧|马上)(?:叫|让|找|拿|求)(?:爸爸|妈妈|爸妈|家长)/],
  accept: (unit, start, end) => {
    const v = foldedView(unit);
    return !PAY_ASKED.test(v.slice(start, end)) || PARENT.test(v);
  },
  examples: {
    violating: [ '订单已发送到家长手机，快让他们去支付吧','复制链接发送给好友或长辈，请TA为你付款', '这款是班里的热门款，孩子背着有面子', '小朋友们，快去拿妈妈手机把这个玩具拍下来', '同学们开学都用这个文具，不买会被笑话哦'],
    compliant: ['帮你代付的人已收到短信，请及时提醒TA为你付款', '家长可通过平台为孩子缴纳课程费用', '家长朋友可以看看这款适龄玩具，3岁以下请勿使用', '第四十条 在针对未成年人的大众传播媒介上不得发布医疗、药品、保健食品广告'],
  },
  guide: {
    requirement: {
      'zh-CN': '《广告法》第四十条第二款：针对不满十四周岁的未成年人的商品或者服务的广告不得含有劝诱其要求家长购买广告商品或者服务、可能引发其模仿不安全行为的内容；第三十九条：不得在中小学校、幼儿园内开展广告活动。《互联网广告管理办法》第十二条：不得在针对未成年人的网站、网页、互联网应用程序、公众号等互联网媒介上发布医疗、药品、保健食品、特殊医学用途配方食品、医疗器械、化妆品、酒类、美容广告。',
      en: 'Advertising Law art 40 para 2 (no urging children to ask parents; no unsafe imitation), art 39 (no ads in schools); Internet Advertising Measures art 12 (no health, cosmetics, alcohol ads on minors-targeted media).',
    },
    fix: { 'zh-CN': '面向家长介绍商品，删除对儿童的劝诱。', en: 'Address parents, not children.' },
  },
});

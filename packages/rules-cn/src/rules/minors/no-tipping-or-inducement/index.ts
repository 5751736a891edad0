import { lexiconRule } from '../../../util/lexicon-rule.js';

export default lexiconRule({
  id: 'minors/no-tipping-or-inducement',
  severity: 'error',
  binds: ['platform', 'operator', 'streamer'],
  basis: [
    { source: 'minors-tipping-2022', evidence: 'N' },
    { source: 'nrta-2020-notice', evidence: 'N' },
    { source: 'minors-online-2023', article: '第四十四条', evidence: 'T' },
    { source: 'minors-online-2023', article: '第四十五条', evidence: 'T' },
  ],
  category: 'minors',
  description: { 'zh-CN': '不得诱导未成年人打赏、充值，不得诱导其参与应援集资、投票打榜、刷量控评', en: 'No inducing minors to tip or top up, or to join fund-raising, ranking votes or review manipulation' },
  message: { 'zh-CN': '诱导未成年人打赏或打榜：“{{term}}”', en: 'Inducing minors to tip or vote: "{{term}}"' },
  terms: ['集资冲榜', '应援集资', '冲榜', '打榜', '刷礼物', '刷个礼物', '打赏', '充值', '冲一波', '零花钱', '压岁钱'],
  // the act named in a refund or a rule (未成年游戏充值行为, 打赏记录), not urged
  exempt: ['充值行为', '打赏行为', '充值记录', '打赏记录', '充值退款', '打赏退款'],
  requires: /小朋友|学生|同学|未成年|零花钱|压岁钱|小学|初中|高中|孩子们/,
  examples: {
    violating: ['学生党们零花钱冲一下，帮主播冲榜第一', '小朋友也来刷个礼物'],
    compliant: ['对于已经发生的未成年人游戏充值行为，家长可以申请退款', '消费禁令：平台不对任何被识别为未成年人的用户提供充值、打赏服务', '未成年人禁止打赏，请家长管好手机', '网络直播平台不得接受未经其监护人同意的未成年人充值打赏', '涉诉未成年人大多通过偷看家长支付密码持续充值'],
  },
  guide: {
    requirement: {
      'zh-CN': '《关于规范网络直播打赏 加强未成年人保护的意见》（据新闻）禁止未成年人参与直播打赏；《未成年人网络保护条例》第四十四条要求限制未成年人消费，第四十五条禁止诱导未成年人参与应援集资、投票打榜、刷量控评等网络活动。',
      en: 'Minors tipping opinions (news); Minors Online Protection Regulation arts 44 (spending limits) and 45 (no inducing fund-raising, voting or review manipulation).',
    },
    fix: { 'zh-CN': '删除面向未成年人的打赏、打榜号召。', en: 'Remove calls to minors to tip or vote.' },
  },
});
